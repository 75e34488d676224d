//! Page debris: the article inside a whole-page paste.
//!
//! People select all on a news page and paste it: menus, section lists, link
//! lists and teasers of other stories, comment sections, footers and notices
//! come along. This module finds the article from the text alone, with
//! signals that hold in any language — the shape of lines (length, capital
//! letters, final punctuation, separators, digits), repetition, and where a
//! line stands relative to the densest run of prose:
//!
//! 1. [`units`]: the lines and paragraphs of the text, and how they look;
//! 2. [`article`]: the article is the run of units with the largest total
//!    weight (prose weighs its words, menus and link lists cost); text that is
//!    not a page (no menus around that run, no repeated debris) is left alone;
//! 3. inside the article: plainly debris lines (repeated text, headlines run
//!    together, separators, template lines), [`echoes`] of later sentences
//!    (key points, standfirsts), photo [`captions`], [`teasers`] of other
//!    stories under a heading ("Trending News") and author [`bios`].
//!
//! [`detect`] returns one flag per sentence; boilerplate detection ORs it in.
//! Every step is linear in the number of sentences (echoes compare a sentence
//! with the later sentences of a window that share its rarest term).

mod article;
mod bios;
mod captions;
mod echoes;
mod teasers;
mod units;

use crate::document::Document;

/// One flag per sentence of `doc`: true for page debris (outside the article,
/// or debris inside it). All false for a text that is an article rather than
/// a page.
pub(crate) fn detect(doc: &Document<'_>, noticed: &[bool]) -> Vec<bool> {
    let mut flags = vec![false; doc.len()];
    let units = units::units(doc);
    let noticed_words: Vec<usize> = units
        .iter()
        .map(|u| {
            u.sentences
                .clone()
                .filter(|&i| noticed.get(i).copied().unwrap_or(false))
                .map(|i| doc.word_counts.get(i).copied().unwrap_or(0))
                .sum()
        })
        .collect();
    let found = article::find(doc.text, &units, &noticed_words);
    if !found.page {
        return flags;
    }
    let kept = found.kept();
    for (u, &keep) in units.iter().zip(&kept) {
        if !keep {
            u.flag(&mut flags);
        }
    }
    let ranges: Vec<_> = units.iter().map(|u| u.sentences.clone()).collect();
    echoes::mark(doc, &ranges, &kept, &mut flags);
    captions::mark(doc.text, &units, &found.weights, &mut flags);
    teasers::mark(doc.text, &units, &mut flags);
    bios::mark(
        doc.text,
        &units,
        &found.weights,
        &kept,
        found.run.clone(),
        &mut flags,
    );
    flags
}

/// The texts of the sentences of `doc` whose `flags` are set, for tests.
#[cfg(test)]
fn flagged_texts(doc: &Document<'_>, flags: &[bool]) -> Vec<String> {
    doc.sentences
        .iter()
        .zip(flags)
        .filter(|(_, &f)| f)
        .map(|(s, _)| s.text.to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        doc.sentences
            .iter()
            .zip(detect(&doc, &[]))
            .filter(|(_, f)| *f)
            .map(|(s, _)| s.text.to_string())
            .collect()
    }

    #[test]
    fn empty_and_tiny_texts_have_no_debris() {
        for text in ["", "Hello.", "Menu", "News\nSport"] {
            assert!(flagged(text).is_empty(), "{text:?}");
        }
    }

    #[test]
    fn an_article_without_page_around_it_loses_nothing() {
        let text = "City Budget Approved\n\nBy Jane Roe, City Desk\n\n\
            The council approved the new budget on Tuesday after a long debate.\n\n\
            Spending on schools will rise by four percent next year, officials said.\n\n\
            Key Facts\n\n- Schools: up 4%\n- Roads: flat\n- Parks: down 2%\n\n\
            A final vote is expected next month after public hearings.";
        assert!(flagged(text).is_empty(), "{:?}", flagged(text));
    }
}
