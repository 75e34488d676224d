//! Words and terms: UAX #29 word tokens, case folding, stop words and stemming.
//!
//! A *token* is a word of the text (with its byte span); a *term* is what the
//! scorers compare: the lower-cased, stemmed form of a token that is not a stop
//! word (or, in Chinese, Japanese and Korean, a character bigram, see
//! [`crate::cjk`]), interned as a [`TermId`].

use crate::cjk::{self, Script};
use crate::language::{Language, Terms};
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
    // A combining mark after a space joins the space's segment (" ে"): the word
    // starts after the space. A narrow no-break space joins the word before it
    // (`À\u{202f}`, UAX #29 counts it with the underscore): the word ends before it.
    text.unicode_word_indices().map(|(start, w)| {
        let word = w.trim_start();
        let start = start + (w.len() - word.len());
        // (Only a non-ASCII character can end a word with white space.)
        let word = match word.as_bytes().last() {
            Some(b) if !b.is_ascii() => word.trim_end(),
            _ => word,
        };
        Token {
            text: word,
            span: Span::new(start, start + word.len()),
        }
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

/// The alphanumeric runs of `text` (split at every character that is not
/// alphabetic or numeric), on which boilerplate cue phrases are matched. Not
/// the words of [`tokens`]: `don't` is one word but two runs, `don` and `t`.
pub(crate) fn alphanumeric_runs(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
}

/// What [`Analyzer::analyze`] found in a text besides its terms.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Analysis {
    /// The number of words (as [`tokens`] finds them, stop words included).
    pub word_count: usize,
    /// Whether one of the analyzer's watched words is among the text's
    /// lower-cased [`alphanumeric_runs`].
    pub watched: bool,
}

/// What one distinct lower-cased word stands for.
#[derive(Clone, Copy)]
struct WordInfo {
    /// Its term, `None` for a stop word or an over-long token.
    term: Option<TermId>,
    /// Whether one of its alphanumeric runs is a watched word.
    watched: bool,
}

/// Turns text into terms for one language: lower-cases, drops stop words,
/// stems, and interns each distinct term as a [`TermId`]. It also reports whether
/// a text holds one of a few watched words, at no extra cost per word. Without
/// a language, each lower-cased word is a term (no stop words, no stemming).
pub(crate) struct Analyzer {
    stop_words: FxHashSet<&'static str>,
    /// The one-character stop words, for the bigram test of CJK languages.
    stop_chars: FxHashSet<char>,
    stemmer: Option<rust_stemmers::Stemmer>,
    /// Whether terms are character bigrams (Chinese, Japanese, Korean).
    bigrams: bool,
    /// The elided words written before an apostrophe (`l'`, `qu'`).
    elisions: &'static [&'static str],
    /// A buffer for the run of Han characters being read (see [`cjk_walk`]).
    han_run: Vec<char>,
    /// Stem → term id.
    ids: FxHashMap<String, TermId>,
    /// Lower-cased word → what it stands for: each distinct word is stemmed once.
    word_info: FxHashMap<String, WordInfo>,
    /// Lower-case words to watch for (see [`Analysis::watched`]).
    watch: FxHashSet<&'static str>,
    lower: String,
}

