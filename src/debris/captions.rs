//! Photo captions: a short prose unit followed by a credit line ("Jane Roe |
//! Getty Images", "(Joshua Roberts/Reuters)", "© REUTERS / POOL"). Both are
//! left out; the sentence-level caption cues of the boilerplate module find
//! the captions that carry their credit inline.

use super::units::Unit;

/// The longest caption, in words.
const CAPTION_WORDS: usize = 50;
/// The longest credit line, in words.
const CREDIT_WORDS: usize = 8;
/// The share of capitalised words a credit line has at least (names).
const CREDIT_CAPITALISED: f64 = 0.5;

/// True for a photo credit line: a few mostly capitalised words without final
/// punctuation, holding a separator or a copyright sign, or wrapped in
/// brackets.
fn is_credit(text: &str, u: &Unit) -> bool {
    let bracketed = text.starts_with(['(', '[']) && text.ends_with([')', ']']);
    (1..=CREDIT_WORDS).contains(&u.words)
        && u.capitalised() >= CREDIT_CAPITALISED
        && (bracketed || (!u.terminal && text.contains(['/', '|', '©'])))
}

/// Flags, among `units` of `text`, each credit line and the prose unit (a
/// positive `weights` entry) right before it when it is short enough to be a
/// caption.
pub(super) fn mark(text: &str, units: &[Unit], weights: &[f64], flags: &mut [bool]) {
    for (k, pair) in units.windows(2).enumerate() {
        let [caption, credit] = pair else {
            continue;
        };
        if !is_credit(text.get(credit.bytes.clone()).unwrap_or(""), credit) {
            continue;
        }
        credit.flag(flags);
        if weights.get(k).is_some_and(|&w| w > 0.0) && caption.words <= CAPTION_WORDS {
            caption.flag(flags);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::debris::units::units;
    use crate::document::Document;
    use crate::language::Language;

    fn flagged(text: &str, weights: &[f64]) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        let units = units(&doc);
        let mut flags = vec![false; doc.len()];
        mark(text, &units, weights, &mut flags);
        crate::debris::flagged_texts(&doc, &flags)
    }

    #[test]
    fn a_caption_before_its_credit_is_flagged() {
        let text = "The mayor speaks to reporters outside city hall on Tuesday.\n(Jane Roe/City News)\nThe council met for six hours.";
        assert_eq!(
            flagged(text, &[10.0, -3.0, 5.0]),
            [
                "The mayor speaks to reporters outside city hall on Tuesday.",
                "(Jane Roe/City News)"
            ]
        );
        let text = "Fans cheer the winning goal.\nJohn Doe | Getty Images";
        assert_eq!(flagged(text, &[1.0, -3.0]).len(), 2);
    }

    #[test]
    fn lines_that_are_not_credits_flag_nothing() {
        for text in [
            "The council met on Tuesday.\nIt voted on the budget.",
            "The council met on Tuesday.\nand/or the mayor said so, again, at length.",
            "The council met on Tuesday.\n(see below)",
        ] {
            assert!(flagged(text, &[5.0, 5.0]).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_long_paragraph_before_a_credit_stays() {
        let long = "word ".repeat(60);
        let text = format!("{}end.\nJane Roe/City News", long.trim_end());
        assert_eq!(flagged(&text, &[55.0, -3.0]), ["Jane Roe/City News"]);
    }
}
