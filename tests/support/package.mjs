// Installs the packed package (dist/precis-summarizer-*.tgz, from `npm run build:package`)
// into a scratch folder under dist/scratch/, as a user's `npm install` would.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A fresh dist/scratch/NAME with `files` (repository paths) copied in and the package installed. */
export function installPackage(name, files = []) {
  const dist = path.join(repoRoot, 'dist');
  const tarball = existsSync(dist) && readdirSync(dist).find((f) => /^precis-summarizer-.*\.tgz$/.test(f));
  assert.ok(tarball, 'dist/precis-summarizer-*.tgz is missing: run "npm run build:package" first');
  const dir = path.join(dist, 'scratch', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name, private: true, type: 'module' }));
  for (const file of files) cpSync(path.join(repoRoot, file), dir, { recursive: true });
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(dist, tarball)], { cwd: dir, stdio: 'pipe' });
  return dir;
}
