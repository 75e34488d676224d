// The npm package as users get it (packed, then installed into a scratch folder): its
// manifest and files, the README's Node snippet, the README snippets being the tested code,
// and its TypeScript declarations under `tsc --strict`.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { installPackage, repoRoot } from '../support/package.mjs';
import { ARTICLE } from './helpers.mjs';

let dir;
before(() => {
  dir = installPackage('node-app', ['tests/bundle', 'tests/types']);
  writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'page.html'), readFileSync(path.join(repoRoot, 'html', 'tests', 'pages', 'news.html')));
});

const installed = (file) => path.join(dir, 'node_modules', 'precis-summarizer', file);

describe('the package', () => {
  test('manifest: name, version from Cargo.toml, exports, types, files, sideEffects, licence', () => {
    const manifest = JSON.parse(readFileSync(installed('package.json'), 'utf8'));
    const cargoVersion = readFileSync(path.join(repoRoot, 'Cargo.toml'), 'utf8').match(/^version = "(.*)"/m)[1];
    assert.equal(manifest.name, 'precis-summarizer');
    assert.equal(manifest.version, cargoVersion);
    assert.equal(manifest.type, 'module');
    assert.equal(manifest.license, 'MIT OR Apache-2.0');
    assert.equal(manifest.types, './index.d.ts');
    assert.deepEqual(Object.keys(manifest.exports['.']), ['node', 'browser', 'types', 'default']);
    assert.deepEqual(Object.keys(manifest.exports), [
      '.', './all-languages', './worker', './html', './bundler', './precis_bg.wasm', './package.json',
    ]);
    assert.deepEqual(Object.keys(manifest.exports['./all-languages']), ['node', 'default']);
    // The worker loads the build with every stemmer on demand: it is in the package.
    assert.ok(readFileSync(installed('web-all/precis_bg.wasm')).length > readFileSync(installed('web/precis_bg.wasm')).length);
    assert.deepEqual(Object.keys(manifest.exports['./html']), ['node', 'browser', 'types', 'default']);
    assert.deepEqual(manifest.sideEffects, ['./bundler/precis.js', './node/precis.js', './summarizer-worker.js', './html/node/precis_html.js']);
    // Every file an export names is in the package.
    const values = (v) => (typeof v === 'string' ? [v] : Object.values(v).flatMap(values));
    const targets = values(manifest.exports);
    for (const target of targets) assert.doesNotThrow(() => readFileSync(installed(target)), target);
    assert.match(readFileSync(installed('README.md'), 'utf8'), /## Use it in your app[\s\S]*## Privacy/);
    assert.match(readFileSync(installed('LICENSE-MIT'), 'utf8'), /^Copyright \(c\) 2026 The precis authors/);
    assert.match(readFileSync(installed('LICENSE-APACHE'), 'utf8'), /Apache License\s+Version 2\.0/);
  });

  test('the README Node snippet prints a real summary', () => {
    const out = execFileSync(process.execPath, ['node.mjs'], { cwd: dir, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    assert.equal(lines.length, 3);
    for (const line of lines) assert.ok(ARTICLE.includes(line), `a sentence of the article: ${line}`);
  });

  test('the README snippet for web pages prints the title and the article (precis-summarizer/html)', () => {
    const out = execFileSync(process.execPath, ['html.mjs'], { cwd: dir, encoding: 'utf8' });
    assert.match(out, /^Harbour bridge to close for repairs\n\nThe harbour bridge will close/);
    assert.doesNotMatch(out, /cookies|Related stories/);
    // The summarizer's entry never loads the HTML module.
    const main = readFileSync(installed('node.js'), 'utf8') + readFileSync(installed('index.js'), 'utf8');
    assert.doesNotMatch(main, /html/);
  });

  test('in Node, init() resolves and sentences() works (browser code runs unchanged)', async () => {
    const precis = await import(installed('node.js'));
    await precis.default();
    assert.equal(precis.sentences('One. Two.').length, 2);
    assert.throws(() => precis.summarize('x', { ratio: 2 }), /invalid option "ratio"/);
  });

  test('each README snippet marked as tested is part of the file it names', () => {
    const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
    const snippets = [...readme.matchAll(/<!-- tested: (\S+) -->\n```\w+\n([\s\S]*?)```/g)];
    assert.ok(snippets.length >= 5, `found ${snippets.length} tested snippets`);
    for (const [, file, code] of snippets) {
      assert.ok(readFileSync(path.join(repoRoot, file), 'utf8').includes(code), `README snippet is in ${file}:\n${code}`);
    }
  });

  test('the TypeScript declarations pass tsc --strict (bundler and Node resolution)', () => {
    const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
    for (const config of ['tsconfig.json', 'tsconfig.node.json']) {
      try {
        execFileSync(process.execPath, [tsc, '-p', config], { cwd: dir, encoding: 'utf8' });
      } catch (err) {
        assert.fail(`tsc -p ${config}:\n${err.stdout}`);
      }
    }
  });
});
