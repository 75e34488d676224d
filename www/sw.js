// The page's service worker, for offline use after the first visit. At install it caches the
// files of the page, its worker and the engine, and nothing else: their list,
// offline-files.json, is generated from the page's imports (scripts/site.mjs), by the
// development server on request and by `npm run build:site` as a file. It answers requests
// for those files from the network when it can, refreshing the cache, and from the cache when
// offline. The HTML module and the engine with every stemmer are left out of the list (a
// text-only user, or one who reads only the common languages, never downloads them) and
// cached when the page first loads them. The user's text never passes through here: summarizing
// makes no request at all.

const CACHE = 'precis-offline-v1';
const LIST = 'offline-files.json';
/**
 * The HTML module and the engine with every stemmer: cached when the page first loads them (a
 * page arrives, a text in Turkish…), never in advance.
 */
const ON_USE = ['../pkg-html/', '../pkg-all/'].map((folder) => new URL(folder, self.location).href);

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const response = await fetch(LIST, { cache: 'no-store' });
      if (!response.ok) throw new Error(`${LIST}: HTTP ${response.status}`);
      const files = await response.json();
      const cache = await caches.open(CACHE);
      await cache.addAll(files);
      await self.skipWaiting();
    })(),
  );
});

/** The URLs of the cached files (the service worker may be restarted at any time). */
let cachedUrls = null;
async function isCached(url) {
  cachedUrls ??= caches
    .open(CACHE)
    .then((cache) => cache.keys())
    .then((requests) => new Set(requests.map((request) => request.url)));
  return (await cachedUrls).has(url);
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    isCached(request.url).then((cached) =>
      cached || ON_USE.some((folder) => request.url.startsWith(folder)) ? networkFirst(request) : fetch(request)),
  );
});

async function networkFirst(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (err) {
    return (await cache.match(request)) ?? Promise.reject(err);
  }
}
