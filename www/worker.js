// The page's summarizer worker: the engine runs here, so the page never blocks, even on a
// 5 MB paste. Results come back in a compact form (typed arrays, transferred without
// copying) with the engine's word counts, so that the main thread has little left to do.
import init, { summarize, wordCount, needsAllStemmers } from '../pkg/precis.js';
import { workerLoop, WARM_UP_TEXT } from '../js/worker-loop.js';

/**
 * The engine with every language's stemmer (pkg-all/), loaded the first time a text is in a
 * language whose stemmer pkg/ leaves out (Arabic, Greek, Turkish, Swedish…); it then serves
 * every later request. If it cannot be loaded (offline before it was ever cached), pkg/
 * still summarizes such a text, without stemming.
 */
let allStemmers = null;

/** The `summarize` to use for `text` and `options`. */
async function engineFor(text, options) {
  if (allStemmers === null && needsAllStemmers(text, options?.language)) {
    allStemmers = import('../pkg-all/precis.js')
      .then(async (module) => {
        await module.default();
        return module.summarize;
      })
      .catch(() => summarize);
  }
  return (await allStemmers) ?? summarize;
}

/**
 * `summarize`, reshaped: `starts`/`ends` (UTF-16 offsets), `scores`, and `flags`
 * (1 = selected, 2 = boilerplate) per sentence; the sentence texts stay out, since the page
 * has the text. `keyphrases` and `focus` are passed on as the engine gives them.
 */
async function summarizeForPage(text, options) {
  const engine = await engineFor(text, options);
  const { summary, sentences, language, keyphrases = [], focus = null } = engine(text, options);
  const n = sentences.length;
  const result = {
    summary,
    // The language analysed: the option, or the detected one (null: not told).
    language,
    keyphrases,
    focus,
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    scores: new Float32Array(n),
    flags: new Uint8Array(n),
    // Words as the engine counts them (the same count as the `words` budget).
    wordsBefore: 0,
    wordsAfter: 0,
  };
  sentences.forEach((s, i) => {
    result.starts[i] = s.start;
    result.ends[i] = s.end;
    result.scores[i] = s.score;
    result.flags[i] = (s.selected ? 1 : 0) | (s.boilerplate ? 2 : 0);
    result.wordsBefore += s.wordCount;
    if (s.selected) result.wordsAfter += s.wordCount;
  });
  return result;
}

/** The HTML module (extract, pageText), loaded on the first page that arrives. */
let html = null;

/**
 * The article of an HTML page, for the text box: `text` (the title line, a blank line and
 * the article), `raw` (the text a plain paste gives, or the whole page's text), and
 * `wordsLeftOut` (how many more words `raw` has, counted as the summary's statistics count).
 */
async function extractForPage(page, plain) {
  html ??= import('../pkg-html/precis_html.js').then(async (module) => {
    await module.default();
    return module;
  });
  const { extract, pageText } = await html;
  const article = extract(page);
  const text = article.title && article.text ? `${article.title}\n\n${article.text}` : article.text;
  const raw = plain ?? pageText(page);
  return { text, raw, wordsLeftOut: Math.max(0, wordCount(raw) - wordCount(text)) };
}

workerLoop(init(), { summarize: summarizeForPage, extract: extractForPage }, () => summarize(WARM_UP_TEXT));
