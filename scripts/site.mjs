// The page as a set of files: which files it needs (found by following its imports from
// www/index.html, so the list is never kept by hand) and the security headers each one is
// served with. Used by the development server (scripts/serve.mjs), the deployable build
// (scripts/build-site.mjs) and, through offline-files.json, the service worker (www/sw.js).

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const WWW = path.join(ROOT, 'www');

/** The file the service worker fetches at install to learn what to cache (see www/sw.js). */
export const OFFLINE_LIST = 'offline-files.json';


/** The page's Content-Security-Policy, as its <meta> tag in www/index.html states it. */
export function pagePolicy() {
  const html = readFileSync(path.join(WWW, 'index.html'), 'utf8');
  const policy = html.match(/http-equiv="Content-Security-Policy"\s+content="([^"]+)"/)?.[1];
  if (!policy) throw new Error('www/index.html has no Content-Security-Policy <meta> tag');
  return policy;
}

/**
 * The policy of the worker scripts. A worker does not inherit the page's <meta> policy: its
 * own response's header is its policy. The summarizer worker compiles WebAssembly (hence
 * 'wasm-unsafe-eval', which the page itself does not get) and loads only same-origin files.
 */
export const WORKER_POLICY =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; base-uri 'none'";

/** The service worker's policy: it only fetches the page's own files. */
export const SERVICE_WORKER_POLICY = "default-src 'none'; connect-src 'self'; base-uri 'none'";

/** Headers for a file of the page, `file` being its path relative to the page's folder. */
export function pageHeaders(file) {
  const name = path.posix.basename(file);
  if (file === '' || file.endsWith('/') || name.endsWith('.html')) {
    return { 'Content-Security-Policy': pagePolicy(), 'X-Frame-Options': 'DENY', 'Referrer-Policy': 'no-referrer' };
  }
  if (name === 'worker.js') return { 'Content-Security-Policy': WORKER_POLICY };
  if (name === 'sw.js') return { 'Content-Security-Policy': SERVICE_WORKER_POLICY };
  return {};
}

// What a file refers to: static and dynamic imports, workers, URLs resolved against the
// module (the .wasm of wasm-bindgen's glue), fetched files (the example), and the HTML
// page's scripts and style sheets. The service worker registration is left out on purpose:
// the service worker is not one of the files it caches.
const REFERENCES = [
  /\bfrom\s*['"]([^'"]+)['"]/g,
  /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  /\bimport\s+['"]([^'"]+)['"]/g,
  /\bnew\s+Worker\s*\(\s*['"]([^'"]+)['"]/g,
  /\bnew\s+URL\s*\(\s*['"]([^'"]+)['"]\s*,\s*import\.meta\.url/g,
  /\bfetch\s*\(\s*['"]([^'"]+)['"]/g,
  /<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"/g,
];

/**
 * Every file the page needs, as absolute paths, starting from www/index.html and following
 * references (only local files: not data: URLs, not other origins). Throws when a referenced
 * file is missing, e.g. pkg/ before `npm run build`.
 */
export function pageFiles() {
  const found = new Set();
  const visit = (file) => {
    if (found.has(file)) return;
    if (!existsSync(file)) {
      throw new Error(`${path.relative(ROOT, file)} is missing (is pkg/ built? run "npm run build")`);
    }
    found.add(file);
    if (!/\.(js|mjs|html)$/.test(file)) return;
    const source = readFileSync(file, 'utf8');
    for (const pattern of REFERENCES) {
      for (const [, reference] of source.matchAll(pattern)) {
        if (/^[a-z]+:/i.test(reference) || reference.startsWith('//')) continue;
        visit(path.resolve(path.dirname(file), reference.split(/[?#]/)[0]));
      }
    }
  };
  visit(path.join(WWW, 'index.html'));
  return [...found].sort();
}

/** The folders of modules loaded on demand (see `onUse`). */
export const ON_USE_FOLDERS = ['pkg-html', 'pkg-all'];

/**
 * Whether `file` is fetched only when needed and so left out of the offline list: the HTML
 * module (pkg-html/), which a page that is only ever given text never downloads, and the
 * engine with every stemmer (pkg-all/), which only texts in the languages whose stemmers
 * pkg/ leaves out need. The service worker caches them when they are first fetched.
 */
export function onUse(file) {
  return ON_USE_FOLDERS.includes(path.relative(ROOT, file).split(path.sep)[0]);
}

/** The files as URLs relative to the page's folder (www/), for the service worker. */
export function offlineList(files = pageFiles()) {
  const cached = files.filter((file) => !onUse(file));
  return ['./', ...cached.map((file) => path.relative(WWW, file).split(path.sep).join('/'))];
}
