//! Candidate keyphrases: every run of one to [`MAX_WORDS`] words that are not
//! stop words, bounded by stop words and punctuation, with what the model needs
//! to know about it. Language-neutral: it sees terms (stems), stop words and
//! the text's letters, never a word list of its own.

use crate::document::{Document, Word};
use crate::token::TermId;
use rustc_hash::FxHashMap;

/// The most words a keyphrase has.
pub(crate) const MAX_WORDS: usize = 4;

/// The terms of a candidate, padded with [`Key::PAD`]: one key for all its
/// written forms (case, inflection).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Key(pub(crate) [TermId; MAX_WORDS]);

impl Key {
    /// Not a term: fills the places beyond a key's words.
    pub(crate) const PAD: TermId = TermId::MAX;

    /// The key of `words` (at most [`MAX_WORDS`], each with a term).
    pub(crate) fn of(words: &[Word]) -> Key {
        let mut key = [Key::PAD; MAX_WORDS];
        for (slot, word) in key.iter_mut().zip(words) {
            *slot = word.term.unwrap_or(Key::PAD);
        }
        Key(key)
    }

    /// Its terms.
    pub(crate) fn terms(&self) -> &[TermId] {
        let len = self.0.iter().take_while(|&&t| t != Key::PAD).count();
        self.0.get(..len).unwrap_or(&[])
    }

    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.terms().len()
    }

    /// The keys of its contiguous parts shorter than itself, each once.
    pub(crate) fn parts(&self) -> Vec<Key> {
        let terms = self.terms();
        let mut parts = Vec::new();
        for n in 1..terms.len() {
            for window in terms.windows(n) {
                let mut key = [Key::PAD; MAX_WORDS];
                for (slot, &t) in key.iter_mut().zip(window) {
                    *slot = t;
                }
                if !parts.contains(&Key(key)) {
                    parts.push(Key(key));
                }
            }
        }
        parts
    }

    /// Whether `part` is a contiguous part of this key (or the key itself).
    pub(crate) fn holds(&self, part: &Key) -> bool {
        let (whole, part) = (self.terms(), part.terms());
        !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
    }

    /// Whether `part` is where this key begins or ends (and shorter).
    pub(crate) fn begins_or_ends_with(&self, part: &Key) -> bool {
        let (whole, part) = (self.terms(), part.terms());
        part.len() < whole.len() && (whole.starts_with(part) || whole.ends_with(part))
    }
}

/// What is known about one candidate over the sentences that count (not boilerplate).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// Its terms.
    pub key: Key,
    /// Its occurrences.
    pub count: u32,
    /// Occurrences whose case says something: outside the title line, and not a
    /// single word at the start of a sentence.
    pub telling: u32,
    /// Telling occurrences with every word capitalized: evidence of a name
    /// (none in scripts without case).
    pub proper: u32,
    /// Occurrences that are a whole run (stop words or punctuation on both sides).
    pub whole_run: u32,
    /// Whether it occurs in the title line.
    pub in_title: bool,
    /// The sentence of its first occurrence.
    pub first_sentence: u32,
    /// The byte offset of its first occurrence (orders ties).
    pub first_start: u32,
    /// Characters per word of its first occurrence.
    pub word_length: f32,
}

