//! The analysed document every scorer reads: sentences, their terms, and the
//! layout facts (title line, headings, paragraphs) that scoring and selection use.

use crate::language::Language;
use crate::ragged::Ragged;
use crate::segment::{sentences_in, Sentence};
use crate::token::{Analyzer, TermId};

/// A document ready for scoring. Row or item `i` of every per-sentence field is
/// about `sentences[i]`.
pub(crate) struct Document<'a> {
    /// The analysed text.
    pub text: &'a str,
    /// The sentences, in order.
    pub sentences: Vec<Sentence<'a>>,
    /// Each sentence's terms in text order (stop words removed, stemmed).
    pub sequences: Ragged<TermId>,
    /// Each sentence's distinct terms with their counts, sorted by term id.
    pub bags: Ragged<(TermId, u32)>,
    /// Each sentence's number of words (stop words included).
    pub words: Vec<usize>,
    /// Whether each sentence holds one of the words boilerplate cues start with
    /// (see [`crate::boilerplate::watched_words`]); only those are searched for cues.
    pub watched: Vec<bool>,
    /// For each term id, the number of sentences containing it.
    pub sentence_frequency: Vec<u32>,
    /// For each term id, its inverse sentence frequency (see [`Document::idf`]).
    idf: Vec<f64>,
    /// Distinct terms of the title (given, or the title line found in the text), sorted.
    pub title_terms: Vec<TermId>,
    /// The index of the sentence that is the document's title line, if any.
    pub title_line: Option<usize>,
    /// Whether each sentence is a heading: a short line of its own without final punctuation.
    pub heading: Vec<bool>,
    /// Whether each sentence fills a line (or several) on its own, with nothing else on its lines.
    pub own_line: Vec<bool>,
}

/// The smallest inverse sentence frequency, so that a term found in every
/// sentence still counts a little.
const MIN_IDF: f64 = 0.01;

/// Longest heading or title, in words.
const MAX_HEADING_WORDS: usize = 20;

impl<'a> Document<'a> {
    /// Segments and analyses `text`. `title` is a separately known title.
    pub(crate) fn new(text: &'a str, language: Language, title: Option<&str>) -> Document<'a> {
        let sentences: Vec<Sentence<'a>> = sentences_in(text, language).collect();
        let mut analyzer = Analyzer::new(language, &crate::boilerplate::watched_words());
        // About one term per 8 bytes of text, a rough guess that saves most regrowing.
        let mut sequences = Ragged::with_capacity(sentences.len(), text.len() / 8);
        let mut words = Vec::with_capacity(sentences.len());
        let mut watched = Vec::with_capacity(sentences.len());
        for s in &sentences {
            let found = analyzer.analyze(s.text, sequences.open_row());
            sequences.close_row();
            words.push(found.words);
            watched.push(found.watched);
        }
        let own_line: Vec<bool> = sentences
            .iter()
            .map(|s| stands_on_own_line(text, s))
            .collect();
        let heading: Vec<bool> = sentences
            .iter()
            .zip(&own_line)
            .zip(&words)
            .map(|((s, &own), &w)| own && w <= MAX_HEADING_WORDS && !ends_like_a_sentence(s.text))
            .collect();
        let title_line = match (heading.first(), sentences.len()) {
            (Some(true), n) if n > 1 => Some(0),
            _ => None,
        };
        let mut title_terms = Vec::new();
        match title {
            Some(t) => {
                analyzer.analyze(t, &mut title_terms);
            }
            None => {
                if let Some(i) = title_line {
                    title_terms.extend_from_slice(sequences.get(i));
                }
            }
        }
        title_terms.sort_unstable();
        title_terms.dedup();

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
            sequences,
            bags,
            words,
            watched,
            sentence_frequency,
            idf,
            title_terms,
            title_line,
            heading,
            own_line,
        }
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

/// True when the sentence ends with final punctuation (possibly inside quotes or brackets).
pub(crate) fn ends_like_a_sentence(sentence: &str) -> bool {
    let last = sentence
        .trim_end_matches(['"', '\'', '”', '’', '»', ')', ']', '*'])
        .chars()
        .next_back();
    matches!(
        last,
        Some('.' | '!' | '?' | '…' | '。' | '！' | '？' | ';' | ':' | '؟')
    )
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
        assert!(!d.title_terms.is_empty());
    }

    #[test]
    fn given_title_overrides_and_no_title_line_without_one() {
        let d = Document::new(
            "The firm signed a deal. It will invest.",
            Language::English,
            Some("Deal signed"),
        );
        assert_eq!(d.title_line, None);
        assert_eq!(d.title_terms.len(), 2);
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
    fn sentence_endings() {
        assert!(ends_like_a_sentence("He left."));
        assert!(ends_like_a_sentence("He said \"go.\""));
        assert!(!ends_like_a_sentence("Leave a Reply"));
        assert!(!ends_like_a_sentence("Required fields are marked *"));
    }
}
