//! Boilerplate recognition for pasted articles: copyright lines, comment-form
//! prompts, sign-up and share prompts, photo captions and credits, cookie
//! notices and syndication footers.
//!
//! A sentence is boilerplate when its content says so (cue phrases, symbols such
//! as `©`, a prompt addressing the reader about a product), when its place and
//! shape say so (a short unpunctuated line in the article's tail, a short line
//! repeated in the text), or when it shares a short paragraph with a caption,
//! credit, copyright or promotion (the rest of a caption is caption too).
//! The page debris of a whole-page paste (menus, link lists, footers around
//! the article) comes from [`crate::debris`].

use crate::document::{ends_like_a_sentence, Document};
use crate::token::{alphanumeric_runs as words_of, fold_case};
use rustc_hash::FxHashMap;

/// Phrases that mark a sentence as boilerplate wherever it stands (lower case).
const CUES: &[&str] = &[
    "all rights reserved",
    "copyright (c)",
    "leave a reply",
    "leave a comment",
    "post a comment",
    "your email address will not be published",
    "required fields are marked",
    "you may also like",
    "you might also like",
    "recommended for you",
    "related articles",
    "related stories",
    "originally appeared",
    "originally published",
    "this article first appeared",
    "sign up for",
    "sign up to",
    "subscribe to our",
    "subscribe now",
    "our newsletter",
    "follow us on",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "click here",
    "we use cookies",
    "accept cookies",
    "cookie policy",
    "privacy policy",
    "terms of use",
    "terms of service",
    "skip to content",
    "download our app",
    "download the app",
    "reporting by",
    "editing by",
    "contributed to this report",
];

/// Phrases that mark a photo caption or credit (lower case).
const CAPTION_CUES: &[&str] = &[
    "photo:",
    "photograph:",
    "image:",
    "picture:",
    "credit:",
    "caption:",
    "alt=",
    "getty images",
    "shutterstock",
    "reuters/",
    "afp/",
    "ap photo",
    "(photo",
];

/// Words of a promotion addressed to the reader (used with "you"/"your").
const PROMO_WORDS: &[&str] = &[
    "app",
    "newsletter",
    "newsletters",
    "platform",
    "subscribe",
    "subscription",
    "download",
    "follow",
    "visit",
    "explore",
    "click",
    "tap",
    "register",
    "inbox",
    "podcast",
    "sign",
    "offer",
    "membership",
];

/// The words a sentence must hold (as a lower-cased alphanumeric run) for its
/// content to be a cue: the first word of each phrase of [`CUES`] and
/// [`CAPTION_CUES`], the words that address the reader (needed by a promotion)
/// and the words a notice opens with. [`Document`] records which sentences hold
/// one, so that the others (most) are not lower-cased and searched again.
/// (Repeats are left in: the analyzer keeps them in a set. Sorting here would add
/// a sort of strings, several KB, to the .wasm.)
pub(crate) fn watched_words() -> Vec<&'static str> {
    CUES.iter()
        .chain(CAPTION_CUES)
        .filter_map(|cue| words_of(cue).next())
        .chain(READER_WORDS.iter().copied())
        .chain(NOTICE_WORDS.iter().copied())
        .collect()
}

/// Words that address the reader.
const READER_WORDS: &[&str] = &["you", "your"];

/// Words a notice line opens with (see [`starts_a_notice`]).
const NOTICE_WORDS: &[&str] = &["copyright", "advertisement", "sponsored", "tags"];

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

/// Why a sentence is boilerplate, strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Signal {
    None,
    /// Shape and place only (short tail line, repeated short line).
    Layout,
    /// A cue phrase, symbol or promotion: also marks its small paragraph.
    Content,
}

/// One flag per sentence of `doc`: true for boilerplate.
pub(crate) fn detect(doc: &Document<'_>) -> Vec<bool> {
    let n = doc.len();
    // The tail starts no earlier than after the last sentence of prose: short
    // lines before it are the article's headings and list items.
    let last_prose = (0..n).rev().find(|&i| {
        doc.words.get(i).copied().unwrap_or(0) >= PROSE_WORDS
            && doc
                .sentences
                .get(i)
                .is_some_and(|s| ends_like_a_sentence(s.text))
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
            let words = doc.words.get(i).copied().unwrap_or(0);
            // Without a watched word (or a `©`) no cue can match: see `watched_words`.
            let candidate = doc.watched.get(i).copied().unwrap_or(true) || s.text.contains('©');
            if candidate && cues.matches(s.text, &mut lower) {
                return Signal::Content;
            }
            let own_line = doc.own_line.get(i).copied().unwrap_or(false);
            let short_line = own_line && words <= SHORT_LINE_WORDS && !ends_like_a_sentence(s.text);
            // A short line of its own seen more than once ("Advertisement"); a short
            // sentence repeated inside running text is not a layout signal.
            let repeated = own_line
                && words <= SHORT_LINE_WORDS
                && repeats.get(s.text).copied().unwrap_or(0) > 1;
            let before_title = doc.title_line == Some(i);
            if !before_title && ((short_line && i >= tail_start.max(1)) || repeated) {
                Signal::Layout
            } else {
                Signal::None
            }
        })
        .collect();

    // Spread content signals over small paragraphs.
    let mut flags: Vec<bool> = signals.iter().map(|&s| s != Signal::None).collect();
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
            if let Some(first) = words_of(cue).next() {
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
        if starts_a_notice(lower) {
            return true;
        }
        let mut addresses_reader = false;
        // The first words whose phrases were already searched for: each is searched
        // once per sentence, or "share share share …" would cost words × length.
        let mut searched: Vec<&str> = Vec::new();
        for word in words_of(lower) {
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
        addresses_reader && words_of(lower).any(|w| PROMO_WORDS.contains(&w))
    }
}

/// True for a lower-cased line that opens like a notice: "copyright" followed by
/// a year, "tags:", or a bare "advertisement"/"sponsored content" label. A
/// sentence *about* copyright ("Copyright law changed…") is not one.
fn starts_a_notice(lower: &str) -> bool {
    let mut words = words_of(lower);
    let first = words.next();
    let rest: Vec<&str> = words.take(3).collect();
    match first {
        Some("copyright") => rest
            .iter()
            .any(|w| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit())),
        Some("advertisement" | "sponsored") => rest.len() <= 2,
        _ => lower.starts_with("tags:"),
    }
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
        let watched = watched_words();
        assert!(watched.contains(&"leave") && watched.contains(&"getty"));
        assert!(!watched.contains(&"the"));
        for (text, holds) in [
            ("Copyright 2024 News Ltd", true),
            ("Tags: a, b", true),
            ("Advertisement", true),
            ("Get the app, you'll love it.", true),
            ("Photo: Jane Roe", true),
            ("The council met on Tuesday.", false),
        ] {
            let doc = Document::new(text, Language::English, None);
            assert_eq!(doc.watched, [holds], "{text}");
            assert_eq!(detect(&doc), [holds], "{text}");
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
        assert!(starts_a_notice("copyright 2024 city news"));
        assert!(starts_a_notice("tags: politics, budget"));
        assert!(!starts_a_notice("tags were fitted to the birds"));
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
}