/// The candidates of the sentences of `doc` (built with
/// [`Document::with_words`]) for which `counts` is true, in no particular order.
pub(crate) fn candidates(doc: &Document<'_>, text: &str, counts: &[bool]) -> Vec<Candidate> {
    const NONE: u32 = u32::MAX;
    // About one candidate per two words (most of them phrases of several words
    // occurring once), a guess that saves most regrowing.
    let words = doc.words.iter().map(<[Word]>::len).sum::<usize>();
    let mut found: Vec<Candidate> = Vec::with_capacity(words / 2);
    // Where a one-word candidate is in `found`, by term (most phrases are one
    // word: no hashing for them); and where a longer one is, by key.
    let mut by_term: Vec<u32> = vec![NONE; doc.sentence_frequency.len()];
    let mut by_key: FxHashMap<Key, u32> =
        FxHashMap::with_capacity_and_hasher(words / 2, Default::default());
    for (i, words) in doc.words.iter().enumerate() {
        if !counts.get(i).copied().unwrap_or(false) {
            continue;
        }
        let in_title = doc.title_line == Some(i);
        let sentence = u32::try_from(i).unwrap_or(u32::MAX);
        for_each_phrase(text, words, |phrase, at| {
            let key = Key::of(phrase);
            let next = u32::try_from(found.len()).unwrap_or(NONE);
            let index = if let [one] = phrase {
                let Some(slot) = one.term.and_then(|t| by_term.get_mut(t as usize)) else {
                    return;
                };
                if *slot == NONE {
                    *slot = next;
                }
                *slot
            } else {
                *by_key.entry(key).or_insert(next)
            };
            if index == next {
                found.push(Candidate {
                    key,
                    count: 0,
                    telling: 0,
                    proper: 0,
                    whole_run: 0,
                    in_title: false,
                    first_sentence: sentence,
                    first_start: phrase.first().map_or(0, |w| w.start),
                    word_length: word_length(text, phrase),
                });
            }
            let Some(entry) = found.get_mut(index as usize) else {
                return;
            };
            entry.count += 1;
            entry.in_title |= in_title;
            if !in_title && (phrase.len() > 1 || !at.sentence_start) {
                entry.telling += 1;
                entry.proper += u32::from(at.capitalized);
            }
            entry.whole_run += u32::from(at.whole_run);
        });
    }
    found
}

/// Where a phrase was found.
#[derive(Clone, Copy, Debug)]
pub(crate) struct At {
    /// It is the sentence's first word(s).
    pub sentence_start: bool,
    /// It is a whole run.
    pub whole_run: bool,
    /// Every word of it begins with a capital letter.
    pub capitalized: bool,
}

/// Calls `each` with every phrase of one sentence's `words`: each run of 1 to
/// [`MAX_WORDS`] consecutive words with a term (not stop words), joined only by
/// white space or a hyphen. A hyphenated compound (`self-harm`, `3-day`) is
/// never cut, and a phrase's first and last compounds hold a letter (a number
/// alone begins or ends no phrase). A word ending in a clitic (`Marsden's`)
/// ends a run: a possessive links two things.
pub(crate) fn for_each_phrase<'w>(
    text: &str,
    words: &'w [Word],
    mut each: impl FnMut(&'w [Word], At),
) {
    let mut marks: Vec<Mark> = Vec::new();
    let mut run_start = 0;
    for end in 1..=words.len() {
        let link = match (words.get(end - 1), words.get(end)) {
            (Some(a), Some(b)) if a.term.is_some() && b.term.is_some() => {
                if ends_with_clitic(a.span().slice(text)) {
                    Link::None
                } else {
                    link(text, a, b)
                }
            }
            _ => Link::None,
        };
        if link != Link::None {
            continue;
        }
        let run = words.get(run_start..end).unwrap_or(&[]);
        let first_in_sentence = run_start == 0;
        run_start = end;
        if run.first().is_none_or(|w| w.term.is_none()) {
            continue;
        }
        mark(text, run, &mut marks);
        for i in 0..run.len() {
            let starts = marks.get(i).is_some_and(|m| !m.hyphen_before && m.letter);
            if !starts {
                continue;
            }
            let mut capitalized = true;
            for n in 1..=MAX_WORDS.min(run.len() - i) {
                let Some(last) = marks.get(i + n - 1) else {
                    break;
                };
                capitalized &= last.upper;
                let Some(phrase) = run.get(i..i + n) else {
                    break;
                };
                if !last.hyphen_after && last.letter {
                    let at = At {
                        sentence_start: first_in_sentence && i == 0,
                        whole_run: n == run.len(),
                        capitalized,
                    };
                    each(phrase, at);
                }
            }
        }
    }
}

