//! Which sequences of words may occur more than once: most phrases of several
//! words occur once, and knowing which without keeping each one spares
//! counting them one by one.
//!
//! A window is a sequence of 2 to [`MAX_WORDS`] words of one run. A window
//! occurs at most as often as each of its two shorter windows (its words but
//! the last, its words but the first), so the windows of two words are counted
//! only where a bitmap of hashed pairs of terms shows their pair may repeat,
//! those of three where both windows of two repeat, and so on: each level
//! counts a small share of the text's windows, and every other window occurs
//! once.

use super::runs::{Link, Runs, MAX_WORDS};
use crate::document::Document;
use crate::token::TermId;

/// Not a window that may repeat.
const ONCE: u32 = u32::MAX;

/// The windows that may repeat, over the sentences a document's keyphrases come from.
pub(crate) struct Windows {
    /// For windows of 2, 3… words: the id of the window each word begins, for
    /// the words that begin one occurring more than once.
    ids: [Sparse; MAX_WORDS - 1],
    /// For windows of 2, 3… words: how many ids there are.
    distinct: [usize; MAX_WORDS - 1],
}

impl Windows {
    /// Counts the windows of `runs` (of `doc`) in the sentences its links come from.
    pub(crate) fn count(doc: &Document<'_>, runs: &Runs<'_>) -> Windows {
        let words = runs.words.len();
        let terms = doc.sentence_frequency.len();
        let mut windows = Windows {
            ids: Default::default(),
            distinct: [0; MAX_WORDS - 1],
        };
        // Two words: where the pair of terms may be met twice.
        let twice = PairsMetTwice::of(&runs.links);
        let mut level = Level {
            windows: vec![(0, 0, 0); runs.links.len()],
        };
        // Written without a branch on the bitmap, which no predictor guesses:
        // every link is written, and the next overwrites it unless it is kept.
        let mut kept = 0;
        for link in &runs.links {
            if let Some(slot) = level.windows.get_mut(kept) {
                *slot = (link.word, link.term, link.next);
            }
            kept += usize::from(twice.may_hold(link.term, link.next));
        }
        level.windows.truncate(kept);
        let mut at = level.finish(&mut windows, 0, terms, terms, words);
        // Three words and more: where both windows one word shorter repeat.
        for n in 1..MAX_WORDS - 1 {
            let mut level = Level::with_capacity(at.len());
            for &w in &at {
                if !runs.linked(w + n) || windows.repeated(w + 1, n + 1).is_none() {
                    continue;
                }
                if let (Some(head), Some(last)) = (windows.repeated(w, n + 1), runs.term(w + n + 1))
                {
                    level.add(w, head, last);
                }
            }
            let heads = windows.ids(n + 1);
            at = level.finish(&mut windows, n, heads, terms, words);
        }
        windows
    }

    /// The id of the window of `len` words (2 or more) at word `w` among those
    /// of its length, when it occurs more than once; [`None`] when it occurs
    /// at most once.
    pub(crate) fn repeated(&self, w: usize, len: usize) -> Option<u32> {
        self.ids.get(len.checked_sub(2)?)?.get(w)
    }

    /// Every window of `len` words (2 or more) that occurs more than once, in
    /// text order: the word where it begins and its id.
    pub(crate) fn repeated_at(&self, len: usize) -> impl Iterator<Item = (usize, u32)> + '_ {
        len.checked_sub(2)
            .and_then(|level| self.ids.get(level))
            .into_iter()
            .flat_map(Sparse::iter)
    }

    /// The number of window ids of `len` words (2 or more): the windows of
    /// that length that occur more than once.
    pub(crate) fn ids(&self, len: usize) -> usize {
        len.checked_sub(2)
            .and_then(|level| self.distinct.get(level))
            .copied()
            .unwrap_or(0)
    }
}

