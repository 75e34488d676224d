// The worker started by createSummarizer(): loads the web build and serves its functions.
import init, { summarize, sentences, keyphrases } from './web/precis.js';
import { workerLoop, WARM_UP_TEXT } from './worker-loop.js';

/** The HTML module, loaded by the first `extract` call only. */
let html = null;

async function extract(page) {
  html ??= import('./html/web/precis_html.js').then(async (module) => {
    await module.default();
    return module;
  });
  return (await html).extract(page);
}

workerLoop(init(), { summarize, sentences, keyphrases, extract }, () => summarize(WARM_UP_TEXT));
