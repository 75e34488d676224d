// The browser (and bundler) entry of the package: the `--target web` build. Call the default
// export (`await init()`) once before `summarize`, `keyphrases` or `sentences`; it fetches the .wasm file
// next to this module, which bundlers such as vite copy as an asset without any plugin.
export {
  default,
  initSync,
  summarize,
  sentences,
  keyphrases,
  detectLanguage,
} from './web/precis.js';
