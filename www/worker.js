// The page's summarizer worker: the engine runs here, so the page never blocks, even on a
// 5 MB paste. Results come back in a compact form (typed arrays, transferred without
// copying) with the engine's word counts, so that the main thread has little left to do.
import init, * as engine from '../pkg/precis.js';
import { stemmerAwareEngine, workerLoop, WARM_UP_TEXT } from '../js/worker-loop.js';

/** pkg/, or pkg-all/ (every stemmer) from the first text in Arabic, Greek, Swedish… on. */
const engineFor = stemmerAwareEngine(engine, () => import('../pkg-all/precis.js'));

/**
 * `summarize`, reshaped: `starts`/`ends` (UTF-16 offsets), `scores`, and `flags`
 * (1 = selected, 2 = boilerplate) per sentence; the sentence texts stay out, since the page
 * has the text. `keyphrases` and `focus` are passed on as the engine gives them.
 */
async function summarizeForPage(text, options) {
  const { summarize } = await engineFor(text, options?.language);
  const { summary, sentences, language, keyphrases = [], focus = null } = summarize(text, options);
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
  return { text, raw, wordsLeftOut: Math.max(0, engine.wordCount(raw) - engine.wordCount(text)) };
}

workerLoop(init(), { summarize: summarizeForPage, extract: extractForPage }, () => engine.summarize(WARM_UP_TEXT));
