// pkg/precis.js in Node: the language option ("auto" by default), the detected language in
// results, detectLanguage(), and errors for an unknown language.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ARTICLE, loadPrecis, repoRoot } from './helpers.mjs';

/** The test text of a language (tests/data/languages/CODE.txt), its sentences joined. */
function text(code) {
  const lines = readFileSync(path.join(repoRoot, 'tests', 'data', 'languages', `${code}.txt`), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '');
  return lines.join(code === 'zh' || code === 'ja' ? '' : ' ');
}

const CODES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'da', 'no', 'sv', 'fi', 'hu', 'ro', 'tr', 'pl', 'cs',
  'ru', 'uk', 'el', 'hy', 'ar', 'fa', 'he', 'hi', 'ta', 'zh', 'ja', 'ko',
];

let precis;
before(async () => {
  precis = await loadPrecis();
});

describe('language', () => {
  test('is detected by default and reported as an ISO 639-1 code', () => {
    assert.equal(precis.summarize(ARTICLE).language, 'en');
    assert.equal(precis.summarize(ARTICLE, { language: 'auto' }).language, 'en');
    for (const code of CODES) {
      const result = precis.summarize(text(code));
      assert.equal(result.language, code, code);
      assert.equal(precis.detectLanguage(text(code)), code, code);
      assert.ok(result.sentences.some((s) => s.selected), code);
    }
  });

  test("the page's build leaves ten languages' stemmers to the build with every stemmer", async () => {
    const all = await loadPrecis('pkg-all');
    const onDemand = ['ar', 'da', 'el', 'fi', 'hu', 'no', 'ro', 'sv', 'ta', 'tr'];
    for (const code of CODES) {
      assert.equal(precis.needsAllStemmers(text(code)), onDemand.includes(code), code);
      assert.equal(all.needsAllStemmers(text(code)), false, code);
      assert.equal(all.summarize(text(code)).language, code, code);
    }
    assert.equal(precis.needsAllStemmers(ARTICLE, 'sv'), true, 'an explicit language counts');
    assert.equal(precis.needsAllStemmers(ARTICLE, 'Turkish'), true, 'by name too');
    assert.equal(precis.needsAllStemmers(text('sv'), 'en'), false);
    assert.equal(precis.needsAllStemmers(text('sv'), 'auto'), true);
    assert.equal(precis.needsAllStemmers('Hej.'), false, 'too short to tell');
    assert.equal(precis.needsAllStemmers(text('sv'), 'klingon'), false, 'left to summarize to refuse');
    assert.throws(() => precis.summarize(text('sv'), { language: 'klingon' }), /invalid option "language"/);
  });

  test('an explicit language wins', () => {
    assert.equal(precis.summarize(text('fr'), { language: 'en' }).language, 'en');
    assert.equal(precis.summarize(ARTICLE, { language: 'German' }).language, 'de');
  });

  test('is null for a text too short or mixed to tell, which is still summarized', () => {
    assert.equal(precis.detectLanguage('OK.'), null);
    const short = precis.summarize('Merci.');
    assert.equal(short.language, null);
    assert.equal(short.summary, 'Merci.');
    const mixed = `${text('en')}\n\n${text('fr')}`;
    assert.equal(precis.detectLanguage(mixed), null);
    const result = precis.summarize(mixed);
    assert.equal(result.language, null);
    assert.ok(result.sentences.some((s) => s.selected));
  });

  test('sentences() splits in the detected language', () => {
    const zh = text('zh');
    const spans = precis.sentences(zh);
    assert.equal(spans.length, 7);
    assert.deepEqual(spans, precis.sentences(zh, { language: 'zh' }));
    assert.equal(spans.map((s) => s.text).join(''), zh);
  });

  test('an unknown language is an error naming the option and the choices', () => {
    for (const call of [
      () => precis.summarize(ARTICLE, { language: 'xx' }),
      () => precis.sentences(ARTICLE, { language: 'klingon' }),
    ]) {
      assert.throws(call, (err) => {
        assert.match(err.message, /^invalid option "language"/);
        assert.match(err.message, /"auto"/);
        assert.match(err.message, /"ko"/);
        return true;
      });
    }
    assert.throws(() => precis.summarize(ARTICLE, { language: 3 }), /"language"/);
  });

  test('detectLanguage() checks its argument', () => {
    assert.throws(() => precis.detectLanguage(42), /invalid argument "text"/);
  });
});
