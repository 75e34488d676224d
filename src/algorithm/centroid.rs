//! Centroid: D. R. Radev, H. Jing, M. Styś and D. Tam, "Centroid-based
//! summarization of multiple documents", Information Processing & Management
//! 40 (2004) (<https://doi.org/10.1016/j.ipm.2003.10.006>).
//!
//! The centroid is the summed TF-IDF vector of the document's sentences,
//! restricted to the terms that occur more than once (the paper keeps only
//! words above a weight threshold: within one document, a word seen once is no
//! part of the topic); a sentence scores by the cosine similarity of its TF-IDF
//! vector to the centroid.

use super::{tf_idf, tf_idf_norms};
use crate::document::Document;

/// The cosine of each sentence's TF-IDF vector with the document centroid.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    let mut centroid = vec![0.0f64; doc.sentence_frequency.len()];
    for bag in doc.bags.iter() {
        for &(t, c) in bag {
            if let Some(x) = centroid.get_mut(t as usize) {
                *x += tf_idf(doc, c, t);
            }
        }
    }
    let counts = doc.term_counts();
    if counts.iter().any(|&c| c > 1) {
        for (x, &c) in centroid.iter_mut().zip(&counts) {
            if c < 2 {
                *x = 0.0;
            }
        }
    }
    let centroid_norm = centroid.iter().map(|x| x * x).sum::<f64>().sqrt();
    let norms = tf_idf_norms(doc);
    doc.bags
        .iter()
        .zip(norms)
        .map(|(bag, norm)| {
            let dot: f64 = bag
                .iter()
                .map(|&(t, c)| tf_idf(doc, c, t) * centroid.get(t as usize).copied().unwrap_or(0.0))
                .sum();
            let denominator = norm * centroid_norm;
            if denominator > 0.0 {
                dot / denominator
            } else {
                0.0
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn the_sentence_nearest_the_topic_wins() {
        let doc = Document::new(
            "Floods hit Paris roads. Paris floods and Paris floods again. Markets rose in Tokyo.",
            Language::English,
            None,
        );
        let s = score(&doc);
        assert!(s[1] > s[0] && s[0] > s[2], "{s:?}");
    }
}
