//! The whole pipeline: segment, analyse, recognise boilerplate, score, select.

use crate::algorithm;
use crate::boilerplate;
use crate::document::Document;
use crate::error::Error;
use crate::focus::Focus;
use crate::keyphrase::Keyphrase;
use crate::language::Language;
use crate::one_line::push_on_one_line;
use crate::options::{Length, Options};
use crate::span::Span;

/// The largest text accepted, in bytes (32 MiB). Larger texts give
/// [`ErrorKind::InputTooLarge`](crate::ErrorKind::InputTooLarge) instead of
/// running for long and holding much memory.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;

/// A sentence of the document with its score and whether the summary uses it.
#[derive(Clone, Debug, PartialEq)]
pub struct ScoredSentence<'a> {
    /// The sentence's position among the document's sentences, from 0.
    pub index: usize,
    /// The sentence text, equal to `span.slice(text)`.
    pub text: &'a str,
    /// Where the sentence is, in UTF-8 byte offsets into the summarized text.
    pub span: Span,
    /// How summary-worthy the sentence is, in `[0, 1]` (1 for the best sentence).
    pub score: f64,
    /// Whether the sentence is part of the summary.
    pub selected: bool,
    /// Whether the sentence was recognised as boilerplate (copyright line,
    /// comment prompt, caption, …).
    pub boilerplate: bool,
    /// How many words the sentence has, as the `words` budget counts them
    /// (see [`word_count`](crate::word_count())).
    pub word_count: usize,
}

/// The result of [`summarize`]: every sentence of the document, in order.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Summary<'a> {
    /// All sentences of the document in document order, with scores: the
    /// sentences of [`sentences_in`](crate::sentences_in()), except that
    /// boilerplate glued to the front of a sentence (a news dateline, a picture
    /// caption without a final stop) is split off as a sentence of its own.
    pub sentences: Vec<ScoredSentence<'a>>,
    /// The language the text was analysed as: the one asked for, else the one
    /// detected; `None` when it could not be told (too short or too mixed),
    /// and the analysis was language-neutral (Unicode words, no stemming, no
    /// stop words).
    pub language: Option<Language>,
    /// The document's keyphrases, best first, when [`Options::keyphrases`] asked
    /// for some (empty otherwise). The same as [`keyphrases()`](crate::keyphrases()) gives.
    pub keyphrases: Vec<Keyphrase>,
    /// Whether the text mentions [`Options::focus`], when one was given.
    pub focus: Option<Focus>,
}

impl<'a> Summary<'a> {
    /// The chosen sentences, in document order.
    pub fn selected(&self) -> impl Iterator<Item = &ScoredSentence<'a>> + '_ {
        self.sentences.iter().filter(|s| s.selected)
    }

    /// The chosen sentences joined with `"\n"`, one per line: line breaks
    /// inside a sentence (hard-wrapped text) become single spaces (see
    /// [`one_line()`](crate::one_line())).
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in self.selected() {
            if !out.is_empty() {
                out.push('\n');
            }
            push_on_one_line(&mut out, s.text);
        }
        out
    }
}

/// Summarizes `text`: scores every sentence and chooses the summary.
///
/// ```
/// use precis::{summarize, Options};
/// let text = "Floods closed schools across Paris on Monday. \
///             Officials said the floods were the worst in a decade. \
///             Markets in Tokyo were calm. \
///             The floods are expected to recede by Friday, officials said.";
/// let summary = summarize(text, &Options::default().sentences(2))?;
/// assert_eq!(summary.selected().count(), 2);
/// assert_eq!(summary.sentences.len(), 4);
/// # Ok::<(), precis::Error>(())
/// ```
///
/// # Errors
/// When an option is out of range (see [`Options::validate`]) or the text is
/// larger than [`MAX_INPUT_BYTES`]. Any text up to that size gives a summary;
/// empty text gives an empty one.
pub fn summarize<'a>(text: &'a str, options: &Options) -> Result<Summary<'a>, Error> {
    options.validate()?;
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::input_too_large(text.len(), MAX_INPUT_BYTES));
    }
    let language = options
        .language
        .or_else(|| crate::detect::detect_language(text));
    let title = options.title.as_deref();
    let mut doc = if options.keyphrases > 0 {
        Document::with_words(text, language, title)
    } else {
        Document::new(text, language, title)
    };
    let boilerplate = if options.skip_boilerplate {
        boilerplate::detect(&doc)
    } else {
        vec![false; doc.len()]
    };
    // Keyphrases before the scoring: its working memory (the sentence graph)
    // then reuses what they freed. After it, the allocator may already have
    // handed that memory back to the system, and the keyphrases would fault
    // it in again (several milliseconds on 1 MB). A focus changes no keyphrase.
    let keyphrases = if options.keyphrases > 0 {
        crate::keyphrase::extract(&doc, text, &boilerplate, options.keyphrases)
    } else {
        Vec::new()
    };
    let eligible = eligible(&doc, &boilerplate, options);
    let context = algorithm::Context {
        ordinary: &eligible,
        budget: budget(&doc, &eligible, options.length),
    };
    let mut raw = algorithm::score(&doc, options.algorithm, &context);
    let focus = options
        .focus
        .as_deref()
        .map(|focus| crate::focus::apply(&mut doc, focus, &eligible, &mut raw));
    let scores: Vec<f64> = raw
        .iter()
        .zip(&boilerplate)
        .map(|(&s, &b)| if b { 0.0 } else { s })
        .collect();
    let chosen = crate::select::select(&doc, &scores, &eligible, options.length, options.diversity);

    let best = scores.iter().copied().fold(0.0f64, f64::max);
    let mut sentences: Vec<ScoredSentence<'a>> = doc
        .sentences
        .iter()
        .zip(scores)
        .zip(boilerplate)
        .enumerate()
        .map(|(index, ((s, score), boilerplate))| ScoredSentence {
            index,
            text: s.text,
            span: s.span,
            score: if best > 0.0 { score / best } else { 0.0 },
            selected: false,
            boilerplate,
            word_count: doc.word_counts.get(index).copied().unwrap_or(0),
        })
        .collect();
    for i in chosen {
        if let Some(s) = sentences.get_mut(i) {
            s.selected = true;
        }
    }
    Ok(Summary {
        sentences,
        language,
        keyphrases,
        focus,
    })
}

