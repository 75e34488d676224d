// Shared by the JS tests: loading pkg/ in Node, the test texts, and small checks.

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * A news article as pasted from a web page, written for the tests (tests/data/articles/):
 * a title line, a newsletter promotion, a photo caption pasted twice, a syndication footer,
 * copyright lines and a comment form.
 */
export const PASTED_ARTICLE = readFileSync(path.join(repoRoot, 'tests', 'data', 'articles', 'ferry_fleet.txt'), 'utf8');

/**
 * Imports `folder`/precis.js (pkg/: the page's build; pkg-all/: the build with every stemmer)
 * and instantiates its .wasm synchronously; fails clearly without a build.
 */
export async function loadPrecis(folder = 'pkg') {
  const js = path.join(repoRoot, folder, 'precis.js');
  const wasm = path.join(repoRoot, folder, 'precis_bg.wasm');
  if (!existsSync(js) || !existsSync(wasm)) {
    assert.fail(`${js} or ${wasm} is missing: build the package first with "npm run build"`);
  }
  const precis = await import(js);
  precis.initSync({ module: readFileSync(wasm) });
  return precis;
}

/** A short news-style article, written for these tests. No title line, no boilerplate. */
export const ARTICLE = [
  'The city council voted on Tuesday to turn the old railway depot into a public market hall.',
  'The depot has stood empty since the freight line closed in 1998.',
  'Under the plan, forty stalls for local farmers and food makers will open on the ground floor.',
  'The upper floor will hold a cooking school and rooms that community groups can book for free.',
  'Council members who opposed the plan said the repairs to the roof would cost more than expected.',
  'The mayor answered that a market hall would bring visitors back to the streets around the station.',
  'Construction is due to start in the spring, and the market hall should open two years later.',
  'Farmers who want a stall can apply from next month.',
].join(' ');

/** A second article, in paragraphs, with a title line and boilerplate at the end. */
export const ARTICLE_WITH_BOILERPLATE = `Night trains return to the northern line

A night train between the capital and the northern coast will run again from December, the rail operator announced on Monday.
The service was cut twelve years ago when passenger numbers fell and the sleeping cars needed expensive repairs.
The operator has bought twenty refurbished sleeping cars from a company that retired them last year.
Tickets for a bed in a shared cabin will cost about the same as a hotel room in the capital.
Travel groups welcomed the news, saying night trains are a good alternative to short flights.
The train will leave the capital at ten in the evening and reach the coast at seven the next morning.

Photo: A sleeping car being repaired in the workshop.

Copyright © 2026 Northern Courier. All rights reserved.

Leave a Reply

Your email address will not be published. Required fields are marked *
`;

/** Text with astral characters (emoji, math letters), accents and CJK, for UTF-16 offsets. */
export const UNICODE_TEXT =
  '😀 Hi there. Ok then. Café crème costs 4 €, naïvely 𝒳 dollars 🙂. ' +
  '東京は日本の首都です。大阪は大きな都市です。 The end 👋🏽 is near.';

/**
 * Checks the invariants every result's sentences must keep: document order, `index` equal to
 * the position, `text.slice(start, end) === s.text` with UTF-16 offsets, no overlaps, and only
 * whitespace between sentences.
 */
export function assertSpans(text, sentences, label = 'sentences') {
  let at = 0;
  sentences.forEach((s, i) => {
    assert.equal(s.index, i, `${label}[${i}].index`);
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${label}[${i}] offsets are integers`);
    assert.ok(s.start >= at && s.end > s.start && s.end <= text.length, `${label}[${i}] span ${s.start}..${s.end} is in order and inside the text`);
    assert.equal(text.slice(s.start, s.end), s.text, `${label}[${i}]: text.slice(start, end) === text`);
    assert.match(text.slice(at, s.start), /^\s*$/u, `${label}[${i}]: only whitespace before it`);
    at = s.end;
  });
  assert.match(text.slice(at), /^\s*$/u, `${label}: only whitespace after the last sentence`);
}
