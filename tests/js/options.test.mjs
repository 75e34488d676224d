// Rejected options: a thrown JS Error whose message names the option (and the value).

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE, loadPrecis } from './helpers.mjs';

let precis;
before(async () => {
  precis = await loadPrecis();
});

/** [case name, options, patterns the error message must match]. */
const BAD_OPTIONS = [
  ['ratio 0', { ratio: 0 }, [/"ratio"/, /\b0\b/]],
  ['ratio 1.5', { ratio: 1.5 }, [/invalid option "ratio"/, /1\.5/]],
  ['ratio NaN', { ratio: NaN }, [/"ratio"/, /NaN/i]],
  ['ratio -0.5', { ratio: -0.5 }, [/"ratio"/]],
  ['ratio as a string', { ratio: '0.5' }, [/"ratio"/]],
  ['sentences 0', { sentences: 0 }, [/"sentences"/, /\b0\b/]],
  ['sentences -1', { sentences: -1 }, [/"sentences"/, /-1/]],
  ['sentences 2.5', { sentences: 2.5 }, [/"sentences"/, /2\.5/]],
  ['sentences as a string', { sentences: '3' }, [/"sentences"/]],
  ['sentences Infinity', { sentences: Infinity }, [/"sentences"/]],
  ['sentences NaN', { sentences: NaN }, [/"sentences"/, /NaN/]],
  ['sentences null', { sentences: null }, [/"sentences"/, /null/]],
  ['sentences huge', { sentences: 1e12 }, [/"sentences"/, /1000000000000/]],
  ['sentences -0.0001', { sentences: -0.0001 }, [/"sentences"/]],
  ['words NaN', { words: NaN }, [/"words"/, /NaN/]],
  ['words 2.5', { words: 2.5 }, [/"words"/, /2\.5/]],
  ['words Infinity', { words: Infinity }, [/"words"/, /Infinity/]],
  ['ratio Infinity', { ratio: Infinity }, [/"ratio"/, /Infinity/]],
  ['ratio null', { ratio: null }, [/"ratio"/, /null/]],
  ['diversity NaN', { diversity: NaN }, [/"diversity"/, /NaN/]],
  ['algorithm null', { algorithm: null }, [/"algorithm"/, /null/]],
  ['words 0', { words: 0 }, [/"words"/]],
  ['words -5', { words: -5 }, [/"words"/]],
  ['unknown key', { foo: 1 }, [/^unknown option "foo": expected one of sentences, ratio, words, algorithm, language, diversity, title, skipBoilerplate, includeTitle, keyphrases, focus$/]],
  ['snake_case key', { skip_boilerplate: false }, [/unknown option "skip_boilerplate"/]],
  ['sentences and ratio', { sentences: 2, ratio: 0.5 }, [/conflicting options/, /"sentences"/, /"ratio"/]],
  ['ratio and words', { ratio: 0.5, words: 50 }, [/conflicting options/, /"ratio"/, /"words"/]],
  ['algorithm "nope"', { algorithm: 'nope' }, [/"algorithm"/, /nope/]],
  ['algorithm not a string', { algorithm: 3 }, [/"algorithm"/]],
  ['language "xx"', { language: 'xx' }, [/"language"/, /xx/]],
  ['diversity 2', { diversity: 2 }, [/"diversity"/, /\b2\b/]],
  ['diversity -0.1', { diversity: -0.1 }, [/"diversity"/]],
  ['title not a string', { title: 42 }, [/"title"/]],
  ['skipBoilerplate not a boolean', { skipBoilerplate: 'yes' }, [/"skipBoilerplate"/]],
  ['includeTitle not a boolean', { includeTitle: 1 }, [/"includeTitle"/]],
];

/** Options that are not an object at all: the message says what options must be. */
const NOT_AN_OBJECT = [
  ['a string', 'fast'],
  ['a number', 42],
  ['a boolean', true],
  ['an array', [3]],
  ['a function', () => 3],
];

/** Runs `fn`, which must throw an Error; returns its message. */
function errorMessage(fn) {
  let thrown;
  try {
    fn();
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown !== undefined, 'expected an exception');
  assert.ok(thrown instanceof Error, `expected an Error instance, got ${typeof thrown}: ${String(thrown)}`);
  assert.ok(thrown.message.length > 0, 'the Error has a message');
  return thrown.message;
}

describe('summarize rejects bad options', () => {
  for (const [name, options, patterns] of BAD_OPTIONS) {
    test(name, () => {
      const message = errorMessage(() => precis.summarize(ARTICLE, options));
      for (const pattern of patterns) assert.match(message, pattern);
    });
  }

  for (const [name, options] of NOT_AN_OBJECT) {
    test(`options that are ${name}`, () => {
      assert.match(errorMessage(() => precis.summarize(ARTICLE, options)), /option/i);
    });
  }

  test('bad options are rejected for empty text too', () => {
    assert.match(errorMessage(() => precis.summarize('', { ratio: 1.5 })), /"ratio"/);
  });

  test('the message for a conflicting pair is the documented one', () => {
    const message = errorMessage(() => precis.summarize(ARTICLE, { sentences: 2, ratio: 0.5 }));
    assert.match(message, /^conflicting options "sentences" and "ratio": /);
  });

  test('the message for ratio 1.5 is the documented one', () => {
    assert.equal(
      errorMessage(() => precis.summarize(ARTICLE, { ratio: 1.5 })),
      'invalid option "ratio": expected a number in (0, 1], got 1.5',
    );
  });
});

describe('sentences rejects bad options', () => {
  test('unknown key', () => {
    assert.match(errorMessage(() => precis.sentences(ARTICLE, { foo: 1 })), /unknown option "foo"/);
  });

  test("an option of summarize is named as unknown, with sentences' own options", () => {
    assert.equal(
      errorMessage(() => precis.sentences(ARTICLE, { ratio: 1 })),
      'unknown option "ratio": expected one of language',
    );
  });

  test('language "xx"', () => {
    assert.match(errorMessage(() => precis.sentences(ARTICLE, { language: 'xx' })), /"language"/);
  });
});
