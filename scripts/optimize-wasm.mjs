#!/usr/bin/env node
// Shrinks wasm-pack's .wasm output in place with binaryen's wasm-opt from the npm package
// `binaryen` (pinned in package.json). Never Debian's wasm-opt: version 108 corrupts
// wasm-bindgen output (see ../shared/docs/TOOLCHAIN.md, pitfall 1), which is also why
// Cargo.toml sets `wasm-opt = false` for wasm-pack itself.
//
//   node scripts/optimize-wasm.mjs pkg/precis_bg.wasm [more.wasm ...]
//
// -Oz optimizes for size; without -g the name section is dropped. The feature flags
// match what rustc emits for wasm32-unknown-unknown (pitfall 4).

import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const WASM_OPT = path.join(ROOT, 'node_modules', '.bin', 'wasm-opt');
const FLAGS = ['-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
  '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue'];

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node scripts/optimize-wasm.mjs FILE.wasm [...]');
  process.exit(2);
}
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
for (const file of files) {
  const before = statSync(file).size;
  execFileSync(WASM_OPT, [...FLAGS, file, '-o', file], { stdio: 'inherit' });
  const after = readFileSync(file);
  console.log(`optimize-wasm: ${path.relative(ROOT, path.resolve(file))} ${kb(before)} -> ${kb(after.length)} ` +
    `(${kb(gzipSync(after, { level: 9 }).length)} gzip)`);
}
