// The HTML entry of the package in Node: the `--target nodejs` build, which compiles its
// .wasm synchronously when first imported, so `extract` works straight away.
export { extract, pageText } from './html/node/precis_html.js';

/** Nothing to load in Node; exported so that code written for browsers runs unchanged. */
export default async function init() {}
