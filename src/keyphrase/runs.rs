//! The document's words as phrases see them: each word's term and how it joins
//! its neighbours, worked out once from the text so that the candidates and the
//! occurrences walk compact flags rather than the text.
//!
//! A phrase is a run of 1 to [`MAX_WORDS`] consecutive words with a term (not
//! stop words), joined only by white space or a hyphen. A hyphenated compound
//! (`self-harm`, `3-day`) is never cut, and a phrase's first and last compounds
//! hold a letter (a number alone begins or ends no phrase). A word ending in a
//! clitic (`Marsden's`) ends a run: a possessive links two things.

use crate::document::{Document, Word};
use crate::token::{ends_with_clitic, may_end_with_clitic, TermId};
use std::ops::ControlFlow;

/// The most words a keyphrase has.
pub(crate) const MAX_WORDS: usize = 4;

/// Joined to the next word in one run.
const LINKED: u8 = 1;
/// A hyphen joins it to the word before.
const HYPHEN_BEFORE: u8 = 1 << 1;
/// A hyphen joins it to the word after.
const HYPHEN_AFTER: u8 = 1 << 2;
/// Its compound (the words joined by hyphens) holds a letter.
const LETTER: u8 = 1 << 3;
/// It begins with a capital letter.
const UPPER: u8 = 1 << 4;
/// It begins a run.
const RUN_FIRST: u8 = 1 << 5;
/// It is its sentence's first word.
const SENTENCE_FIRST: u8 = 1 << 6;

/// Where a phrase was found.
#[derive(Clone, Copy, Debug)]
pub(crate) struct At {
    /// It is the sentence's first word(s).
    pub sentence_start: bool,
    /// It is a whole run (stop words or punctuation on both sides).
    pub whole_run: bool,
    /// Every word of it begins with a capital letter.
    pub capitalized: bool,
}

/// One occurrence of a phrase: words `first..first + len` of [`Runs::words`].
#[derive(Clone, Copy, Debug)]
pub(crate) struct Phrase {
    /// Its first word's index among all the document's words.
    pub first: usize,
    /// Its number of words, 1 to [`MAX_WORDS`].
    pub len: usize,
    /// Where it was found.
    pub at: At,
}

/// Every word of a document (built with [`Document::with_words`]) with its
/// phrase flags.
pub(crate) struct Runs<'d> {
    /// The document's text.
    pub text: &'d str,
    /// All the document's words, sentence after sentence.
    pub words: &'d [Word],
    /// For each word, its flags (`LINKED`, `HYPHEN_BEFORE`…); none for a
    /// word without a term.
    flags: Vec<u8>,
    /// Each word joined to the next in one run, in the sentences that count,
    /// with its term and the next word's: where the phrases of several words
    /// begin, in text order.
    pub links: Vec<Link>,
}

/// A word joined to the next in one run (see [`Runs::links`]).
#[derive(Clone, Copy, Debug)]
pub(crate) struct Link {
    /// The word's index among all the document's words.
    pub word: u32,
    /// Its term.
    pub term: TermId,
    /// The next word's term.
    pub next: TermId,
}

impl<'d> Runs<'d> {
    /// The runs of `doc`, whose text is `text`; [`Runs::links`] come from
    /// the sentences for which `counted` is true.
    pub(crate) fn new(doc: &'d Document<'_>, text: &'d str, counted: &[bool]) -> Runs<'d> {
        let words = doc.words.items();
        let mut flags = vec![0u8; words.len()];
        // In prose, about half the words with a term are joined to the next.
        let mut links = Vec::with_capacity(words.len() / 3 * 2);
        for i in 0..doc.words.len() {
            let row = doc.words.span(i);
            let first = u32::try_from(row.start).unwrap_or(u32::MAX);
            let links = counted
                .get(i)
                .copied()
                .unwrap_or(false)
                .then_some(&mut links);
            if let (Some(sentence), Some(out)) = (words.get(row.clone()), flags.get_mut(row)) {
                mark(text, sentence, out, first, links);
            }
        }
        Runs {
            text,
            words,
            flags,
            links,
        }
    }

    /// The term of word `w` ([`None`] for a stop word or no such word).
    pub(crate) fn term(&self, w: usize) -> Option<TermId> {
        self.words.get(w).and_then(Word::term)
    }

    /// Whether word `w` is joined to the next word in one run.
    pub(crate) fn linked(&self, w: usize) -> bool {
        self.flags.get(w).is_some_and(|f| f & LINKED != 0)
    }

    /// The words of `phrase`.
    pub(crate) fn words_of(&self, phrase: &Phrase) -> &'d [Word] {
        self.words
            .get(phrase.first..phrase.first + phrase.len)
            .unwrap_or(&[])
    }

