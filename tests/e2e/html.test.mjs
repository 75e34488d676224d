// The page (www/) with web pages as input, in headless Chromium: a clipboard paste that
// carries HTML and a dropped .html file go through the article extractor (the HTML module,
// loaded only then), the page says what it left out, and one click brings the raw text back.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadPrecis } from '../js/helpers.mjs';
import { assertClean, openPage, repoRoot, requireFiles, screenshot, start } from './helpers.mjs';
import { summaryItems, waitDone, waitForItems, waitReady } from './page-helpers.mjs';

const NEWS = readFileSync(path.join(repoRoot, 'html', 'tests', 'pages', 'news.html'), 'utf8');

let env;
let html;
let precis;
before(async () => {
  precis = await loadPrecis();
  requireFiles('pkg/precis.js', 'pkg-html/precis_html.js', 'pkg-html/precis_html_bg.wasm');
  html = await import(path.join(repoRoot, 'pkg-html', 'precis_html.js'));
  html.initSync({ module: readFileSync(path.join(repoRoot, 'pkg-html', 'precis_html_bg.wasm')) });
  env = await start();
});
after(() => env?.close());

/** What the text box should hold for a page: its title line, a blank line, the article. */
function titled(page) {
  const { title, text } = html.extract(page);
  return `${title}\n\n${text}`;
}

/** Words as the engine counts them (the page's note and statistics count the same way). */
const countWords = (text) => precis.wordCount(text);

/** The session's requests for the HTML module. */
const htmlModuleRequests = (session) => session.requests.filter((url) => url.includes('/pkg-html/'));

describe('web pages as input', () => {
  test('a paste that carries HTML: the article, a note of what was left out, the pasted text on one click', async () => {
    const session = await openPage(env, '/www/');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    await waitReady(page);
    const plain = html.pageText(NEWS);
    // What a browser puts on the clipboard when a whole page is selected and copied. (Its
    // <style> goes: the clipboard's sanitizer would apply it under the page's CSP, which
    // refuses inline styles and logs the refusal.)
    const copied = NEWS.replace(/<style>[^<]*<\/style>/, '');
    await page.evaluate(([markup, text]) => navigator.clipboard.write([new ClipboardItem({
      'text/html': new Blob([markup], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    })]), [copied, plain]);
    assert.deepEqual(htmlModuleRequests(session), [], 'the HTML module is not loaded before HTML arrives');
    await page.focus('#text');
    await page.keyboard.press('Control+V');

    const expected = titled(copied);
    await page.waitForFunction((t) => document.getElementById('text').value === t, expected);
    await waitForItems(page, 3);
    await waitDone(page);
    const note = page.locator('#extract-note');
    assert.ok(await note.isVisible());
    const left = countWords(plain) - countWords(expected);
    assert.ok(left > 50, `${left} words left out`);
    assert.equal(
      await page.locator('#extract-note-text').textContent(),
      `Article extracted from the pasted page, ${left.toLocaleString('en-US')} words of menus and links left out.`,
    );
    for (const item of await summaryItems(page)) assert.doesNotMatch(item, /cookies|Related|potholes/);
    assert.ok(htmlModuleRequests(session).some((url) => url.endsWith('precis_html_bg.wasm')), 'the HTML module was loaded');
    await screenshot(page, 'html-paste-extracted');

    await page.click('#use-raw');
    await page.waitForFunction((t) => document.getElementById('text').value === t, plain);
    assert.equal(await note.isVisible(), false, 'the note goes with the extracted text');
    await waitDone(page);
    assertClean(env, session);
    await context.close();
  });

  test('a plain-text paste is left as pasted and never loads the HTML module', async () => {
    const session = await openPage(env, '/www/');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    await waitReady(page);
    const plain = html.pageText(NEWS);
    await page.evaluate((text) => navigator.clipboard.writeText(text), plain);
    await page.focus('#text');
    await page.keyboard.press('Control+V');
    await waitForItems(page, 3);
    assert.equal(await page.inputValue('#text'), plain);
    assert.equal(await page.locator('#extract-note').isVisible(), false);
    assert.deepEqual(htmlModuleRequests(session), [], 'no request for the HTML module');
    assertClean(env, session);
    await context.close();
  });

  test("a dropped .html page: the article, and the page's whole text on one click", async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    const dataTransfer = await page.evaluateHandle((markup) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([markup], 'bridge.html', { type: 'text/html' }));
      return transfer;
    }, NEWS);
    await page.dispatchEvent('#text', 'dragover', { dataTransfer });
    await page.dispatchEvent('#text', 'drop', { dataTransfer });

    const expected = titled(NEWS);
    await page.waitForFunction((t) => document.getElementById('text').value === t, expected);
    await waitForItems(page, 3);
    const whole = html.pageText(NEWS);
    const left = countWords(whole) - countWords(expected);
    assert.equal(
      await page.locator('#extract-note-text').textContent(),
      `Article extracted from the page, ${left.toLocaleString('en-US')} words of menus and links left out.`,
    );
    assert.equal(await page.locator('#use-raw').textContent(), "Use the page's whole text instead");
    await page.click('#use-raw');
    await page.waitForFunction((t) => document.getElementById('text').value === t, whole);
    await waitDone(page);
    assertClean(env, session);
    await session.context.close();
  });

  test('a page in a legacy encoding is decoded as it declares', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    // windows-1252 bytes for "Café owners in Orléans…", declared in a <meta> tag.
    const markup = '<html><head><meta charset="windows-1252"><title>Caf\xe9s</title></head><body>' +
      '<article><p>Caf\xe9 owners in Orl\xe9ans said on Monday that the new pedestrian zone had doubled their trade since the spring.</p>' +
      '<p>The council plans to extend the zone to two more streets next year, after a public consultation.</p></article></body></html>';
    const dataTransfer = await page.evaluateHandle((text) => {
      const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'cafes.htm', { type: 'text/html' }));
      return transfer;
    }, markup);
    await page.dispatchEvent('#text', 'drop', { dataTransfer });
    await page.waitForFunction(() => document.getElementById('text').value.includes('Café owners in Orléans'));
    assertClean(env, session);
    await session.context.close();
  });
});
