// The demo page in headless Debian Chromium, driven by playwright-core.
//
// Serves the repository root with scripts/serve.mjs on a free loopback port, checks that
// every request stays on that origin and that nothing is logged as an error, and saves
// screenshots (desktop, phone, dark, states) to tests/e2e/screenshots/ for a human to look at.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SCREENSHOTS = path.join(repoRoot, 'tests', 'e2e', 'screenshots');
const SAMPLE_ARTICLE = path.join(repoRoot, '..', 'shared', 'data', 'samples', 'pasted_article.txt');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BOILERPLATE = /Copyright|Leave a Reply|Required fields|Photo:/;
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };

let server;
let origin;
let browser;

/** Starts scripts/serve.mjs on a free port and resolves with its origin once it listens. */
function startServer() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repoRoot, 'scripts', 'serve.mjs')], {
      env: { ...process.env, PORT: '0' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = output.match(/http:\/\/127\.0\.0\.1:\d+/);
      if (match) resolve({ child, origin: match[0] });
    });
    child.on('exit', (code) => reject(new Error(`serve.mjs exited with ${code} before listening`)));
  });
}

function readSampleArticle() {
  assert.ok(
    existsSync(SAMPLE_ARTICLE),
    `sample article not found at ${SAMPLE_ARTICLE}; the page tests need ` +
      'shared/data/samples/pasted_article.txt beside the repository (it is not committed)',
  );
  return readFileSync(SAMPLE_ARTICLE, 'utf8');
}

