// pkg/precis.js in Node: results, offsets, lengths, algorithms, determinism.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ARTICLE, ARTICLE_WITH_BOILERPLATE, UNICODE_TEXT, assertSpans, loadPrecis, PASTED_ARTICLE,
} from './helpers.mjs';

const ALGORITHMS = ['hybrid', 'textrank', 'lexrank', 'luhn', 'centroid', 'lead'];
const LANGUAGES = [
  'auto', 'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'no', 'sv', 'fi', 'hu', 'ro', 'tr', 'pl', 'cs',
  'ru', 'uk', 'el', 'hy', 'ar', 'fa', 'he', 'hi', 'ta', 'zh', 'ja', 'ko',
];
const BOILERPLATE = /Copyright|Leave a Reply|Required fields|Photo:/;

let precis;
before(async () => {
  precis = await loadPrecis();
});

/** A sentence as it appears in `summary`: white space holding a line break becomes one space. */
const oneLine = (text) => text.replace(/\s*[\r\n]\s*/gu, ' ');

/** Checks a summary result as a whole and returns its selected sentences. */
function assertResult(text, result, expectedCount) {
  assert.deepEqual(Object.keys(result).sort(), ['language', 'sentences', 'summary']);
  assert.ok(result.language === null || /^[a-z]{2}$/.test(result.language), `language ${result.language}`);
  assertSpans(text, result.sentences);
  for (const s of result.sentences) {
    assert.ok(s.score >= 0 && s.score <= 1, `score ${s.score} of sentence ${s.index} is in [0, 1]`);
    assert.equal(typeof s.selected, 'boolean');
    assert.equal(typeof s.boilerplate, 'boolean');
    assert.ok(Number.isInteger(s.wordCount) && s.wordCount >= 0, `wordCount ${s.wordCount} of sentence ${s.index} is a count`);
    if (/[\p{L}\p{N}]/u.test(s.text)) assert.ok(s.wordCount >= 1, `sentence ${s.index} has a word`);
  }
  const chosen = result.sentences.filter((s) => s.selected);
  if (expectedCount !== undefined) assert.equal(chosen.length, expectedCount, 'number of summary sentences');
  assert.equal(result.summary, chosen.map((s) => oneLine(s.text)).join('\n'), 'summary is the chosen sentences in document order');
  return chosen;
}

describe('summarize', () => {
  test('picks 3 sentences of a short article by default, in document order', () => {
    const result = precis.summarize(ARTICLE);
    assert.equal(result.sentences.length, 8);
    assertResult(ARTICLE, result, 3);
    assert.equal(result.summary.split('\n').length, 3);
  });

  test('an explicit sentence count is honoured', () => {
    for (const n of [1, 2, 5, 8]) {
      assertResult(ARTICLE, precis.summarize(ARTICLE, { sentences: n }), n);
    }
  });

  test('more sentences than the text has returns them all', () => {
    assertResult(ARTICLE, precis.summarize(ARTICLE, { sentences: 50 }), 8);
  });

  test('a ratio picks a share of the sentences, at least one', () => {
    for (const ratio of [0.01, 0.25, 0.5, 1]) {
      const chosen = assertResult(ARTICLE, precis.summarize(ARTICLE, { ratio }));
      assert.ok(chosen.length >= 1 && chosen.length <= 8, `ratio ${ratio}: ${chosen.length} sentences`);
    }
    assert.equal(assertResult(ARTICLE, precis.summarize(ARTICLE, { ratio: 1 })).length, 8);
  });

  test('a word budget is kept, except that one sentence is always returned', () => {
    const wordCount = (s) => s.text.split(/\s+/u).filter(Boolean).length;
    for (const words of [1, 20, 40, 80]) {
      const chosen = assertResult(ARTICLE, precis.summarize(ARTICLE, { words }));
      const total = chosen.reduce((sum, s) => sum + wordCount(s), 0);
      assert.ok(chosen.length >= 1, `words ${words}: at least one sentence`);
      assert.ok(chosen.length === 1 || total <= words, `words ${words}: ${total} words in ${chosen.length} sentences`);
    }
  });

  for (const algorithm of ALGORITHMS) {
    test(`algorithm "${algorithm}" gives a valid 3-sentence summary`, () => {
      assertResult(ARTICLE, precis.summarize(ARTICLE, { algorithm }), 3);
    });
  }

  test('"lead" picks the first sentences', () => {
    const chosen = assertResult(ARTICLE, precis.summarize(ARTICLE, { algorithm: 'lead' }), 3);
    assert.deepEqual(chosen.map((s) => s.index), [0, 1, 2]);
  });

  for (const language of LANGUAGES) {
    test(`language "${language}" is accepted`, () => {
      assertResult(ARTICLE, precis.summarize(ARTICLE, { language }), 3);
    });
  }

  test('boilerplate is flagged and never chosen', () => {
    const result = precis.summarize(ARTICLE_WITH_BOILERPLATE, { sentences: 20 });
    assertResult(ARTICLE_WITH_BOILERPLATE, result);
    for (const s of result.sentences) {
      if (BOILERPLATE.test(s.text)) {
        assert.ok(s.boilerplate, `flagged as boilerplate: ${JSON.stringify(s.text)}`);
        assert.ok(!s.selected, `not chosen: ${JSON.stringify(s.text)}`);
      }
    }
    assert.doesNotMatch(result.summary, BOILERPLATE);
  });

  test('a sentence wrapped over lines is one line of the summary', () => {
    const text = 'The first sentence is wrapped\nover two lines.  The second one\r\n  is too. The third is not.';
    const result = precis.summarize(text, { sentences: 3 });
    assertResult(text, result, 3);
    assert.deepEqual(result.summary.split('\n'), [
      'The first sentence is wrapped over two lines.',
      'The second one is too.',
      'The third is not.',
    ]);
  });

  test('the other options are accepted', () => {
    const options = { diversity: 0.8, title: 'Night trains', skipBoilerplate: true, includeTitle: false };
    assertResult(ARTICLE_WITH_BOILERPLATE, precis.summarize(ARTICLE_WITH_BOILERPLATE, options), 3);
    assertResult(ARTICLE, precis.summarize(ARTICLE, undefined), 3);
    assertResult(ARTICLE, precis.summarize(ARTICLE, {}), 3);
  });

  test('empty and whitespace-only text give an empty result, not an error', () => {
    for (const text of ['', ' ', '\n\n\t  \n']) {
      assert.deepEqual(precis.summarize(text), { summary: '', language: null, sentences: [] }, JSON.stringify(text));
      assert.deepEqual(precis.sentences(text), [], JSON.stringify(text));
    }
  });

  test('the same input twice gives the same output', () => {
    for (const algorithm of ALGORITHMS) {
      const a = precis.summarize(ARTICLE_WITH_BOILERPLATE, { algorithm, sentences: 4 });
      const b = precis.summarize(ARTICLE_WITH_BOILERPLATE, { algorithm, sentences: 4 });
      assert.deepEqual(a, b, algorithm);
    }
  });

  test('the pasted article: 3 sentences, no boilerplate; the engine counts its words', () => {
    const text = PASTED_ARTICLE;
    const chosen = assertResult(text, precis.summarize(text), 3);
    for (const s of chosen) {
      assert.ok(!s.boilerplate);
      assert.doesNotMatch(s.text, BOILERPLATE);
    }
    // The word counts are the ones the `words` budget uses: a budget of the words of the
    // 3-sentence summary is met as counted.
    const words = chosen.reduce((sum, s) => sum + s.wordCount, 0);
    const budgeted = precis.summarize(text, { words }).sentences.filter((s) => s.selected);
    assert.ok(budgeted.reduce((sum, s) => sum + s.wordCount, 0) <= words);
    assert.equal(precis.sentences(text).length, precis.summarize(text).sentences.length);
    assert.ok(!('wordCount' in precis.sentences(text)[0]), 'sentences() gives spans only');
  });
});

