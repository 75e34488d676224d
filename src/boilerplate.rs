//! Boilerplate recognition for pasted articles: copyright lines, comment-form
//! prompts, sign-up and share prompts, photo captions and credits, cookie
//! notices, syndication footers, bylines, datelines and notices (corrections,
//! "Read more: …", "Advertisement").
//!
//! A sentence is boilerplate when its content says so (cue phrases of
//! [`crate::cues`], symbols such as `©`, a prompt addressing the reader about a
//! product, a line opening like a notice, a line holding only a date), when it
//! is a piece split off the front of a sentence by [`crate::glued`] (a dateline,
//! a caption run into the next sentence), when it is a labelled caption
//! (`Heads up: Smith (left) jumps for the ball`), when its place and shape say
//! so (a short unpunctuated line in the article's tail, a short line repeated in
//! the text), or when it shares a short paragraph with a caption, credit,
//! copyright or promotion (the rest of a caption is caption too). The page
//! debris of a whole-page paste (menus, link lists, footers around the
//! article) comes from [`crate::debris`].

use crate::cues::{CAPTION_CUES, CUES, DATE_WORDS, NOTICE_WORDS, PROMO_WORDS, READER_WORDS};
use crate::document::Document;
use crate::glued::{caption_label_len, is_position_marker};
use crate::segment::is_finished;
use crate::token::{alphanumeric_runs, fold_case};
use rustc_hash::FxHashMap;

/// Lines on their own this short (in words) and without final punctuation, in
/// the tail of the text, are boilerplate ("Leave a Reply", "Share", "Tags").
const SHORT_LINE_WORDS: usize = 6;

/// The tail of the text: the last share of its sentences, after its last
/// sentence of prose.
const TAIL_SHARE: f64 = 0.2;

/// A sentence of prose has at least this many words (and final punctuation).
const PROSE_WORDS: usize = 8;

/// A paragraph of at most this many sentences is boilerplate as a whole when
/// one of them is a caption, credit, copyright or promotion.
const SMALL_PARAGRAPH: usize = 4;

/// The longest byline, in words (`By Jane Doe and John Roe for CNN`).
const BYLINE_WORDS: usize = 10;

/// Why a sentence is boilerplate, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    /// Nothing says it is boilerplate.
    Clear,
    /// Shape and place only (short tail line, repeated short line).
    Layout,
    /// A line of its own kind: notice, byline, date, glued piece, labelled caption.
    Line,
    /// A cue phrase, symbol or promotion: also marks its small paragraph.
    Content,
}

/// One flag per sentence of `doc`: true for boilerplate.
pub(crate) fn detect(doc: &Document<'_>) -> Vec<bool> {
    let n = doc.len();
    // The tail starts no earlier than after the last sentence of prose: short
    // lines before it are the article's headings and list items.
    let last_prose = (0..n).rev().find(|&i| {
        doc.word_counts.get(i).copied().unwrap_or(0) >= PROSE_WORDS
            && doc.sentences.get(i).is_some_and(|s| is_finished(s.text))
    });
    let tail_start =
        (n - ((n as f64 * TAIL_SHARE).ceil() as usize).min(n)).max(last_prose.map_or(0, |i| i + 1));
    let cues = CueIndex::new();
    let mut lower = String::new();
    let mut repeats: FxHashMap<&str, usize> =
        FxHashMap::with_capacity_and_hasher(n, Default::default());
    for s in &doc.sentences {
        *repeats.entry(s.text).or_insert(0) += 1;
    }
    let signals: Vec<Signal> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let words = doc.word_counts.get(i).copied().unwrap_or(0);
            // Without a watched word (or a `©`) no cue can match: see `cues::watched_words`.
            let candidate = doc.watched.get(i).copied().unwrap_or(true) || s.text.contains('©');
            if candidate && cues.matches(s.text, &mut lower) {
                return Signal::Content;
            }
            if doc.glued.get(i).copied().unwrap_or(false)
                || is_notice(s.text, words, &mut lower)
                || is_date_line(s.text)
                || is_labelled_caption(s.text)
            {
                return Signal::Line;
            }
            let own_line = doc.own_line.get(i).copied().unwrap_or(false);
            let short_line = own_line && words <= SHORT_LINE_WORDS && !is_finished(s.text);
            // A short line of its own seen more than once ("Advertisement"); a short
            // sentence repeated inside running text is not a layout signal.
            let repeated = own_line
                && words <= SHORT_LINE_WORDS
                && repeats.get(s.text).copied().unwrap_or(0) > 1;
            let before_title = doc.title_line == Some(i);
            if !before_title && ((short_line && i >= tail_start.max(1)) || repeated) {
                Signal::Layout
            } else {
                Signal::Clear
            }
        })
        .collect();

    // Spread content signals over small paragraphs.
    let mut flags: Vec<bool> = signals.iter().map(|&s| s != Signal::Clear).collect();
    let mut start = 0;
    while start < n {
        let paragraph = doc.sentences.get(start).map_or(0, |s| s.paragraph);
        let end = (start..n)
            .find(|&k| doc.sentences.get(k).map_or(0, |s| s.paragraph) != paragraph)
            .unwrap_or(n);
        let marked = signals
            .get(start..end)
            .is_some_and(|s| s.contains(&Signal::Content));
        if marked && end - start <= SMALL_PARAGRAPH {
            flags
                .get_mut(start..end)
                .into_iter()
                .flatten()
                .for_each(|f| *f = true);
        }
        start = end;
    }
    // Page debris around (and inside) the article of a whole-page paste; the
    // sentences found so far weigh as debris there.
    let debris = crate::debris::detect(doc, &flags);
    for (flag, debris) in flags.iter_mut().zip(debris) {
        *flag |= debris;
    }
    flags
}

