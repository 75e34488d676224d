// The page's summarizer worker: the engine runs here, so the page never blocks, even on a
// 5 MB paste. Results come back in a compact form (typed arrays, transferred without
// copying) with the engine's word counts, so that the main thread has little left to do.
import init, { summarize } from '../pkg/precis.js';
import { workerLoop, WARM_UP_TEXT } from '../js/worker-loop.js';

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

workerLoop(init(), { summarize: summarizeForPage }, () => summarize(WARM_UP_TEXT));
