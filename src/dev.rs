//! The pipeline's stages one by one, for benchmarks and tuning (feature `dev`):
//! [`analyze`] (segment and tokenize), then on its result
//! [`boilerplate`](Analyzed::boilerplate), [`score`](Analyzed::score) and
//! [`select`](Analyzed::select), in the order `summarize` runs them.
//! Not a stable API: it exists so `benches/pipeline.rs` can time each stage.

use crate::document::Document;
use crate::options::{Algorithm, Length};
use crate::Language;

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

    /// The scoring stage: one score per sentence.
    pub fn score(&self, algorithm: Algorithm) -> Vec<f64> {
        crate::algorithm::score(&self.0, algorithm)
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
