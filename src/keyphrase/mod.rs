//! Keyphrases: the people, places and subjects an article is about, ranked,
//! with every occurrence.
//!
//! ```text
//! Document (words, terms) ──► candidates.rs ──► model.rs ──► choose.rs ──► occurrences.rs
//!                              runs of 1–4       log-odds     one phrase     spans, the
//!                              non-stop words    per phrase   per concept    shown form
//! ```
//!
//! Candidates come from the analyzer's terms and stop words alone, so every
//! language the engine analyses has keyphrases, with no part-of-speech model.

mod candidates;
mod choose;
mod model;
mod occurrences;
mod runs;
mod windows;

use crate::boilerplate;
use crate::document::Document;
use crate::error::Error;
use crate::language::Language;
use crate::one_line::one_line;
use crate::span::Span;
use crate::summarize::MAX_INPUT_BYTES;
use candidates::Once;

#[cfg(feature = "dev")]
pub use model::{Weights, FEATURES, FEATURE_NAMES};

/// The number of keyphrases [`keyphrases()`] returns by default.
pub const DEFAULT_KEYPHRASES: usize = 10;

/// A phrase the text is about, with every place it occurs.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyphrase {
    /// The phrase as the text most often writes it (its case and inflection),
    /// on one line. Variants are one keyphrase: "Ant" and "Ant Group" show as
    /// "Ant Group"; "floods" and "flood" as the more common of the two.
    pub text: String,
    /// How key the phrase is, in `(0, 1]` (1 for the first keyphrase).
    pub score: f64,
    /// Every occurrence of the phrase and its variants, in text order, in UTF-8
    /// byte offsets into the text (boilerplate sentences included).
    pub occurrences: Vec<Span>,
}

/// Options for [`keyphrases()`].
///
/// ```
/// let options = precis::KeyphraseOptions::default().count(5);
/// assert_eq!(options.count, 5);
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct KeyphraseOptions {
    /// At most this many keyphrases. Default: [`DEFAULT_KEYPHRASES`].
    pub count: usize,
    /// The language of the text (stop words, stemming); `None` (the default)
    /// detects it, as [`Options::language`](crate::Options::language) does.
    pub language: Option<Language>,
}

impl Default for KeyphraseOptions {
    fn default() -> KeyphraseOptions {
        KeyphraseOptions {
            count: DEFAULT_KEYPHRASES,
            language: None,
        }
    }
}

impl KeyphraseOptions {
    /// Ask for at most `n` keyphrases.
    pub fn count(mut self, n: usize) -> KeyphraseOptions {
        self.count = n;
        self
    }

    /// Choose the language instead of detecting it.
    pub fn language(mut self, language: Language) -> KeyphraseOptions {
        self.language = Some(language);
        self
    }
}

/// The keyphrases of `text`, best first.
///
/// ```
/// let text = "Ant Group halted its listing. Regulators met Ant Group on Monday. \
///             Ant said the listing would wait, and shares of rivals rose.";
/// let phrases = precis::keyphrases(text, &precis::KeyphraseOptions::default().count(5))?;
/// // "Ant" is a short name of "Ant Group": one keyphrase, three occurrences.
/// let ant = phrases.iter().find(|p| p.text == "Ant Group").expect("a keyphrase");
/// let found: Vec<&str> = ant.occurrences.iter().map(|span| span.slice(text)).collect();
/// assert_eq!(found, ["Ant Group", "Ant Group", "Ant"]);
/// # Ok::<(), precis::Error>(())
/// ```
///
/// # Errors
/// When the text is larger than [`MAX_INPUT_BYTES`].
pub fn keyphrases(text: &str, options: &KeyphraseOptions) -> Result<Vec<Keyphrase>, Error> {
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::input_too_large(text.len(), MAX_INPUT_BYTES));
    }
    if options.count == 0 {
        return Ok(Vec::new());
    }
    let language = options
        .language
        .or_else(|| crate::detect::detect_language(text));
    let doc = Document::with_words(text, language, None);
    Ok(extract(
        &doc,
        text,
        &boilerplate::detect(&doc),
        options.count,
    ))
}

