//! Words and terms: UAX #29 word tokens, case folding, stop words and stemming.
//!
//! A *token* is a word of the text (with its byte span); a *term* is what the
//! scorers compare: the lower-cased, stemmed form of a token that is not a stop
//! word, interned as a [`TermId`].

use crate::language::Language;
use crate::span::Span;
use rustc_hash::{FxHashMap, FxHashSet};
use unicode_segmentation::UnicodeSegmentation;

/// A word of a text: a UAX #29 word that contains a letter or a digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written in the text.
    pub text: &'a str,
    /// Where the word is, in UTF-8 byte offsets into the tokenized text.
    pub span: Span,
}

/// The words of `text` in order, with byte spans (UAX #29 word boundaries;
/// runs of punctuation, symbols and white space are not words).
///
/// ```
/// let words: Vec<&str> = precis::tokens("Mr. O'Neil paid $5.50!").map(|t| t.text).collect();
/// assert_eq!(words, ["Mr", "O'Neil", "paid", "5.50"]);
/// ```
pub fn tokens(text: &str) -> impl Iterator<Item = Token<'_>> + '_ {
    // `unicode_word_indices` keeps only the UAX #29 words holding a letter or a number.
    text.unicode_word_indices().map(|(start, w)| Token {
        text: w,
        span: Span::new(start, start + w.len()),
    })
}

/// The number of words in `text` (as counted by [`tokens`]).
pub fn word_count(text: &str) -> usize {
    tokens(text).count()
}

/// Appends `text` to `out` lower-cased (Unicode case folding by
/// `char::to_lowercase`, with an ASCII fast path), with the typographic
/// apostrophe `’` written as `'`.
pub(crate) fn fold_case(text: &str, out: &mut String) {
    let mut rest = text;
    while !rest.is_empty() {
        let ascii_len = rest
            .bytes()
            .position(|b| !b.is_ascii())
            .unwrap_or(rest.len());
        let (ascii, tail) = rest.split_at(ascii_len);
        let from = out.len();
        out.push_str(ascii);
        if let Some(pushed) = out.get_mut(from..) {
            pushed.make_ascii_lowercase();
        }
        let mut chars = tail.chars();
        match chars.next() {
            Some('’') => out.push('\''),
            Some(c) => out.extend(c.to_lowercase()),
            None => {}
        }
        rest = chars.as_str();
    }
}

/// The interned id of a term, dense from 0 within one [`Analyzer`].
pub(crate) type TermId = u32;

/// Longest token kept as a term, in bytes: longer runs (hashes, base64, URLs
/// without separators) carry no topic and would only bloat the vocabulary.
const MAX_TERM_BYTES: usize = 40;

/// Turns text into terms for one language: lower-cases, drops stop words,
/// stems, and interns each distinct term as a [`TermId`].
pub(crate) struct Analyzer {
    stop_words: FxHashSet<&'static str>,
    stemmer: rust_stemmers::Stemmer,
    /// Stem → term id.
    ids: FxHashMap<String, TermId>,
    /// Lower-cased word → its term (`None` for a stop word): each distinct word is stemmed once.
    words: FxHashMap<String, Option<TermId>>,
    lower: String,
}

impl Analyzer {
    /// An analyzer for `language` with an empty vocabulary.
    pub(crate) fn new(language: Language) -> Analyzer {
        Analyzer {
            stop_words: language.stop_words().collect(),
            stemmer: rust_stemmers::Stemmer::create(language.stemmer_algorithm()),
            ids: FxHashMap::default(),
            words: FxHashMap::default(),
            lower: String::new(),
        }
    }

    /// How many distinct terms have been seen.
    pub(crate) fn vocabulary_len(&self) -> usize {
        self.ids.len()
    }

    /// Appends the terms of `text` to `terms`, in order, and returns the number
    /// of words (tokens, stop words included) in `text`.
    pub(crate) fn analyze(&mut self, text: &str, terms: &mut Vec<TermId>) -> usize {
        let mut words = 0;
        for token in tokens(text) {
            words += 1;
            if let Some(id) = self.term(token.text) {
                terms.push(id);
            }
        }
        words
    }

    /// The term of one word, or `None` for a stop word or an over-long token.
    fn term(&mut self, word: &str) -> Option<TermId> {
        if word.len() > MAX_TERM_BYTES {
            return None;
        }
        self.lower.clear();
        fold_case(word, &mut self.lower);
        if let Some(&term) = self.words.get(self.lower.as_str()) {
            return term;
        }
        let term = if self.stop_words.contains(self.lower.as_str()) {
            None
        } else {
            let stem = self.stemmer.stem(&self.lower);
            match self.ids.get(stem.as_ref()) {
                Some(&id) => Some(id),
                None => {
                    let id = TermId::try_from(self.ids.len()).ok()?;
                    self.ids.insert(stem.into_owned(), id);
                    Some(id)
                }
            }
        };
        self.words.insert(self.lower.clone(), term);
        term
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(&str, usize, usize)> {
        tokens(text)
            .map(|t| (t.text, t.span.start, t.span.end))
            .collect()
    }

    #[test]
    fn tokens_carry_byte_spans() {
        assert_eq!(
            words("Hi, wörld 42!"),
            [("Hi", 0, 2), ("wörld", 4, 10), ("42", 11, 13)]
        );
        assert_eq!(words("😀 ok"), [("ok", 5, 7)]);
        assert_eq!(words("... — !!"), []);
    }

    #[test]
    fn analyzer_folds_case_drops_stop_words_and_stems() {
        let mut a = Analyzer::new(Language::English);
        let mut terms = Vec::new();
        let n = a.analyze("The Runners were running; the runner ran.", &mut terms);
        assert_eq!(n, 7);
        // "runners", "running", "runner" share the stem "run"/"runner"; stop words are gone.
        assert_eq!(terms.len(), 4, "{terms:?}");
        assert_eq!(terms[0], terms[2], "runners ~ runner");
        assert_eq!(a.vocabulary_len(), 3);
    }

    #[test]
    fn fold_case_lowers_ascii_and_unicode() {
        let mut out = String::new();
        fold_case("ÉCOLE’s ABC Straße İ", &mut out);
        assert_eq!(out, "école's abc straße i\u{307}");
    }

    #[test]
    fn curly_apostrophe_is_folded() {
        let mut a = Analyzer::new(Language::English);
        let (mut x, mut y) = (Vec::new(), Vec::new());
        a.analyze("company’s", &mut x);
        a.analyze("company's", &mut y);
        assert_eq!(x, y);
    }
}
