// pkg/precis.js in Node: keyphrases(), and the `keyphrases` and `focus` options of summarize().

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE, PASTED_ARTICLE, loadPrecis } from './helpers.mjs';

let precis;
before(async () => {
  precis = await loadPrecis();
});

/**
 * A story written for these tests, with emoji and accented letters before and inside the
 * names, so that UTF-16 offsets differ from byte offsets.
 */
const STORY = [
  '🚢 Ferries to Île-de-Ré: the Zürich harbour office takes over',
  '',
  'The Zürich harbour office will run the ferries to Île-de-Ré from March, the regional council said on Friday. 🙂',
  'The harbour office already runs the lake ferries, and it plans electric ferries for the island route.',
  'Islanders welcomed the change. Ferry tickets will cost the same, the council said, and the Zürich harbour office will keep the crews.',
  'The first electric ferry is due in 2027.',
].join('\n');

/** Checks that every occurrence is a span of `text` in order, without overlaps, on word edges. */
function assertOccurrences(text, keyphrase) {
  let at = 0;
  assert.ok(keyphrase.occurrences.length >= 1, `"${keyphrase.text}" occurs`);
  for (const { start, end } of keyphrase.occurrences) {
    assert.ok(Number.isInteger(start) && Number.isInteger(end), 'offsets are integers');
    assert.ok(start >= at && end > start && end <= text.length, `${start}..${end} in order, inside the text`);
    const found = text.slice(start, end);
    assert.match(found, /^[\p{L}\p{N}].*[\p{L}\p{N}]$|^[\p{L}\p{N}]$/u, `"${found}" begins and ends with a letter or digit`);
    at = end;
  }
}

describe('keyphrases', () => {
  test('the names and subjects of a story, best first, with scores in (0, 1]', () => {
    const found = precis.keyphrases(STORY);
    assert.ok(found.length >= 3 && found.length <= 10, `${found.length} keyphrases`);
    assert.equal(found[0].score, 1);
    for (let i = 0; i < found.length; i += 1) {
      assert.deepEqual(Object.keys(found[i]).sort(), ['occurrences', 'score', 'text']);
      assert.ok(found[i].score > 0 && found[i].score <= 1);
      if (i > 0) assert.ok(found[i].score <= found[i - 1].score, 'best first');
      assertOccurrences(STORY, found[i]);
    }
    const texts = found.map((k) => k.text);
    assert.ok(texts.includes('Zürich harbour office'), texts.join(' | '));
    assert.ok(texts.includes('electric ferries'), texts.join(' | '));
  });

  test('occurrences are UTF-16 spans: text.slice gives the phrase after emoji', () => {
    const found = precis.keyphrases(STORY);
    const office = found.find((k) => k.text === 'Zürich harbour office');
    const slices = office.occurrences.map(({ start, end }) => STORY.slice(start, end));
    assert.deepEqual(slices, ['Zürich harbour office', 'Zürich harbour office', 'Zürich harbour office']);
    // Inflected forms are one keyphrase, shown in the form the text uses most (here, first).
    const electric = found.find((k) => k.text === 'electric ferries');
    assert.deepEqual(electric.occurrences.map(({ start, end }) => STORY.slice(start, end)), ['electric ferries', 'electric ferry']);
  });

  test('count, language, and deterministic results', () => {
    assert.equal(precis.keyphrases(PASTED_ARTICLE, { count: 3 }).length, 3);
    assert.deepEqual(precis.keyphrases(PASTED_ARTICLE, { count: 0 }), []);
    assert.deepEqual(precis.keyphrases(PASTED_ARTICLE), precis.keyphrases(PASTED_ARTICLE));
    const german = 'Der Stadtrat von Köln hat am Dienstag den neuen Hafenplan beschlossen. Der Hafenplan sieht drei neue Anleger vor. Köln will damit den Verkehr auf dem Rhein stärken.';
    const texts = precis.keyphrases(german, { language: 'de', count: 5 }).map((k) => k.text);
    assert.ok(texts.includes('Köln') && texts.includes('Hafenplan'), texts.join(' | '));
    assert.ok(!texts.some((t) => /^(der|den|dem|von|am)\b/i.test(t)), `no German stop word begins a keyphrase: ${texts}`);
  });

  test('empty, blank and symbol-only texts have none', () => {
    for (const text of ['', '   \n', '!!! … ???', '12 34 56']) assert.deepEqual(precis.keyphrases(text), [], JSON.stringify(text));
  });

  test('bad options are named', () => {
    assert.throws(() => precis.keyphrases(ARTICLE, { count: 1.5 }), /invalid option "count": expected a whole number from 0 to 1000000000, got 1\.5/);
    assert.throws(() => precis.keyphrases(ARTICLE, { count: '3' }), /invalid option "count": expected a number, got "3"/);
    assert.throws(() => precis.keyphrases(ARTICLE, { language: 'xx' }), /invalid option "language"/);
    assert.throws(() => precis.keyphrases(ARTICLE, { sentences: 3 }), /unknown option "sentences"/);
    assert.throws(() => precis.keyphrases(42), /invalid argument "text": expected a string, got 42/);
  });
});

describe('summarize: keyphrases and focus', () => {
  test('keyphrases: N adds the same keyphrases keyphrases() gives', () => {
    const result = precis.summarize(PASTED_ARTICLE, { keyphrases: 5 });
    assert.deepEqual(result.keyphrases, precis.keyphrases(PASTED_ARTICLE, { count: 5 }));
    assert.equal(result.summary, precis.summarize(PASTED_ARTICLE).summary, 'the summary is unchanged');
    assert.equal(precis.summarize(PASTED_ARTICLE, { keyphrases: 0 }).keyphrases, undefined);
  });

  test('a focus the text mentions: its sentences are chosen, and the result says so', () => {
    const plain = precis.summarize(ARTICLE, { sentences: 2 });
    const focused = precis.summarize(ARTICLE, { sentences: 2, focus: 'the roof repairs' });
    assert.equal(focused.focus.found, true);
    assert.equal(focused.focus.sentences, 1);
    assert.match(focused.summary, /repairs to the roof/);
    assert.doesNotMatch(plain.summary, /repairs to the roof/, 'not in the ordinary summary');
  });

  test('a question counts by its informative words', () => {
    const result = precis.summarize(ARTICLE, { sentences: 1, focus: 'When can farmers apply for a stall?' });
    assert.equal(result.focus.found, true);
    assert.equal(result.summary, 'Farmers who want a stall can apply from next month.');
  });

  test('a focus the text never mentions gives the ordinary summary', () => {
    const result = precis.summarize(ARTICLE, { focus: 'the zoo in Berlin' });
    assert.deepEqual(result.focus, { found: false, sentences: 0 });
    const plain = precis.summarize(ARTICLE);
    assert.equal(result.summary, plain.summary);
    assert.deepEqual(result.sentences, plain.sentences);
  });

  test('bad keyphrases and focus options are named', () => {
    assert.throws(() => precis.summarize(ARTICLE, { keyphrases: -1 }), /invalid option "keyphrases": expected a whole number from 0 to 1000000000, got -1/);
    assert.throws(() => precis.summarize(ARTICLE, { keyphrases: true }), /invalid option "keyphrases": expected a number, got true/);
    assert.throws(() => precis.summarize(ARTICLE, { focus: 7 }), /invalid option "focus": expected a string, got 7/);
    assert.throws(() => precis.summarize('', { focus: 'x'.repeat(3000) }), /invalid option "focus": expected at most 2048 bytes, got 3000 bytes/);
    assert.throws(() => precis.summarize(ARTICLE, { count: 3 }), /unknown option "count"/);
  });
});