/// How many candidates met once [`extract`] keeps per keyphrase asked for
/// when keeping none is not enough (the others are dropped unless the choice
/// reaches them): far more than the choice ever passes over.
const KEEP_ONCE_PER_KEYPHRASE: usize = 64;

/// Up to `count` keyphrases of `doc` (built with [`Document::with_words`]),
/// from the sentences not marked in `boilerplate`.
pub(crate) fn extract(
    doc: &Document<'_>,
    text: &str,
    boilerplate: &[bool],
    count: usize,
) -> Vec<Keyphrase> {
    extract_with(
        doc,
        text,
        &counted(boilerplate),
        count,
        &model::Weights::DEFAULT,
        &tries(count),
    )
}

/// Which sentences keyphrases come from: those that are not `boilerplate`.
fn counted(boilerplate: &[bool]) -> Vec<bool> {
    boilerplate.iter().map(|&b| !b).collect()
}

/// What [`extract`] tries for `count` keyphrases: no candidate met once (but
/// names and the title line's), then the best few.
fn tries(count: usize) -> [Once; 2] {
    [
        Once::None,
        Once::Best(count.saturating_mul(KEEP_ONCE_PER_KEYPHRASE)),
    ]
}

/// [`extract`] with the model's `weights`, trying the candidates met once that
/// `tries` keep in turn, then all of them (the result is the same whatever
/// they are).
///
/// Candidates met once (neither names nor in the title line) rank low: the
/// keyphrases nearly always rank before any of them (in all but short texts),
/// else before the best few of them.
fn extract_with(
    doc: &Document<'_>,
    text: &str,
    counts: &[bool],
    count: usize,
    weights: &model::Weights,
    tries: &[Once],
) -> Vec<Keyphrase> {
    if count == 0 {
        return Vec::new();
    }
    let runs = runs::Runs::new(doc, text, counts);
    let windows = windows::Windows::count(doc, &runs);
    let score = |c: &candidates::Candidate| {
        model::linear(&model::features(c, doc.len()), weights) - model::once_penalty(c)
    };
    let longer_words_score_higher = model::rises_with_word_length(weights);
    let choose = |once: Once| {
        let found = candidates::candidates(
            doc,
            &runs,
            &windows,
            counts,
            once,
            score,
            longer_words_score_higher,
        );
        let scores: Vec<f64> = found.candidates.iter().map(score).collect();
        let groups = choose::choose(&found.candidates, &scores, count, found.left_out);
        groups.map(|groups| (found.candidates, groups))
    };
    // Leaving all out takes a score that tells how high they could rank.
    let bounded = longer_words_score_higher && model::falls_with_position(weights);
    let (candidates, groups) = tries
        .iter()
        .filter(|&&once| once != Once::None || bounded)
        .find_map(|&once| choose(once))
        .or_else(|| choose(Once::Best(usize::MAX)))
        .unwrap_or_default();
    let found = occurrences::find(doc, text, &runs, counts, &candidates, &groups);
    let best = groups.first().map_or(0.0, |g| g.score);
    groups
        .iter()
        .zip(found)
        .map(|(g, f)| Keyphrase {
            text: one_line(f.form).into_owned(),
            score: (g.score - best).exp(),
            occurrences: f.occurrences,
        })
        .collect()
}

/// The keyphrase model's signals, for fitting its weights (feature `dev`).
#[cfg(feature = "dev")]
pub mod dev {
    use super::*;

    /// A candidate keyphrase: its most common written form and its signals.
    pub struct CandidateSignals {
        /// The form it would be shown in.
        pub text: String,
        /// Its signals, in the order of [`FEATURE_NAMES`].
        pub features: [f64; FEATURES],
    }

