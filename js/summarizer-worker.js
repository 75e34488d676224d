// The worker started by createSummarizer(): loads the web build and serves its functions.
import init, * as engine from './web/precis.js';
import { stemmerAwareEngine, workerLoop, WARM_UP_TEXT } from './worker-loop.js';

/** web/, or web-all/ (every stemmer) from the first text in Arabic, Greek, Swedish… on. */
const engineFor = stemmerAwareEngine(engine, () => import('./web-all/precis.js'));

/** The HTML module, loaded by the first `extract` call only. */
let html = null;

async function extract(page) {
  html ??= import('./html/web/precis_html.js').then(async (module) => {
    await module.default();
    return module;
  });
  return (await html).extract(page);
}

workerLoop(
  init(),
  {
    summarize: async (text, options) => (await engineFor(text, options?.language)).summarize(text, options),
    sentences: async (text, options) => (await engineFor(text, options?.language)).sentences(text, options),
    keyphrases: async (text, options) => (await engineFor(text, options?.language)).keyphrases(text, options),
    extract,
  },
  () => engine.summarize(WARM_UP_TEXT),
);
