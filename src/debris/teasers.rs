//! Teaser blocks inside the article: a short heading that introduces links to
//! other stories ("Trending News", "Most Read", "Related Coverage") and the
//! headlines under it, which pages interleave with the article's paragraphs.
//! The heading and the short units after it are left out, up to the first
//! paragraph of prose.

use super::units::Unit;

/// Headings of teaser blocks, lower case (compared with the whole unit, its
/// final colon dropped).
const HEADINGS: &[&str] = &[
    "trending",
    "trending now",
    "trending news",
    "trending stories",
    "most read",
    "most popular",
    "most viewed",
    "popular",
    "popular stories",
    "related",
    "related coverage",
    "related content",
    "related news",
    "related articles",
    "related stories",
    "read next",
    "read more",
    "up next",
    "more stories",
    "more news",
    "more on this story",
    "top stories",
    "latest news",
    "latest stories",
    "recommended",
    "recommended stories",
    "editor's picks",
    "editors' picks",
    "you may also like",
    "you might also like",
    "don't miss",
    "also read",
    "see also",
];

/// The most units a teaser block holds after its heading.
const MAX_TEASERS: usize = 6;
/// A unit with final punctuation and at least this many words is the
/// article's prose again and ends the block.
const PROSE_WORDS: usize = 20;

/// True when the unit's text (`text`) is a teaser-block heading.
fn is_heading(text: &str) -> bool {
    let bare = text.trim().trim_end_matches(':').trim_end();
    bare.len() <= 24
        && HEADINGS.iter().any(|h| {
            bare.eq_ignore_ascii_case(h)
                || (bare.contains('’') && bare.replace('’', "'").eq_ignore_ascii_case(h))
        })
}

/// Flags each teaser-block heading among `units` of `text` and the units after
/// it up to the first one of prose (final punctuation and
/// [`PROSE_WORDS`] words or more), at most [`MAX_TEASERS`] of them.
pub(super) fn mark(text: &str, units: &[Unit], flags: &mut [bool]) {
    let mut k = 0;
    while let Some(u) = units.get(k) {
        k += 1;
        if !is_heading(text.get(u.bytes.clone()).unwrap_or("")) {
            continue;
        }
        u.flag(flags);
        for teaser in units.iter().skip(k).take(MAX_TEASERS) {
            if teaser.terminal && teaser.words >= PROSE_WORDS {
                break;
            }
            teaser.flag(flags);
            k += 1;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::debris::units::units;
    use crate::document::Document;
    use crate::language::Language;

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        let units = units(&doc);
        let mut flags = vec![false; doc.len()];
        mark(text, &units, &mut flags);
        crate::debris::flagged_texts(&doc, &flags)
    }

    #[test]
    fn a_teaser_block_between_paragraphs_is_flagged_up_to_the_next_paragraph() {
        let text = "The officers left the room without finding the child, and the search went on through the night across the city.\n\
            Trending News\n\
            Video shows dramatic rescue of kidnapped girl: \"We got her!\"\n\
            Man arrested after seven victims found in car\n\
            Meanwhile, friends, volunteers and the police searched the city for the missing girl until a family friend spotted the car.";
        assert_eq!(
            flagged(text),
            [
                "Trending News",
                "Video shows dramatic rescue of kidnapped girl: \"We got her!\"",
                "Man arrested after seven victims found in car"
            ]
        );
    }

    #[test]
    fn the_words_inside_a_sentence_or_a_longer_heading_flag_nothing() {
        for text in [
            "The most popular stories were about the flood.\nThe council met.",
            "Related: the council met on Tuesday and voted on the budget for the year.",
            "Trending news is not news, the editor said.\nThe council met.",
            "Popular music in the 1960s\nThe council met on Tuesday.",
        ] {
            assert!(flagged(text).is_empty(), "{text}");
        }
    }
}
