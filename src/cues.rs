//! The words and phrases that mark boilerplate: data only, read by
//! [`crate::boilerplate`] (which decides) and by [`crate::document`] (which notes
//! the sentences holding a [`watched_words`] word, so that only those are
//! searched). All entries are lower case.

use crate::token::alphanumeric_runs;

/// Phrases that mark a sentence as boilerplate wherever they stand.
pub(crate) const CUES: &[&str] = &[
    // Copyright and syndication.
    "all rights reserved",
    "copyright (c)",
    "originally appeared",
    "originally published",
    "this article first appeared",
    "reporting by",
    "editing by",
    "contributed to this report",
    "contributed reporting",
    // Comment forms and reader prompts.
    "leave a reply",
    "leave a comment",
    "post a comment",
    "your email address will not be published",
    "required fields are marked",
    "accepting comments",
    "comments are closed",
    "join the conversation",
    "email your story ideas",
    "share your story",
    "share your thoughts",
    // Teasers of other stories.
    "you may also like",
    "you might also like",
    "recommended for you",
    "related articles",
    "related stories",
    // Sign-up, follow and share prompts.
    "sign up for",
    "sign up to",
    "subscribe to our",
    "subscribe now",
    "our newsletter",
    "follow us on",
    "like us on facebook",
    "share this article",
    "share this story",
    "share on facebook",
    "share on twitter",
    "click here",
    "download our app",
    "download the app",
    "scroll down for video",
    // Cookie and site notices.
    "we use cookies",
    "accept cookies",
    "cookie policy",
    "privacy policy",
    "terms of use",
    "terms of service",
    "skip to content",
    // Corrections and disclaimers.
    // (Each phrase starts with a word that is rare in article text: only the
    // sentences holding the first word of a phrase are searched for it.)
    "story has been updated",
    "story has been corrected",
    "article has been updated",
    "article has been corrected",
    "earlier version of this",
    "breaking news update",
    "views expressed in",
    "opinions expressed in",
    "views expressed here",
    "opinions expressed here",
];

/// Phrases that mark a photo caption or credit.
pub(crate) const CAPTION_CUES: &[&str] = &[
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

/// Words of a promotion addressed to the reader (used with [`READER_WORDS`]).
pub(crate) const PROMO_WORDS: &[&str] = &[
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

/// Words that address the reader.
pub(crate) const READER_WORDS: &[&str] = &["you", "your"];

/// Words a notice line opens with: `Copyright 2024 …`, `Advertisement`,
/// `Tags: …`, `Read more: …`, `Correction: …`, `Published: 14:11 EST …`,
/// `By Jane Doe`, `More from Africa View`.
pub(crate) const NOTICE_WORDS: &[&str] = &[
    "copyright",
    "advertisement",
    "sponsored",
    "tags",
    "read",
    "see",
    "watch",
    "listen",
    "correction",
    "clarification",
    "published",
    "updated",
    "posted",
    "last",
    "by",
    "more",
    "follow",
];

/// Words of a line that is only a date or time: month and day names, time
/// zones and the words around them (`Published 14:11 EST, 25 October 2013`).
pub(crate) const DATE_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "am",
    "pm",
    "a",
    "m",
    "p",
    "est",
    "edt",
    "cst",
    "cdt",
    "pst",
    "pdt",
    "gmt",
    "bst",
    "utc",
    "cet",
    "cest",
    "et",
    "pt",
    "hkt",
    "st",
    "nd",
    "rd",
    "th",
    "on",
    "at",
    "published",
    "updated",
    "posted",
    "last",
    "modified",
    "first",
];

/// The words a sentence must hold (as a lower-cased alphanumeric run) for a cue
/// to match it: the first word of each phrase of [`CUES`] and [`CAPTION_CUES`],
/// and [`READER_WORDS`]. ([`NOTICE_WORDS`] are only looked for as a sentence's
/// first word, which needs no search.) (Repeats are left in: the analyzer
/// keeps them in a set. Sorting here would add a sort of strings, several KB, to
/// the .wasm.)
pub(crate) fn watched_words() -> Vec<&'static str> {
    CUES.iter()
        .chain(CAPTION_CUES)
        .filter_map(|cue| alphanumeric_runs(cue).next())
        .chain(READER_WORDS.iter().copied())
        .collect()
}
