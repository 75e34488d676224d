// createSummarizer(): the engine in a module Web Worker behind a promise-based API, so that
// summarizing a long text never blocks the page. Bundlers (vite, webpack 5) recognise the
// `new Worker(new URL(…, import.meta.url))` pattern and bundle the worker with its .wasm.
import { WorkerClient } from './client.js';

export function createSummarizer() {
  const client = new WorkerClient(
    () => new Worker(new URL('./summarizer-worker.js', import.meta.url), { type: 'module' }),
  );
  return {
    ready: () => client.ready(),
    summarize: (text, options, { signal } = {}) => client.call('summarize', [text, options], signal),
    sentences: (text, options, { signal } = {}) => client.call('sentences', [text, options], signal),
    keyphrases: (text, options, { signal } = {}) => client.call('keyphrases', [text, options], signal),
    extract: (html, { signal } = {}) => client.call('extract', [html], signal),
    terminate: () => client.terminate(),
  };
}
