// Node benchmark of the built WebAssembly package (pkg/), against the project's
// targets (benches/README.md). Prints one Markdown table of times and one of sizes.
//
//   npm run build && node benches/js/bench.mjs [--quick]
//
// Measures, with the default options (`summarize(text)`):
// - start-up: in a fresh `node` process, import pkg/precis.js + compile and
//   instantiate pkg/precis_bg.wasm (`initSync`) + the first summary of the 6 KB
//   sample (median of several processes);
// - per-call medians after warm-up for the 6 KB sample (../shared/data/samples/
//   pasted_article.txt, when present) and generated texts of 6 KB, 100 KB, 1 MB
//   and 10 MB (benches/js/corpus.mjs: the same bytes as the criterion benches);
// - what 10 keyphrases add to the summary of the generated 1 MB and, when
//   ../shared/data/news/bbc_dev.jsonl is present, of 1 MB of its articles
//   (the median ratio of paired runs);
// - the raw and gzip (zlib level 9) sizes of the .wasm and the JS glue.
// PRECIS_PKG=DIR benches another build than pkg/ (a folder relative to the repo root).
// --quick: fewer start-up processes and samples, no 10 MB row (about 20 s).
// Takes about a minute on an idle 2-core machine; numbers are noisy when other
// work runs (the load average is printed under the table).

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { article } from './corpus.mjs';
import {
  PKG_JS,
  PKG_WASM,
  ROOT,
  fmtBytes,
  fmtMs,
  loadPrecis,
  machineLine,
  markdownTable,
  mbPerSecond,
  median,
  requirePkg,
  newsText,
  sampleText,
  timeCalls,
} from './harness.mjs';

const quick = process.argv.includes('--quick');
requirePkg();

const TARGET = {
  startupMs: 30,
  articleMs: 2,
  oneMbMs: 150,
  tenMbRatio: 12,
  keyphraseShare: 0.2,
  wasmGzipBytes: 150_000,
  jsGzipBytes: 10_000,
};
const ok = (pass) => (pass ? '✓' : '✗');
const startedAt = performance.now();
const loadBefore = machineLine();

// ---- Start-up: fresh processes ------------------------------------------------
const sample = sampleText(article);
const scratch = mkdtempSync(join(tmpdir(), 'precis-bench-'));
const sampleFile = join(scratch, 'sample.txt');
writeFileSync(sampleFile, sample.text);
const startupRuns = [];
const processes = quick ? 3 : 9;
for (let i = 0; i < processes; i++) {
  const out = execFileSync(process.execPath, [resolve(ROOT, 'benches/js/startup.mjs'), sampleFile], {
    encoding: 'utf8',
  });
  startupRuns.push(JSON.parse(out));
}
rmSync(scratch, { recursive: true, force: true });
const startup = {
  total: median(startupRuns.map((r) => r.totalMs)),
  import: median(startupRuns.map((r) => r.importMs)),
  instantiate: median(startupRuns.map((r) => r.instantiateMs)),
  first: median(startupRuns.map((r) => r.firstSummaryMs)),
  sinceProcessStart: median(startupRuns.map((r) => r.sinceProcessStartMs)),
};

// ---- Per call, after warm-up ---------------------------------------------------
const { precis, exports: wasm } = await loadPrecis();
const genStart = performance.now();
const inputs = [];
if (sample.real) inputs.push({ label: sample.short, text: sample.text, target: 'article' });
inputs.push({ label: '6 KB generated', text: article(6 * 1024), target: sample.real ? null : 'article' });
inputs.push({ label: '100 KB generated', text: article(100 * 1024) });
inputs.push({ label: '1 MB generated', text: article(1024 * 1024), target: 'oneMb' });
if (!quick) inputs.push({ label: '10 MB generated', text: article(10 * 1024 * 1024), target: 'tenMb' });
const generationMs = performance.now() - genStart;

