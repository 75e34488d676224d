//! The analysed document every scorer reads: sentences, their terms, and the
//! layout facts (title line, headings, paragraphs) that scoring and selection use.

use crate::language::Language;
use crate::ragged::Ragged;
use crate::segment::{is_finished, sentences_in, Sentence};
use crate::span::Span;
use crate::token::{alphanumeric_runs, fold_case, Analyzer, TermId};

/// A document ready for scoring. Row or item `i` of every per-sentence field is
/// about `sentences[i]`.
pub(crate) struct Document<'a> {
    /// The analysed text.
    pub text: &'a str,
    /// The sentences, in order: those of the segmenter, with the boilerplate
    /// glued to their front split off as sentences of their own (see [`crate::glued`]).
    pub sentences: Vec<Sentence<'a>>,
    /// Whether each sentence is a boilerplate piece split off the front of a
    /// segmenter sentence (a dateline, a caption run into the next sentence).
    pub glued: Vec<bool>,
    /// Each sentence's terms in text order (stop words removed, stemmed).
    pub sequences: Ragged<TermId>,
    /// Each sentence's distinct terms with their counts, sorted by term id.
    pub bags: Ragged<(TermId, u32)>,
    /// Each sentence's number of words (UAX #29 word tokens, stop words included).
    pub word_counts: Vec<usize>,
    /// Whether each sentence holds one of the words boilerplate cues start with
    /// (see [`crate::cues::watched_words`]); only those are searched for cues.
    pub watched: Vec<bool>,
    /// For each term id, the number of sentences containing it.
    pub sentence_frequency: Vec<u32>,
    /// For each term id, its inverse sentence frequency (see [`Document::idf`]).
    idf: Vec<f64>,
    /// The index of the sentence that is the document's title line, if any: one of
    /// the first three sentences repeating the given title, or a first line that
    /// is a heading.
    pub title_line: Option<usize>,
    /// Whether each sentence is a heading: a short line of its own without final punctuation.
    pub heading: Vec<bool>,
    /// Whether each sentence ends like a finished sentence (see [`is_finished`]):
    /// captions, headings, list items and menus often do not.
    pub finished: Vec<bool>,
    /// Whether each sentence fills a line (or several) on its own, with nothing else on its lines.
    pub own_line: Vec<bool>,
    /// Each sentence's words with a term, in order, after its first word
    /// (with a term or not): the words phrases are made of, stop words being
    /// left out like the punctuation between words. Empty rows unless the
    /// document was built by [`Document::with_words`].
    pub words: Ragged<Word>,
    /// The analyzer that made the terms, to look up the terms of other text.
    analyzer: Analyzer,
}

/// A word of the document (see [`Document::words`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Word {
    /// Where the word starts, in UTF-8 bytes into the document's text.
    pub start: u32,
    /// Where the word ends, in UTF-8 bytes into the document's text.
    pub end: u32,
    /// Its term, or [`Word::NO_TERM`] for a stop word or an over-long token
    /// (read by [`Word::term`]): not an `Option`, which would make the words,
    /// as many as the text has, a third larger.
    term: TermId,
}

impl Word {
    /// Stands for no term.
    pub(crate) const NO_TERM: TermId = TermId::MAX;

    /// A word from `start` to `end` (UTF-8 bytes) with its term, if any.
    pub(crate) fn new(start: u32, end: u32, term: Option<TermId>) -> Word {
        Word {
            start,
            end,
            term: term.unwrap_or(Word::NO_TERM),
        }
    }

    /// Its term; [`None`] for a stop word or an over-long token.
    pub(crate) fn term(&self) -> Option<TermId> {
        (self.term != Word::NO_TERM).then_some(self.term)
    }