/// The windows of one length being counted, each a head (the first word's
/// term, or the id of the window one word shorter) and the last word's term.
struct Level {
    /// Each window in text order: the word where it begins, its head and its
    /// last term.
    windows: Vec<(u32, u32, TermId)>,
}

impl Level {
    /// A level with room for `windows` windows.
    fn with_capacity(windows: usize) -> Level {
        Level {
            windows: Vec::with_capacity(windows),
        }
    }

    /// Adds the window at word `w` made of `head` and `last`.
    fn add(&mut self, w: usize, head: u32, last: TermId) {
        if let Ok(w) = u32::try_from(w) {
            self.windows.push((w, head, last));
        }
    }

    /// Finds the windows that occur more than once, gives them ids in the
    /// order of their first occurrence and stores them as the windows of
    /// `level + 2` words of a text of `words` words, given that heads are
    /// below `heads` and terms below `terms`; returns the words where they begin.
    ///
    /// Windows with the same head are brought together (a counting sort), and
    /// within a head each last term marks its first window: no hashing, and
    /// every table is read in order or indexed by a term.
    fn finish(
        self,
        windows: &mut Windows,
        level: usize,
        heads: usize,
        terms: usize,
        words: usize,
    ) -> Vec<usize> {
        let all = self.windows;
        // Where each head's windows begin in `by_head`.
        let mut start = vec![0u32; heads + 1];
        for &(_, head, _) in &all {
            if let Some(n) = start.get_mut(head as usize + 1) {
                *n += 1;
            }
        }
        for h in 1..start.len() {
            let before = start.get(h - 1).copied().unwrap_or(0);
            if let Some(n) = start.get_mut(h) {
                *n += before;
            }
        }
        // Each window's index and last term, by head.
        let mut by_head = vec![(0u32, 0 as TermId); all.len()];
        let mut next = start.clone();
        for (i, &(_, head, last)) in (0u32..).zip(&all) {
            if let Some(n) = next.get_mut(head as usize) {
                if let Some(slot) = by_head.get_mut(*n as usize) {
                    *slot = (i, last);
                }
                *n += 1;
            }
        }
        // Each window's first occurrence (the index of the first window with
        // its head and last term), and how often each first occurrence occurs.
        let mut first = vec![0u32; all.len()];
        let mut occurs = vec![0u32; all.len()];
        // For each term: the last head it was seen with, and that window's first occurrence.
        let mut seen = vec![(u32::MAX, 0u32); terms];
        for (head, bounds) in (0u32..).zip(start.windows(2)) {
            let &[from, to] = bounds else {
                continue;
            };
            for &(i, last) in by_head.get(from as usize..to as usize).unwrap_or(&[]) {
                let Some(mark) = seen.get_mut(last as usize) else {
                    continue;
                };
                if mark.0 != head {
                    *mark = (head, i);
                }
                if let Some(f) = first.get_mut(i as usize) {
                    *f = mark.1;
                }
                if let Some(n) = occurs.get_mut(mark.1 as usize) {
                    *n += 1;
                }
            }
        }
        // Ids for the windows met more than once, in text order.
        let mut ids = Sparse::new(words);
        let mut id_of_first = vec![ONCE; all.len()];
        let mut distinct = 0u32;
        let mut at = Vec::new();
        for (&(w, _, _), &f) in all.iter().zip(&first) {
            if occurs.get(f as usize).is_none_or(|&n| n < 2) {
                continue;
            }
            let Some(id) = id_of_first.get_mut(f as usize) else {
                continue;
            };
            if *id == ONCE {
                *id = distinct;
                distinct += 1;
            }
            ids.push(w as usize, *id);
            at.push(w as usize);
        }
        ids.finish();
        if let (Some(i), Some(d)) = (windows.ids.get_mut(level), windows.distinct.get_mut(level)) {
            *i = ids;
            *d = distinct as usize;
        }
        at
    }
}

