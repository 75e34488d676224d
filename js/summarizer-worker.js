// The worker started by createSummarizer(): loads the web build and serves its functions.
import init, { summarize, sentences, keyphrases, needsAllStemmers } from './web/precis.js';
import { workerLoop, WARM_UP_TEXT } from './worker-loop.js';

/**
 * The build with every language's stemmer (web-all/), loaded the first time a text is in a
 * language whose stemmer web/ leaves out (Arabic, Greek, Turkish, Swedish…); it then serves
 * every later request. If it cannot be loaded, web/ still serves, without stemming.
 */
let allStemmers = null;

/** The engine module to use for `text` in the `language` option's language (or detected). */
async function engineFor(text, language) {
  if (allStemmers === null && needsAllStemmers(text, language)) {
    allStemmers = import('./web-all/precis.js')
      .then(async (module) => {
        await module.default();
        return module;
      })
      .catch(() => null);
  }
  return (await allStemmers) ?? { summarize, sentences, keyphrases };
}

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
  () => summarize(WARM_UP_TEXT),
);