/// What [`mark`] notes about a word of a run.
#[derive(Clone, Copy, Debug, Default)]
struct Mark {
    /// A hyphen joins it to the word before.
    hyphen_before: bool,
    /// A hyphen joins it to the word after.
    hyphen_after: bool,
    /// Its compound (the words joined by hyphens) holds a letter.
    letter: bool,
    /// It begins with a capital letter.
    upper: bool,
}

/// Fills `marks` with a [`Mark`] for each word of `run`.
fn mark(text: &str, run: &[Word], marks: &mut Vec<Mark>) {
    marks.clear();
    let mut hyphen_before = false;
    for (i, w) in run.iter().enumerate() {
        let hyphen_after = match run.get(i + 1) {
            Some(next) => link(text, w, next) == Link::Hyphen,
            None => false,
        };
        let word = w.span().slice(text);
        marks.push(Mark {
            hyphen_before,
            hyphen_after,
            letter: holds_letter(word),
            upper: starts_upper_case(word),
        });
        hyphen_before = hyphen_after;
    }
    // Spread "holds a letter" over each compound.
    let mut start = 0;
    for end in 1..=marks.len() {
        let compound_ends = marks.get(end - 1).is_none_or(|m| !m.hyphen_after);
        if compound_ends {
            if let Some(compound) = marks.get_mut(start..end) {
                let letter = compound.iter().any(|m| m.letter);
                compound.iter_mut().for_each(|m| m.letter = letter);
            }
            start = end;
        }
    }
}

/// Whether `word` holds a letter (ASCII first, the common case).
fn holds_letter(word: &str) -> bool {
    word.bytes().any(|b| b.is_ascii_alphabetic())
        || (!word.is_ascii() && word.chars().any(char::is_alphabetic))
}

/// How two neighbouring words are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Link {
    /// Not joined: punctuation (or anything but white space) lies between.
    None,
    /// White space only.
    Space,
    /// A single hyphen.
    Hyphen,
}

/// How words `a` and `b` (in this order) are joined.
fn link(text: &str, a: &Word, b: &Word) -> Link {
    let gap = text.get(a.end as usize..b.start as usize).unwrap_or("|");
    if matches!(gap, "-" | "\u{2010}" | "\u{2011}") {
        Link::Hyphen
    } else if gap.chars().all(char::is_whitespace) {
        Link::Space
    } else {
        Link::None
    }
}

/// Whether `word` ends with an apostrophe and one or two letters (`Ant's`,
/// `Anna's`, `Ankara'da`), a clitic after a word of its own.
pub(crate) fn ends_with_clitic(word: &str) -> bool {
    without_clitic(word).len() < word.len()
}

/// `text` without a clitic at its end (see [`ends_with_clitic`]).
pub(crate) fn without_clitic(text: &str) -> &str {
    let Some(at) = text.rfind(['\'', '\u{2019}']) else {
        return text;
    };
    let (head, tail) = text.split_at(at);
    let mut letters = tail.chars().skip(1);
    let clitic = letters.clone().count() <= 2
        && letters.next().is_some_and(char::is_alphabetic)
        && letters.all(char::is_alphabetic)
        && head.chars().next_back().is_some_and(char::is_alphanumeric);
    if clitic {
        head
    } else {
        text
    }
}

