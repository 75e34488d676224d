// The page's service worker, for offline use after the first visit. It caches the files of
// the page, its worker and the engine (and nothing else), answers their requests from the
// network when it can, refreshing the cache, and from the cache when offline. The user's
// text never passes through here: summarizing makes no request at all.

const CACHE = 'precis-offline-v1';
const FILES = [
  './', 'index.html', 'style.css', 'index.js', 'render.js', 'input.js', 'output.js', 'worker.js',
  'example.txt', '../js/client.js', '../js/serve.js', '../pkg/precis.js', '../pkg/precis_bg.wasm',
];
/** The HTML module: cached when a page first loads it, never downloaded in advance. */
const ON_USE = ['../pkg-html/precis_html.js', '../pkg-html/precis_html_bg.wasm'];
const URLS = new Set([...FILES, ...ON_USE].map((file) => new URL(file, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()),
  );
});

self.addEventListener('fetch', (event) => {
  if (event.request.method === 'GET' && URLS.has(event.request.url)) {
    event.respondWith(networkFirst(event.request));
  }
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
