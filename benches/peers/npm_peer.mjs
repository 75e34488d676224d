// Times one npm peer on one text file; run by run.mjs in a child process (so a
// peer that runs past the cap can be killed). Each peer is asked for 3
// sentences through its documented API, loaded from the scratch install.
//
//   node npm_peer.mjs SCRATCH_NPM_DIR PEER FILE REPEAT
//
// With REPEAT > 1 one untimed warm-up call comes first. Prints one JSON line:
// per-call times in ms, the median, and how many sentences came back.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const [scratch, peer, file, repeatArg] = process.argv.slice(2);
const repeat = Number(repeatArg);
const require = createRequire(join(scratch, 'package.json'));
const text = readFileSync(file, 'utf8');
const SENTENCES = 3;

// Each entry returns a function text → array of chosen sentences.
const peers = {
  // sum 0.1.4: sum({ corpus, nSentences }) → { summary, sentences }.
  sum() {
    const sum = require('sum');
    return (t) => sum({ corpus: t, nSentences: SENTENCES }).sentences;
  },
  // ts-textrank 1.0.3: Summarizer(config, logger).summarize(text, lang) → string[];
  // a fixed count with AbsoluteSummarizerConfig(n, similarity, parser, damping, sorting).
  'ts-textrank'() {
    const tr = require('ts-textrank');
    const config = new tr.AbsoluteSummarizerConfig(
      SENTENCES,
      new tr.SorensenDiceSimilarity(),
      new tr.DefaultTextParser(),
      0.85,
      tr.Summarizer.SORT_OCCURENCE,
    );
    const summarizer = new tr.Summarizer(config, new tr.NullLogger());
    return (t) => summarizer.summarize(t, 'en');
  },
  // lexrank 1.0.5: summarize(text, lineCount, callback(err, topLines, text)); the
  // callback is called synchronously.
  lexrank() {
    const lexrank = require('lexrank');
    return (t) => {
      let out;
      lexrank.summarize(t, SENTENCES, (err, topLines) => {
        if (err) throw err;
        out = topLines;
      });
      if (out === undefined) throw new Error('lexrank did not call back synchronously');
      return out;
    };
  },
};

const summarize = peers[peer]();
if (repeat > 1) summarize(text);
const times = [];
let result = [];
for (let i = 0; i < repeat; i++) {
  const t0 = performance.now();
  result = summarize(text);
  times.push(performance.now() - t0);
}
const sorted = [...times].sort((a, b) => a - b);
const mid = sorted.length >> 1;
const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
process.stdout.write(JSON.stringify({ times_ms: times, median_ms: median, summary_sentences: result.length }) + '\n');
