// The example app needs no plugin: the package's .wasm is an asset vite copies.
export default {
  logLevel: 'warn',
  // createSummarizer()'s worker is an ES module.
  worker: { format: 'es' },
};