    /// The phrases of one word among `words` (a range of word indices), in
    /// text order, each with its term.
    pub(crate) fn one_word_phrases(
        &self,
        words: std::ops::Range<usize>,
    ) -> impl Iterator<Item = (TermId, Phrase)> + '_ {
        let start = words.start;
        let flags = self.flags.get(words.clone()).unwrap_or(&[]);
        let words = self.words.get(words).unwrap_or(&[]);
        (start..)
            .zip(flags.iter().zip(words))
            .filter_map(|(first, (&f, word))| {
                let at = one_word_phrase(f)?;
                Some((word.term()?, Phrase { first, len: 1, at }))
            })
    }

    /// The phrase of `len` words at word `w`, if those words make one.
    pub(crate) fn phrase(&self, w: usize, len: usize) -> Option<Phrase> {
        let mut found = None;
        self.phrases_at(w, len, |p| {
            found = (p.len == len).then_some(p);
            ControlFlow::Break(())
        });
        found
    }

    /// Whether word `w` begins with a capital letter.
    pub(crate) fn capitalized(&self, w: usize) -> bool {
        self.flags.get(w).is_some_and(|f| f & UPPER != 0)
    }

    /// Where word `w` stands when it is a phrase of one word.
    pub(crate) fn one_word_phrase_at(&self, w: usize) -> Option<At> {
        one_word_phrase(*self.flags.get(w)?)
    }

    /// Calls `each` with the phrases of at least `shortest` words beginning
    /// at word `w`, shortest first, until it breaks (it then meets no longer
    /// phrase).
    pub(crate) fn phrases_at(
        &self,
        w: usize,
        shortest: usize,
        mut each: impl FnMut(Phrase) -> ControlFlow<()>,
    ) {
        let flags = self.flags.get(w..).unwrap_or(&[]);
        let Some(&first) = flags.first() else {
            return;
        };
        // A word without a term has no flags, LETTER included.
        if first & (HYPHEN_BEFORE | LETTER) != LETTER {
            return;
        }
        let mut capitalized = true;
        for (len, &last) in (1..).zip(flags.iter().take(MAX_WORDS)) {
            capitalized &= last & UPPER != 0;
            if len >= shortest && last & (HYPHEN_AFTER | LETTER) == LETTER {
                let whole_run = first & RUN_FIRST != 0 && last & LINKED == 0;
                let phrase = Phrase {
                    first: w,
                    len,
                    at: At {
                        sentence_start: first & SENTENCE_FIRST != 0,
                        whole_run,
                        capitalized,
                    },
                };
                if each(phrase).is_break() {
                    return;
                }
            }
            if last & LINKED == 0 {
                return;
            }
        }
    }
}

/// Where a word with flags `f` stands when it is a phrase of one word (not
/// part of a compound, holding a letter).
fn one_word_phrase(f: u8) -> Option<At> {
    (f & (HYPHEN_BEFORE | HYPHEN_AFTER | LETTER) == LETTER).then_some(At {
        sentence_start: f & SENTENCE_FIRST != 0,
        whole_run: f & (RUN_FIRST | LINKED) == RUN_FIRST,
        capitalized: f & UPPER != 0,
    })
}

/// Fills `flags` with the flags of one sentence's `words`, the first of
/// which is the document's word `first`, and adds its links to `links`.
fn mark(
    text: &str,
    words: &[Word],
    flags: &mut [u8],
    first: u32,
    mut links: Option<&mut Vec<Link>>,
) {
    let mut before = 0u8;
    let mut compound_start = 0;
    for (i, w) in words.iter().enumerate() {
        if w.term().is_none() {
            // A stop word (only a sentence's first word can be one): in no
            // phrase, linked to nothing, no flags (its slot stays 0).
            before = 0;
            compound_start = i + 1;
            continue;
        }
        let next = words.get(i + 1);
        let word = bytes_of(text, w.start, w.end);
        let joined = match next {
            Some(b) if b.term().is_some() => match link(text, w, b) {
                Join::Space | Join::Hyphen
                    if may_end_with_clitic(word) && ends_with_clitic(w.span().slice(text)) =>
                {
                    Join::None
                }
                joined => joined,
            },
            _ => Join::None,
        };
        if let (Some(links), Some(next), Join::Space | Join::Hyphen, Some(term)) =
            (links.as_deref_mut(), next, joined, w.term())
        {
            links.push(Link {
                word: first.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)),
                term,
                next: next.term().unwrap_or(Word::NO_TERM),
            });
        }
        let mut f = before;
        if i == 0 {
            f |= SENTENCE_FIRST;
        }
        if before & LINKED == 0 {
            f |= RUN_FIRST;
        }
        f &= !LINKED;
        f |= match joined {
            Join::None => 0,
            Join::Space => LINKED,
            Join::Hyphen => LINKED | HYPHEN_AFTER,
        };
        if holds_letter(text, w, word) {
            f |= LETTER;
        }
        if starts_upper_case(text, w, word) {
            f |= UPPER;
        }
        if let Some(slot) = flags.get_mut(i) {
            *slot = f;
        }
        // What the next word inherits: whether it is linked and hyphenated to this one.
        before = match joined {
            Join::None => 0,
            Join::Space => LINKED,
            Join::Hyphen => LINKED | HYPHEN_BEFORE,
        };
        // Spread "holds a letter" over each compound once it ends.
        if joined != Join::Hyphen {
            if i > compound_start {
                if let Some(compound) = flags.get_mut(compound_start..=i) {
                    if compound.iter().any(|f| f & LETTER != 0) {
                        compound.iter_mut().for_each(|f| *f |= LETTER);
                    }
                }
            }
            compound_start = i + 1;
        }
    }
}

