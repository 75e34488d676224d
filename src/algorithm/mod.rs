//! Sentence scorers, one per file. Each turns a [`Document`] into one
//! non-negative score per sentence (higher is more summary-worthy); selection
//! is separate ([`crate::select`]).

mod centroid;
mod hybrid;
mod lead;
mod lexrank;
mod luhn;
mod textrank;

use crate::document::Document;
use crate::options::Algorithm;

/// The damping factor of PageRank-based scorers (Brin & Page, 1998; Mihalcea & Tarau, 2004).
const DAMPING: f64 = 0.85;

#[cfg(feature = "dev")]
pub use hybrid::{features as hybrid_features, linear as hybrid_linear, Features, Weights};

/// What a scorer may know besides the document: which sentences are ordinary
/// (may be chosen: not boilerplate, headings or fragments) and the summary's
/// budget in sentences.
pub(crate) struct Context<'a> {
    /// One flag per sentence of the document.
    pub ordinary: &'a [bool],
    /// About how many sentences the summary will hold (at least 1).
    pub budget: f64,
}

/// One score per sentence of `doc` by `algorithm`.
pub(crate) fn score(doc: &Document<'_>, algorithm: Algorithm, context: &Context<'_>) -> Vec<f64> {
    match algorithm {
        Algorithm::Hybrid => hybrid::score(doc, context),
        Algorithm::TextRank => textrank::score(doc),
        Algorithm::LexRank => lexrank::score(doc),
        Algorithm::Luhn => luhn::score(doc),
        Algorithm::Centroid => centroid::score(doc),
        Algorithm::Lead => lead::score(doc),
    }
}

/// The TF-IDF weight of a term that occurs `count` times in a sentence.
fn tf_idf(doc: &Document<'_>, count: u32, term: crate::token::TermId) -> f64 {
    f64::from(count) * doc.idf(term)
}

/// The Euclidean norm of each sentence's TF-IDF vector.
fn tf_idf_norms(doc: &Document<'_>) -> Vec<f64> {
    doc.bags
        .iter()
        .map(|bag| {
            bag.iter()
                .map(|&(t, c)| tf_idf(doc, c, t).powi(2))
                .sum::<f64>()
                .sqrt()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    /// Every algorithm gives one finite, non-negative score per sentence, also
    /// for documents without sentences or without shared words.
    #[test]
    fn every_algorithm_scores_every_sentence() {
        let texts = [
            "",
            "One.",
            "Alpha beta. Gamma delta.",
            "Cats purr. Cats purr. Dogs bark at cats.",
        ];
        for text in texts {
            let doc = Document::new(text, Language::English, None);
            let ordinary = vec![true; doc.len()];
            let context = Context {
                ordinary: &ordinary,
                budget: 1.0,
            };
            for a in Algorithm::ALL {
                let s = score(&doc, a, &context);
                assert_eq!(s.len(), doc.len(), "{a} on {text:?}");
                assert!(
                    s.iter().all(|x| x.is_finite() && *x >= 0.0),
                    "{a} on {text:?}: {s:?}"
                );
            }
        }
    }
}
