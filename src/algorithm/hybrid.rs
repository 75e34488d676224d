//! The default scorer: graph centrality as the evidence, with the cheap signals
//! that matter most for articles (Edmundson, "New Methods in Automatic
//! Extracting", JACM 16(2), 1969: location and title words) as multiplicative priors.
//!
//! `score = centrality^CENTRALITY_EXPONENT × position_prior × title_boost × length_factor`
//!
//! - centrality: TextRank ([`super::textrank`]) scaled so that the mean sentence
//!   scores 1, squared so that clearly central sentences outvote the priors;
//! - position prior: `1 + POSITION_WEIGHT · exp(−rank / POSITION_DECAY)`, where
//!   `rank` counts the sentences before this one (news puts key facts first,
//!   but centrality can still outvote position);
//! - title boost: `1 + TITLE_WEIGHT · |title ∩ sentence| / |title|` over terms;
//! - length factor: sentences under [`SHORT_WORDS`] words are scaled down
//!   (fragments, datelines and bylines rarely make good summary sentences).

use super::textrank;
use crate::document::Document;

/// How much the first sentence's position prior adds (relative to 1).
const POSITION_WEIGHT: f64 = 1.0;
/// How fast the position prior decays, in sentences.
const POSITION_DECAY: f64 = 4.0;
/// How much a sentence containing every title term gains (relative to 1).
const TITLE_WEIGHT: f64 = 0.25;
/// How sharply centrality separates sentences (1 = as PageRank gives it).
const CENTRALITY_EXPONENT: i32 = 2;
/// Sentences shorter than this, in words, are scaled by `words / SHORT_WORDS`.
const SHORT_WORDS: usize = 8;

/// The hybrid score of each sentence.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    let n = doc.len();
    let centrality = textrank::graph(doc).pagerank(super::DAMPING);
    let title_len = doc.title_terms.len();
    (0..n)
        .map(|i| {
            let c =
                (centrality.get(i).copied().unwrap_or(0.0) * n as f64).powi(CENTRALITY_EXPONENT);
            let rank = doc.title_line.map_or(i, |t| if i > t { i - 1 } else { i }) as f64;
            let position = 1.0 + POSITION_WEIGHT * (-rank / POSITION_DECAY).exp();
            let title = if title_len == 0 || doc.title_line == Some(i) {
                1.0
            } else {
                let bag = doc.bags.get(i);
                let common = bag
                    .iter()
                    .filter(|(t, _)| doc.title_terms.binary_search(t).is_ok())
                    .count();
                1.0 + TITLE_WEIGHT * common as f64 / title_len as f64
            };
            let words = doc.words.get(i).copied().unwrap_or(0);
            let length = (words as f64 / SHORT_WORDS as f64).min(1.0);
            c * position * title * length
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn title_words_lift_a_sentence() {
        let text = "Storm closes Paris schools\n\nOfficials met on Monday to discuss the weather across the region today. \
                    Heavy storm rain closed every Paris school on Monday across the region today.";
        let doc = Document::new(text, Language::English, None);
        let s = score(&doc);
        assert!(s[2] > s[1], "{s:?}");
    }

    #[test]
    fn short_fragments_are_scaled_down() {
        let doc = Document::new(
            "Floods hit the city of Paris after heavy rain this week. Paris floods. More rain is expected in Paris next week too.",
            Language::English,
            None,
        );
        let s = score(&doc);
        assert!(s[1] < s[2], "{s:?}");
    }
}
