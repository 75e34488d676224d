// The HTML entry of the package (`precis-summarizer/html`) for browsers and bundlers: the
// article extractor, a second WebAssembly module, fetched only by code that imports this
// entry. Call the default export (`await init()`) once before `extract` or `pageText`.
export { default, initSync, extract, pageText } from './html/web/precis_html.js';
