// `npm run build:site`: dist/site/ is the page as a folder of its own, deployable on any
// static host. Served alone (no repository around it), it summarizes, works offline after the
// first visit, and sends the security headers its _headers file lists.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SERVICE_WORKER_POLICY, WORKER_POLICY, pagePolicy } from '../../scripts/site.mjs';
import { assertClean, openPage, repoRoot, requireFiles, screenshot, start } from './helpers.mjs';
import { summaryItems, waitForItems, waitReady } from './page-helpers.mjs';

const SITE = path.join(repoRoot, 'dist', 'site');

/** Every file under `dir`, as sorted relative paths with forward slashes. */
function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory()
      ? listFiles(path.join(dir, entry.name), `${prefix}${entry.name}/`)
      : [`${prefix}${entry.name}`]))
    .sort();
}

let env;
before(async () => {
  requireFiles('pkg/precis.js', 'pkg/precis_bg.wasm');
  execFileSync(process.execPath, [path.join(repoRoot, 'scripts', 'build-site.mjs')], { cwd: repoRoot, stdio: 'inherit' });
  env = await start({ root: SITE, site: true });
});
after(() => env?.close());

describe('the deployable site', () => {
  test('holds the page, its worker, the engine, the service worker and nothing else', () => {
    // wasm-bindgen names the folder of the engine's JS snippet after a hash of the crate.
    const snippet = (pkg) => listFiles(SITE).filter((f) => f.startsWith(`${pkg}/snippets/`));
    for (const pkg of ['pkg', 'pkg-all']) {
      assert.equal(snippet(pkg).length, 1, `${pkg} imports one snippet`);
      assert.match(snippet(pkg)[0], new RegExp(`^${pkg}/snippets/precis-[0-9a-f]+/inline0\\.js$`));
    }
    assert.deepEqual(listFiles(SITE), [
      '_headers', 'example.txt', 'index.html', 'index.js', 'input.js', 'js/client.js', 'js/worker-loop.js',
      'offline-files.json', 'output.js', 'pkg-all/precis.js', 'pkg-all/precis_bg.wasm', ...snippet('pkg-all'),
      'pkg-html/precis_html.js', 'pkg-html/precis_html_bg.wasm', 'pkg/precis.js', 'pkg/precis_bg.wasm', ...snippet('pkg'),
      'render.js', 'style.css', 'sw.js', 'worker.js',
    ]);
    // The HTML module and the engine with every stemmer are cached when first used, not at install.
    const offline = JSON.parse(readFileSync(path.join(SITE, 'offline-files.json'), 'utf8'));
    const onUse = [
      'pkg-all/precis.js', 'pkg-all/precis_bg.wasm', ...snippet('pkg-all'), 'pkg-html/precis_html.js', 'pkg-html/precis_html_bg.wasm',
    ];
    const notListed = ['_headers', 'offline-files.json', 'sw.js', ...onUse];
    assert.deepEqual(offline.sort(), ['./', ...listFiles(SITE).filter((f) => !notListed.includes(f))].sort());
    for (const file of ['index.js', 'worker.js']) {
      assert.doesNotMatch(readFileSync(path.join(SITE, file), 'utf8'), /['"]\.\.\//, `${file} imports nothing outside the site`);
    }
    const headers = readFileSync(path.join(SITE, '_headers'), 'utf8');
    assert.ok(headers.includes(`/index.html\n  Content-Security-Policy: ${pagePolicy()}`), headers);
    assert.ok(headers.includes(`/worker.js\n  Content-Security-Policy: ${WORKER_POLICY}`), headers);
    assert.ok(headers.includes(`/sw.js\n  Content-Security-Policy: ${SERVICE_WORKER_POLICY}`), headers);
  });

  test('served on its own, it summarizes, and works offline after the first visit', async () => {
    const session = await openPage(env, '/');
    const { page, context } = session;
    await waitReady(page);
    const served = await fetch(new URL('/', env.origin));
    assert.equal(served.headers.get('content-security-policy'), pagePolicy());
    await page.click('#example');
    await waitForItems(page, 3);
    assert.match((await summaryItems(page))[0], /Riverside/);

    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await waitReady(page);
    await context.setOffline(true);
    await page.reload();
    await waitReady(page);
    await page.click('#example');
    await waitForItems(page, 3);
    await screenshot(page, 'site-offline');
    await context.setOffline(false);
    assertClean(env, session);
    await context.close();
  });
});