/// The cue phrases indexed by their first word, so that a sentence is only
/// searched for the phrases whose first word it contains.
struct CueIndex {
    by_first_word: FxHashMap<&'static str, Vec<&'static str>>,
}

impl CueIndex {
    fn new() -> CueIndex {
        let mut by_first_word: FxHashMap<&'static str, Vec<&'static str>> = FxHashMap::default();
        for &cue in CUES.iter().chain(CAPTION_CUES) {
            if let Some(first) = alphanumeric_runs(cue).next() {
                by_first_word.entry(first).or_default().push(cue);
            }
        }
        CueIndex { by_first_word }
    }

    /// True when the words of `sentence` say it is boilerplate.
    fn matches(&self, sentence: &str, lower: &mut String) -> bool {
        if sentence.contains('©') {
            return true;
        }
        lower.clear();
        fold_case(sentence, lower);
        let mut addresses_reader = false;
        // The first words whose phrases were already searched for: each is searched
        // once per sentence, or "share share share …" would cost words × length.
        let mut searched: Vec<&str> = Vec::new();
        for word in alphanumeric_runs(lower) {
            if let Some(cues) = self.by_first_word.get(word) {
                if !searched.contains(&word) {
                    searched.push(word);
                    if cues.iter().any(|cue| lower.contains(cue)) {
                        return true;
                    }
                }
            }
            addresses_reader |= READER_WORDS.contains(&word);
        }
        // Few sentences address the reader: only those are searched for promotion words.
        addresses_reader && alphanumeric_runs(lower).any(|w| PROMO_WORDS.contains(&w))
    }
}

/// True for a sentence of `words` words that opens like a notice (see
/// [`starts_a_notice`]). Only sentences whose first word is a
/// [`NOTICE_WORDS`] word are lower-cased.
fn is_notice(sentence: &str, words: usize, lower: &mut String) -> bool {
    let Some(first) = alphanumeric_runs(sentence).next() else {
        return false;
    };
    if first.len() > 16 || !NOTICE_WORDS.iter().any(|w| w.eq_ignore_ascii_case(first)) {
        return false;
    }
    if first.eq_ignore_ascii_case("by") {
        return is_byline(sentence, words);
    }
    lower.clear();
    fold_case(sentence, lower);
    starts_a_notice(lower, words)
}

/// True for a lower-cased sentence of `words` words that opens like a notice:
/// "copyright" and a year, "tags:", a bare "advertisement"/"sponsored" label,
/// a teaser ("read more: …", "see also: …", "watch: …", "more from …"), a
/// correction, a publication time ("published: 14:11 EST …") or a follow
/// prompt with a handle. A sentence *about* copyright ("Copyright law
/// changed…") or reading ("Read the report.") is not one.
fn starts_a_notice(lower: &str, words: usize) -> bool {
    let mut runs = alphanumeric_runs(lower);
    let first = runs.next().unwrap_or("");
    let rest: Vec<&str> = runs.take(3).collect();
    let second = rest.first().copied().unwrap_or("");
    let after_first = lower
        .get(first.len()..)
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric() && c != ':');
    let labelled = after_first.starts_with(':');
    match first {
        "copyright" => rest
            .iter()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())),
        "advertisement" | "sponsored" => rest.len() <= 2,
        "tags" | "correction" | "clarification" => labelled,
        "read" | "see" | "watch" | "listen" => {
            labelled || (matches!(second, "more" | "also") && words <= 20)
        }
        "more" => second == "from" && words <= 6,
        "published" | "updated" | "posted" => labelled || lower.bytes().any(|b| b.is_ascii_digit()),
        "last" => matches!(second, "updated" | "modified"),
        "follow" => lower.contains('@'),
        _ => false,
    }
}