/// The pairs of terms met at least twice among some links, as far as a
/// bitmap of hashed pairs tells: a pair met twice is always there; a pair met
/// once is too when it shares its bit with another (at most about one in sixteen).
struct PairsMetTwice {
    /// For pairs of hash `h`, bit `h % 64` of `bits[h / 64]`: in its first
    /// word, they were met once; in its second, twice (one cache line for both).
    bits: Vec<[u64; 2]>,
    /// How far a pair's hash is shifted down to index the bits.
    shift: u32,
}

impl PairsMetTwice {
    /// Marks the pairs (term, next term) of `links`.
    fn of(links: &[Link]) -> PairsMetTwice {
        // About sixteen bits per link; a power of two, at least 1024.
        let bits = (links.len().saturating_mul(16))
            .next_power_of_two()
            .max(1 << 10);
        let shift = 64 - bits.trailing_zeros();
        let mut marks = vec![[0u64; 2]; bits / 64];
        for link in links {
            let h = pair_hash(link.term, link.next, shift);
            let bit = 1u64 << (h % 64);
            if let Some([once, twice]) = marks.get_mut(h / 64) {
                *twice |= *once & bit;
                *once |= bit;
            }
        }
        PairsMetTwice { bits: marks, shift }
    }

    /// Whether the pair (`a`, `b`) may have been met twice.
    fn may_hold(&self, a: TermId, b: TermId) -> bool {
        let h = pair_hash(a, b, self.shift);
        self.bits
            .get(h / 64)
            .is_some_and(|[_, twice]| twice & (1 << (h % 64)) != 0)
    }
}

