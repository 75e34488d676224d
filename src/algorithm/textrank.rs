//! TextRank: R. Mihalcea and P. Tarau, "TextRank: Bringing Order into Texts",
//! EMNLP 2004 (<https://aclanthology.org/W04-3252/>), section 4.
//!
//! Sentences are vertices; two sentences are joined with the weight
//! `|Si ∩ Sj| / (ln |Si| + ln |Sj|)` (common distinct terms over the log of
//! their lengths in terms), and the score is weighted PageRank.

use super::DAMPING;
use crate::document::Document;
use crate::graph::Graph;

/// The TextRank score of each sentence.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    graph(doc).pagerank(DAMPING)
}

/// The TextRank similarity graph of `doc` (also used by the hybrid scorer).
pub(super) fn graph(doc: &Document<'_>) -> Graph {
    let log_len: Vec<f64> = doc
        .sequences
        .iter()
        .map(|s| (s.len().max(1) as f64).ln())
        .collect();
    Graph::build(
        doc,
        |_, _| 1.0,
        |i, j, shared| {
            let norm =
                log_len.get(i).copied().unwrap_or(0.0) + log_len.get(j).copied().unwrap_or(0.0);
            let common = f64::from(shared.terms);
            if norm > 0.0 {
                common / norm
            } else {
                common
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn edge_weight_follows_the_paper() {
        // "cats chase mice" and "cats chase birds" share 2 of 3 terms: 2 / (ln 3 + ln 3).
        let doc = Document::new(
            "Cats chase mice. Cats chase birds.",
            Language::English,
            None,
        );
        let g = graph(&doc);
        let want = 2.0 / (2.0 * 3f64.ln());
        for (i, j) in [(0, 1), (1, 0)] {
            let edges: Vec<_> = g.neighbours(i).collect();
            assert_eq!(edges.len(), 1, "sentence {i}: {edges:?}");
            let (neighbour, weight) = edges[0];
            assert_eq!(neighbour, j);
            assert!(
                (f64::from(weight) - want).abs() < 1e-6,
                "{weight} != {want}"
            );
        }
    }

    #[test]
    fn the_sentence_sharing_most_wins() {
        let doc = Document::new(
            "Rain fell in Paris. The Paris rain caused floods in the city. Floods closed the city.",
            Language::English,
            None,
        );
        let s = score(&doc);
        assert!(s[1] > s[0] && s[1] > s[2], "{s:?}");
    }
}
