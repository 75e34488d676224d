// The packed npm package in Chromium: the example app (tests/bundle/) bundled by vite 7, with
// the main entry and the worker helper; the `bundler` build with vite-plugin-wasm; a plain
// module script without a bundler; and the worker helper recovering from a real trap.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
import { installPackage } from '../support/package.mjs';
import { ARTICLE } from '../js/helpers.mjs';
import { assertClean, openPage, repoRoot, requireFiles, start } from './helpers.mjs';

let dir;
before(async () => {
  requireFiles('pkg-test-hooks/precis.js', 'pkg-test-hooks/precis_bg.wasm');
  dir = installPackage('browser-app', ['tests/bundle']);
  writeFileSync(path.join(dir, 'article.txt'), ARTICLE);
  writeFileSync(path.join(dir, 'swedish.txt'), readFileSync(path.join(repoRoot, 'tests', 'data', 'languages', 'sv.txt')));
  writeFileSync(path.join(dir, 'page.html'), readFileSync(path.join(repoRoot, 'html', 'tests', 'pages', 'news.html')));
  await build({ root: dir, configFile: path.join(dir, 'vite.config.js'), base: './', build: { outDir: 'dist-vite' } });
  await build({ root: path.join(dir, 'bundler'), configFile: path.join(dir, 'bundler', 'vite.config.js'), base: './', build: { outDir: 'dist-vite' } });
});

/** Waits for `#id` to be filled in and returns its lines. */
async function output(page, id) {
  await page.waitForFunction((i) => document.getElementById(i).textContent !== '', id);
  return (await page.locator(`#${id}`).textContent()).split('\n');
}

const assertSentences = (lines, text) => {
  assert.ok(lines.length >= 1);
  for (const line of lines) assert.ok(text.replace(/\s+/g, ' ').includes(line), `a sentence of the text: ${line}`);
};

describe('the package in a browser', () => {
  let env;
  before(async () => {
    env = await start({ root: dir });
  });
  after(() => env?.close());

  test('vite bundles the example app: the main entry and createSummarizer() give real summaries', async () => {
    const session = await openPage(env, '/dist-vite/index.html');
    const article = await session.page.locator('article').textContent();
    const lines = await output(session.page, 'summary');
    assert.equal(lines.at(-1), '(8 sentences)');
    assert.equal(lines.length - 1, 3);
    assertSentences(lines.slice(0, -1), article);
    const fromWorker = await output(session.page, 'worker-summary');
    assert.equal(fromWorker.length, 2, 'ratio 0.25 of 8 sentences');
    assertSentences(fromWorker, article);
    assert.ok(session.requests.some((url) => /\/assets\/precis_bg-[\w-]+\.wasm$/.test(url)), 'the .wasm is a bundled asset');
    assertClean(env, session);
    await session.context.close();
  });

  test('vite with vite-plugin-wasm bundles the `bundler` build', async () => {
    const session = await openPage(env, '/bundler/dist-vite/index.html');
    const article = await session.page.locator('article').textContent();
    const lines = await output(session.page, 'summary');
    assert.equal(lines.length, 2);
    assertSentences(lines, article);
    assertClean(env, session);
    await session.context.close();
  });

  test('precis-summarizer/html: extract() on the page and in the worker; summarizing alone never loads it', async () => {
    const session = await openPage(env, '/html.html');
    const article = await output(session.page, 'article');
    assert.equal(article[0], 'Harbour bridge to close for repairs');
    assert.match(article.join('\n'), /The harbour bridge will close to all traffic/);
    assert.doesNotMatch(article.join('\n'), /cookies|Related stories|potholes/);
    assert.deepEqual(await output(session.page, 'in-worker'), article);
    assertClean(env, session);
    await session.context.close();

    const plain = await openPage(env, '/plain.html');
    await output(plain.page, 'summary');
    assert.deepEqual(plain.requests.filter((url) => url.includes('/html/')), []);
    await plain.context.close();
  });

  test('the worker helper loads the build with every stemmer when a text needs it, not before', async () => {
    const session = await openPage(env, '/languages.html');
    const allStemmers = () => session.requests.filter((url) => url.includes('/web-all/'));
    const english = await output(session.page, 'english');
    assert.equal(english[0], 'en');
    assertSentences(english.slice(1), ARTICLE);
    assert.deepEqual(allStemmers(), [], 'an English text needs only the main build');
    await session.page.click('#next');
    const swedish = await output(session.page, 'swedish');
    assert.equal(swedish[0], 'sv');
    assertSentences(swedish.slice(1), readFileSync(path.join(dir, 'swedish.txt'), 'utf8'));
    assert.ok(allStemmers().some((url) => url.endsWith('/web-all/precis_bg.wasm')), 'web-all/ loaded for Swedish');
    assert.deepEqual(await output(session.page, 'all-languages'), swedish, 'the all-languages entry agrees');
    assertClean(env, session);
    await session.context.close();
  });

  test('a plain <script type="module"> uses the installed package without a bundler', async () => {
    const session = await openPage(env, '/plain.html');
    const lines = await output(session.page, 'summary');
    assert.equal(lines.length, 3);
    assertSentences(lines, ARTICLE);
    assertClean(env, session);
    await session.context.close();
  });
});