before(async () => {
  for (const file of ['precis.js', 'precis_bg.wasm']) {
    assert.ok(existsSync(path.join(repoRoot, 'pkg', file)), `pkg/${file} is missing: run "npm run build" first`);
  }
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run "bash scripts/setup.sh --browser"`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  ({ child: server, origin } = await startServer());
  // Playwright gives each launch a fresh temporary profile (it refuses --user-data-dir).
  // Root needs --no-sandbox; the rest keeps Chromium from reaching for the (closed) network.
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
});

after(async () => {
  await browser?.close();
  server?.kill();
});

/**
 * Opens /www/ in a new context and records what a test must check afterwards: every request
 * URL, and every console error, page error or CSP violation.
 */
async function openPage(contextOptions = {}) {
  const context = await browser.newContext({ viewport: DESKTOP, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  const problems = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(`${origin}/www/`);
  return { context, page, requests, problems };
}

/** Waits until the WASM module is ready (the page starts with the button disabled). */
async function waitReady(page) {
  await page.locator('#summarize:enabled').waitFor();
}

/** Asserts that nothing went to another origin and nothing was logged as an error. */
function assertClean({ requests, problems }) {
  const foreign = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.deepEqual(problems, [], 'console errors, page errors or CSP violations');
}

async function summaryItems(page) {
  return page.locator('#summary li').allTextContents();
}

async function waitForItems(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('#summary li').length === n, count);
}

const screenshot = (page, name) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });

describe('demo page', () => {
  test('summarizes the sample article, highlights it in place, follows the length control', async () => {
    const article = readSampleArticle();
    const session = await openPage();
    const { page } = session;
    await waitReady(page);
    assert.ok(await page.locator('#empty').isVisible(), 'empty state before any text');
    await screenshot(page, 'desktop-empty');

    await page.fill('#text', article);
    await waitForItems(page, 3);
    const items = await summaryItems(page);
    assert.equal(items.length, 3);
    for (const item of items) {
      assert.ok(article.includes(item), `summary item is a sentence of the article: ${item}`);
      assert.doesNotMatch(item, BOILERPLATE);
    }
    // Document order: each item comes later in the article than the one before.
    const positions = items.map((item) => article.indexOf(item));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions, 'summary in document order');

    const marks = await page.locator('#document mark').allTextContents();
    assert.deepEqual(marks, items, 'the highlighted sentences are the summary');
    assert.equal(await page.locator('#document').textContent(), article, 'the view rebuilds the article exactly');
    assert.ok((await page.locator('#document .sentence.boilerplate').count()) > 0, 'boilerplate is marked');
    const scores = await page.locator('#document .sentence').evaluateAll((els) =>
      els.map((el) => Number.parseFloat(el.style.getPropertyValue('--score'))));
    assert.ok(scores.length > 3 && scores.every((x) => x >= 0 && x <= 1), `every sentence is shaded by score: ${scores}`);
    assert.match(await page.locator('#status').textContent(), /^3 of \d+ sentences · \d+ → \d+ words/);
    await screenshot(page, 'desktop-summary');

    await page.fill('#length-number', '5');
    await waitForItems(page, 5);
    assert.equal((await page.locator('#document mark').count()), 5);

    await page.setViewportSize(PHONE);
    await screenshot(page, 'phone-summary');
    assertClean(session);
    await session.context.close();
  });

  test('a real clipboard paste (Ctrl+V) is summarized', async () => {
    const article = readSampleArticle();
    const session = await openPage();
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
    await waitReady(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), article);
    await page.focus('#text');
    await page.keyboard.press('Control+V');
    await waitForItems(page, 3);
    assert.equal(await page.inputValue('#text'), article);
    assertClean(session);
    await context.close();
  });

  test('without live update, Ctrl+Enter and the button summarize', async () => {
    const article = readSampleArticle();
    const session = await openPage();
    const { page } = session;
    await waitReady(page);
    await page.uncheck('#live');
    await page.fill('#text', article);
    await page.waitForTimeout(500);
    assert.equal((await summaryItems(page)).length, 0, 'no summary before asking');
    await page.press('#text', 'Control+Enter');
    await waitForItems(page, 3);

    await page.fill('#length-number', '2');
    await page.waitForTimeout(500);
    assert.equal((await summaryItems(page)).length, 3, 'still the old summary');
    await page.click('#summarize');
    await waitForItems(page, 2);
    assertClean(session);
    await session.context.close();
  });

  test('a rejected option and empty text show friendly messages', async () => {
    const article = readSampleArticle();
    const session = await openPage({ viewport: PHONE });
    const { page } = session;
    await waitReady(page);
    await page.fill('#text', article);
    await waitForItems(page, 3);

    await page.click('label[for="mode-ratio"]');
    await page.fill('#length-number', '0');
    const error = page.locator('#option-error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /^Cannot summarize: .*"ratio"/);
    assert.ok(await page.locator('#results').isHidden(), 'no stale summary next to the error');
    await screenshot(page, 'phone-option-error');

    await page.fill('#length-number', '0.5');
    await error.waitFor({ state: 'hidden' });
    await page.locator('#results').waitFor({ state: 'visible' });

    await page.fill('#text', '   \n ');
    await page.locator('#empty').waitFor({ state: 'visible' });
    assert.match(await page.locator('#empty').textContent(), /Nothing to summarize yet/);
    assert.ok(await page.locator('#results').isHidden());
    await screenshot(page, 'phone-empty');
    assertClean(session);
    await session.context.close();
  });

  test('the example button loads and summarizes an example', async () => {
    const session = await openPage({ colorScheme: 'dark' });
    const { page } = session;
    await waitReady(page);
    await page.click('#example');
    await waitForItems(page, 3);
    assert.doesNotMatch((await summaryItems(page)).join('\n'), BOILERPLATE);
    await screenshot(page, 'desktop-dark-example');
    assertClean(session);
    await session.context.close();
  });

  for (const file of ['precis_bg.wasm', 'precis.js']) {
    test(`a missing pkg/${file} is reported on the page`, async () => {
      const context = await browser.newContext({ viewport: DESKTOP });
      const page = await context.newPage();
      await page.route(`**/pkg/${file}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${origin}/www/`);
      const banner = page.locator('#load-error');
      await banner.waitFor({ state: 'visible' });
      assert.match(await banner.textContent(), /could not be loaded/);
      assert.ok(await page.locator('#summarize').isDisabled(), 'the button stays disabled');
      if (file === 'precis_bg.wasm') await screenshot(page, 'desktop-load-error');
      await context.close();
    });
  }
});
