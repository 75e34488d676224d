//! LexRank: G. Erkan and D. R. Radev, "LexRank: Graph-based Lexical Centrality
//! as Salience in Text Summarization", JAIR 22 (2004)
//! (<https://www.jair.org/index.php/jair/article/view/10396>).
//!
//! Edges carry the idf-modified cosine similarity of the two sentences' TF-IDF
//! vectors (equation 3 of the paper), kept when at least [`THRESHOLD`]
//! ("continuous LexRank" over the thresholded graph), and the score is PageRank.

use super::{tf_idf, tf_idf_norms, DAMPING};
use crate::document::Document;
use crate::graph::Graph;

/// The smallest cosine similarity that makes an edge (0.1, as in the paper's experiments).
const THRESHOLD: f64 = 0.1;

/// The LexRank score of each sentence.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    let norms = tf_idf_norms(doc);
    Graph::build(
        doc,
        |count, t| tf_idf(doc, count, t),
        |i, j, shared| {
            let norm = norms.get(i).copied().unwrap_or(0.0) * norms.get(j).copied().unwrap_or(0.0);
            let cosine = if norm > 0.0 { shared.dot / norm } else { 0.0 };
            if cosine >= THRESHOLD {
                cosine
            } else {
                0.0
            }
        },
    )
    .pagerank(DAMPING)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn the_central_sentence_wins() {
        let doc = Document::new(
            "Rain fell in Paris. The Paris rain caused floods in the city. Floods closed the city. Markets rose.",
            Language::English,
            None,
        );
        let s = score(&doc);
        assert!(s[1] > s[0] && s[1] > s[2] && s[1] > s[3], "{s:?}");
    }
}