/// True for a byline: "By" and at most [`BYLINE_WORDS`] words, all capitalised
/// but for a few joining words (`By Jane Doe and John Roe, CNN`, `By .`).
fn is_byline(sentence: &str, words: usize) -> bool {
    words <= BYLINE_WORDS
        && alphanumeric_runs(sentence).skip(1).all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || matches!(w, "and" | "for" | "of" | "the" | "in" | "with")
        })
}

/// True for a sentence holding only a date or time: digits, month and day
/// names, time zones (`14:11 EST, 25 October 2013`, `March 10, 2015`), with at
/// least one number.
fn is_date_line(sentence: &str) -> bool {
    let mut digits = false;
    for (count, word) in alphanumeric_runs(sentence).enumerate() {
        if count >= 16 {
            return false;
        }
        if word.bytes().all(|b| b.is_ascii_digit()) {
            digits = true;
        } else if word.len() > 9 || !DATE_WORDS.iter().any(|d| d.eq_ignore_ascii_case(word)) {
            return false;
        }
    }
    digits
}

/// True for a caption with a label and a position marker: `Heads up: Smith
/// (left) and Jones go up for a header`.
fn is_labelled_caption(sentence: &str) -> bool {
    caption_label_len(sentence).is_some() && has_position_marker(sentence)
}

