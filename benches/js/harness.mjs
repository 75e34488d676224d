// Shared helpers of the Node benches (bench.mjs and ../peers/run.mjs): where
// things are, loading the built package, timing, and Markdown tables.

import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The repository root (benches/js/ is two levels below it). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built package: pkg/, or the folder named by PRECIS_PKG (to compare another build). */
export const PKG = resolve(ROOT, process.env.PRECIS_PKG ?? 'pkg');
export const PKG_JS = resolve(PKG, 'precis.js');
export const PKG_WASM = resolve(PKG, 'precis_bg.wasm');
/** The real pasted article (6 KB) beside the repository; not committed, may be absent. */
export const SAMPLE = resolve(ROOT, '../shared/data/samples/pasted_article.txt');

/** BBC news articles (titles and texts) beside the repository; not committed, may be absent. */
export const NEWS = resolve(ROOT, '../shared/data/news/bbc_dev.jsonl');

/**
 * About `bytes` UTF-8 bytes of real news: whole articles of ../shared/data/news/bbc_dev.jsonl
 * (title, blank line, text), as many as fit; `null` when the file is absent.
 */
export function newsText(bytes) {
  if (!existsSync(NEWS)) return null;
  const parts = [];
  let size = 0;
  for (const line of readFileSync(NEWS, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { title, text } = JSON.parse(line);
    const article = `${title ?? ''}\n\n${text ?? ''}\n\n`;
    const articleBytes = Buffer.byteLength(article);
    if (size + articleBytes > bytes) break;
    parts.push(article);
    size += articleBytes;
  }
  return parts.join('');
}

/** Exits with a clear message when pkg/ has not been built. */
export function requirePkg() {
  if (!existsSync(PKG_JS) || !existsSync(PKG_WASM)) {
    console.error(
      `precis bench: the WebAssembly package is not built (${PKG_JS} or ${PKG_WASM} is missing).\n` +
        'Build it first with `npm run build` (or `npm start`, which also installs the tools).',
    );
    process.exit(2);
  }
}

/** Imports pkg/precis.js and instantiates the module synchronously; returns the module and the wasm exports. */
export async function loadPrecis() {
  requirePkg();
  const precis = await import(pathToFileURL(PKG_JS).href);
  const exports = precis.initSync({ module: readFileSync(PKG_WASM) });
  return { precis, exports };
}

/** The 6 KB input of the "typical article" rows: the real sample when present, else generated text. */
export function sampleText(generate) {
  if (existsSync(SAMPLE)) {
    return {
      text: readFileSync(SAMPLE, 'utf8'),
      label: 'the real pasted article ../shared/data/samples/pasted_article.txt',
      short: '6 KB sample',
      real: true,
    };
  }
  return {
    text: generate(6 * 1024),
    label: 'generated (../shared/data/samples/pasted_article.txt is absent)',
    short: '6 KB generated',
    real: false,
  };
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `fn` after warming it up: at least `warmupCalls` calls and `warmupMs`
 * of warm-up, then calls until `maxSamples` samples or `budgetMs` have passed
 * (but at least `minSamples`). Returns per-call times in ms.
 */
export function timeCalls(fn, { warmupCalls = 3, warmupMs = 300, minSamples = 5, maxSamples = 200, budgetMs = 3000 } = {}) {
  const warmStart = performance.now();
  for (let i = 0; i < warmupCalls || performance.now() - warmStart < warmupMs; i++) fn();
  const times = [];
  const start = performance.now();
  while (times.length < minSamples || (times.length < maxSamples && performance.now() - start < budgetMs)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return { times, median: median(times), min: Math.min(...times), runs: times.length };
}

/** MB/s with MB = 2^20 bytes (as criterion's MiB/s; the bench sizes are binary too). */
export function mbPerSecond(bytes, ms) {
  return bytes / (1024 * 1024) / (ms / 1000);
}

export function fmtMs(ms) {
  if (ms >= 1000) return ms.toFixed(0);
  if (ms >= 100) return ms.toFixed(1);
  if (ms >= 10) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function fmtBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(2)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}

/** A Markdown table; `align` holds 'l' or 'r' per column. */
export function markdownTable(header, rows, align = header.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(header),
    line(align.map((a) => (a === 'r' ? '---:' : '---'))),
    ...rows.map((r) => line(r.map((c) => String(c)))),
  ].join('\n');
}

/** One line about the machine, for the report under a table. */
export function machineLine() {
  const cpus = os.cpus();
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  return (
    `Node ${process.version}, ${os.platform()} ${os.arch()}, ${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ` +
    `${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; load average ${load}`
  );
}
