// Offline use, privacy and crash containment of the page.
//
// Crash containment uses the engine of pkg-test-hooks/ (see TEST_HOOKS_ENGINE), whose
// `summarize` traps the WebAssembly instance for real when the text contains TRAP.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE } from '../js/helpers.mjs';
import { SERVICE_WORKER_POLICY, WORKER_POLICY, offlineList, pagePolicy } from '../../scripts/site.mjs';
import {
  TEST_HOOKS_ENGINE, assertClean, openPage, requireFiles, screenshot, start,
} from './helpers.mjs';
import { summaryItems, waitDone, waitForItems, waitReady } from './page-helpers.mjs';

let env;
before(async () => {
  requireFiles('pkg/precis.js', 'pkg/precis_bg.wasm', 'pkg-test-hooks/precis.js', 'pkg-test-hooks/precis_bg.wasm');
  env = await start();
});
after(() => env?.close());

/** Waits until the service worker controls the page and has cached its files. */
async function waitOfflineReady(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await waitReady(page);
}

describe('offline and private', () => {
  test('after the first visit, the page works offline', async () => {
    const session = await openPage(env, '/www/');
    const { page, context } = session;
    await waitOfflineReady(page);
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    await page.click('#example');
    await waitForItems(page, 3);
    assert.match((await summaryItems(page))[0], /Riverside/);
    await context.setOffline(false);
    assertClean(env, session);
    await context.close();
  });

  test('summarizing makes no request at all and stores nothing but the offline cache', async () => {
    const session = await openPage(env, '/www/');
    const { page, context, requests } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    await waitOfflineReady(page);
    await page.waitForTimeout(300);
    requests.length = 0;

    await page.fill('#text', ARTICLE);
    await waitDone(page);
    for (const algorithm of ['textrank', 'luhn']) {
      await page.selectOption('#algorithm', algorithm);
      await page.waitForTimeout(300);
      await waitDone(page);
    }
    await page.fill('#length-number', '5');
    await waitForItems(page, 5);
    await page.click('#summary a >> nth=2');
    await page.click('#copy-markdown');
    await page.locator('#copy-status', { hasText: 'Copied' }).waitFor();
    assert.deepEqual(requests, [], 'requests while summarizing');

    const storage = await page.evaluate(async () => {
      const cacheNames = await caches.keys();
      const cached = [];
      for (const name of cacheNames) {
        for (const request of await (await caches.open(name)).keys()) cached.push(new URL(request.url).pathname);
      }
      const opfs = [];
      for await (const name of (await navigator.storage.getDirectory()).keys()) opfs.push(name);
      return {
        cookie: document.cookie,
        localStorage: localStorage.length,
        sessionStorage: sessionStorage.length,
        indexedDB: (await indexedDB.databases()).map((db) => db.name),
        opfs,
        cacheNames,
        cached: cached.sort(),
      };
    });
    assert.deepEqual(
      { ...storage, cached: undefined },
      { cookie: '', localStorage: 0, sessionStorage: 0, indexedDB: [], opfs: [], cacheNames: ['precis-offline-v1'], cached: undefined },
    );
    // (The engine's JS snippet sits in pkg/snippets/, in a folder wasm-bindgen names.)
    assert.ok(
      storage.cached.every((p) => /^\/(www|js|pkg(\/snippets\/[\w-]+)?)\/[\w.-]*$/.test(p)),
      `only the page's own files are cached: ${storage.cached}`,
    );
    assertClean(env, session);
    await context.close();
  });

  test('the server sends the policy as a header too; the workers get their own; the offline list is generated', async () => {
    const head = async (url) => (await fetch(new URL(url, env.origin))).headers;
    const page = await head('/www/');
    assert.equal(page.get('content-security-policy'), pagePolicy(), 'the header is the <meta> tag\'s policy');
    assert.equal((await head('/www/worker.js')).get('content-security-policy'), WORKER_POLICY);
    assert.equal((await head('/www/sw.js')).get('content-security-policy'), SERVICE_WORKER_POLICY);
    assert.match(WORKER_POLICY, /script-src 'self' 'wasm-unsafe-eval';/);
    for (const policy of [WORKER_POLICY, SERVICE_WORKER_POLICY]) {
      assert.match(policy, /^default-src 'none';/);
      assert.doesNotMatch(policy, /unsafe-inline|'unsafe-eval'|\*|https?:/);
    }
    assert.equal((await head('/pkg/precis.js')).get('content-security-policy'), null, 'other files need none');

    const list = await (await fetch(new URL('/www/offline-files.json', env.origin))).json();
    assert.deepEqual(list, offlineList());
    for (const file of ['./', 'index.html', 'index.js', 'worker.js', 'example.txt', '../js/client.js', '../js/worker-loop.js',
      '../pkg/precis.js', '../pkg/precis_bg.wasm']) {
      assert.ok(list.includes(file), `${file} is cached for offline use`);
    }
    assert.ok(!list.includes('sw.js'), 'the service worker does not cache itself');
    assert.deepEqual(list.filter((file) => file.includes('pkg-html')), [], 'the HTML module is cached on use only');
    assert.deepEqual(list.filter((file) => file.includes('pkg-all')), [], 'so is the engine with every stemmer');

    // The policy holds inside the page's worker: it may not reach another origin.
    const session = await openPage(env, '/www/', { serviceWorkers: 'block' });
    const { page: tab } = session;
    const workers = [];
    tab.on('worker', (worker) => workers.push(worker));
    await waitReady(tab);
    const violated = await workers[0].evaluate(() => new Promise((resolve) => {
      self.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true });
      fetch('http://127.0.0.2:9/').catch(() => {});
    }));
    assert.equal(violated, 'connect-src');
    await session.context.close();
  });

  test('the Content-Security-Policy forbids inline script, other origins and WebAssembly on the page', async () => {
    const session = await openPage(env, '/www/');
    const policy = await session.page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
    assert.match(policy, /default-src 'self'/);
    assert.match(policy, /script-src 'self';/, "no 'unsafe-inline', no 'wasm-unsafe-eval': only the worker compiles WebAssembly");
    assert.match(policy, /worker-src 'self'/);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|\*|https?:/);
    await session.context.close();
  });
});

describe('crash containment', () => {
  test('when the engine traps, the worker is replaced, the text kept, and the next summary works', async (t) => {
    const trapEnv = await start({ overrides: TEST_HOOKS_ENGINE });
    t.after(() => trapEnv.close());
    const session = await openPage(trapEnv, '/www/', { serviceWorkers: 'block' });
    const { page } = session;
    const workers = [];
    page.on('worker', (worker) => workers.push(worker));
    await waitReady(page);
    const crashing = `${ARTICLE} TRAP`;
    await page.fill('#text', crashing);
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.match(
      await error.textContent(),
      /^Cannot summarize: precis: the summarizer crashed \(RuntimeError: unreachable\); it was restarted, so try again\. Your text is kept\.$/,
    );
    assert.equal(await page.inputValue('#text'), crashing, 'the text is kept');
    await screenshot(page, 'desktop-light-crash');

    await page.fill('#text', ARTICLE);
    await waitForItems(page, 3);
    await error.waitFor({ state: 'hidden' });
    assert.equal(workers.length, 2, 'a fresh worker runs the next summary');
    await assert.rejects(workers[0].evaluate(() => 1), 'the crashed worker is gone');
    // The console shows the trap (from the panic hook of the engine); nothing else.
    session.problems = session.problems.filter((p) => !/unreachable|RuntimeError/.test(p));
    assertClean(trapEnv, session);
    await session.context.close();
  });
});
