// Generated English-like article text for the Node benchmarks: a line-for-line
// port of benches/support/corpus.rs, so the criterion benches and the Node
// benches summarize the same bytes. `article(n)` here returns exactly the
// string that `corpus::article(n)` returns in Rust (checked by hashing the
// output of both for several sizes; see benches/README.md).
//
// No third-party text, so no licence question: real English function words,
// and content words built from syllables with Zipf-distributed ranks.
// Deterministic (SplitMix64, fixed seed 7). The text is ASCII, so its length
// in UTF-16 code units equals its length in UTF-8 bytes.

import { pathToFileURL } from 'node:url';

const FUNCTION_WORDS = [
  'the', 'of', 'and', 'to', 'in', 'a', 'that', 'is', 'for', 'on', 'with', 'as', 'was', 'by',
  'at', 'from', 'it', 'its', 'this', 'be', 'has', 'have', 'had', 'were', 'are', 'which', 'after',
  'but', 'not', 'their', 'said', 'would', 'will', 'also', 'more', 'than', 'about', 'into',
  'over', 'new',
];
const SYLLABLES = [
  'ba', 'ter', 'lon', 'mi', 'sco', 'ra', 'ven', 'dor', 'pli', 'ca', 'nu', 'gre', 'sta', 'fo',
  'lin', 'mar', 'qui', 'del', 'tro', 'san', 'bel', 'cor', 'vi', 'mun', 'pos', 'zen', 'har',
  'tel',
];
const EXTRAS = [
  'Mr. Smith',
  'the U.S. market',
  '$37 billion',
  '3.14 percent',
  'e.g. prices',
  'Dr. Jones',
  '5 p.m.',
];

const MASK64 = (1n << 64n) - 1n;
const TWO_POW_53 = 2 ** 53;

/** A deterministic pseudo-random generator (SplitMix64), as `Rng` in corpus.rs. */
export class Rng {
  constructor(seed) {
    this.state = BigInt.asUintN(64, BigInt(seed));
  }

  /** The next 64 pseudo-random bits, as a BigInt in [0, 2^64). */
  nextU64() {
    this.state = (this.state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = this.state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  }

  /** A number in 0..n (0 when n is 0). */
  below(n) {
    return Number(this.nextU64() % BigInt(Math.max(n, 1)));
  }

  /** A Zipf-like rank in 0..n (probability ∝ 1 / (rank + 1)). */
  zipf(n) {
    // (x >> 11) has 53 bits: exact as a double, like `as f64` in Rust.
    const u = Number(this.nextU64() >> 11n) / TWO_POW_53;
    // `as usize` truncates toward zero (the value is ≥ 0 here).
    return Math.min(Math.trunc(Math.pow(n + 1, u) - 1), n - 1);
  }
}

/** The synthetic content word of rank `rank`. */
function word(rank) {
  let w = '';
  let r = rank + 1;
  while (r > 0) {
    w += SYLLABLES[r % SYLLABLES.length];
    r = Math.floor(r / SYLLABLES.length);
  }
  return w;
}

/** About `bytes` bytes of article-like text (the same string as corpus.rs's `article`). */
export function article(bytes) {
  const VOCABULARY = 20_000;
  const rng = new Rng(7);
  const parts = ['Council approves new plan for city transport\n\n'];
  let length = parts[0].length;
  while (length < bytes) {
    const topic = [];
    for (let i = 0; i < 8; i++) topic.push(rng.zipf(VOCABULARY));
    const count = 2 + rng.below(5);
    for (let s = 0; s < count; s++) {
      const words = 8 + rng.below(28);
      let sentence = '';
      for (let k = 0; k < words; k++) {
        let piece;
        const pick = rng.below(10);
        if (pick <= 3) {
          piece = FUNCTION_WORDS[rng.below(FUNCTION_WORDS.length)];
        } else if (pick <= 5) {
          piece = word(topic[rng.below(topic.length)]);
        } else if (pick === 6 && rng.below(8) === 0) {
          // Rust: `6 if rng.below(8) == 0 =>` — the guard draws only when pick is 6,
          // and a failed guard falls through to the catch-all arm below.
          piece = EXTRAS[rng.below(EXTRAS.length)];
        } else {
          piece = word(rng.zipf(VOCABULARY));
        }
        if (k === 0) {
          // Every piece is ASCII, so upper-casing the first character is exact.
          if (piece.length > 0) sentence += piece[0].toUpperCase() + piece.slice(1);
        } else {
          sentence += ' ' + piece;
        }
      }
      sentence += rng.below(12) === 0 ? '?' : '.';
      parts.push(sentence, ' ');
      length += sentence.length + 1;
    }
    parts.push('\n\n');
    length += 2;
  }
  return parts.join('');
}

// `node benches/js/corpus.mjs BYTES` prints article(BYTES) to stdout (for the
// byte-for-byte check against the Rust generator, and for feeding other tools).
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 6144);
  process.stdout.write(article(n));
}