function plan(bytes) {
  if (quick) {
    if (bytes <= 10_000) return { warmupCalls: 20, warmupMs: 300, minSamples: 20, maxSamples: 200, budgetMs: 1500 };
    if (bytes <= 200_000) return { warmupCalls: 3, warmupMs: 200, minSamples: 10, maxSamples: 50, budgetMs: 1500 };
    return { warmupCalls: 1, warmupMs: 0, minSamples: 3, maxSamples: 5, budgetMs: 2000 };
  }
  if (bytes <= 10_000) return { warmupCalls: 50, warmupMs: 1000, minSamples: 50, maxSamples: 1000, budgetMs: 4000 };
  if (bytes <= 200_000) return { warmupCalls: 5, warmupMs: 500, minSamples: 20, maxSamples: 200, budgetMs: 4000 };
  if (bytes <= 2_000_000) return { warmupCalls: 2, warmupMs: 0, minSamples: 7, maxSamples: 25, budgetMs: 8000 };
  return { warmupCalls: 1, warmupMs: 0, minSamples: 3, maxSamples: 5, budgetMs: 15000 };
}

const rows = [];
const results = {};
for (const input of inputs) {
  const bytes = Buffer.byteLength(input.text, 'utf8');
  let chosen = 0;
  const t = timeCalls(() => {
    chosen = precis.summarize(input.text).sentences.filter((s) => s.selected).length;
  }, plan(bytes));
  if (chosen === 0) throw new Error(`no sentence chosen for ${input.label}`);
  results[input.target ?? input.label] = t.median;
  input.timing = t;
  input.bytes = bytes;
}
const wasmMemoryBytes = wasm.memory.buffer.byteLength;

rows.push([
  `start-up (fresh \`node\`: import + instantiate + first summary), ${sample.short}`,
  Buffer.byteLength(sample.text, 'utf8').toLocaleString('en'),
  fmtMs(startup.total),
  `(${fmtMs(Math.min(...startupRuns.map((r) => r.totalMs)))})`,
  processes,
  '',
  `≤ ${TARGET.startupMs} ms`,
  ok(startup.total <= TARGET.startupMs),
]);
for (const input of inputs) {
  const t = input.timing;
  let target = '';
  let status = '';
  if (input.target === 'article') {
    target = `≤ ${TARGET.articleMs} ms`;
    status = ok(t.median <= TARGET.articleMs);
  } else if (input.target === 'oneMb') {
    target = `≤ ${TARGET.oneMbMs} ms`;
    status = ok(t.median <= TARGET.oneMbMs);
  } else if (input.target === 'tenMb') {
    const ratio = t.median / results.oneMb;
    target = `≤ ${TARGET.tenMbRatio}× 1 MB = ${fmtMs(TARGET.tenMbRatio * results.oneMb)} ms (${ratio.toFixed(2)}×)`;
    status = ok(ratio <= TARGET.tenMbRatio);
  }
  rows.push([
    input.label,
    input.bytes.toLocaleString('en'),
    fmtMs(t.median),
    `(${fmtMs(t.min)})`,
    t.runs,
    mbPerSecond(input.bytes, t.median).toFixed(1),
    target,
    status,
  ]);
}

// ---- What 10 keyphrases add to the summary of 1 MB: median of paired runs ----------
/**
 * A row of what 10 keyphrases add to the summary of `text` (`label`: what it is): each
 * round times the summary with and without keyphrases back to back (in alternating order),
 * and the share is the median of the rounds' ratios, which a busy machine slows alike.
 */
