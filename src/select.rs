//! Choosing the summary sentences from scores: the length budget and
//! Maximal Marginal Relevance (J. Carbonell and J. Goldstein, "The Use of MMR,
//! Diversity-Based Reranking for Reordering Documents and Producing Summaries",
//! SIGIR 1998, <https://doi.org/10.1145/290941.291025>).
//!
//! Greedy: repeatedly take the candidate maximising
//! `(1 − diversity) · relevance − diversity · max_similarity_to_chosen`, where
//! relevance is the score divided by the best score and similarity is the TF-IDF
//! cosine. Similarities are only computed to sentences within
//! [`SENTENCE_WINDOW`] of a chosen one (plus exact repeats anywhere),
//! which keeps selection linear; since a candidate's value can only fall as
//! sentences are chosen, a lazy max-heap finds the best one without rescanning.

use crate::document::Document;
use crate::graph::SENTENCE_WINDOW;
use crate::options::Length;
use crate::token::TermId;
use rustc_hash::FxHashSet;
use std::cmp::Ordering;
use std::collections::BinaryHeap;

/// The indices of the chosen sentences, in document order.
///
/// `scores` has one score per sentence; only sentences with `eligible[i]` are chosen.
pub(crate) fn select(
    doc: &Document<'_>,
    scores: &[f64],
    eligible: &[bool],
    length: Length,
    diversity: f64,
) -> Vec<usize> {
    let n = doc.len();
    let candidates = eligible.iter().filter(|&&e| e).count();
    let max_count = length.max_sentences(n).unwrap_or(n).min(candidates);
    let word_budget = match length {
        Length::Words(w) => Some(w),
        Length::Sentences(_) | Length::Ratio(_) => None,
    };
    if max_count == 0 {
        return Vec::new();
    }
    let best = scores
        .iter()
        .zip(eligible)
        .filter(|(_, &e)| e)
        .map(|(&s, _)| s)
        .fold(0.0f64, f64::max);
    let relevance = |i: usize| {
        if best > 0.0 {
            scores.get(i).copied().unwrap_or(0.0) / best
        } else {
            0.0
        }
    };
    let bag = |i: usize| doc.bags.get(i);
    let norm = |i: usize| {
        bag(i)
            .iter()
            .map(|&(t, c)| (f64::from(c) * doc.idf(t)).powi(2))
            .sum::<f64>()
            .sqrt()
    };

    let mut max_similarity = vec![0.0f64; n];
    let value = |i: usize, max_similarity: &[f64]| {
        (1.0 - diversity) * relevance(i) - diversity * max_similarity.get(i).copied().unwrap_or(0.0)
    };
    let mut heap: BinaryHeap<Candidate> = (0..n)
        .filter(|&i| eligible.get(i).copied().unwrap_or(false))
        .map(|i| Candidate {
            value: value(i, &max_similarity),
            index: i,
        })
        .collect();
    let mut chosen = Vec::with_capacity(max_count.min(n));
    let mut chosen_texts: FxHashSet<&str> = FxHashSet::default();
    let mut words_left = word_budget;
    while chosen.len() < max_count {
        let Some(top) = heap.pop() else { break };
        let current = value(top.index, &max_similarity);
        if current < top.value - 1e-12 {
            heap.push(Candidate {
                value: current,
                index: top.index,
            });
            continue;
        }
        let Some(sentence) = doc.sentences.get(top.index) else {
            continue;
        };
        if !chosen_texts.insert(sentence.text) {
            continue; // an exact repeat of a chosen sentence
        }
        let words = doc.word_counts.get(top.index).copied().unwrap_or(0);
        if let Some(left) = words_left {
            if words > left && !chosen.is_empty() {
                continue; // does not fit; the first sentence is always kept
            }
            words_left = Some(left.saturating_sub(words));
        }
        chosen.push(top.index);
        if diversity > 0.0 {
            // Only sentences near the chosen one can be penalised (see the module doc).
            let (chosen_bag, chosen_norm) = (bag(top.index), norm(top.index));
            let near =
                top.index.saturating_sub(SENTENCE_WINDOW)..(top.index + SENTENCE_WINDOW + 1).min(n);
            for j in near {
                if j == top.index || !eligible.get(j).copied().unwrap_or(false) {
                    continue;
                }
                let dot = tf_idf_dot(doc, chosen_bag, bag(j));
                let denominator = chosen_norm * norm(j);
                if dot > 0.0 && denominator > 0.0 {
                    if let Some(m) = max_similarity.get_mut(j) {
                        *m = m.max(dot / denominator);
                    }
                }
            }
        }
    }
    chosen.sort_unstable();
    chosen
}