/// About how many sentences a summary of `length` holds, at least 1: a word
/// budget counts as that many words in sentences of the eligible ones' mean length.
pub(crate) fn budget(doc: &Document<'_>, eligible: &[bool], length: Length) -> f64 {
    let count = eligible.iter().filter(|&&e| e).count();
    let budget = match length {
        Length::Words(w) => {
            let words: usize = doc
                .word_counts
                .iter()
                .zip(eligible)
                .filter(|(_, &e)| e)
                .map(|(&w, _)| w)
                .sum();
            let mean = words as f64 / count.max(1) as f64;
            w as f64 / mean.max(1.0)
        }
        Length::Sentences(_) | Length::Ratio(_) => {
            length.max_sentences(doc.len()).unwrap_or(1) as f64
        }
    };
    budget.min(count as f64).max(1.0)
}

/// Which sentences may be chosen: not boilerplate and not the title line (unless
/// asked); not a heading while anything else is left; and not an unfinished
/// sentence (a caption or list item without final punctuation) while enough
/// finished ones exist for the summary's length.
pub(crate) fn eligible(doc: &Document<'_>, boilerplate: &[bool], options: &Options) -> Vec<bool> {
    let include_title = options.include_title;
    let base: Vec<bool> = (0..doc.len())
        .map(|i| {
            !boilerplate.get(i).copied().unwrap_or(false)
                && (include_title || doc.title_line != Some(i))
        })
        .collect();
    let is_title = |i: usize| include_title && doc.title_line == Some(i);
    let not_heading: Vec<bool> = base
        .iter()
        .enumerate()
        .map(|(i, &b)| b && (is_title(i) || !doc.heading.get(i).copied().unwrap_or(false)))
        .collect();
    let finished: Vec<bool> = not_heading
        .iter()
        .enumerate()
        .map(|(i, &b)| b && (is_title(i) || doc.finished.get(i).copied().unwrap_or(true)))
        .collect();
    let count = |flags: &[bool]| flags.iter().filter(|&&f| f).count();
    let wanted = options.length.max_sentences(doc.len()).unwrap_or(1);
    if count(&finished) >= wanted.min(count(&not_heading)).max(1) {
        finished
    } else if count(&not_heading) > 0 {
        not_heading
    } else {
        base
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::Algorithm;

    #[test]
    fn empty_and_blank_texts_give_empty_summaries() {
        for text in ["", "   ", "\n\n\t"] {
            let s = summarize(text, &Options::default()).unwrap();
            assert!(s.sentences.is_empty());
            assert_eq!(s.text(), "");
        }
    }

    #[test]
    fn one_sentence_is_its_own_summary() {
        let s = summarize("Only this.", &Options::default()).unwrap();
        assert_eq!(s.text(), "Only this.");
        assert_eq!(s.sentences[0].score, 1.0);
    }

    #[test]
    fn asking_for_more_than_exists_returns_everything() {
        let s = summarize(
            "One here. Two here. Three here.",
            &Options::default().sentences(10),
        )
        .unwrap();
        assert_eq!(s.selected().count(), 3);
    }

    #[test]
    fn title_line_is_skipped_unless_asked() {
        let text = "Floods close Paris schools\n\nFloods closed every school in Paris on Monday.";
        let s = summarize(text, &Options::default().sentences(2)).unwrap();
        assert_eq!(s.text(), "Floods closed every school in Paris on Monday.");
        let s = summarize(text, &Options::default().sentences(2).include_title(true)).unwrap();
        assert_eq!(s.selected().count(), 2);
    }

    #[test]
    fn include_title_allows_the_title_but_not_other_headings() {
        let text =
            "Floods close Paris schools\n\nFloods closed every school in Paris on Monday.\n\n\
                    What happens next\n\nSchools reopen when the water falls, officials said.";
        let s = summarize(text, &Options::default().sentences(4).include_title(true)).unwrap();
        let picked: Vec<&str> = s.selected().map(|x| x.text).collect();
        assert!(picked.contains(&"Floods close Paris schools"), "{picked:?}");
        assert!(!picked.contains(&"What happens next"), "{picked:?}");
    }

    #[test]
    fn a_text_of_headings_still_gets_a_summary() {
        let s = summarize(
            "First line\nSecond line here\nThird line",
            &Options::default().sentences(1),
        )
        .unwrap();
        assert_eq!(s.selected().count(), 1);
    }

    #[test]
    fn bad_options_are_errors() {
        let e = summarize("Some text.", &Options::default().ratio(2.0)).unwrap_err();
        assert!(e.to_string().contains("\"ratio\""));
    }

    #[test]
    fn every_algorithm_returns_the_requested_count() {
        let text = "Rain fell in Paris. The Paris rain caused floods. Floods closed the city. Markets rose. \
                    Tokyo was calm. The rain stopped on Friday.";
        for a in Algorithm::ALL {
            let s = summarize(text, &Options::default().algorithm(a).sentences(2)).unwrap();
            assert_eq!(s.selected().count(), 2, "{a}");
            assert!(
                s.sentences.iter().all(|x| (0.0..=1.0).contains(&x.score)),
                "{a}"
            );
        }
    }
}