/// The bit of the pair (`a`, `b`) in a bitmap of `2^(64 - shift)` bits.
fn pair_hash(a: TermId, b: TermId, shift: u32) -> usize {
    let pair = (u64::from(a) << 32) | u64::from(b);
    // Fibonacci hashing: the top bits of the product are well mixed.
    (pair.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// Values at a few of a text's words, by word: a bit per word says which
/// words have one, and the values are stored in word order, found by the
/// number of bits set before a word's (its rank). A few hundred kilobytes
/// fewer than a value per word for a long text, and read from the cache.
#[derive(Default)]
struct Sparse {
    /// Bit `w % 64` of `bits[w / 64]`: word `w` has a value.
    bits: Vec<u64>,
    /// For each block of 64 words, the number of values before it.
    before: Vec<u32>,
    /// The values, in word order.
    values: Vec<u32>,
}

impl Sparse {
    /// No values, for a text of `words` words.
    fn new(words: usize) -> Sparse {
        Sparse {
            bits: vec![0; words.div_ceil(64)],
            before: Vec::new(),
            values: Vec::new(),
        }
    }

    /// Gives word `w` the value `value`; words are given values in increasing order.
    fn push(&mut self, w: usize, value: u32) {
        if let Some(block) = self.bits.get_mut(w / 64) {
            *block |= 1 << (w % 64);
            self.values.push(value);
        }
    }

    /// Counts the values before each block, once every value is pushed.
    fn finish(&mut self) {
        let mut before = 0u32;
        self.before = self
            .bits
            .iter()
            .map(|block| {
                let here = before;
                before += block.count_ones();
                here
            })
            .collect();
    }

    /// Every word with a value and its value, in word order.
    fn iter(&self) -> impl Iterator<Item = (usize, u32)> + '_ {
        let words = (0..)
            .step_by(64)
            .zip(&self.bits)
            .flat_map(|(first, &block)| {
                let mut rest = block;
                std::iter::from_fn(move || {
                    let bit = rest.trailing_zeros() as usize;
                    rest &= rest.wrapping_sub(1);
                    (bit < 64).then_some(first + bit)
                })
            });
        words.zip(self.values.iter().copied())
    }

    /// The value of word `w`, if it has one.
    fn get(&self, w: usize) -> Option<u32> {
        let block = *self.bits.get(w / 64)?;
        let bit = 1u64 << (w % 64);
        if block & bit == 0 {
            return None;
        }
        let rank = *self.before.get(w / 64)? + (block & (bit - 1)).count_ones();
        self.values.get(rank as usize).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn only_windows_met_twice_repeat() {
        // "red fox" twice; "quick red fox" twice; "red fox jumps" once.
        let text = "A quick red fox ran. The quick red fox jumps. A red cat.";
        let doc = Document::with_words(text, Language::English, None);
        let all = vec![true; doc.len()];
        let runs = Runs::new(&doc, text, &all);
        let windows = Windows::count(&doc, &runs);
        let at = |word: &str, nth: usize| {
            runs.words
                .iter()
                .enumerate()
                .filter(|(_, w)| w.span().slice(text) == word)
                .nth(nth)
                .map(|(i, _)| i)
                .unwrap()
        };
        let (quick, red) = (
            (at("quick", 0), at("quick", 1)),
            (at("red", 0), at("red", 1)),
        );
        assert!(windows.repeated(red.0, 2).is_some());
        assert_eq!(windows.repeated(red.0, 2), windows.repeated(red.1, 2));
        assert_eq!(windows.repeated(quick.0, 3), windows.repeated(quick.1, 3));
        assert!(windows.repeated(quick.0, 3).is_some());
        assert_eq!(windows.repeated(red.1, 3), None, "red fox jumps");
        assert_eq!(windows.repeated(quick.1, 4), None, "quick red fox jumps");
        assert_eq!(windows.repeated(at("red", 2), 2), None, "red cat");
        assert_eq!(windows.ids(4), 0);
    }

    #[test]
    fn pairs_met_twice_are_always_held_and_most_met_once_are_not() {
        let link = |i: u32, term: TermId, next: TermId| Link {
            word: i,
            term,
            next,
        };
        // 2,000 pairs met once, 300 met twice (both orders of their terms
        // are distinct pairs), 100 met three times.
        let mut links = Vec::new();
        for i in 0..2_000 {
            links.push(link(i, i, i + 1));
        }
        for i in 0..300 {
            links.push(link(i, 5_000 + i, 9_000 + i));
            links.push(link(i, 5_000 + i, 9_000 + i));
        }
        for i in 0..100 {
            for _ in 0..3 {
                links.push(link(i, 20_000 + i, 7));
            }
        }
        let twice = PairsMetTwice::of(&links);
        assert!((0..300).all(|i| twice.may_hold(5_000 + i, 9_000 + i)));
        assert!((0..100).all(|i| twice.may_hold(20_000 + i, 7)));
        let once_held = (0..2_000).filter(|&i| twice.may_hold(i, i + 1)).count();
        assert!(once_held < 2_000 / 8, "{once_held} of 2000 pairs met once");
    }

    #[test]
    fn sparse_values_are_found_by_word() {
        let at = [0, 3, 63, 64, 65, 127, 128, 199];
        let mut sparse = Sparse::new(200);
        for (value, &w) in (10..).zip(&at) {
            sparse.push(w, value);
        }
        sparse.finish();
        for w in 0..210 {
            let want = at.iter().position(|&a| a == w).map(|i| 10 + i as u32);
            assert_eq!(sparse.get(w), want, "word {w}");
        }
        let all: Vec<(usize, u32)> = sparse.iter().collect();
        let want: Vec<(usize, u32)> = at.iter().copied().zip(10..).collect();
        assert_eq!(all, want);
    }

    #[test]
    fn sentences_left_out_do_not_count() {
        let text = "Red fox here. Red fox there.";
        let doc = Document::with_words(text, Language::English, None);
        let runs = Runs::new(&doc, text, &[true, true]);
        let all = Windows::count(&doc, &runs);
        let runs = Runs::new(&doc, text, &[true, false]);
        let one = Windows::count(&doc, &runs);
        assert!(all.repeated(0, 2).is_some());
        assert_eq!(one.repeated(0, 2), None);
    }
}