    /// The word's byte span in the document's text.
    pub(crate) fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// The smallest inverse sentence frequency, so that a term found in every
/// sentence still counts a little.
const MIN_IDF: f64 = 0.01;

/// True for a line in title case that ends with a colon, a heading over a
/// list (`5 Tips to Enjoy Game Day Parties:`): at least three words of four
/// letters or more, three in four of them capitalised.
fn introduces_a_list(line: &str) -> bool {
    if !line.trim_end().ends_with(':') {
        return false;
    }
    let long = line
        .split_whitespace()
        .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() >= 4);
    let (mut capitalised, mut all) = (0, 0);
    for w in long {
        all += 1;
        capitalised += usize::from(
            w.chars()
                .find(|c| c.is_alphabetic())
                .is_some_and(char::is_uppercase),
        );
    }
    all >= 3 && capitalised * 4 >= all * 3
}

/// Longest heading or title, in words.
const MAX_HEADING_WORDS: usize = 20;

impl<'a> Document<'a> {
    /// Segments and analyses `text` written in `language` (`None`: unknown, a
    /// language-neutral analysis). `title` is a separately known title.
    pub(crate) fn new(
        text: &'a str,
        language: impl Into<Option<Language>>,
        title: Option<&str>,
    ) -> Document<'a> {
        Document::build(text, language.into(), title, false)
    }

    /// [`Document::new`], also keeping every sentence's words ([`Document::words`]).
    pub(crate) fn with_words(
        text: &'a str,
        language: impl Into<Option<Language>>,
        title: Option<&str>,
    ) -> Document<'a> {
        Document::build(text, language.into(), title, true)
    }

    fn build(
        text: &'a str,
        language: Option<Language>,
        title: Option<&str>,
        keep_words: bool,
    ) -> Document<'a> {
        // Boilerplate glued to sentences follows news conventions; an unknown
        // language gets the English ones.
        let glued_language = language.unwrap_or_default();
        let (sentences, glued) = split_glued(sentences_in(text, language), glued_language);
        let mut analyzer = Analyzer::new(language, &crate::cues::watched_words());
        // About one term per 8 bytes of text, a rough guess that saves most regrowing.
        let mut sequences = Ragged::with_capacity(sentences.len(), text.len() / 8);
        let mut word_counts = Vec::with_capacity(sentences.len());
        let mut watched = Vec::with_capacity(sentences.len());
        let mut words = Ragged::with_capacity(
            if keep_words { sentences.len() } else { 0 },
            // About one word with a term per 8 bytes, as for the terms.
            if keep_words { text.len() / 8 } else { 0 },
        );
        for s in &sentences {
            let found = if keep_words {
                let row = words.open_row();
                let first = row.len();
                let offset = s.span.start;
                analyzer.analyze_with(s.text, sequences.open_row(), |token, term| {
                    // Only the first word of a sentence is kept without a term:
                    // a stop word bounds phrases as the text between words does.
                    if term.is_none() && row.len() > first {
                        return;
                    }
                    // Texts are at most MAX_INPUT_BYTES (32 MiB), so offsets fit in u32.
                    let at = |i: usize| u32::try_from(offset + i).unwrap_or(u32::MAX);
                    row.push(Word::new(at(token.span.start), at(token.span.end), term));
                })
            } else {
                analyzer.analyze(s.text, sequences.open_row())
            };
            words.close_row();
            sequences.close_row();
            word_counts.push(found.word_count);
            watched.push(found.watched);
        }
        let own_line: Vec<bool> = sentences
            .iter()
            .map(|s| stands_on_own_line(text, s))
            .collect();
        let finished: Vec<bool> = sentences.iter().map(|s| is_finished(s.text)).collect();
        let heading: Vec<bool> = own_line
            .iter()
            .zip(&word_counts)
            .zip(&finished)
            .zip(&sentences)
            .map(|(((&own, &w), &f), s)| {
                own && w <= MAX_HEADING_WORDS && (!f || introduces_a_list(s.text))
            })
            .collect();
        let title_line = title
            .and_then(|t| sentences.iter().take(3).position(|s| same_title(s.text, t)))
            .or(match (heading.first(), sentences.len()) {
                (Some(true), n) if n > 1 => Some(0),
                _ => None,
            });

        let mut sentence_frequency = vec![0u32; analyzer.vocabulary_len()];
        let bags = bags_of(&sequences);
        for bag in bags.iter() {
            for &(t, _) in bag {
                if let Some(df) = sentence_frequency.get_mut(t as usize) {
                    *df += 1;
                }
            }
        }
        let n = sentences.len().max(1) as f64;
        let idf = sentence_frequency
            .iter()
            .map(|&sf| (n / f64::from(sf.max(1))).ln().max(MIN_IDF))
            .collect();
        Document {
            text,
            sentences,
            glued,
            sequences,
            bags,
            word_counts,
            watched,
            sentence_frequency,
            idf,
            title_line,
            heading,
            finished,
            own_line,
            words,
            analyzer,
        }
    }

    /// The words of `text` (a focus, a question) that are not stop words, each
    /// with its term when the document has it.
    pub(crate) fn known_terms(&mut self, text: &str) -> Vec<Option<TermId>> {
        self.analyzer.known_terms(text)
    }

    /// The number of sentences.
    pub(crate) fn len(&self) -> usize {
        self.sentences.len()
    }

    /// For each term id, how many times it occurs in the whole document.
    pub(crate) fn term_counts(&self) -> Vec<u32> {
        let mut counts = vec![0u32; self.sentence_frequency.len()];
        for bag in self.bags.iter() {
            for &(t, c) in bag {
                if let Some(x) = counts.get_mut(t as usize) {
                    *x = x.saturating_add(c);
                }
            }
        }
        counts
    }

    /// The inverse sentence frequency of `term`: `ln(n / sf)` for `n` sentences of
    /// which `sf` contain the term, at least [`MIN_IDF`].
    pub(crate) fn idf(&self, term: TermId) -> f64 {
        self.idf.get(term as usize).copied().unwrap_or(MIN_IDF)
    }
}

