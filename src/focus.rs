//! A focus: a phrase or a question the summary should be about. Sentences that
//! mention its words rank higher, by how much of the focus they hold; the rest
//! of the scoring is unchanged.
//!
//! The focus is analysed like the text (case folding, stop words, stems), so a
//! question's own words ("What did … say about …?") are mostly stop words and
//! drop out. Each remaining word weighs its inverse sentence frequency in the
//! text; a word the text never uses weighs more than any word it uses (as if
//! it were in half a sentence), so that a focus whose informative words are
//! missing is not "found" through a common word such as "said".

use crate::document::Document;
use crate::token::TermId;

/// How strongly a focus lifts the sentences that hold it: a sentence holding
/// as much of the focus as the best sentence does has its score multiplied by
/// `e^FOCUS_WEIGHT` (about 55), which outweighs the lede of the default scorer.
const FOCUS_WEIGHT: f64 = 4.0;

/// The share of the focus's weight the text must hold for the focus to count
/// as mentioned.
const FOUND_SHARE: f64 = 1.0 / 3.0;

/// What the summary made of its focus.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Focus {
    /// Whether the text mentions the focus. When it does not, the summary is the
    /// ordinary one.
    pub found: bool,
    /// How many sentences that may be chosen mention it (0 when not found).
    pub sentences: usize,
}

/// Multiplies `scores` (one per sentence of `doc`) by each sentence's relevance
/// to `focus`, counting only the sentences marked `eligible`; says whether
/// the focus was found (`scores` untouched when not).
pub(crate) fn apply(
    doc: &mut Document<'_>,
    focus: &str,
    eligible: &[bool],
    scores: &mut [f64],
) -> Focus {
    let coverage = coverage(doc, focus, eligible);
    let best = coverage.iter().copied().fold(0.0f64, f64::max);
    if best <= 0.0 {
        return Focus::default();
    }
    for (score, c) in scores.iter_mut().zip(&coverage) {
        *score *= (FOCUS_WEIGHT * c / best).exp();
    }
    Focus {
        found: true,
        sentences: coverage.iter().filter(|&&c| c > 0.0).count(),
    }
}

/// For each sentence, the share of the focus's weight it holds; all 0 when the
/// text as a whole holds less than [`FOUND_SHARE`] of it, or no eligible
/// sentence holds any.
fn coverage(doc: &mut Document<'_>, focus: &str, eligible: &[bool]) -> Vec<f64> {
    let mut none = vec![0.0; doc.len()];
    let words = doc.known_terms(focus);
    let mut present: Vec<TermId> = words.iter().flatten().copied().collect();
    present.sort_unstable();
    present.dedup();
    let absent = words.iter().filter(|w| w.is_none()).count();
    let absent_weight = (2.0 * doc.len().max(1) as f64).ln();
    let present_weight: f64 = present.iter().map(|&t| doc.idf(t)).sum();
    let total = present_weight + absent as f64 * absent_weight;
    if total <= 0.0 || present_weight < FOUND_SHARE * total {
        return none;
    }
    for (i, c) in none.iter_mut().enumerate() {
        if !eligible.get(i).copied().unwrap_or(false) {
            continue;
        }
        let bag = doc.bags.get(i);
        let held: f64 = present
            .iter()
            .filter(|&&t| bag.binary_search_by_key(&t, |&(term, _)| term).is_ok())
            .map(|&t| doc.idf(t))
            .sum();
        *c = held / total;
    }
    none
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    const STORY: &str = "Floods closed every school in Paris on Monday. \
        The mayor said the river rose two metres. \
        Markets in Tokyo were calm. \
        Schools will reopen when the water falls, the mayor said.";

    fn run(focus: &str) -> (Focus, Vec<f64>) {
        let mut doc = Document::new(STORY, Language::English, None);
        let mut scores = vec![1.0; doc.len()];
        let eligible = vec![true; doc.len()];
        let found = apply(&mut doc, focus, &eligible, &mut scores);
        (found, scores)
    }

    #[test]
    fn sentences_holding_the_focus_rank_higher() {
        let (found, scores) = run("the mayor");
        assert_eq!(
            found,
            Focus {
                found: true,
                sentences: 2
            }
        );
        assert!(scores[1] > 50.0 && scores[3] > 50.0, "{scores:?}");
        assert_eq!((scores[0], scores[2]), (1.0, 1.0));
    }

    #[test]
    fn a_question_counts_by_its_informative_words() {
        let (found, scores) = run("When will the schools reopen?");
        assert!(found.found);
        // Sentence 3 holds "schools" and "reopen", sentence 0 only "school".
        assert!(scores[3] > scores[0] && scores[0] > scores[1], "{scores:?}");
    }

    #[test]
    fn a_focus_the_text_never_mentions_changes_nothing() {
        for focus in [
            "Berlin",
            "",
            "the of and",
            "What did they say about Berlin's zoo?",
        ] {
            let (found, scores) = run(focus);
            assert_eq!(found, Focus::default(), "{focus:?}");
            assert_eq!(scores, [1.0; 4], "{focus:?}");
        }
    }

    #[test]
    fn only_eligible_sentences_count() {
        let mut doc = Document::new(STORY, Language::English, None);
        let mut scores = vec![1.0; doc.len()];
        let found = apply(&mut doc, "Tokyo", &[true, true, false, true], &mut scores);
        assert_eq!(found, Focus::default());
    }
}