/// True when `sentence` holds a bracketed position marker (`(pictured)`, `(left)`).
fn has_position_marker(sentence: &str) -> bool {
    let mut rest = sentence;
    while let Some(open) = rest.find('(') {
        let after = rest.get(open + 1..).unwrap_or("");
        let Some(close) = after.find(')') else {
            return false;
        };
        if close <= 40 && is_position_marker(after.get(..close).unwrap_or("")) {
            return true;
        }
        rest = after.get(close + 1..).unwrap_or("");
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn flagged(text: &str) -> Vec<String> {
        let doc = Document::new(text, Language::English, None);
        let flags = detect(&doc);
        doc.sentences
            .iter()
            .zip(flags)
            .filter(|(_, f)| *f)
            .map(|(s, _)| s.text.to_string())
            .collect()
    }

    const BODY: &str = "The council approved the new budget on Tuesday after a long debate. \
        Spending on schools will rise by four percent next year. \
        The mayor said the plan balanced growth and care for the city.\n\n\
        Critics argued that the budget ignored rising housing costs across the city. \
        A final vote is expected next month after public hearings.";

    #[test]
    fn sentences_without_a_watched_word_are_not_searched() {
        let watched = crate::cues::watched_words();
        assert!(watched.contains(&"leave") && watched.contains(&"getty"));
        assert!(!watched.contains(&"the"));
        // (text, holds a watched word, is boilerplate): notices are recognised by
        // their first word, which needs no watched word.
        for (text, holds, boilerplate) in [
            ("Copyright (c) 2024 News Ltd", true, true),
            ("Tags: a, b", false, true),
            ("Advertisement", false, true),
            ("Get the app, you'll love it.", true, true),
            ("Photo: Jane Roe", true, true),
            ("The council met on Tuesday.", false, false),
        ] {
            let doc = Document::new(text, Language::English, None);
            assert_eq!(doc.watched, [holds], "{text}");
            assert_eq!(detect(&doc), [boilerplate], "{text}");
        }
    }

    #[test]
    fn article_sentences_are_not_boilerplate() {
        assert!(flagged(BODY).is_empty(), "{:?}", flagged(BODY));
    }

    #[test]
    fn footer_lines_are_boilerplate() {
        let text = format!(
            "{BODY}\n\nCopyright © 2024 City News Ltd. All rights reserved.\n\nYou may also like...\n\n\
             Leave a Reply\n\nYour email address will not be published. Required fields are marked *"
        );
        let f = flagged(&text);
        assert_eq!(
            f,
            [
                "Copyright © 2024 City News Ltd.",
                "All rights reserved.",
                "You may also like...",
                "Leave a Reply",
                "Your email address will not be published.",
                "Required fields are marked *"
            ]
        );
    }

    #[test]
    fn captions_and_their_paragraph_are_boilerplate() {
        let text = format!(
            "{BODY}\n\nThe city hall seen from the river at dusk. Photo: Jane Roe/City News\n\nThe debate ran for hours."
        );
        assert_eq!(
            flagged(&text),
            [
                "The city hall seen from the river at dusk.",
                "Photo: Jane Roe/City News"
            ]
        );
    }

    #[test]
    fn promotions_addressed_to_the_reader_are_boilerplate() {
        let text =
            format!("Sign up now and get our best stories in your inbox every morning.\n\n{BODY}");
        assert_eq!(
            flagged(&text),
            ["Sign up now and get our best stories in your inbox every morning."]
        );
        // A quote that addresses someone is not a promotion.
        assert!(
            flagged("\"You cannot win this,\" the mayor told the council on Tuesday evening.")
                .is_empty()
        );
    }

    #[test]
    fn a_sentence_about_copyright_is_not_a_notice() {
        assert!(
            flagged("Copyright law changed in 2019 after a long campaign by authors.").is_empty()
        );
        assert!(starts_a_notice("copyright 2024 city news", 4));
        assert!(starts_a_notice("tags: politics, budget", 3));
        assert!(!starts_a_notice("tags were fitted to the birds", 6));
    }

    #[test]
    fn a_short_sentence_repeated_in_running_text_is_not_boilerplate() {
        assert!(flagged("Go now. Go now. Go now. They went.").is_empty());
    }

    #[test]
    fn repeated_short_lines_are_boilerplate() {
        let text =
            format!("Advertisement\n\n{BODY}\n\nAdvertisement\n\nThe hearings start in May.");
        let f = flagged(&text);
        assert_eq!(f, ["Advertisement", "Advertisement"]);
    }

    #[test]
    fn bylines_and_publication_times_are_boilerplate() {
        for line in [
            "By Jane Doe",
            "By Jane Doe and John Roe, CNN",
            "By .",
            "Daily Mail Reporter",
            "PUBLISHED: 14:11 EST, 25 October 2013 | UPDATED: 15:36 EST, 25 October 2013",
            "Updated 14:32, 3 March 2026",
            "Last updated at 3:15 PM on 25th October 2013",
            "14:11 EST, 25 October 2013 .",
            "March 10, 2015",
        ] {
            let text = format!("{line}\n\n{BODY}");
            let f = flagged(&text);
            // "Daily Mail Reporter" alone is no byline (a byline opens with "By").
            let expected: &[&str] = if line.starts_with("Daily") {
                &[]
            } else {
                &[line]
            };
            assert_eq!(f, expected, "{line}");
        }
        // Sentences that open with "By" or hold a date are article text.
        assert!(
            flagged("By Monday the river had fallen by two metres, officials said.").is_empty()
        );
        assert!(flagged("On March 10, 2015 the council voted to close the bridge.").is_empty());
    }

    #[test]
    fn notices_are_boilerplate() {
        for line in [
            "Scroll down for video",
            "Advertisement",
            "Read more: Why the river flooded this winter",
            "READ: The mayor's statement in full",
            "See also: Ten bridges worth a visit",
            "More from City News",
            "Correction: An earlier version misstated the budget.",
            "This story has been updated to correct the date of the vote.",
            "The views expressed in this commentary are solely those of the author.",
            "Follow @citynews on Twitter for updates.",
            "Like us on Facebook to see similar stories.",
            "Sorry, we are not currently accepting comments on this article.",
        ] {
            let text =
                format!("{BODY}\n\n{line}\n\nThe hearings start in May and run for two weeks.");
            assert_eq!(flagged(&text), [line], "{line}");
        }
        // A sentence about reading or following is not a notice.
        assert!(flagged("Read the report before the vote, the mayor told the council.").is_empty());
        assert!(flagged("More than 400 people came to the first hearing on Monday.").is_empty());
    }

    #[test]
    fn labelled_captions_are_boilerplate() {
        let caption = "Heads up: Smith (left) and Jones go up for a header during the match.";
        let text = format!("{BODY} {caption} The hearings start in May.");
        assert_eq!(flagged(&text), [caption]);
        // A label without a position marker, or a marker without a label, is article text.
        assert!(flagged("The reason: The budget was late (again) this year.").is_empty());
        assert!(flagged("The map was presented in 1974 by Arno Peters (pictured).").is_empty());
    }

    #[test]
    fn glued_datelines_and_captions_are_boilerplate_and_the_rest_is_not() {
        let text = "LONDON (Reuters) - The council approved the budget on Tuesday. \
                    Packed: Crowds fill the hall during the three-day debate The mayor said the plan was fair.";
        assert_eq!(
            flagged(text),
            [
                "LONDON (Reuters) -",
                "Packed: Crowds fill the hall during the three-day debate"
            ]
        );
    }
}
