// The page's keyphrase chips in headless Chromium: shown above the summary as the engine
// ranks them; pressing one (by mouse or keyboard) marks its occurrences in the article and
// focuses the summary on it; pressing it again clears both.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PASTED_ARTICLE, loadPrecis } from '../js/helpers.mjs';
import { assertClean, openPage, requireFiles, screenshot, start } from './helpers.mjs';
import { summaryItems, waitDone, waitForChange, waitForItems, waitReady } from './page-helpers.mjs';

let env;
let precis;
const article = PASTED_ARTICLE;
before(async () => {
  requireFiles('pkg/precis.js', 'pkg/precis_bg.wasm');
  precis = await loadPrecis();
  env = await start();
});
after(() => env?.close());

const chips = (page) => page.locator('#keyphrase-chips button.chip');
const pressed = (page) => chips(page).evaluateAll((els) => els.map((el) => el.getAttribute('aria-pressed')));
/** The summary the engine gives (in Node) for `options`, one item per chosen sentence. */
const expected = (options) => precis.summarize(article, options).sentences.filter((s) => s.selected).map((s) => s.text);

describe('keyphrase chips', () => {
  test('pressing a chip marks its occurrences and focuses the summary; pressing again clears', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    await page.fill('#text', article);
    await waitDone(page);

    const engine = precis.keyphrases(article, { count: 8 });
    assert.deepEqual(await chips(page).allTextContents(), engine.map((k) => k.text), 'the engine\'s keyphrases, best first');
    assert.ok(engine.length >= 5);
    assert.deepEqual(await pressed(page), engine.map(() => 'false'));
    assert.equal(await page.locator('#keyphrases').getAttribute('role'), 'group');
    const plain = await summaryItems(page);

    // The keyphrase whose focus changes the summary most visibly: one not in every summary sentence.
    const pick = engine.findIndex((k) => {
      const focused = expected({ focus: k.text });
      return focused.join('\n') !== plain.join('\n');
    });
    assert.ok(pick >= 0, 'some keyphrase changes the summary');
    const keyphrase = engine[pick];
    await chips(page).nth(pick).click();
    const focusedItems = await waitForChange(page, plain);
    await page.locator('#focus-note').waitFor({ state: 'visible' });
    assert.deepEqual(focusedItems, expected({ focus: keyphrase.text }), 'the summary the engine gives for this focus');
    assert.deepEqual(await pressed(page), engine.map((_, i) => String(i === pick)));
    const marks = await page.locator('#document mark.keyphrase').allTextContents();
    assert.deepEqual(marks, keyphrase.occurrences.map(({ start, end }) => article.slice(start, end)), 'every occurrence is marked');
    assert.equal(await page.locator('#document').textContent(), article, 'the article text is unchanged');
    assert.match(await page.locator('#focus-note').textContent(), new RegExp(`focused on “${keyphrase.text}”`));
    await screenshot(page, 'desktop-light-keyphrase');

    // Again: the ordinary summary, no marks, nothing pressed.
    await chips(page).nth(pick).click();
    assert.deepEqual(await waitForChange(page, focusedItems), plain);
    await page.locator('#focus-note').waitFor({ state: 'hidden' });
    assert.equal(await page.locator('#document mark.keyphrase').count(), 0);
    assert.deepEqual(await pressed(page), engine.map(() => 'false'));
    assert.ok(await page.locator('#focus-note').isHidden());
    assertClean(env, session);
    await session.context.close();
  });

  test('by keyboard: Tab reaches the chips, Enter and Space toggle them, focus stays', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    await page.fill('#text', article);
    await waitDone(page);
    const plain = await summaryItems(page);

    await page.focus('#download-markdown');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'keyphrase-0');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'keyphrase-1');
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none');
    assert.ok(focusVisible, 'the focused chip shows a focus ring');

    await page.keyboard.press('Enter');
    // The focused result has arrived when the note says so; the chip keeps the keyboard focus.
    await page.locator('#focus-note').waitFor({ state: 'visible' });
    await page.waitForFunction(() => document.activeElement?.id === 'keyphrase-1');
    assert.equal(await chips(page).nth(1).getAttribute('aria-pressed'), 'true');
    assert.ok((await page.locator('#document mark.keyphrase').count()) >= 1);
    const name = await chips(page).nth(1).textContent();
    assert.deepEqual(await summaryItems(page), expected({ focus: name }));

    await page.keyboard.press('Space');
    await page.locator('#focus-note').waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.activeElement?.id === 'keyphrase-1');
    assert.equal(await chips(page).nth(1).getAttribute('aria-pressed'), 'false');
    assert.deepEqual(await summaryItems(page), plain);
    assert.equal(await page.locator('#document mark.keyphrase').count(), 0);
    assertClean(env, session);
    await session.context.close();
  });

  test('a focus whose keyphrase leaves the text is cleared', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    await page.fill('#text', article);
    await waitDone(page);
    const first = await chips(page).first().textContent();
    await chips(page).first().click();
    await page.locator('#focus-note').waitFor({ state: 'visible' });

    const other = 'The town council met on Monday. It voted to repair the old bridge. Work starts in May.';
    await page.fill('#text', other);
    await page.waitForFunction((name) => ![...document.querySelectorAll('#keyphrase-chips .chip')].some((c) => c.textContent === name), first);
    await page.locator('#focus-note').waitFor({ state: 'hidden' });
    await waitForItems(page, 3);
    assert.deepEqual(await pressed(page), (await chips(page).allTextContents()).map(() => 'false'));
    const items = await summaryItems(page);
    assert.deepEqual(items, precis.summarize(other).sentences.filter((s) => s.selected).map((s) => s.text));
    assertClean(env, session);
    await session.context.close();
  });
});