/// The bytes of `text` from `start` to `end` (empty when out of range): the
/// words' own spans, read without checking char boundaries again.
fn bytes_of(text: &str, start: u32, end: u32) -> &[u8] {
    text.as_bytes()
        .get(start as usize..end as usize)
        .unwrap_or(&[])
}

/// Whether word `w` (its bytes `word`) holds a letter (ASCII first, the common case).
fn holds_letter(text: &str, w: &Word, word: &[u8]) -> bool {
    word.iter().any(u8::is_ascii_alphabetic)
        || (!word.is_ascii() && w.span().slice(text).chars().any(char::is_alphabetic))
}

/// Whether word `w` (its bytes `word`) begins with a capital letter.
fn starts_upper_case(text: &str, w: &Word, word: &[u8]) -> bool {
    match word.first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w
            .span()
            .slice(text)
            .chars()
            .next()
            .is_some_and(char::is_uppercase),
    }
}

/// How two neighbouring words are joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Join {
    /// Not joined: punctuation (or anything but white space) lies between.
    None,
    /// White space only.
    Space,
    /// A single hyphen.
    Hyphen,
}

/// How words `a` and `b` (in this order) are joined.
fn link(text: &str, a: &Word, b: &Word) -> Join {
    let Some(gap) = text.as_bytes().get(a.end as usize..b.start as usize) else {
        return Join::None;
    };
    // A hyphen: `-`, U+2010 or U+2011.
    match gap {
        b" " => Join::Space,
        b"-" | b"\xE2\x80\x90" | b"\xE2\x80\x91" => Join::Hyphen,
        // Most gaps that join nothing hold an ASCII character that is not
        // white space (punctuation, a stop word): the first one tells.
        _ => match gap.iter().find(|b| !matches!(b, b'\t'..=b'\r' | b' ')) {
            None => Join::Space,
            Some(b) if b.is_ascii() => Join::None,
            Some(_) => {
                let gap = text.get(a.end as usize..b.start as usize).unwrap_or("|");
                if gap.chars().all(char::is_whitespace) {
                    Join::Space
                } else {
                    Join::None
                }
            }
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    /// Every phrase of `text` in order, with where it stands (sentence start,
    /// whole run, capitalized).
    fn placed_phrases(text: &str) -> Vec<(&str, (bool, bool, bool))> {
        let doc = Document::with_words(text, Language::English, None);
        let runs = Runs::new(&doc, text, &vec![true; doc.len()]);
        let mut out = Vec::new();
        for w in 0..runs.words.len() {
            runs.phrases_at(w, 1, |p| {
                let words = runs.words_of(&p);
                let (Some(a), Some(b)) = (words.first(), words.last()) else {
                    return ControlFlow::Continue(());
                };
                let at = (p.at.sentence_start, p.at.whole_run, p.at.capitalized);
                out.push((&text[a.start as usize..b.end as usize], at));
                ControlFlow::Continue(())
            });
        }
        out
    }

    fn phrases(text: &str) -> Vec<&str> {
        placed_phrases(text).into_iter().map(|(p, _)| p).collect()
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
    fn only_white_space_or_a_hyphen_joins_words() {
        let all =
            phrases("Ant\u{a0}Group and Ant\u{2014}Group, Ant\t\u{2009}Group, Ant\u{2011}Group.");
        assert_eq!(
            all,
            [
                "Ant",
                "Ant\u{a0}Group",
                "Group",
                "Ant",
                "Group",
                "Ant",
                "Ant\t\u{2009}Group",
                "Group",
                "Ant\u{2011}Group",
            ],
            "{all:?}"
        );
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
        assert!(all.contains(&"beta gamma delta epsilon"));
        assert_eq!(all.len(), 4 + 3 + 2 + 1 + 4, "{all:?}");
    }

    #[test]
    fn phrases_know_where_they_are() {
        let text = "Ant Group rose. Shares of Ant Group, and of Ant.";
        let found = placed_phrases(text);
        assert!(
            found.contains(&("Ant Group rose", (true, true, false))),
            "{found:?}"
        );
        assert!(found.contains(&("Ant Group", (true, false, true))));
        assert!(found.contains(&("Shares", (true, true, true))));
        assert!(found.contains(&("Ant Group", (false, true, true))));
        assert!(found.contains(&("Group", (false, false, true))));
        assert!(found.contains(&("Ant", (false, true, true))));
    }
}
