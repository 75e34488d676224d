//! The article extraction benchmark's metric (scrapinghub/article-extraction-benchmark,
//! `evaluate.py`), ported: the predicted and true texts are cut into `\w+` tokens, every
//! run of 4 tokens is a shingle, and a page's true positives, false positives and false
//! negatives are shingle counts divided by their sum (so every page weighs the same).
//! Precision and recall are means over the pages; F1 is computed from the two means.

use std::collections::HashMap;
use unicode_general_category::{get_general_category, GeneralCategory as G};

/// Shingle length, in tokens.
const SHINGLE: usize = 4;

/// One page's normalised true positives, false positives and false negatives.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Counts {
    pub tp: f64,
    pub fp: f64,
    pub fn_: f64,
}

/// Python's `re.findall(r'\w+', text)`: runs of letters, numbers and underscores.
pub fn tokens(text: &str) -> Vec<&str> {
    text.split(|c: char| !is_word_char(c))
        .filter(|t| !t.is_empty())
        .collect()
}

/// Python's `\w` on `str`: `c.isalnum() or c == '_'`, i.e. a letter (L*) or a number (N*).
fn is_word_char(c: char) -> bool {
    c == '_'
        || matches!(
            get_general_category(c),
            G::UppercaseLetter
                | G::LowercaseLetter
                | G::TitlecaseLetter
                | G::ModifierLetter
                | G::OtherLetter
                | G::DecimalNumber
                | G::LetterNumber
                | G::OtherNumber
        )
}

/// The shingles of a text with their counts. A text of fewer than 4 tokens (but at least
/// one) is one shingle, as in `evaluate.py`.
fn shingles(text: &str) -> HashMap<Vec<&str>, usize> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    let n = tokens.len().saturating_sub(SHINGLE - 1).max(1);
    for i in 0..n {
        let end = (i + SHINGLE).min(tokens.len());
        if let Some(shingle) = tokens.get(i..end) {
            *counts.entry(shingle.to_vec()).or_insert(0) += 1;
        }
    }
    counts
}

/// `string_shingle_matching(true, pred)`.
pub fn compare(truth: &str, predicted: &str) -> Counts {
    let t = shingles(truth);
    let p = shingles(predicted);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (shingle, &tc) in &t {
        let pc = p.get(shingle).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (shingle, &pc) in &p {
        let tc = t.get(shingle).copied().unwrap_or(0);
        fp += pc.saturating_sub(tc) as f64;
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        Counts {
            tp: tp / sum,
            fp: fp / sum,
            fn_: fn_ / sum,
        }
    } else {
        Counts { tp, fp, fn_ }
    }
}

/// A page's precision (`precision_score`).
pub fn precision(c: Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fp == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fp)
    }
}

/// A page's recall (`recall_score`).
pub fn recall(c: Counts) -> f64 {
    if c.fp == 0.0 && c.fn_ == 0.0 {
        1.0
    } else if c.tp == 0.0 && c.fn_ == 0.0 {
        0.0
    } else {
        c.tp / (c.tp + c.fn_)
    }
}

/// Mean precision, mean recall and their F1 (`metrics_from_tp_fp_fns`). A page counts
/// for precision only if it predicted something, for recall only if it has a truth.
pub fn summary(pages: &[Counts]) -> (f64, f64, f64) {
    let mean = |values: Vec<f64>| values.iter().sum::<f64>() / values.len().max(1) as f64;
    let p = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fp > 0.0)
            .map(|&c| precision(c))
            .collect(),
    );
    let r = mean(
        pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0.0)
            .map(|&c| recall(c))
            .collect(),
    );
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (f1, p, r)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_python_word_runs() {
        assert_eq!(
            tokens("It's 3.5 km—far_away, naïve!"),
            ["It", "s", "3", "5", "km", "far_away", "naïve"]
        );
        // Combining marks are not word characters in Python (Arabic fatha splits a word).
        assert_eq!(tokens("ab\u{064E}cd"), ["ab", "cd"]);
        assert_eq!(tokens("東京 ²"), ["東京", "²"]);
    }

    #[test]
    fn identical_texts_score_one() {
        let c = compare("one two three four five", "one two three four five");
        assert_eq!(
            c,
            Counts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
        assert_eq!((precision(c), recall(c)), (1.0, 1.0));
    }

    #[test]
    fn extra_and_missing_shingles_are_counted_and_normalised() {
        // truth: 2 shingles (a b c d, b c d e); prediction: 3 (a b c d, b c d x, c d x y).
        let c = compare("a b c d e", "a b c d x y");
        assert_eq!(
            c,
            Counts {
                tp: 0.25,
                fp: 0.5,
                fn_: 0.25
            }
        );
        assert!((precision(c) - 1.0 / 3.0).abs() < 1e-12);
        assert!((recall(c) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn short_texts_are_one_shingle_and_empty_predictions_score_zero() {
        assert_eq!(
            compare("a b", "a b"),
            Counts {
                tp: 1.0,
                fp: 0.0,
                fn_: 0.0
            }
        );
        let empty = compare("a b c d", "");
        assert_eq!((precision(empty), recall(empty)), (0.0, 0.0));
        // An empty prediction does not count towards the mean precision.
        let (_, p, r) = summary(&[empty, compare("a b c d", "a b c d")]);
        assert_eq!((p, r), (1.0, 0.5));
    }
}