describe('UTF-16 offsets', () => {
  test('astral characters, accents and CJK', () => {
    const result = precis.summarize(UNICODE_TEXT, { sentences: 2 });
    assertResult(UNICODE_TEXT, result, 2);
    const texts = result.sentences.map((s) => s.text);
    assert.ok(texts.includes('Ok then.'), `"Ok then." is a sentence of ${JSON.stringify(texts)}`);
    const ok = result.sentences.find((s) => s.text === 'Ok then.');
    // '😀' is two UTF-16 code units: a byte or code-point offset would differ here.
    assert.equal(ok.start, UNICODE_TEXT.indexOf('Ok then.'));
  });

  test('"😀 Hi there. Ok then." has UTF-16 offsets', () => {
    const text = '😀 Hi there. Ok then.';
    const spans = precis.sentences(text);
    assertSpans(text, spans);
    assert.deepEqual(
      spans.map(({ start, end, text: t }) => [start, end, t]),
      [[0, 12, '😀 Hi there.'], [13, 21, 'Ok then.']],
    );
  });

  test('CJK sentences end at 。', () => {
    const text = '東京は日本の首都です。大阪は大きな都市です。';
    const spans = precis.sentences(text);
    assertSpans(text, spans);
    assert.deepEqual(spans.map((s) => s.text), ['東京は日本の首都です。', '大阪は大きな都市です。']);
  });
});

describe('sentences', () => {
  test('agrees with the sentences of summarize', () => {
    for (const text of [ARTICLE, ARTICLE_WITH_BOILERPLATE, UNICODE_TEXT]) {
      const spans = precis.sentences(text);
      assertSpans(text, spans);
      assert.deepEqual(
        spans,
        precis.summarize(text).sentences.map(({ index, start, end, text: t }) => ({ index, start, end, text: t })),
      );
    }
  });

  test('accepts a language option', () => {
    const text = 'Das ist z. B. ein Test. Noch ein Satz.';
    assertSpans(text, precis.sentences(text, { language: 'de' }));
  });
});

describe('invalid UTF-16 from JS', () => {
  test('lone surrogates keep every offset; the returned text shows U+FFFD in their place', () => {
    const text = 'Broken \uD800 surrogate here. Another \uDC00 one follows. The end is near now.';
    const { summary, sentences } = precis.summarize(text, { sentences: 2 });
    assert.equal(sentences.length, 3);
    for (const s of sentences) {
      const original = text.slice(s.start, s.end);
      assert.equal(original.length, s.text.length, s.text);
      assert.equal(original.replace(/[\uD800-\uDFFF]/g, '\uFFFD'), s.text);
    }
    assert.equal(sentences[0].text, 'Broken \uFFFD surrogate here.');
    assert.equal(summary.split('\n').length, 2);
  });
});
