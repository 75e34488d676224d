#!/usr/bin/env node
// Shrinks wasm-pack's .wasm output in place with binaryen's wasm-opt from the npm package
// `binaryen` (pinned in package.json). Never Debian's wasm-opt: version 108 silently corrupts
// wasm-bindgen output (the externref table export points at the wrong table, and loading
// fails with "WebAssembly.Table.set(): Argument 1 is invalid"), and wasm-pack runs any
// wasm-opt it finds on PATH, which is why Cargo.toml sets `wasm-opt = false` for wasm-pack.
//
//   node scripts/optimize-wasm.mjs pkg/precis_bg.wasm [more.wasm ...]
//
// -Oz optimizes for size; without -g the name section is dropped. The feature flags
// match what rustc emits for wasm32-unknown-unknown (wasm-opt rejects bulk-memory and the
// other post-MVP instructions unless they are enabled).

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
