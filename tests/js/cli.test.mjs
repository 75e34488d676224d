// The native CLI and the WebAssembly build must give the same summaries.
//
// Builds `cargo build --release --bin precis` (quick when up to date), then compares its
// output with pkg/'s on the same documents and options.

import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  ARTICLE, ARTICLE_WITH_BOILERPLATE, PASTED_ARTICLE, UNICODE_TEXT, loadPrecis, repoRoot,
} from './helpers.mjs';

const CLI = path.join(process.env.CARGO_TARGET_DIR ?? path.join(repoRoot, 'target'), 'release', 'precis');

/** Hard-wraps text at about 60 columns, so sentences span lines (the CLI prints each on one). */
const hardWrap = (text) => text.replace(/(.{50,60}?) /gu, '$1\n');

/** Double spaces after sentences and a tab here and there: kept on both sides, unlike line breaks. */
const oddlySpaced = (text) => text.replaceAll('. ', '.  ').replaceAll(' the ', ' the\t');

/** One line per sentence, as the CLI prints sentences and summaries. */
const oneLine = (text) => text.replace(/\s*[\r\n]\s*/gu, ' ');

/** The documents compared. */
const DOCUMENTS = {
  article: () => ARTICLE,
  'hard-wrapped article': () => hardWrap(ARTICLE),
  'oddly spaced, hard-wrapped article': () => hardWrap(oddlySpaced(ARTICLE)),
  'article with boilerplate': () => ARTICLE_WITH_BOILERPLATE,
  unicode: () => UNICODE_TEXT,
  'pasted article': () => PASTED_ARTICLE,
};

/** [CLI flags, the same options for WASM]. */
const OPTION_SETS = [
  [[], {}],
  [['--sentences', '5'], { sentences: 5 }],
  [['--ratio', '0.3', '--algorithm', 'textrank'], { ratio: 0.3, algorithm: 'textrank' }],
  [['--words', '60', '--algorithm', 'lexrank', '--language', 'en'], { words: 60, algorithm: 'lexrank', language: 'en' }],
];

let precis;
let workDir;

before(async () => {
  const build = spawnSync('cargo', ['build', '--release', '--bin', 'precis'], {
    cwd: repoRoot,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  assert.equal(build.status, 0, 'cargo build --release --bin precis failed');
  precis = await loadPrecis();
  workDir = mkdtempSync(path.join(tmpdir(), 'precis-cli-'));
});

/** Runs the CLI and returns its stdout; fails the test on a non-zero exit. */
function runCli(args, input) {
  const run = spawnSync(CLI, args, { input, encoding: 'utf8' });
  assert.equal(run.status, 0, `precis ${args.join(' ')} exited with ${run.status}: ${run.stderr}`);
  return run.stdout;
}

/** Output lines without the final newline's empty line. */
const lines = (stdout) => stdout.replace(/\n$/u, '').split('\n');

describe('CLI and WASM agree', () => {
  for (const [name, read] of Object.entries(DOCUMENTS)) {
    test(`summaries of the ${name}`, () => {
      const text = read();
      const file = path.join(workDir, `${name.replaceAll(' ', '-')}.txt`);
      writeFileSync(file, text);
      for (const [flags, options] of OPTION_SETS) {
        const wasm = precis.summarize(text, options).summary.split('\n');
        assert.deepEqual(lines(runCli([file, ...flags])), wasm, `precis ${flags.join(' ')}`);
      }
      // The text on stdin gives the same result as the file.
      assert.deepEqual(lines(runCli([], text)), precis.summarize(text).summary.split('\n'), 'stdin');
    });

    test(`sentences of the ${name}`, () => {
      const text = read();
      const wasm = precis.sentences(text).map((s) => oneLine(s.text));
      assert.deepEqual(lines(runCli(['--segment'], text)), wasm);
    });
  }

  test('--jsonl gives one {"id","summary","language"} line per document', () => {
    const docs = [
      { id: 'a', text: ARTICLE },
      { id: 'b', text: ARTICLE_WITH_BOILERPLATE, title: 'Night trains return', sentences: 2 },
      { id: 'c', text: UNICODE_TEXT, sentences: 1 },
    ];
    const input = docs.map((d) => JSON.stringify(d)).join('\n') + '\n';
    const output = lines(runCli(['--jsonl'], input)).map((line) => JSON.parse(line));
    const expected = docs.map(({ id, text, title, sentences }) => {
      const options = {};
      if (title !== undefined) options.title = title;
      if (sentences !== undefined) options.sentences = sentences;
      const { summary, language } = precis.summarize(text, options);
      return { id, summary, language };
    });
    assert.deepEqual(output, expected);
  });

  test('--json and --jsonl report the language as the WebAssembly build does', () => {
    const french = 'Le conseil municipal a adopté mardi un nouveau budget après un long débat. '
      + "Selon ce plan, le prix des tickets de bus ne changera pas pendant un an. "
      + "La maire a expliqué que l'argent viendrait d'une taxe sur le stationnement.";
    for (const [text, language] of [[ARTICLE, 'en'], [french, 'fr'], ['OK.', null]]) {
      assert.equal(precis.summarize(text).language, language);
      assert.equal(JSON.parse(runCli(['--json'], text)).language, language);
      const line = JSON.stringify({ id: 'x', text }) + '\n';
      assert.equal(JSON.parse(runCli(['--jsonl'], line)).language, language);
    }
    assert.equal(JSON.parse(runCli(['--json', '--language', 'de'], ARTICLE)).language, 'de');
  });
});