describe('createSummarizer(): crashes and cancelled calls', () => {
  test('a trap rejects that call with a clear Error; the worker is replaced; queued, held-then-aborted and later calls work', async () => {
    // The installed web build is swapped for pkg-test-hooks/, whose summarize traps on TRAP
    // and never returns on HOLD.
    const web = '/node_modules/precis-summarizer/web';
    const env = await start({
      root: dir,
      overrides: {
        [`${web}/precis.js`]: {
          body: `export * from './trap.js'; export { default } from './trap.js';
            import { summarize as engine, __testTrap, __testHold } from './trap.js';
            export function summarize(text, options) {
              if (text.includes('TRAP')) __testTrap();
              if (text.includes('HOLD')) __testHold();
              return engine(text, options);
            }`,
          headers: { 'Content-Type': 'text/javascript' },
        },
        [`${web}/trap.js`]: {
          body: readFileSync(path.join(repoRoot, 'pkg-test-hooks', 'precis.js'), 'utf8').replaceAll('precis_bg.wasm', 'trap_bg.wasm'),
          headers: { 'Content-Type': 'text/javascript' },
        },
        [`${web}/trap_bg.wasm`]: {
          body: readFileSync(path.join(repoRoot, 'pkg-test-hooks', 'precis_bg.wasm')),
          headers: { 'Content-Type': 'application/wasm' },
        },
      },
    });
    try {
      const session = await openPage(env, '/plain.html');
      const result = await session.page.evaluate(async (text) => {
        const { createSummarizer } = await import('/node_modules/precis-summarizer/summarizer.js');
        const summarizer = createSummarizer();
        const settle = (p) => p.then((r) => ({ ok: r.summary }), (e) => ({ error: e.message }));
        const crash = settle(summarizer.summarize(`${text} TRAP`));
        const queued = settle(summarizer.summarize(text, { sentences: 1 }));
        const badOption = settle(summarizer.summarize(text, { sentences: 0 }));
        const aborted = new AbortController();
        const cancelled = settle(summarizer.summarize(text, {}, { signal: aborted.signal }));
        aborted.abort();
        const outcome = { crash: await crash, queued: await queued, badOption: await badOption, cancelled: await cancelled };
        // A running call that never returns on its own: aborting it terminates its worker.
        const stop = new AbortController();
        const held = settle(summarizer.summarize(`${text} HOLD`, {}, { signal: stop.signal }));
        const behind = settle(summarizer.summarize(text, { sentences: 2 }));
        setTimeout(() => stop.abort(), 100);
        outcome.held = await held;
        outcome.behind = await behind;
        outcome.after = await settle(summarizer.summarize(text));
        summarizer.terminate();
        outcome.terminated = await settle(summarizer.summarize(text));
        return outcome;
      }, ARTICLE);
      assert.match(result.crash.error, /^precis: the summarizer crashed \(RuntimeError: unreachable\); it was restarted, so try again$/);
      assert.equal(result.queued.ok.split('\n').length, 1, 'the call queued behind the crash ran on the new worker');
      assert.match(result.badOption.error, /^invalid option "sentences"/);
      assert.match(result.cancelled.error, /abort/i);
      assert.match(result.held.error, /abort/i, 'the held call is rejected by its abort');
      assert.equal(result.behind.ok.split('\n').length, 2, 'the call queued behind it ran on a fresh worker');
      assert.equal(result.after.ok.split('\n').length, 3);
      assert.equal(result.terminated.error, 'precis: the summarizer was terminated');
      await session.context.close();
    } finally {
      await env.close();
    }
  });
});
