//! The greedy extractive oracle (Nallapati et al., "SummaRuNNer", AAAI 2017; the labels of
//! Liu & Lapata, "Text Summarization with Pretrained Encoders", EMNLP 2019): from the article's
//! sentences, repeatedly add the one that most raises ROUGE-1 F1 + ROUGE-2 F1 against the
//! reference, up to the summary length, stopping early when no sentence helps. It shows how far
//! any extractive summary of that length could get.

use crate::rouge::{rouge_n, Scorer, Token};

/// The oracle summary of `sentences` against `reference`, at most `k` sentences, one per line
/// in document order.
pub fn summary(sentences: &[String], reference: &str, k: usize, scorer: &mut Scorer) -> String {
    let target = scorer.tokenize(reference);
    let tokens: Vec<Vec<Token>> = sentences.iter().map(|s| scorer.tokenize(s)).collect();
    let mut chosen: Vec<usize> = Vec::new();
    let mut best = 0.0;
    while chosen.len() < k {
        let mut pick = None;
        for i in 0..sentences.len() {
            if chosen.contains(&i) {
                continue;
            }
            let mut candidate = chosen.clone();
            candidate.push(i);
            candidate.sort_unstable();
            let joined: Vec<Token> = candidate
                .iter()
                .flat_map(|&j| tokens.get(j).into_iter().flatten().copied())
                .collect();
            let value =
                rouge_n(&target, &joined, 1).fmeasure + rouge_n(&target, &joined, 2).fmeasure;
            if value > best {
                best = value;
                pick = Some(i);
            }
        }
        match pick {
            Some(i) => chosen.push(i),
            None => break,
        }
    }
    chosen.sort_unstable();
    chosen
        .iter()
        .filter_map(|&i| sentences.get(i).map(String::as_str))
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_oracle_picks_the_sentences_of_the_reference() {
        let sentences: Vec<String> = [
            "Cats sleep all day.",
            "The council met on Monday.",
            "It approved the budget.",
            "Dogs bark at night.",
        ]
        .map(String::from)
        .to_vec();
        let mut scorer = Scorer::new();
        let got = summary(
            &sentences,
            "The council approved the budget on Monday.",
            3,
            &mut scorer,
        );
        assert_eq!(got, "The council met on Monday.\nIt approved the budget.");
    }
}
