// Types of `precis-summarizer/html` for browsers and bundlers.

export type { Article, InitInput, SyncInitInput } from './html/web/precis_html.js';

/**
 * Finds the article in an HTML page: `{ title, text }`, the text's paragraphs separated by a
 * blank line, without menus, cookie banners, related links, comments or captions. Any string
 * gives a result; a non-string, or a page over 64 MiB, throws an `Error`. Call `init()` first.
 */
export { extract } from './html/web/precis_html.js';

/** All the text of an HTML page that a reader sees, menus and footers included. Call `init()` first. */
export { pageText } from './html/web/precis_html.js';

/** Compiles the HTML module from bytes or a `WebAssembly.Module` you already have, synchronously. */
export { initSync } from './html/web/precis_html.js';

/**
 * Fetches and compiles the HTML module (`html/web/precis_html_bg.wasm` in the package, about
 * 220 KB gzipped, unless you pass another URL, `Response`, bytes or `WebAssembly.Module`).
 * Await it once before calling `extract` or `pageText`; later calls return at once.
 */
export { default } from './html/web/precis_html.js';
