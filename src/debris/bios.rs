//! Author biographies: the paragraph after a story that presents its author
//! ("Jane Doe is a reporter for …", "Pai de Francesco e Teresa, Carlos
//! Nadalim é …"). The author is found in the byline — a short line with a
//! date just before the article — and the biography is the one prose unit of
//! the article's second half that names them.

use super::units::Unit;
use std::ops::Range;

/// Units before the article searched for a byline.
const BYLINE_SPAN: usize = 8;
/// The longest byline, in words.
const BYLINE_WORDS: usize = 15;
/// The most names looked for (each is searched for in the whole article).
const MAX_NAMES: usize = 4;

/// The names in the bylines just before `run`: pairs of capitalised words in
/// short lines that hold a digit (a date or a time), at most [`MAX_NAMES`].
fn byline_names<'t>(text: &'t str, units: &[Unit], run: &Range<usize>) -> Vec<&'t str> {
    let mut names = Vec::new();
    let from = run.start.saturating_sub(BYLINE_SPAN);
    for u in units.get(from..run.start).unwrap_or(&[]) {
        let line = text.get(u.bytes.clone()).unwrap_or("");
        if u.words > BYLINE_WORDS || !line.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        let mut words = line.split_whitespace().peekable();
        while let Some(first) = words.next() {
            let Some(second) = words.peek() else {
                break;
            };
            if is_name_word(first) && is_name_word(second) {
                let start = first.as_ptr() as usize - line.as_ptr() as usize;
                let end = second.as_ptr() as usize - line.as_ptr() as usize + second.len();
                names.extend(line.get(start..end));
            }
        }
    }
    names.dedup();
    names.truncate(MAX_NAMES);
    names
}

/// True for a word that can be part of a name: a capital letter followed by
/// at least one lower-case letter (hyphens and apostrophes allowed).
fn is_name_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && word.chars().count() >= 2
        && chars.all(|c| c.is_lowercase() || c == '-' || c == '\'' || c == '’')
}

/// Flags the biography of the byline's author among the `kept` units of the
/// article's `run`: the only prose unit (positive weight) naming them, in the
/// second half of the run, with the short line before it when that names
/// them too ("About Jane Doe").
pub(super) fn mark(
    text: &str,
    units: &[Unit],
    weights: &[f64],
    kept: &[bool],
    run: Range<usize>,
    flags: &mut [bool],
) {
    let text_of = |k: usize| {
        units
            .get(k)
            .and_then(|u| text.get(u.bytes.clone()))
            .unwrap_or("")
    };
    let middle = run.start + run.len() / 2;
    for name in byline_names(text, units, &run) {
        let naming: Vec<usize> = run
            .clone()
            .filter(|&k| kept.get(k).copied().unwrap_or(false) && text_of(k).contains(name))
            .collect();
        let mut prose = naming
            .iter()
            .copied()
            .filter(|&k| weights.get(k).is_some_and(|&w| w > 0.0));
        let (Some(bio), None) = (prose.next(), prose.next()) else {
            continue;
        };
        if bio < middle {
            continue;
        }
        let heading = bio.checked_sub(1).filter(|h| naming.contains(h));
        for k in heading.into_iter().chain([bio]) {
            if let Some(u) = units.get(k) {
                u.flag(flags);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::debris::units::units;
    use crate::document::Document;
    use crate::language::Language;

    const STORY: &str = "The council approved the new budget on Tuesday after a long debate.\n\n\
        Spending on schools will rise by four percent next year, officials said.\n\n\
        The mayor said the plan balanced growth with care for the older parts of the city.\n\n\
        A final vote is expected next month after public hearings in every district.";

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        let units = units(&doc);
        let weights: Vec<f64> = units
            .iter()
            .map(|u| if u.terminal { 10.0 } else { -3.0 })
            .collect();
        let start = units
            .iter()
            .position(|u| text[u.bytes.clone()].starts_with("The council"))
            .unwrap();
        let mut flags = vec![false; doc.len()];
        mark(
            text,
            &units,
            &weights,
            &vec![true; units.len()],
            start..units.len(),
            &mut flags,
        );
        crate::debris::flagged_texts(&doc, &flags)
    }

    #[test]
    fn the_paragraph_presenting_the_byline_author_is_a_bio() {
        let text = format!(
            "By Jane Doe - 11/19/19 06:56 AM\n\n{STORY}\n\nAbout Jane Doe\n\nJane Doe covers city hall for the Daily Planet and has written two books."
        );
        assert_eq!(
            flagged(&text),
            [
                "About Jane Doe",
                "Jane Doe covers city hall for the Daily Planet and has written two books."
            ]
        );
    }

    #[test]
    fn a_name_of_the_story_is_not_a_bio() {
        // The byline names someone the story is about, twice: no bio.
        let text = format!(
            "Jane Doe wins 2019 award\n\n{STORY}\n\nJane Doe said she was proud of the city.\n\nJane Doe will speak again next week."
        );
        assert!(flagged(&text).is_empty());
        // No date in the line before the story: not a byline.
        let text =
            format!("By Jane Doe\n\n{STORY}\n\nJane Doe covers city hall for the Daily Planet.");
        assert!(flagged(&text).is_empty());
    }

    #[test]
    fn names_are_capitalised_word_pairs() {
        assert!(is_name_word("Jane") && is_name_word("Bárbara") && is_name_word("Ngũgĩ"));
        assert!(!is_name_word("NASA") && !is_name_word("jane") && !is_name_word("J."));
    }
}