function keyphraseShareRow(label, text) {
  const bytes = Buffer.byteLength(text);
  const rounds = quick ? 5 : 25;
  const time = (options) => {
    const started = performance.now();
    const result = precis.summarize(text, options);
    const ms = performance.now() - started;
    const found = result.keyphrases?.length ?? 0;
    if (options.keyphrases && found !== options.keyphrases) {
      throw new Error(`${found} keyphrases found in ${label}`);
    }
    return ms;
  };
  const ratios = [];
  let plain = Infinity;
  let withKeyphrases = Infinity;
  // The first round warms up.
  for (let i = 0; i < rounds + 1; i++) {
    const order = i % 2 ? [{ keyphrases: 10 }, {}] : [{}, { keyphrases: 10 }];
    const [first, second] = order.map(time);
    const [plainMs, withMs] = i % 2 ? [second, first] : [first, second];
    if (i === 0) continue;
    ratios.push(withMs / plainMs);
    [plain, withKeyphrases] = [Math.min(plain, plainMs), Math.min(withKeyphrases, withMs)];
  }
  const share = median(ratios) - 1;
  rows.push([
    `${label}: summary + 10 keyphrases (median of ${rounds} paired runs; fastest ${fmtMs(withKeyphrases)} against ${fmtMs(plain)} ms without)`,
    bytes.toLocaleString('en'),
    '',
    `(${fmtMs(withKeyphrases)})`,
    rounds,
    mbPerSecond(bytes, withKeyphrases).toFixed(1),
    `≤ +${TARGET.keyphraseShare * 100}% (${share >= 0 ? '+' : ''}${(share * 100).toFixed(0)}%)`,
    ok(share <= TARGET.keyphraseShare),
  ]);
}
keyphraseShareRow('1 MB generated', inputs.find((input) => input.target === 'oneMb').text);
const news = newsText(1024 * 1024);
if (news) keyphraseShareRow('1 MB of BBC news (../shared)', news);

// ---- Sizes -----------------------------------------------------------------------
const sizeRows = [];
for (const [file, limit] of [
  [PKG_WASM, TARGET.wasmGzipBytes],
  [PKG_JS, TARGET.jsGzipBytes],
]) {
  const raw = readFileSync(file);
  const gz = gzipSync(raw, { level: 9 }).length;
  sizeRows.push([
    relative(ROOT, file),
    `${raw.length.toLocaleString('en')} B (${(raw.length / 1000).toFixed(1)} KB)`,
    `${gz.toLocaleString('en')} B (${(gz / 1000).toFixed(1)} KB)`,
    `≤ ${limit / 1000} KB gzip`,
    ok(gz <= limit),
  ]);
}

// ---- Report ----------------------------------------------------------------------
const built = statSync(PKG_WASM).mtime.toISOString().replace(/\.\d+Z$/, 'Z');
console.log(`## precis through WebAssembly in Node (${relative(ROOT, PKG_WASM)} built ${built})\n`);
console.log(
  markdownTable(['summarize(text), default options', 'bytes', 'median ms', '(min)', 'runs', 'MB/s', 'target', 'met'], rows, [
    'l',
    'r',
    'r',
    'r',
    'r',
    'r',
    'l',
    'l',
  ]),
);
console.log(
  `\nStart-up, medians of ${processes} processes: import of the JS glue ${fmtMs(startup.import)} ms, ` +
    `read + compile + instantiate of the .wasm ${fmtMs(startup.instantiate)} ms, first summary ` +
    `${fmtMs(startup.first)} ms; node's own boot before that brings it to ${fmtMs(startup.sinceProcessStart)} ms ` +
    'after the process started.',
);
console.log(
  `WebAssembly linear memory after the runs: ${fmtBytes(wasmMemoryBytes)}` +
    (quick ? '' : ` (${(wasmMemoryBytes / inputs.at(-1).bytes).toFixed(1)}× the 10 MB input; it only grows, so this is the peak)`) +
    '.',
);
console.log(
  `Rows after the first: median per call after warm-up (the keyphrase rows: the fastest; their share is the median ratio of paired runs). The sample is ${sample.label}.`,
);
console.log(`MB/s counts MB = 1,048,576 bytes (as criterion's MiB/s). Texts generated in ${(generationMs / 1000).toFixed(1)} s (not timed).\n`);
console.log(markdownTable(['file', 'raw', 'gzip -9', 'target', 'met'], sizeRows, ['l', 'r', 'r', 'l', 'l']));
console.log('\nKB = 1,000 bytes in the size table; gzip is zlib level 9.');
console.log(`\nBefore: ${loadBefore}`);
console.log(`After:  ${machineLine()}`);
console.log(`Bench time ${((performance.now() - startedAt) / 1000).toFixed(0)} s.`);