    /// Every candidate of `text` (boilerplate left out) with its signals.
    pub fn candidates(text: &str, language: Language) -> Vec<CandidateSignals> {
        let doc = Document::with_words(text, language, None);
        let counts: Vec<bool> = boilerplate::detect(&doc).iter().map(|&b| !b).collect();
        let runs = runs::Runs::new(&doc, text, &counts);
        let windows = windows::Windows::count(&doc, &runs);
        let candidates = candidates::candidates(
            &doc,
            &runs,
            &windows,
            &counts,
            Once::Best(usize::MAX),
            |_| 0.0,
            false,
        )
        .candidates;
        let groups: Vec<choose::Group> = (0..candidates.len())
            .map(|i| choose::Group {
                members: vec![i],
                shown: i,
                score: 0.0,
            })
            .collect();
        let found = occurrences::find(&doc, text, &runs, &counts, &candidates, &groups);
        candidates
            .iter()
            .zip(found)
            .map(|(c, f)| CandidateSignals {
                text: one_line(f.form).into_owned(),
                features: model::features(c, doc.len()),
            })
            .collect()
    }

    /// [`keyphrases()`](crate::keyphrases()) with the model's weights `weights`.
    pub fn keyphrases_with(
        text: &str,
        language: Language,
        count: usize,
        weights: &Weights,
    ) -> Vec<Keyphrase> {
        let doc = Document::with_words(text, language, None);
        let counts = counted(&boilerplate::detect(&doc));
        extract_with(&doc, text, &counts, count, weights, &tries(count))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeping_fewer_candidates_met_once_changes_nothing() {
        // Many phrases met once, a few repeated, and a name.
        let text = "Harbour ferries resume service. Ferry crews returned on Monday after \
                    weeks of repairs, officials said. Commuters crowded the harbour \
                    terminals. Electric ferries replace diesel boats next spring, Mayor \
                    Lena Ortiz announced. Ortiz praised the crews. Fares stay unchanged, \
                    though parking near terminals costs more. Harbour ferries carry \
                    thousands daily across the bay.";
        let doc = Document::with_words(text, Language::English, None);
        let counts = vec![true; doc.len()];
        let weights = model::Weights::DEFAULT;
        for count in [1, 3, 10, 40] {
            let all = extract_with(&doc, text, &counts, count, &weights, &[]);
            assert!(!all.is_empty());
            for tries in [
                &[Once::None][..],
                &[Once::Best(0)],
                &[Once::None, Once::Best(1)],
                &[Once::None, Once::Best(5)],
            ] {
                let few = extract_with(&doc, text, &counts, count, &weights, tries);
                assert_eq!(few, all, "{count} keyphrases, keeping {tries:?}");
            }
        }
    }

    #[test]
    fn an_elided_article_is_not_part_of_a_keyphrase() {
        let text = "La maire d’Orvillon a présenté mardi le plan de circulation. Selon \
                    l'adjoint d'Orvillon, le plan réduira le trafic. Les habitants \
                    d'Orvillon voteront en juin, et c'est l'Orvillon des commerçants \
                    qu'Anne Vidal veut convaincre. Anne Vidal tiendra une réunion jeudi.";
        let options = KeyphraseOptions::default().language(Language::French);
        let found = keyphrases(text, &options).unwrap_or_default();
        let orvillon = found.iter().find(|k| k.text.contains("Orvillon"));
        let orvillon = orvillon.map(|k| (k.text.as_str(), k.occurrences.len()));
        assert_eq!(orvillon, Some(("Orvillon", 4)), "{found:?}");
        let vidal = found.iter().find(|k| k.text.contains("Vidal"));
        assert_eq!(
            vidal.map(|k| k.text.as_str()),
            Some("Anne Vidal"),
            "{found:?}"
        );
        for k in &found {
            for span in &k.occurrences {
                let written = text.get(span.start..span.end).unwrap_or_default();
                assert!(!written.contains(['\'', '’']), "{written:?} in {found:?}");
            }
        }
    }
}