/// For each row of `sequences`, its distinct terms with counts, sorted by term id.
fn bags_of(sequences: &Ragged<TermId>) -> Ragged<(TermId, u32)> {
    let mut bags = Ragged::with_capacity(sequences.len(), sequences.iter().map(<[_]>::len).sum());
    let mut sorted: Vec<TermId> = Vec::new();
    for seq in sequences.iter() {
        sorted.clear();
        sorted.extend_from_slice(seq);
        sorted.sort_unstable();
        let bag = bags.open_row();
        for run in sorted.chunk_by(|a, b| a == b) {
            if let Some(&t) = run.first() {
                bag.push((t, u32::try_from(run.len()).unwrap_or(u32::MAX)));
            }
        }
        bags.close_row();
    }
    bags
}

/// True when only white space separates the sentence from the line breaks (or
/// text ends) before and after it.
fn stands_on_own_line(text: &str, s: &Sentence<'_>) -> bool {
    let before = text.get(..s.span.start).unwrap_or("");
    let after = text.get(s.span.end..).unwrap_or("");
    let starts = before
        .chars()
        .rev()
        .take_while(|c| *c != '\n')
        .all(char::is_whitespace);
    let ends = after
        .chars()
        .take_while(|c| *c != '\n')
        .all(char::is_whitespace);
    starts && ends
}

/// True when `sentence` says what `title` says, ignoring case, white space and
/// punctuation.
fn same_title(sentence: &str, title: &str) -> bool {
    let folded = |text: &str| {
        let mut out = String::new();
        fold_case(text, &mut out);
        out
    };
    let (sentence, title) = (folded(sentence), folded(title));
    let mut a = alphanumeric_runs(&sentence);
    let mut b = alphanumeric_runs(&title);
    let mut any = false;
    loop {
        match (a.next(), b.next()) {
            (None, None) => return any,
            (Some(x), Some(y)) if x == y => any = true,
            _ => return false,
        }
    }
}

