// Generated English-like article text of any size, for the page's and the package's
// load tests: a JS port of benches/support/corpus.rs (function words, a Zipf-distributed
// synthetic vocabulary, paragraphs with a drifting topic). Deterministic; no third-party text.

const FUNCTION_WORDS = (
  'the of and to in a that is for on with as was by at from it its this be has have had were ' +
  'are which after but not their said would will also more than about into over new'
).split(' ');
const SYLLABLES = (
  'ba ter lon mi sco ra ven dor pli ca nu gre sta fo lin mar qui del tro san bel cor vi mun ' +
  'pos zen har tel'
).split(' ');
const VOCABULARY = 20_000;

/** A small deterministic generator (mulberry32). */
function rng(seed) {
  let a = seed;
  const next = () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    below: (n) => Math.floor(next() * n),
    zipf: (n) => Math.min(n - 1, Math.floor((n + 1) ** next() - 1)),
  };
}

/** The synthetic content word of rank `rank`. */
function word(rank) {
  let w = '';
  for (let r = rank + 1; r > 0; r = Math.floor(r / SYLLABLES.length)) w += SYLLABLES[r % SYLLABLES.length];
  return w;
}

/** About `length` UTF-16 code units of article-like text: a title line, then paragraphs. */
export function generateArticle(length, seed = 7) {
  const r = rng(seed);
  const parts = ['Council approves new plan for city transport\n\n'];
  let size = parts[0].length;
  while (size < length) {
    const topic = Array.from({ length: 8 }, () => r.zipf(VOCABULARY));
    let paragraph = '';
    for (let s = 2 + r.below(5); s > 0; s -= 1) {
      const words = [];
      for (let k = 8 + r.below(28); k > 0; k -= 1) {
        const roll = r.below(10);
        if (roll <= 3) words.push(FUNCTION_WORDS[r.below(FUNCTION_WORDS.length)]);
        else if (roll <= 5) words.push(word(topic[r.below(topic.length)]));
        else words.push(word(r.zipf(VOCABULARY)));
      }
      const sentence = words.join(' ');
      paragraph += sentence[0].toUpperCase() + sentence.slice(1) + (r.below(12) === 0 ? '? ' : '. ');
    }
    parts.push(paragraph, '\n\n');
    size += paragraph.length + 2;
  }
  return parts.join('');
}
