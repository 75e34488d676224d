// The page's summarizer worker: the engine runs here, so the page never blocks, even on a
// 5 MB paste. Results come back in a compact form (typed arrays, transferred without
// copying) with word counts, so that the main thread has little left to do.
import init, { summarize } from '../pkg/precis.js';
import { serve, WARM_UP_TEXT } from '../js/serve.js';

// A word: a run of letters and digits (apostrophes inside), or one Chinese or Japanese character.
const WORD = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}]+(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

function countWords(text) {
  let count = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) count += 1;
  return count;
}

/**
 * `summarize`, reshaped: `starts`/`ends` (UTF-16 offsets), `scores`, and `flags`
 * (1 = selected, 2 = boilerplate) per sentence; the sentence texts stay out, since the page
 * has the text.
 */
function summarizeForPage(text, options) {
  const { summary, sentences } = summarize(text, options);
  const n = sentences.length;
  const result = {
    summary,
    starts: new Uint32Array(n),
    ends: new Uint32Array(n),
    scores: new Float32Array(n),
    flags: new Uint8Array(n),
    wordsBefore: countWords(text),
    wordsAfter: 0,
  };
  sentences.forEach((s, i) => {
    result.starts[i] = s.start;
    result.ends[i] = s.end;
    result.scores[i] = s.score;
    result.flags[i] = (s.selected ? 1 : 0) | (s.boilerplate ? 2 : 0);
    if (s.selected) result.wordsAfter += countWords(s.text);
  });
  return result;
}

/** The HTML module (extract, pageText), loaded on the first page that arrives. */
let html = null;

/**
 * The article of an HTML page, for the text box: `text` (the title line, a blank line and
 * the article), `raw` (the text a plain paste gives, or the whole page's text), and
 * `wordsLeftOut` (how many more words `raw` has).
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
  return { text, raw, wordsLeftOut: Math.max(0, countWords(raw) - countWords(text)) };
}

serve(init(), { summarize: summarizeForPage, extract: extractForPage }, () => summarize(WARM_UP_TEXT));