fn starts_upper_case(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Characters per word of `phrase`.
fn word_length(text: &str, phrase: &[Word]) -> f32 {
    let chars: usize = phrase
        .iter()
        .map(|w| w.span().slice(text).chars().count())
        .sum();
    chars as f32 / phrase.len().max(1) as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn phrases(text: &str) -> Vec<String> {
        let doc = Document::with_words(text, Language::English, None);
        let mut out = Vec::new();
        for words in doc.words.iter() {
            for_each_phrase(text, words, |p, _| {
                let (Some(a), Some(b)) = (p.first(), p.last()) else {
                    return;
                };
                out.push(text[a.start as usize..b.end as usize].to_string());
            });
        }
        out
    }

    #[test]
    fn stop_words_and_punctuation_bound_phrases() {
        assert_eq!(
            phrases("The Ant Group signed a deal, with Hangzhou."),
            [
                "Ant",
                "Ant Group",
                "Ant Group signed",
                "Group",
                "Group signed",
                "signed",
                "deal",
                "Hangzhou"
            ]
        );
    }

    #[test]
    fn compounds_are_not_cut_and_numbers_do_not_end_phrases() {
        assert_eq!(
            phrases("A 3-day, well-known festival in 2024 and 2024 events."),
            [
                "3-day",
                "well-known",
                "well-known festival",
                "festival",
                "events"
            ]
        );
    }

    #[test]
    fn clitics_are_found() {
        assert_eq!(without_clitic("Ferguson's"), "Ferguson");
        assert_eq!(
            without_clitic("Sir Alex Ferguson\u{2019}s"),
            "Sir Alex Ferguson"
        );
        assert_eq!(without_clitic("Ankara'da"), "Ankara");
        for kept in ["O'Neil", "aujourd'hui", "rock'n'roll", "'s", "x'1", "po'"] {
            assert_eq!(without_clitic(kept), kept);
        }
    }

    #[test]
    fn a_clitic_ends_a_phrase() {
        assert_eq!(
            phrases("It was Marsden's Cyclops and O'Neil Smith."),
            ["Marsden's", "Cyclops", "O'Neil", "O'Neil Smith", "Smith"]
        );
    }

    #[test]
    fn phrases_have_at_most_four_words() {
        let all = phrases("Alpha beta gamma delta epsilon.");
        assert!(all.iter().all(|p| p.split(' ').count() <= MAX_WORDS));
        assert!(all.contains(&"beta gamma delta epsilon".to_string()));
        assert_eq!(all.len(), 4 + 3 + 2 + 1 + 4, "{all:?}");
    }

    #[test]
    fn candidates_count_names_and_runs() {
        let text = "Ant Group has a plan. Shares of Ant Group rose. Ant said so.";
        let doc = Document::with_words(text, Language::English, None);
        let all = candidates(&doc, text, &vec![true; doc.len()]);
        let find = |form: &str| {
            let mut d = Document::with_words(text, Language::English, None);
            let key: Vec<TermId> = d.known_terms(form).into_iter().flatten().collect();
            all.iter()
                .find(|c| c.key.terms() == key.as_slice())
                .copied()
                .unwrap()
        };
        let group = find("Ant Group");
        assert_eq!((group.count, group.telling, group.proper), (2, 2, 2));
        assert_eq!(group.whole_run, 1);
        let ant = find("Ant");
        // The first and third "Ant" start their sentences: a capital there says nothing.
        assert_eq!((ant.count, ant.telling, ant.proper), (3, 1, 1));
        assert_eq!(ant.whole_run, 0);
        assert_eq!(ant.first_sentence, 0);
        assert_eq!(find("Shares").proper, 0);
    }

    #[test]
    fn keys_know_their_parts() {
        let key = Key([1, 2, 3, Key::PAD]);
        assert_eq!(key.len(), 3);
        assert_eq!(key.parts().len(), 5);
        assert!(key.begins_or_ends_with(&Key([1, 2, Key::PAD, Key::PAD])));
        assert!(key.begins_or_ends_with(&Key([3, Key::PAD, Key::PAD, Key::PAD])));
        assert!(!key.begins_or_ends_with(&Key([2, Key::PAD, Key::PAD, Key::PAD])));
        assert!(!key.begins_or_ends_with(&key));
        assert!(key.holds(&Key([2, 3, Key::PAD, Key::PAD])));
        assert!(key.holds(&key));
        assert!(!key.holds(&Key([1, 3, Key::PAD, Key::PAD])));
    }
}
