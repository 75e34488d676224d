// The Node entry of the package: the `--target nodejs` build, which compiles its .wasm
// synchronously when first imported, so `summarize` works straight away.
export { summarize, sentences, keyphrases, detectLanguage } from './node/precis.js';

/** Nothing to load in Node; exported so that code written for browsers runs unchanged. */
export default async function init() {}
