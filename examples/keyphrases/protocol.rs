//! The standard keyphrase-extraction protocol (the one of pke's benchmark): every phrase, gold
//! or predicted, is lower-cased, split into runs of letters and digits (`[^\W_]+`: hyphens,
//! apostrophes and other punctuation separate and are dropped), each run Porter-stemmed as NLTK
//! does, and joined with one space; phrases that normalise to nothing are dropped. Gold is the
//! set of distinct normalised phrases; predictions are normalised, de-duplicated (first kept)
//! and cut to the top k. A match is string equality. Per document, P@k divides the matches by
//! the number of predictions kept (at most k), R@k by the number of gold phrases, F1@k is their
//! harmonic mean; P, R and F1 are each averaged over documents (macro average).

use crate::porter;
use std::collections::HashSet;

/// `phrase` normalised: lower-case, alphanumeric runs, Porter stems, one space between.
pub fn normalize(phrase: &str) -> String {
    let lower = phrase.to_lowercase();
    lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|run| !run.is_empty())
        .map(porter::stem)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The distinct normalised forms of `phrases`, in order (empty ones dropped).
pub fn distinct(phrases: &[String]) -> Vec<String> {
    let mut seen = HashSet::new();
    phrases
        .iter()
        .map(|p| normalize(p))
        .filter(|n| !n.is_empty() && seen.insert(n.clone()))
        .collect()
}

/// Precision, recall and F1 at one cut-off, summed over documents.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Sums {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub documents: usize,
}

impl Sums {
    /// Adds one document: its ranked predictions and its gold phrases, both normalised
    /// and distinct (see [`distinct`]), at cut-off `k`.
    pub fn add(&mut self, predicted: &[String], gold: &HashSet<String>, k: usize) {
        if gold.is_empty() {
            return;
        }
        self.documents += 1;
        let top = predicted.get(..k).unwrap_or(predicted);
        let hits = top.iter().filter(|p| gold.contains(*p)).count() as f64;
        let p = if top.is_empty() {
            0.0
        } else {
            hits / top.len() as f64
        };
        let r = hits / gold.len() as f64;
        self.precision += p;
        self.recall += r;
        self.f1 += if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
    }

    /// The macro averages (P, R, F1), × 100.
    pub fn means(&self) -> (f64, f64, f64) {
        let n = self.documents.max(1) as f64;
        (
            100.0 * self.precision / n,
            100.0 * self.recall / n,
            100.0 * self.f1 / n,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalising_lowers_splits_and_stems() {
        assert_eq!(normalize("Digital 3D cameras"), "digit 3d camera");
        assert_eq!(normalize("3-Day Phestival"), "3 day phestiv");
        assert_eq!(normalize("Johnny's"), "johnni s");
        assert_eq!(normalize(" -- "), "");
    }

    #[test]
    fn scores_follow_the_protocol() {
        let gold: HashSet<String> = ["flood", "pari"].map(String::from).into();
        let mut sums = Sums::default();
        let predicted = distinct(&[
            "Floods".into(),
            "flood".into(),
            "rain".into(),
            "Paris".into(),
        ]);
        assert_eq!(predicted, ["flood", "rain", "pari"]);
        sums.add(&predicted, &gold, 2);
        // Top 2: flood (hit), rain: P 1/2, R 1/2, F1 1/2.
        assert_eq!(sums.means(), (50.0, 50.0, 50.0));
        sums.add(&[], &gold, 2);
        assert_eq!(sums.documents, 2);
        assert_eq!(sums.means(), (25.0, 25.0, 25.0));
    }
}