impl Analyzer {
    /// An analyzer for `language` (`None`: language-neutral) with an empty
    /// vocabulary, watching for the lower-case words `watch`.
    pub(crate) fn new(language: Option<Language>, watch: &[&'static str]) -> Analyzer {
        let stop_words: FxHashSet<&'static str> = language
            .into_iter()
            .flat_map(Language::stop_words)
            .collect();
        let stop_chars = stop_words
            .iter()
            .filter_map(|w| {
                let mut chars = w.chars();
                chars.next().filter(|_| chars.next().is_none())
            })
            .collect();
        Analyzer {
            stop_words,
            stop_chars,
            stemmer: language
                .and_then(Language::stemmer_algorithm)
                .map(rust_stemmers::Stemmer::create),
            bigrams: language.is_some_and(|l| l.terms() == Terms::Bigrams),
            elisions: language.map_or(&[], Language::elisions),
            han_run: Vec::new(),
            ids: FxHashMap::default(),
            word_info: FxHashMap::default(),
            watch: watch.iter().copied().collect(),
            lower: String::new(),
        }
    }

    /// How many distinct terms have been seen.
    pub(crate) fn vocabulary_len(&self) -> usize {
        self.ids.len()
    }

    /// Appends the terms of `text` to `terms`, in order, and says how many words
    /// it has and whether it holds a watched word.
    pub(crate) fn analyze(&mut self, text: &str, terms: &mut Vec<TermId>) -> Analysis {
        self.analyze_with(text, terms, |_, _| {})
    }

    /// [`Analyzer::analyze`], also calling `each_word` with every word and its
    /// term (`None` for a stop word or an over-long token), in order; in French
    /// and Italian a word comes without its elided article (`qu'Anne` as
    /// `Anne`). In Chinese, Japanese and Korean a Han, Hiragana or Hangul word has no term
    /// of its own (its terms are bigrams): it is passed with `None`.
    pub(crate) fn analyze_with(
        &mut self,
        text: &str,
        terms: &mut Vec<TermId>,
        mut each_word: impl FnMut(Token<'_>, Option<TermId>),
    ) -> Analysis {
        if self.bigrams {
            return self.analyze_bigrams(text, terms, each_word);
        }
        let mut found = Analysis::default();
        let elides = !self.elisions.is_empty();
        for token in tokens(text) {
            found.word_count += 1;
            let word = self.word_info(token.text);
            found.watched |= word.watched;
            if let Some(id) = word.term {
                terms.push(id);
            }
            let token = if elides {
                self.without_elided_head(token)
            } else {
                token
            };
            each_word(token, word.term);
        }
        found
    }

    /// `token` without its elided article or pronoun and apostrophe
    /// (`qu'Emmanuel` → `Emmanuel`), in the languages that elide; the word
    /// that the term stands for, as keyphrases show it.
    #[inline(never)]
    fn without_elided_head<'t>(&self, token: Token<'t>) -> Token<'t> {
        match self.elided_head(token.text) {
            Some(cut) => Token {
                text: token.text.get(cut..).unwrap_or(token.text),
                span: Span::new(token.span.start + cut, token.span.end),
            },
            None => token,
        }
    }

    /// The words of `text` that are not stop words, in order, each with its term
    /// when this analyzer has already seen it (`None` for a word new to it); it
    /// learns no new term. In Chinese, Japanese and Korean these are the
    /// bigrams of Han runs and Hangul words, and the other words.
    pub(crate) fn known_terms(&mut self, text: &str) -> Vec<Option<TermId>> {
        if self.bigrams {
            return self.known_bigram_terms(text);
        }
        tokens(text)
            .filter_map(|token| self.known_word(token.text))
            .collect()
    }

    /// [`Analyzer::known_terms`] of one word: `None` for a stop word or an
    /// over-long token, else its term if already seen.
    fn known_word(&mut self, token: &str) -> Option<Option<TermId>> {
        if token.len() > MAX_TERM_BYTES {
            return None;
        }
        self.lower.clear();
        fold_case(token, &mut self.lower);
        if let Some(info) = self.word_info.get(self.lower.as_str()) {
            return info.term.map(Some);
        }
        let word = self.stemmed_word(&self.lower)?;
        let stem = match &self.stemmer {
            Some(stemmer) => stemmer.stem(word),
            None => std::borrow::Cow::Borrowed(word),
        };
        Some(self.ids.get(stem.as_ref()).copied())
    }

    /// [`Analyzer::known_terms`] for Chinese, Japanese and Korean: the bigrams
    /// of Han runs and Hangul words, and the other words, as
    /// [`Analyzer::analyze_bigrams`] finds them.
    fn known_bigram_terms(&mut self, text: &str) -> Vec<Option<TermId>> {
        let mut known = Vec::new();
        let mut run = std::mem::take(&mut self.han_run);
        cjk_walk(text, &mut run, |piece| match piece {
            CjkPiece::HanRun(chars) => self.known_bigrams(chars, &mut known),
            CjkPiece::Hangul(token) => {
                if !self.stop_words.contains(token.text) {
                    let syllables: Vec<char> = token.text.chars().collect();
                    self.known_bigrams(&syllables, &mut known);
                }
            }
            CjkPiece::Other(token) => known.extend(self.known_word(token.text)),
            CjkPiece::Han(_) | CjkPiece::Hiragana(_) => {}
        });
        self.han_run = run;
        known
    }

