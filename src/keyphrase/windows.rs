//! Which sequences of words may occur more than once: most phrases of several
//! words occur once, and knowing which without keeping each one spares
//! counting them one by one.
//!
//! A window is a sequence of 2 to [`MAX_WORDS`] words of one run. A window
//! occurs at most as often as each of its words, and as each of its two
//! shorter windows (its words but the last, its words but the first), so the
//! windows of two words are counted only where both words repeat, those of
//! three where both windows of two repeat, and so on: each level counts a
//! small share of the text's windows, and every other window occurs once.

use super::runs::{Runs, MAX_WORDS};
use crate::document::Document;
use crate::token::TermId;
use rustc_hash::FxHashMap;

/// Not a window that may repeat.
const ONCE: u32 = u32::MAX;

/// The windows that may repeat, over the sentences a document's keyphrases come from.
pub(crate) struct Windows {
    /// For windows of 2, 3… words: at each word, the id of the window it
    /// begins ([`ONCE`] when that window occurs at most once or is none).
    ids: [Vec<u32>; MAX_WORDS - 1],
    /// For windows of 2, 3… words: each id's occurrences.
    counts: [Vec<u32>; MAX_WORDS - 1],
}

impl Windows {
    /// Counts the windows of the sentences of `doc` for which `counted` is true.
    pub(crate) fn count(doc: &Document<'_>, runs: &Runs<'_>, counted: &[bool]) -> Windows {
        let words = runs.words.len();
        let rows = || {
            (0..doc.words.len())
                .filter(|&i| counted.get(i).copied().unwrap_or(false))
                .map(|i| doc.words.span(i))
        };
        // Each term's occurrences in those sentences, from their bags (which
        // also count the bigrams of Chinese, Japanese and Korean, never a
        // word's term).
        let mut term_count = vec![0u32; doc.sentence_frequency.len()];
        for (bag, _) in doc.bags.iter().zip(counted).filter(|(_, &counted)| counted) {
            for &(t, c) in bag {
                if let Some(n) = term_count.get_mut(t as usize) {
                    *n = n.saturating_add(c);
                }
            }
        }
        let repeated_term = |w: usize| {
            runs.term(w)
                .filter(|&t| term_count.get(t as usize).is_some_and(|&n| n > 1))
        };
        let mut windows = Windows {
            ids: Default::default(),
            counts: Default::default(),
        };
        // Two words: where both repeat (in prose, about one word in three).
        let mut level = Level::new(words, words / 3);
        for row in rows() {
            for w in row {
                if !runs.linked(w) {
                    continue;
                }
                if let (Some(a), Some(b)) = (repeated_term(w), repeated_term(w + 1)) {
                    level.add(w, a, b);
                }
            }
        }
        let mut at = level.finish(&mut windows, 0);
        // Three words and more: where both windows one word shorter repeat.
        for n in 1..MAX_WORDS - 1 {
            let mut level = Level::new(words, at.len());
            for &w in &at {
                if !runs.linked(w + n) || windows.repeated(w + 1, n + 1).is_none() {
                    continue;
                }
                if let (Some(head), Some(last)) = (windows.repeated(w, n + 1), runs.term(w + n + 1))
                {
                    level.add(w, head, last);
                }
            }
            at = level.finish(&mut windows, n);
        }
        windows
    }

    /// The id of the window of `len` words (2 or more) at word `w` among those
    /// of its length, when it occurs more than once; [`None`] when it occurs
    /// at most once.
    pub(crate) fn repeated(&self, w: usize, len: usize) -> Option<u32> {
        let id = *self.ids.get(len.checked_sub(2)?)?.get(w)?;
        (id != ONCE).then_some(id)
    }

    /// The number of window ids of `len` words (2 or more).
    pub(crate) fn ids(&self, len: usize) -> usize {
        len.checked_sub(2)
            .and_then(|level| self.counts.get(level))
            .map_or(0, Vec::len)
    }
}

/// The windows of one length being counted.
struct Level {
    /// At each word, the id of the window it begins, or [`ONCE`].
    ids: Vec<u32>,
    /// Each id's occurrences.
    counts: Vec<u32>,
    /// The words where a window begins, in order.
    at: Vec<usize>,
    /// Window ids by key: the id of the window one word shorter (or the first
    /// word's term) and the last word's term.
    by_key: FxHashMap<u64, u32>,
}

impl Level {
    /// A level for a text of `words` words, with room for about `windows` windows.
    fn new(words: usize, windows: usize) -> Level {
        Level {
            ids: vec![ONCE; words],
            counts: Vec::with_capacity(windows),
            at: Vec::with_capacity(windows),
            by_key: FxHashMap::with_capacity_and_hasher(windows, Default::default()),
        }
    }

    /// Counts the window at word `w` made of `head` and `last`.
    fn add(&mut self, w: usize, head: u32, last: TermId) {
        let next = u32::try_from(self.counts.len()).unwrap_or(ONCE);
        let id = *self
            .by_key
            .entry(u64::from(head) << 32 | u64::from(last))
            .or_insert(next);
        if id == next {
            self.counts.push(0);
        }
        if let Some(n) = self.counts.get_mut(id as usize) {
            *n += 1;
        }
        if let Some(slot) = self.ids.get_mut(w) {
            *slot = id;
        }
        self.at.push(w);
    }

    /// Stores the counts as those of windows of `level + 2` words; returns the
    /// words where a window that repeats begins.
    fn finish(self, windows: &mut Windows, level: usize) -> Vec<usize> {
        let Level {
            mut ids,
            counts,
            mut at,
            ..
        } = self;
        // Windows met once are told from the others by their id alone.
        at.retain(|&w| {
            let Some(id) = ids.get_mut(w) else {
                return false;
            };
            let repeats = counts.get(*id as usize).is_some_and(|&n| n > 1);
            if !repeats {
                *id = ONCE;
            }
            repeats
        });
        if let (Some(i), Some(c)) = (windows.ids.get_mut(level), windows.counts.get_mut(level)) {
            *i = ids;
            *c = counts;
        }
        at
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
        let runs = Runs::new(&doc, text);
        let windows = Windows::count(&doc, &runs, &vec![true; doc.len()]);
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
    fn sentences_left_out_do_not_count() {
        let text = "Red fox here. Red fox there.";
        let doc = Document::with_words(text, Language::English, None);
        let runs = Runs::new(&doc, text);
        let all = Windows::count(&doc, &runs, &[true, true]);
        let one = Windows::count(&doc, &runs, &[true, false]);
        assert!(all.repeated(0, 2).is_some());
        assert_eq!(one.repeated(0, 2), None);
    }
}