/// The dot product of two sentences' TF-IDF vectors, by merging their bags
/// (both sorted by term id).
fn tf_idf_dot(doc: &Document<'_>, a: &[(TermId, u32)], b: &[(TermId, u32)]) -> f64 {
    let (mut i, mut j, mut dot) = (0, 0, 0.0);
    while let (Some(&(ta, ca)), Some(&(tb, cb))) = (a.get(i), b.get(j)) {
        match ta.cmp(&tb) {
            Ordering::Less => i += 1,
            Ordering::Greater => j += 1,
            Ordering::Equal => {
                dot += f64::from(ca) * f64::from(cb) * doc.idf(ta).powi(2);
                i += 1;
                j += 1;
            }
        }
    }
    dot
}

/// A heap entry: a sentence and its MMR value when it was pushed.
struct Candidate {
    value: f64,
    index: usize,
}

impl PartialEq for Candidate {
    fn eq(&self, other: &Candidate) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Candidate {}

impl PartialOrd for Candidate {
    fn partial_cmp(&self, other: &Candidate) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Candidate {
    /// Higher value first; on a tie, the earlier sentence first.
    fn cmp(&self, other: &Candidate) -> Ordering {
        self.value
            .total_cmp(&other.value)
            .then_with(|| other.index.cmp(&self.index))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn doc(text: &str) -> Document<'_> {
        Document::new(text, Language::English, None)
    }

    /// Sentences of 5, 6, 5 and 4 words; the first two say the same thing.
    const TEXT: &str =
        "Storms flooded Paris streets today. Storms flooded Paris streets today again. \
                        Markets in Tokyo rose sharply. Rain will continue tomorrow.";

    /// The scores most cases use: sentence 2 best, then 3, 1, 0.
    const SCORES: [f64; 4] = [0.1, 0.2, 0.9, 0.5];

    /// `select` on [`TEXT`] with every sentence eligible and no diversity.
    fn pick(scores: &[f64], length: Length) -> Vec<usize> {
        select(&doc(TEXT), scores, &[true; 4], length, 0.0)
    }

    #[test]
    fn picks_the_top_scores_in_document_order() {
        assert_eq!(pick(&SCORES, Length::Sentences(2)), [2, 3]);
    }

    #[test]
    fn ineligible_sentences_are_never_chosen() {
        let chosen = select(
            &doc(TEXT),
            &SCORES,
            &[true, true, false, true],
            Length::Sentences(2),
            0.0,
        );
        assert_eq!(chosen, [1, 3]);
    }

    #[test]
    fn diversity_skips_a_near_duplicate() {
        let d = doc(TEXT);
        let scores = [1.0, 0.95, 0.5, 0.4];
        assert_eq!(
            select(&d, &scores, &[true; 4], Length::Sentences(2), 0.0),
            [0, 1]
        );
        assert_eq!(
            select(&d, &scores, &[true; 4], Length::Sentences(2), 0.5),
            [0, 2]
        );
    }

    #[test]
    fn exact_repeats_are_never_both_chosen() {
        let d = doc("Same words here. Same words here. Other words there.");
        assert_eq!(
            select(&d, &[1.0, 1.0, 0.1], &[true; 3], Length::Sentences(2), 0.0),
            [0, 2]
        );
    }

    #[test]
    fn ratio_rounds_and_keeps_at_least_one() {
        assert_eq!(pick(&SCORES, Length::Ratio(0.5)).len(), 2);
        assert_eq!(pick(&SCORES, Length::Ratio(0.01)).len(), 1);
        assert_eq!(pick(&SCORES, Length::Ratio(1.0)).len(), 4);
    }

    #[test]
    fn word_budget_is_kept_and_the_first_choice_always_fits() {
        assert_eq!(pick(&SCORES, Length::Words(9)), [2, 3]);
        assert_eq!(pick(&SCORES, Length::Words(8)), [2]);
        assert_eq!(pick(&SCORES, Length::Words(1)), [2]);
    }

    #[test]
    fn more_than_available_returns_all_candidates() {
        assert_eq!(pick(&SCORES, Length::Sentences(10)), [0, 1, 2, 3]);
    }
}
