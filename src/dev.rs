//! The pipeline's stages one by one, for benchmarks and tuning (feature `dev`):
//! [`analyze`] (segment and tokenize), then on its result
//! [`boilerplate`](Analyzed::boilerplate), [`score`](Analyzed::score) and
//! [`select`](Analyzed::select), in the order `summarize` runs them; and
//! [`prepare`] with [`linear`], with which `examples/fit` fits the hybrid
//! scorer's weights. Not a stable API.

use crate::document::Document;
use crate::options::{Algorithm, Length, Options};
use crate::Language;

pub use crate::algorithm::{Features, Weights};
pub use crate::keyphrase::dev::{
    candidates as keyphrase_candidates, keyphrases_with, CandidateSignals,
};
pub use crate::keyphrase::{
    Weights as KeyphraseWeights, FEATURES as KEYPHRASE_FEATURES,
    FEATURE_NAMES as KEYPHRASE_FEATURE_NAMES,
};

/// What fitting the hybrid scorer needs to know about one text.
pub struct Prepared<'a> {
    /// The sentences as the summarizer sees them (glued boilerplate split off).
    pub sentences: Vec<&'a str>,
    /// Whether each sentence may be chosen with `options`.
    pub eligible: Vec<bool>,
    /// The hybrid scorer's features of each sentence.
    pub features: Vec<Features>,
}

/// Runs the pipeline on `text` up to scoring: sentences, eligibility (with the
/// options' boilerplate, title and length settings) and hybrid features.
pub fn prepare<'a>(text: &'a str, options: &Options) -> Prepared<'a> {
    let language = options.language.or_else(|| crate::detect_language(text));
    let doc = Document::new(text, language, options.title.as_deref());
    let boilerplate = if options.skip_boilerplate {
        crate::boilerplate::detect(&doc)
    } else {
        vec![false; doc.len()]
    };
    let eligible = crate::summarize::eligible(&doc, &boilerplate, options);
    let features = crate::algorithm::hybrid_features(&doc, &eligible);
    Prepared {
        sentences: doc.sentences.iter().map(|s| s.text).collect(),
        eligible,
        features,
    }
}

/// The hybrid scorer's linear score with weights `w` for a summary of about
/// `budget` sentences out of `ordinary` eligible ones.
pub fn linear(f: &Features, w: &Weights, budget: f64, ordinary: usize) -> f64 {
    crate::algorithm::hybrid_linear(f, w, budget, ordinary)
}

/// A segmented and analysed document: sentences, their terms and word counts.
pub struct Analyzed<'a>(Document<'a>);

/// Segments and tokenizes `text`.
pub fn analyze(text: &str, language: Language) -> Analyzed<'_> {
    Analyzed(Document::new(text, language, None))
}

impl Analyzed<'_> {
    /// The number of sentences.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when the text has no sentence.
    pub fn is_empty(&self) -> bool {
        self.0.len() == 0
    }

    /// The boilerplate stage: one flag per sentence.
    pub fn boilerplate(&self) -> Vec<bool> {
        crate::boilerplate::detect(&self.0)
    }

    /// The scoring stage: one score per sentence (every sentence ordinary, a
    /// summary of about three sentences).
    pub fn score(&self, algorithm: Algorithm) -> Vec<f64> {
        let ordinary = vec![true; self.0.len()];
        let context = crate::algorithm::Context {
            ordinary: &ordinary,
            budget: 3.0,
        };
        crate::algorithm::score(&self.0, algorithm, &context)
    }

    /// The selection stage: the chosen sentence indices, with every sentence eligible.
    pub fn select(&self, scores: &[f64], length: Length, diversity: f64) -> Vec<usize> {
        crate::select::select(
            &self.0,
            scores,
            &vec![true; self.0.len()],
            length,
            diversity,
        )
    }
}
