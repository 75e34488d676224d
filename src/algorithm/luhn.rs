//! Luhn: H. P. Luhn, "The Automatic Creation of Literature Abstracts", IBM
//! Journal of Research and Development 2(2), 1958
//! (<https://doi.org/10.1147/rd.22.0159>).
//!
//! *Significant* terms are the document's frequent terms. Within a sentence, a
//! *cluster* is a run of terms starting and ending with a significant term in
//! which significant terms are at most [`MAX_GAP`] insignificant terms apart; it
//! scores `significant² / length`, and a sentence scores by its best cluster.

use crate::document::Document;

/// The most insignificant terms allowed between two significant ones in a cluster (Luhn used 4).
const MAX_GAP: usize = 4;

/// The smallest number of occurrences that can make a term significant.
const MIN_COUNT: u32 = 2;

/// The share of the distinct terms (most frequent first) that is significant.
const SIGNIFICANT_SHARE: f64 = 0.1;

/// The best cluster score of each sentence.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    let counts = doc.term_counts();
    let mut by_frequency: Vec<u32> = counts.iter().copied().filter(|&c| c >= MIN_COUNT).collect();
    by_frequency.sort_unstable_by(|a, b| b.cmp(a));
    let keep = ((counts.len() as f64 * SIGNIFICANT_SHARE).ceil() as usize).max(1);
    let cutoff = by_frequency
        .get(keep.min(by_frequency.len()).saturating_sub(1))
        .copied()
        .unwrap_or(u32::MAX);
    let significant = |t: u32| {
        counts
            .get(t as usize)
            .is_some_and(|&c| c >= cutoff.max(MIN_COUNT))
    };
    doc.sequences
        .iter()
        .map(|seq| {
            let mut best = 0.0f64;
            let mut cluster: Option<(usize, usize, usize)> = None; // (start, last significant, count)
            for (k, &t) in seq.iter().enumerate() {
                if !significant(t) {
                    continue;
                }
                cluster = match cluster {
                    Some((start, last, n)) if k - last <= MAX_GAP + 1 => Some((start, k, n + 1)),
                    Some((start, last, n)) => {
                        best = best.max(cluster_score(n, last - start + 1));
                        Some((k, k, 1))
                    }
                    None => Some((k, k, 1)),
                };
            }
            if let Some((start, last, n)) = cluster {
                best = best.max(cluster_score(n, last - start + 1));
            }
            best
        })
        .collect()
}

fn cluster_score(significant: usize, length: usize) -> f64 {
    (significant * significant) as f64 / length.max(1) as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn dense_clusters_of_frequent_terms_win() {
        // "flood" and "paris" are the frequent terms; sentence 1 packs both twice.
        let doc = Document::new(
            "Paris flood warnings. Paris flood, Paris flood everywhere. Markets rose in Tokyo. Paris quiet.",
            Language::English,
            None,
        );
        let s = score(&doc);
        assert!(s[1] > s[0] && s[0] > s[2], "{s:?}");
        assert_eq!(s[2], 0.0);
    }

    #[test]
    fn cluster_score_is_count_squared_over_length() {
        assert_eq!(cluster_score(2, 4), 1.0);
        assert_eq!(cluster_score(3, 3), 3.0);
    }
}
