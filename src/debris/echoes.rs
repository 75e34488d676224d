//! Echoes: a sentence that repeats, nearly word for word, a later sentence of
//! the article — the key points above a story, a standfirst restating the
//! lede, the story's own teaser. The later copy, in the body, is kept.

use crate::document::Document;
use crate::token::TermId;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Sentences with fewer distinct terms are never echoes (short sentences
/// share most of their terms by chance).
const MIN_TERMS: usize = 8;
/// The share of its terms an echo shares with a later sentence.
const SHARE: f64 = 0.8;
/// How many sentences later the copy may stand.
const WINDOW: usize = 64;

/// Flags the sentences of the kept units that echo a later sentence of another
/// kept unit. `units` are the sentence ranges of all units.
pub(super) fn mark(doc: &Document<'_>, units: &[Range<usize>], kept: &[bool], flags: &mut [bool]) {
    let mut unit_of = vec![usize::MAX; doc.len()];
    let mut sentences = Vec::new();
    for (k, range) in units.iter().enumerate() {
        for i in range.clone() {
            if let Some(x) = unit_of.get_mut(i) {
                *x = k;
            }
            if kept.get(k).copied().unwrap_or(false) {
                sentences.push(i);
            }
        }
    }
    // For each term, the kept sentences holding it, in order.
    let mut postings: FxHashMap<TermId, Vec<usize>> = FxHashMap::default();
    for &i in &sentences {
        for &(t, _) in doc.bags.get(i) {
            postings.entry(t).or_default().push(i);
        }
    }
    for &i in &sentences {
        let bag = doc.bags.get(i);
        let sentence = doc.sentences.get(i).map_or("", |s| s.text);
        if bag.len() < MIN_TERMS || !crate::segment::is_finished(sentence) {
            continue;
        }
        // A copy holds the sentence's rarest term: only those are compared.
        let Some(rarest) = bag
            .iter()
            .map(|&(t, _)| t)
            .min_by_key(|t| postings.get(t).map_or(usize::MAX, Vec::len))
        else {
            continue;
        };
        let holders = postings.get(&rarest).map_or(&[][..], Vec::as_slice);
        let later = holders
            .get(holders.partition_point(|&j| j <= i)..)
            .unwrap_or(&[]);
        let echo = later.iter().take_while(|&&j| j <= i + WINDOW).any(|&j| {
            unit_of.get(j) != unit_of.get(i)
                && shared_terms(bag, doc.bags.get(j)) as f64 >= SHARE * bag.len() as f64
        });
        if echo {
            if let Some(f) = flags.get_mut(i) {
                *f = true;
            }
        }
    }
}

/// The number of terms two bags (sorted by term) share.
fn shared_terms(a: &[(TermId, u32)], b: &[(TermId, u32)]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while let (Some(x), Some(y)) = (a.get(i), b.get(j)) {
        match x.0.cmp(&y.0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
        }
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn echoes(text: &str) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        let units: Vec<Range<usize>> = (0..doc.len()).map(|i| i..i + 1).collect();
        let mut flags = vec![false; doc.len()];
        mark(&doc, &units, &vec![true; units.len()], &mut flags);
        crate::debris::flagged_texts(&doc, &flags)
    }

    #[test]
    fn a_key_point_restating_the_body_is_an_echo() {
        let text = "Key points\n\nThe airline has finalized a deal to purchase thirty long-range jets from the planemaker.\n\n\
            DUBAI — The airline finalized a deal to purchase thirty long-range jets from the planemaker on Wednesday.\n\n\
            The order is worth nine billion dollars at list prices.";
        assert_eq!(
            echoes(text),
            ["The airline has finalized a deal to purchase thirty long-range jets from the planemaker."]
        );
    }

    #[test]
    fn related_sentences_are_not_echoes() {
        let text =
            "The council approved the new budget for schools and roads on Tuesday evening.\n\n\
            The budget for schools will rise next year, while the money for roads stays flat.\n\n\
            Council members said the new budget was the hardest they had ever approved.";
        assert!(echoes(text).is_empty(), "{:?}", echoes(text));
    }

    #[test]
    fn short_sentences_are_never_echoes() {
        assert!(echoes("Rain fell on Paris today.\n\nRain fell on Paris today, again.").is_empty());
    }

    #[test]
    fn shared_terms_counts_common_terms() {
        assert_eq!(
            shared_terms(&[(1, 1), (3, 2), (5, 1)], &[(3, 1), (4, 1), (5, 9)]),
            2
        );
        assert_eq!(shared_terms(&[], &[(1, 1)]), 0);
    }
}