/// The sentences with the boilerplate glued to their front split off (see
/// [`crate::glued`]), and whether each is such a piece.
fn split_glued<'a>(
    sentences: impl Iterator<Item = Sentence<'a>>,
    language: Language,
) -> (Vec<Sentence<'a>>, Vec<bool>) {
    let mut out = Vec::with_capacity(sentences.size_hint().0);
    let mut glued = Vec::with_capacity(out.capacity());
    let mut paragraph = None;
    for s in sentences {
        let opens_paragraph = paragraph != Some(s.paragraph);
        paragraph = Some(s.paragraph);
        crate::glued::split(s.text, opens_paragraph, language, |range, boilerplate| {
            if let Some(text) = s.text.get(range.clone()) {
                out.push(Sentence {
                    text,
                    span: Span::new(s.span.start + range.start, s.span.start + range.end),
                    paragraph: s.paragraph,
                });
                glued.push(boilerplate);
            }
        });
    }
    (out, glued)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_line_and_headings_are_found() {
        let text = "Ant Group signs pact with Hangzhou\n\nThe firm signed a deal. It will invest.\n\nWhat comes next\n\nMore deals follow.";
        let d = Document::new(text, Language::English, None);
        let texts: Vec<&str> = d.sentences.iter().map(|s| s.text).collect();
        assert_eq!(texts[0], "Ant Group signs pact with Hangzhou");
        assert_eq!(d.title_line, Some(0));
        let heading_texts: Vec<&str> = texts
            .iter()
            .zip(&d.heading)
            .filter(|(_, &h)| h)
            .map(|(t, _)| *t)
            .collect();
        assert_eq!(
            heading_texts,
            ["Ant Group signs pact with Hangzhou", "What comes next"]
        );
    }

    #[test]
    fn a_title_case_line_ending_with_a_colon_heads_a_list() {
        let text = "Five Tips to Enjoy Game Day Parties While Staying on Track:\n\n\
            Eat before you go. Bring a dish you like.\n\nHere is what the coach told us:\n\n\
            Practice every day.";
        let d = Document::new(text, Language::English, None);
        let headings: Vec<&str> = d
            .sentences
            .iter()
            .zip(&d.heading)
            .filter(|(_, &h)| h)
            .map(|(s, _)| s.text)
            .collect();
        assert_eq!(
            headings,
            ["Five Tips to Enjoy Game Day Parties While Staying on Track:"]
        );
    }

    #[test]
    fn a_given_title_finds_its_line_and_no_title_line_without_one() {
        let d = Document::new(
            "The firm signed a deal. It will invest.",
            Language::English,
            None,
        );
        assert_eq!(d.title_line, None);
        let d = Document::new(
            "Deal signed. The firm signed a deal. It will invest.",
            Language::English,
            Some("Deal Signed"),
        );
        assert_eq!(d.title_line, Some(0));
        let d = Document::new(
            "The firm signed a deal.",
            Language::English,
            Some("Deal signed"),
        );
        assert_eq!(d.title_line, None);
    }

    #[test]
    fn bags_count_terms_and_frequencies() {
        let d = Document::new("Cats chase cats. Dogs chase cats.", Language::English, None);
        assert_eq!(d.bags.get(0).len(), 2);
        assert!(d.bags.get(0).iter().any(|&(_, n)| n == 2));
        assert_eq!(
            d.sentence_frequency.iter().filter(|&&f| f == 2).count(),
            2,
            "cat and chase are in both"
        );
        assert!(d.idf(d.bags.get(1)[0].0) >= 0.01);
        let mut counts = d.term_counts();
        counts.sort_unstable();
        assert_eq!(counts, [1, 2, 3], "dog once, chase twice, cat three times");
    }

    #[test]
    fn glued_boilerplate_becomes_a_sentence_of_its_own() {
        let text = "(CNN) -- Floods closed schools on Monday. Officials met.";
        let d = Document::new(text, Language::English, None);
        let texts: Vec<&str> = d.sentences.iter().map(|s| s.text).collect();
        assert_eq!(
            texts,
            [
                "(CNN) --",
                "Floods closed schools on Monday.",
                "Officials met."
            ]
        );
        assert_eq!(d.glued, [true, false, false]);
        for s in &d.sentences {
            assert_eq!(s.span.slice(text), s.text);
        }
    }

    #[test]
    fn unfinished_sentences_are_noted() {
        let d = Document::new(
            "He left. Campaign: Smith has worked for years . Leave a Reply",
            Language::English,
            None,
        );
        assert_eq!(d.finished, [true, false, false]);
    }
}