    /// Appends to `known` the bigrams of `chars` that are not stop words, each
    /// with its term if already seen.
    fn known_bigrams(&self, chars: &[char], known: &mut Vec<Option<TermId>>) {
        let mut gram = String::new();
        cjk::bigrams(chars, |pair| {
            gram.clear();
            gram.extend(pair);
            if !self.is_stop_bigram(&gram, pair) {
                known.push(self.ids.get(gram.as_str()).copied());
            }
        });
    }

    /// [`Analyzer::analyze`] for Chinese, Japanese and Korean: runs of Han
    /// characters and Hangul words become bigrams, Hiragana words are dropped,
    /// other words (Katakana, Latin, numbers) are terms as in other languages.
    fn analyze_bigrams(
        &mut self,
        text: &str,
        terms: &mut Vec<TermId>,
        mut each_word: impl FnMut(Token<'_>, Option<TermId>),
    ) -> Analysis {
        let mut found = Analysis::default();
        let mut run = std::mem::take(&mut self.han_run);
        cjk_walk(text, &mut run, |piece| match piece {
            CjkPiece::HanRun(chars) => self.push_bigrams(chars, terms),
            CjkPiece::Han(token) | CjkPiece::Hiragana(token) => {
                found.word_count += 1;
                each_word(token, None);
            }
            CjkPiece::Hangul(token) => {
                found.word_count += 1;
                if !self.stop_words.contains(token.text) {
                    let syllables: Vec<char> = token.text.chars().collect();
                    self.push_bigrams(&syllables, terms);
                }
                each_word(token, None);
            }
            CjkPiece::Other(token) => {
                found.word_count += 1;
                let word = self.word_info(token.text);
                found.watched |= word.watched;
                if let Some(id) = word.term {
                    terms.push(id);
                }
                each_word(token, word.term);
            }
        });
        self.han_run = run;
        found
    }

    /// Appends the bigram terms of `chars` (see [`cjk::bigrams`]) that are not
    /// stop words: a bigram is dropped when it is a stop word, or when both its
    /// characters are one-character stop words (`的是`, `了一`).
    fn push_bigrams(&mut self, chars: &[char], terms: &mut Vec<TermId>) {
        let mut gram = String::new();
        cjk::bigrams(chars, |pair| {
            gram.clear();
            gram.extend(pair);
            if !self.is_stop_bigram(&gram, pair) {
                if let Some(id) = self.intern(&gram) {
                    terms.push(id);
                }
            }
        });
    }

    /// Whether the bigram `gram` (the characters `pair`) is dropped: it is a
    /// stop word, or both its characters are one-character stop words.
    fn is_stop_bigram(&self, gram: &str, pair: &[char]) -> bool {
        self.stop_words.contains(gram) || pair.iter().all(|c| self.stop_chars.contains(c))
    }

    /// The id of `term`, given the next free id when it is new (`None` only
    /// when the ids are exhausted).
    fn intern(&mut self, term: &str) -> Option<TermId> {
        if let Some(&id) = self.ids.get(term) {
            return Some(id);
        }
        let id = TermId::try_from(self.ids.len()).ok()?;
        self.ids.insert(term.to_string(), id);
        Some(id)
    }

    /// What `token` is: its term (if any) and whether it holds a watched word.
    fn word_info(&mut self, token: &str) -> WordInfo {
        let short = token.len() <= MAX_TERM_BYTES;
        // Most words are written in lower-case ASCII already: they fold to themselves,
        // so they are looked up as they are, without a folded copy.
        let folds_to_itself = token
            .bytes()
            .all(|b| b.is_ascii() && !b.is_ascii_uppercase());
        if short && folds_to_itself {
            if let Some(&word) = self.word_info.get(token) {
                return word;
            }
        }
        self.lower.clear();
        fold_case(token, &mut self.lower);
        if !short {
            // Not a term, and not cached: such tokens are rare and mostly distinct.
            return WordInfo {
                term: None,
                watched: self.holds_watched_word(&self.lower),
            };
        }
        if !folds_to_itself {
            if let Some(&word) = self.word_info.get(self.lower.as_str()) {
                return word;
            }
        }
        let term = if let Some(word) = self.stemmed_word(&self.lower) {
            let stem = match &self.stemmer {
                Some(stemmer) => stemmer.stem(word),
                None => std::borrow::Cow::Borrowed(word),
            };
            match self.ids.get(stem.as_ref()) {
                Some(&id) => Some(id),
                None => TermId::try_from(self.ids.len()).ok().inspect(|&id| {
                    self.ids.insert(stem.into_owned(), id);
                }),
            }
        } else {
            None
        };
        let word = WordInfo {
            term,
            watched: self.holds_watched_word(&self.lower),
        };
        self.word_info.insert(self.lower.clone(), word);
        word
    }

    /// What the lower-cased `word` is stemmed as: the word without an elided
    /// article or pronoun before it (`l'état` → `état`) nor a clitic after it
    /// (`ankara'da` → `ankara`, see [`without_clitic`]); `None` when the word
    /// or what is left of it is a stop word.
    fn stemmed_word<'w>(&self, word: &'w str) -> Option<&'w str> {
        let word = self.without_elision(word);
        if self.stop_words.contains(word) {
            return None;
        }
        let head = without_clitic(word);
        (head.len() == word.len() || !self.stop_words.contains(head)).then_some(head)
    }

    /// The lower-cased `word` without an elided article or pronoun before an
    /// apostrophe (`l'état` → `état`, `dell'anno` → `anno`), in the languages
    /// that elide ([`Language::elisions`]).
    fn without_elision<'w>(&self, word: &'w str) -> &'w str {
        self.elided_head(word)
            .and_then(|cut| word.get(cut..))
            .unwrap_or(word)
    }

    /// Where the word after an elided article or pronoun begins in `word` (a
    /// byte offset just past the apostrophe, `'` or `’`), when `word` begins
    /// with one of the language's [`Language::elisions`] in any case and has
    /// more after it.
    fn elided_head(&self, word: &str) -> Option<usize> {
        if self.elisions.is_empty() {
            return None;
        }
        let (head, apostrophe) = word.char_indices().find(|&(_, c)| c == '\'' || c == '’')?;
        let cut = head + apostrophe.len_utf8();
        let elided = word
            .get(..head)
            .is_some_and(|h| self.elisions.iter().any(|e| e.eq_ignore_ascii_case(h)));
        (elided && cut < word.len()).then_some(cut)
    }

    /// Whether one of the alphanumeric runs of the lower-cased `word` is watched.
    fn holds_watched_word(&self, word: &str) -> bool {
        !self.watch.is_empty() && alphanumeric_runs(word).any(|run| self.watch.contains(run))
    }
}

