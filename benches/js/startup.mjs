// Start-up probe, run by bench.mjs in a fresh `node` process: times, from the
// first line of this module, the import of the JS glue (pkg/precis.js), the
// read + compile + instantiate of pkg/precis_bg.wasm (`initSync`) and the first
// `summarize` call on the text file given as argv[2] (read before the clock
// starts). Prints one JSON line. PRECIS_PKG picks another package folder than pkg/.
//   node benches/js/startup.mjs TEXT_FILE
import { readFileSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const text = readFileSync(process.argv[2], 'utf8');
const pkg = resolve(dirname(fileURLToPath(import.meta.url)), '../..', process.env.PRECIS_PKG ?? 'pkg');
const t0 = performance.now();
const precis = await import(pathToFileURL(resolve(pkg, 'precis.js')).href);
const t1 = performance.now();
precis.initSync({ module: readFileSync(resolve(pkg, 'precis_bg.wasm')) });
const t2 = performance.now();
const result = precis.summarize(text);
const t3 = performance.now();
process.stdout.write(
  JSON.stringify({
    importMs: t1 - t0,
    instantiateMs: t2 - t1,
    firstSummaryMs: t3 - t2,
    totalMs: t3 - t0,
    sinceProcessStartMs: t3,
    chosen: result.sentences.filter((s) => s.selected).length,
  }) + '\n',
);
