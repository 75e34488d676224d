// Shared by the browser tests: a loopback server, headless Debian Chromium (playwright-core),
// pages that record every request and every console error, and screenshots for a human.

import assert from 'node:assert/strict';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { listen, originOf } from '../../scripts/serve.mjs';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SCREENSHOTS = path.join(repoRoot, 'tests', 'e2e', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };
export const BOILERPLATE = /Copyright|Leave a Reply|Required fields|Photo:/;

/**
 * Server overrides that give the page the engine of pkg-test-hooks/ (`npm run
 * build:test-hooks`) in place of pkg/'s: its `summarize` traps the WebAssembly instance for
 * real when the text contains TRAP, and never returns (holding its worker busy until it is
 * terminated) when the text contains HOLD.
 */
export const TEST_HOOKS_ENGINE = {
  '/pkg/precis.js': {
    body: `
export * from '/pkg-test-hooks/precis.js';
export { default } from '/pkg-test-hooks/precis.js';
import { summarize as engine, __testTrap, __testHold } from '/pkg-test-hooks/precis.js';
export function summarize(text, options) {
  if (text.includes('TRAP')) __testTrap();
  if (text.includes('HOLD')) __testHold();
  return engine(text, options);
}`,
    headers: { 'Content-Type': 'text/javascript' },
  },
};

export function requireFiles(...files) {
  for (const file of files) {
    assert.ok(existsSync(path.join(repoRoot, file)), `${file} is missing: run "npm test" (or the build step that makes it) first`);
  }
}

/**
 * Serves `root` (the repository by default; with `site`, a folder built by `npm run
 * build:site`) and starts Chromium; `close()` stops both.
 */
export async function start({ root = repoRoot, overrides, site = false } = {}) {
  assert.ok(existsSync(CHROMIUM), `${CHROMIUM} is missing: run "bash scripts/setup.sh --browser"`);
  mkdirSync(SCREENSHOTS, { recursive: true });
  const server = await listen(root, { overrides, site });
  // Playwright gives each launch a fresh temporary profile. Root needs --no-sandbox; the rest
  // keeps Chromium off the network, which the tests do not need (and CI may not have).
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  return {
    origin: originOf(server),
    browser,
    close: async () => {
      await browser.close();
      server.close();
    },
  };
}

/**
 * Opens `url` in a new context and records what a test checks afterwards: every request
 * (the page's, its workers' and its service worker's), and every console error, page error
 * or Content-Security-Policy violation.
 */
export async function openPage(env, url, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: DESKTOP, ...contextOptions });
  const page = await context.newPage();
  // Generous, for slow or busy machines: waits end as soon as their condition holds.
  page.setDefaultTimeout(90_000);
  const requests = [];
  const problems = [];
  context.on('request', (request) => requests.push(request.url()));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.goto(new URL(url, env.origin).href);
  return { context, page, requests, problems };
}

/** Asserts that nothing went to another origin and nothing was logged as an error. */
export function assertClean(env, { requests, problems }) {
  const foreign = requests.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== env.origin);
  assert.deepEqual(foreign, [], 'requests to other origins');
  assert.deepEqual(problems, [], 'console errors, page errors or CSP violations');
}

export const screenshot = (page, name) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