/// Whether `word` ends with an apostrophe and one or two letters (`Ant's`,
/// `Anna's`, `Ankara'da`), a clitic after a word of its own.
pub(crate) fn ends_with_clitic(word: &str) -> bool {
    without_clitic(word).len() < word.len()
}

/// Whether a word whose bytes are `word` may end with a clitic (see
/// [`ends_with_clitic`]): false for most words, told from their bytes alone.
#[inline]
pub(crate) fn may_end_with_clitic(word: &[u8]) -> bool {
    // A clitic is an apostrophe and one or two letters: a word ending in
    // three ASCII characters has one only if `'` is one of the first two
    // (`’` is not ASCII), as most words show at a glance.
    if let [.., a, b, c] = word {
        if (a | b | c).is_ascii() && *a != b'\'' && *b != b'\'' {
            return false;
        }
    }
    // An apostrophe is `'` or `’` (whose UTF-8 begins with 0xE2).
    word.iter().any(|&b| b == b'\'' || b == 0xE2)
}

/// `text` without a clitic at its end (see [`ends_with_clitic`]): the word a
/// possessive or a case ending is written after, whose term it shares.
pub(crate) fn without_clitic(text: &str) -> &str {
    if !may_end_with_clitic(text.as_bytes()) {
        return text;
    }
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

/// A word of a Chinese, Japanese or Korean text, or a run of Han characters,
/// as the bigram analysis sees it (see [`cjk_walk`]).
enum CjkPiece<'t, 'r> {
    /// A word of Han characters, added to the run being read.
    Han(Token<'t>),
    /// A finished run of adjacent Han characters (the pieces before it).
    HanRun(&'r [char]),
    /// A word of Hiragana (particles and endings: no terms).
    Hiragana(Token<'t>),
    /// A word of Hangul.
    Hangul(Token<'t>),
    /// Any other word (Katakana, Latin letters, numbers).
    Other(Token<'t>),
}

/// Calls `each` with every word of `text` and, after the last Han word of a
/// run of adjacent ones, with the whole run (gathered in `run`, a buffer
/// reused across calls), in text order.
fn cjk_walk<'t>(text: &'t str, run: &mut Vec<char>, mut each: impl FnMut(CjkPiece<'t, '_>)) {
    run.clear();
    let mut run_end = 0;
    for token in tokens(text) {
        let han = cjk::all_of(token.text, Script::Han);
        let extends_run = han && token.span.start == run_end;
        if !run.is_empty() && !extends_run {
            each(CjkPiece::HanRun(run));
            run.clear();
        }
        if han {
            run.extend(token.text.chars());
            run_end = token.span.end;
            each(CjkPiece::Han(token));
        } else if cjk::all_of(token.text, Script::Hiragana) {
            each(CjkPiece::Hiragana(token));
        } else if cjk::all_of(token.text, Script::Hangul) {
            each(CjkPiece::Hangul(token));
        } else {
            each(CjkPiece::Other(token));
        }
    }
    if !run.is_empty() {
        each(CjkPiece::HanRun(run));
        run.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clitics_are_found() {
        assert_eq!(without_clitic("Ferguson's"), "Ferguson");
        assert_eq!(
            without_clitic("Sir Alex Ferguson\u{2019}s"),
            "Sir Alex Ferguson"
        );
        assert_eq!(without_clitic("Ankara'da"), "Ankara");
        for kept in [
            "O'Neil",
            "aujourd'hui",
            "rock'n'roll",
            "'s",
            "x'1",
            "po'",
            "\u{2014}",
        ] {
            assert_eq!(without_clitic(kept), kept);
        }
        // The byte test lets every clitic through and most other words not.
        for word in [
            "Ferguson's",
            "Anna\u{2019}s",
            "Ankara'da",
            "Jos\u{e9}'s",
            "l'\u{e9}t\u{e9}",
        ] {
            assert!(may_end_with_clitic(word.as_bytes()), "{word}");
        }
        for word in ["O'Neil", "aujourd'hui", "Ferguson", "po"] {
            assert!(!may_end_with_clitic(word.as_bytes()), "{word}");
        }
    }

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
        // A vowel sign after a space is a word of its own, without the space.
        assert_eq!(words("a \u{09C7}"), [("a", 0, 1), ("\u{09C7}", 2, 5)]);
        assert_eq!(words("... — !!"), []);
    }

    #[test]
    fn analyzer_folds_case_drops_stop_words_and_stems() {
        let mut a = Analyzer::new(Some(Language::English), &[]);
        let mut terms = Vec::new();
        let found = a.analyze("The Runners were running; the runner ran.", &mut terms);
        assert_eq!(found.word_count, 7);
        assert!(!found.watched);
        // "runners", "running", "runner" share the stem "run"/"runner"; stop words are gone.
        assert_eq!(terms.len(), 4, "{terms:?}");
        assert_eq!(terms[0], terms[2], "runners ~ runner");
        assert_eq!(a.vocabulary_len(), 3);
    }

    #[test]
    fn watched_words_are_found_in_any_case_and_inside_tokens() {
        let mut a = Analyzer::new(Some(Language::English), &["you", "copyright"]);
        let mut terms = Vec::new();
        let watched = |a: &mut Analyzer, text: &str| a.analyze(text, &mut Vec::new()).watched;
        assert!(watched(&mut a, "Thank YOU all."));
        assert!(watched(&mut a, "You're late."), "run of \"you're\"");
        assert!(watched(&mut a, "Copyright 2024."));
        assert!(!watched(&mut a, "Your younger self."), "whole runs only");
        let long = format!("copyright-{}", "x".repeat(MAX_TERM_BYTES));
        assert!(
            watched(&mut a, &long),
            "an over-long token is still searched"
        );
        assert_eq!(a.analyze("You're late.", &mut terms).word_count, 2);
    }

    #[test]
    fn fold_case_lowers_ascii_and_unicode() {
        let mut out = String::new();
        fold_case("ÉCOLE’s ABC Straße İ", &mut out);
        assert_eq!(out, "école's abc straße i\u{307}");
    }

    #[test]
    fn words_hold_no_white_space_at_their_ends() {
        // UAX #29 joins a narrow no-break space to the word before it.
        let text = "Quoi\u{202f}? 10\u{202f}000 à\u{202f}\u{202f}: \u{9be}x";
        let words: Vec<&str> = tokens(text).map(|t| t.text).collect();
        assert_eq!(words, ["Quoi", "10\u{202f}000", "à", "\u{9be}", "x"]);
        for t in tokens(text) {
            assert_eq!(t.span.slice(text), t.text);
        }
    }

    #[test]
    fn a_word_and_its_clitic_share_a_term() {
        for (language, words) in [
            (Some(Language::Turkish), "Ankara Ankara'da Ankara’ya"),
            (Some(Language::Dutch), "Anna Anna's"),
            (Some(Language::English), "Hangzhou Hangzhou's"),
            (None, "Hangzhou Hangzhou's"),
        ] {
            let mut a = Analyzer::new(language, &[]);
            let mut terms = Vec::new();
            a.analyze(words, &mut terms);
            assert_eq!(terms.len(), words.split(' ').count(), "{words}");
            assert!(terms.windows(2).all(|w| w[0] == w[1]), "{words}: {terms:?}");
            assert_eq!(a.vocabulary_len(), 1, "{words}");
        }
        // A stop word before a clitic is still a stop word; longer endings are kept.
        let mut a = Analyzer::new(Some(Language::English), &[]);
        let mut terms = Vec::new();
        a.analyze("who'd aujourd'hui rock'n'roll", &mut terms);
        assert_eq!(terms.len(), 2, "{terms:?}");
    }

    #[test]
    fn curly_apostrophe_is_folded() {
        let mut a = Analyzer::new(Some(Language::English), &[]);
        let (mut x, mut y) = (Vec::new(), Vec::new());
        a.analyze("company’s", &mut x);
        a.analyze("company's", &mut y);
        assert_eq!(x, y);
    }

    #[test]
    fn known_terms_learn_nothing() {
        let mut a = Analyzer::new(Some(Language::English), &[]);
        let mut terms = Vec::new();
        a.analyze("Floods closed the schools.", &mut terms);
        let known = a.known_terms("Why were the SCHOOLS flooded in Tokyo?");
        // "why", "were", "the", "in" are stop words; "Tokyo" is new.
        assert_eq!(known, [Some(terms[2]), Some(terms[0]), None]);
        assert_eq!(a.vocabulary_len(), 3);
    }

    #[test]
    fn known_terms_in_chinese_are_the_bigrams_already_seen() {
        let mut a = Analyzer::new(Some(Language::Chinese), &[]);
        let mut terms = Vec::new();
        a.analyze("北京大学", &mut terms);
        let seen = a.vocabulary_len();
        let known = a.known_terms("北京天气");
        assert_eq!(known.first(), Some(&terms.first().copied()));
        assert!(known.iter().skip(1).all(Option::is_none), "{known:?}");
        assert_eq!(a.vocabulary_len(), seen, "nothing learnt");
        terms.clear();
        a.analyze("天气", &mut terms);
        assert_eq!(
            terms.first().copied(),
            Some(seen as TermId),
            "ids stay dense"
        );
    }

    #[test]
    fn elided_articles_are_cut_off_in_french_and_italian_only() {
        let terms = |language: Language, text: &str| {
            let mut a = Analyzer::new(Some(language), &[]);
            let mut t = Vec::new();
            a.analyze(text, &mut t);
            t
        };
        let french = terms(
            Language::French,
            "L’État garde l'état. D'État qu'État aujourd'hui",
        );
        // "l'état", "d'état" and "qu'état" are "état"; "aujourd'hui" is no elision.
        assert_eq!(french.len(), 6, "{french:?}");
        assert_eq!(french[0], french[2]);
        assert_eq!(french[3], french[4]);
        assert_ne!(french[5], french[0]);
        let italian = terms(Language::Italian, "dell'anno anno");
        assert_eq!(italian.first(), italian.get(1));
        let english = terms(Language::English, "l'état état");
        assert_ne!(english.first(), english.get(1), "no elision in English");
    }
}
