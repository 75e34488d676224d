// The HTML module (pkg-html/, from html/) in Node: extract() and pageText(), their errors,
// and agreement with the native CLI's --extract and --html on the same pages.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPrecis, repoRoot } from './helpers.mjs';

const PAGES = path.join(repoRoot, 'html', 'tests', 'pages');
const PAGE_NAMES = ['news.html', 'div_only.html', 'form_wrapper.html', 'empty_article.html', 'teasers.html', 'tables_lists.html', 'tag_soup.html'];
const CLI = path.join(process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, 'target'), 'release', 'precis');

/** Imports pkg-html/precis_html.js and instantiates its .wasm; fails clearly without a build. */
async function loadHtml() {
  const js = path.join(repoRoot, 'pkg-html', 'precis_html.js');
  const wasm = path.join(repoRoot, 'pkg-html', 'precis_html_bg.wasm');
  assert.ok(existsSync(js) && existsSync(wasm), `${js} or ${wasm} is missing: build it first with "npm run build"`);
  const module = await import(js);
  module.initSync({ module: readFileSync(wasm) });
  return module;
}

const page = (name) => readFileSync(path.join(PAGES, name), 'utf8');

let html;
let precis;
before(async () => {
  html = await loadHtml();
  precis = await loadPrecis();
});

describe('extract() in Node', () => {
  test('a news page: the title and the article, nothing around it', () => {
    const article = html.extract(page('news.html'));
    assert.deepEqual(Object.keys(article).sort(), ['text', 'title']);
    assert.equal(article.title, 'Harbour bridge to close for repairs');
    assert.match(article.text, /^The harbour bridge will close to all traffic/);
    assert.match(article.text, /\n\nDiversions planned\n\n/);
    assert.doesNotMatch(article.text, /cookies|Related stories|potholes|Share on Facebook|Advertisement/);
  });

  test('pageText() keeps menus and footers; extract() leaves them out', () => {
    const all = html.pageText(page('news.html'));
    assert.match(all, /We use cookies/);
    assert.match(all, /All rights reserved/);
    assert.ok(all.length > 2 * html.extract(page('news.html')).text.length);
  });

  test('any string gives a result; a non-string is refused with a message naming the argument', () => {
    assert.deepEqual(html.extract(''), { title: '', text: '' });
    assert.equal(html.extract('plain words').text, 'plain words');
    assert.equal(typeof html.extract('\u0000<\ud800>&#xD800;'.repeat(1000)).text, 'string');
    for (const value of [42, null, undefined, {}, ['<p>x</p>']]) {
      assert.throws(() => html.extract(value), /invalid argument "html": expected a string/);
    }
  });

  test('a deeply nested page and a huge attribute', () => {
    assert.match(html.extract(`${'<div>'.repeat(100_000)}<p>Deep down there is still a paragraph of text.</p>`).text, /Deep down/);
    assert.equal(html.extract(`<p class="${'x'.repeat(10_000_000)}">Text after a big attribute.</p>`).text, 'Text after a big attribute.');
  });
});

describe('CLI and WASM agree on HTML', () => {
  before(() => {
    const build = spawnSync('cargo', ['build', '--release', '--bin', 'precis'], { cwd: repoRoot, stdio: ['ignore', 'inherit', 'inherit'] });
    assert.equal(build.status, 0, 'cargo build --release --bin precis failed');
  });

  const run = (args) => {
    const result = spawnSync(CLI, args, { encoding: 'utf8' });
    assert.equal(result.status, 0, `precis ${args.join(' ')}: ${result.stderr}`);
    return result.stdout;
  };

  for (const name of PAGE_NAMES) {
    test(`${name}: --extract --json is extract(), --html is the summary of the titled article`, () => {
      const file = path.join(PAGES, name);
      const article = html.extract(page(name));
      assert.deepEqual(JSON.parse(run(['--extract', '--json', file])), article);
      assert.equal(run(['--extract', file]), `${article.text}\n`);
      const titled = article.title ? `${article.title}\n\n${article.text}` : article.text;
      const summary = precis.summarize(titled, { sentences: 2 }).sentences.filter((s) => s.selected);
      assert.equal(run(['--html', '--sentences', '2', file]), summary.map((s) => `${s.text.replace(/\s+/g, ' ')}\n`).join(''));
    });
  }
});
