//! Property tests of the public API on generated article-like text
//! and arbitrary strings: spans slice the input exactly, ordered and
//! non-overlapping; the summary is a subset of the sentences, in document
//! order, within the requested budget; the same input gives the same output;
//! scores lie in [0, 1]; for every algorithm and language. Keyphrase
//! occurrences slice the text exactly, in order, on word edges.

#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use precis::{
    keyphrases, sentences_in, summarize, word_count, Algorithm, KeyphraseOptions, Language, Length,
    Options, Utf16Offsets, MAX_SENTENCE_BYTES,
};
use proptest::prelude::*;

mod fixed_seed;

/// Pieces of article text, chosen to hit the segmenter's rules: abbreviations,
/// initials, numbers, quotes, ellipses, lists, line breaks, CJK and Arabic
/// terminals, emoji, control characters, boilerplate cues.
const PIECES: &[&str] = &[
    "the",
    "council",
    "Paris",
    "floods",
    "closed",
    "schools",
    "on",
    "Monday",
    "Mr.",
    "Dr. Jones",
    "U.S.",
    "e.g.",
    "$5.50",
    "3.14",
    "5 p.m.",
    "J. R. R.",
    "No. 5",
    ".",
    ". ",
    "! ",
    "? ",
    "...",
    "…",
    "?!",
    "\"Go.\" ",
    "(see below.) ",
    "—",
    ",",
    ";",
    ":",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\r\n",
    "1) ",
    "2. ",
    "• ",
    "- ",
    "* ",
    "東京",
    "。",
    "！",
    "؟",
    "مدرسة",
    "Straße",
    "😀",
    "👩‍💻",
    "\u{0}",
    "\u{7}",
    "\u{200f}",
    "\u{a0}",
    "é",
    "©",
    "Copyright 2024",
    "All rights reserved.",
    "Leave a Reply",
    "Photo: AP",
    "Sign up for our newsletter",
    "www.example.com",
    "a@b.co",
];

/// Article-like text from [`PIECES`] and words, or (one case in four) any string.
fn text() -> impl Strategy<Value = String> {
    let article = prop::collection::vec(
        prop_oneof![
            4 => prop::sample::select(PIECES).prop_map(str::to_string),
            3 => "[A-Za-z]{1,9}",
            1 => "[A-Z][a-z]{0,8}\\. ",
            1 => "[0-9]{1,4}",
        ],
        0..80,
    )
    .prop_map(|parts| {
        let mut text = String::new();
        for p in parts {
            if !text.is_empty() && p.chars().next().is_some_and(char::is_alphanumeric) {
                text.push(' ');
            }
            text.push_str(&p);
        }
        text
    });
    prop_oneof![3 => article, 1 => any::<String>()]
}

fn algorithm() -> impl Strategy<Value = Algorithm> {
    prop::sample::select(&Algorithm::ALL[..])
}

fn language() -> impl Strategy<Value = Language> {
    prop::sample::select(&Language::ALL[..])
}

fn length() -> impl Strategy<Value = Length> {
    prop_oneof![
        (1usize..12).prop_map(Length::Sentences),
        (1u32..=1000).prop_map(|r| Length::Ratio(f64::from(r) / 1000.0)),
        (1usize..120).prop_map(Length::Words),
        Just(Length::Sentences(usize::MAX)),
        Just(Length::Words(usize::MAX)),
    ]
}

fn options() -> impl Strategy<Value = Options> {
    (
        length(),
        algorithm(),
        language(),
        0u32..=100,
        prop::option::of("[A-Za-z ]{0,30}"),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(
            |(length, algorithm, language, diversity, title, skip, include)| {
                let mut o = Options::default()
                    .algorithm(algorithm)
                    .language(language)
                    .diversity(f64::from(diversity) / 100.0)
                    .skip_boilerplate(skip)
                    .include_title(include);
                o.length = length;
                o.title = title;
                o
            },
        )
}

/// Checks the segmentation invariants of `text` in `language`.
fn check_spans(text: &str, language: Language) -> Result<(), TestCaseError> {
    let mut end = 0;
    let mut count = 0;
    for s in sentences_in(text, language) {
        prop_assert!(s.span.start >= end, "overlap or disorder at {:?}", s.span);
        prop_assert!(s.span.start < s.span.end, "empty span {:?}", s.span);
        prop_assert_eq!(text.get(s.span.start..s.span.end), Some(s.text));
        prop_assert_eq!(s.text.trim(), s.text);
        prop_assert!(s.text.len() <= MAX_SENTENCE_BYTES);
        let gap = &text[end..s.span.start];
        prop_assert!(gap.trim().is_empty(), "text lost: {:?}", gap);
        end = s.span.end;
        count += 1;
    }
    prop_assert!(text[end..].trim().is_empty(), "text lost at the end");
    prop_assert_eq!(count == 0, text.trim().is_empty());
    Ok(())
}

proptest! {
    #![proptest_config(fixed_seed::config(192))]

    #[test]
    fn spans_slice_the_text_exactly_in_order(text in text(), language in language()) {
        check_spans(&text, language)?;
    }

    #[test]
    fn summary_is_an_ordered_subset_within_budget(text in text(), options in options()) {
        let summary = summarize(&text, &options).unwrap();
        // Same input, same output.
        prop_assert_eq!(&summarize(&text, &options).unwrap(), &summary);

        // The summary's sentences are the segmenter's, except that boilerplate
        // glued to the front of a sentence (a dateline, a caption) is a sentence
        // of its own: each segmented sentence is tiled by one or more of them.
        let segmented: Vec<_> = sentences_in(&text, options.language).collect();
        let mut pieces = summary.sentences.iter().peekable();
        for seg in &segmented {
            let first = pieces.next();
            prop_assert_eq!(first.map(|s| s.span.start), Some(seg.span.start));
            let mut end = first.map_or(seg.span.start, |s| s.span.end);
            while let Some(s) = pieces.next_if(|s| s.span.end <= seg.span.end) {
                prop_assert!(text[end..s.span.start].trim().is_empty(), "text lost");
                end = s.span.end;
            }
            prop_assert_eq!(end, seg.span.end);
        }
        prop_assert!(pieces.next().is_none(), "a sentence outside the segmentation");
        for (k, s) in summary.sentences.iter().enumerate() {
            prop_assert_eq!(s.index, k);
            prop_assert_eq!(s.text, &text[s.span.start..s.span.end]);
            prop_assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
            prop_assert!(!s.boilerplate || options.skip_boilerplate);
            prop_assert!(!(s.selected && s.boilerplate), "boilerplate chosen");
        }
        let chosen: Vec<_> = summary.selected().collect();
        prop_assert!(chosen.windows(2).all(|w| w[0].index < w[1].index));
        let mut texts: Vec<&str> = chosen.iter().map(|s| s.text).collect();
        texts.sort_unstable();
        texts.dedup();
        prop_assert_eq!(texts.len(), chosen.len(), "a chosen sentence repeats");

        let n = summary.sentences.len();
        match options.length {
            Length::Sentences(k) => prop_assert!(chosen.len() <= k),
            Length::Ratio(r) => {
                let budget = ((r * n as f64).round() as usize).max(1);
                prop_assert!(chosen.len() <= budget, "{} > round({r} * {n})", chosen.len());
            }
            Length::Words(w) => {
                let total: usize = chosen.iter().map(|s| word_count(s.text)).sum();
                let with_words = chosen.iter().filter(|s| word_count(s.text) > 0).count();
                // Only the first chosen sentence may exceed the budget on its own.
                prop_assert!(total <= w || with_words == 1, "{total} words > {w}");
            }
        }
        if n > 0 && !options.skip_boilerplate && options.include_title {
            prop_assert!(!chosen.is_empty(), "nothing chosen from {n} sentences");
        }
        // The summary text is the chosen sentences, one per line.
        prop_assert_eq!(summary.text().lines().count(), chosen.len());
    }

    #[test]
    fn every_algorithm_scores_within_zero_and_one(text in text()) {
        for algorithm in Algorithm::ALL {
            let options = Options::default().algorithm(algorithm);
            let summary = summarize(&text, &options).unwrap();
            prop_assert!(summary.sentences.iter().all(|s| (0.0..=1.0).contains(&s.score)));
            if summary.sentences.iter().any(|s| s.score > 0.0) {
                // Scores are scaled so that the best sentence has 1.
                prop_assert!(summary.sentences.iter().any(|s| s.score == 1.0), "{algorithm}");
            }
            prop_assert!(summary.selected().count() <= 3);
        }
    }

    #[test]
    fn ratio_one_and_large_counts_choose_every_distinct_sentence_or_fewer(text in text()) {
        let all = summarize(&text, &Options::default().ratio(1.0)).unwrap();
        let many = summarize(&text, &Options::default().sentences(1_000_000)).unwrap();
        // With a budget above the sentence count, both choose the same sentences.
        let a: Vec<usize> = all.selected().map(|s| s.index).collect();
        let b: Vec<usize> = many.selected().map(|s| s.index).collect();
        prop_assert_eq!(a, b);
    }

    #[test]
    fn keyphrase_spans_slice_the_text_exactly(text in text(), language in language(), count in 0usize..16) {
        let options = KeyphraseOptions::default().count(count).language(language);
        let found = keyphrases(&text, &options).unwrap();
        prop_assert!(found.len() <= count);
        let mut shown = std::collections::HashSet::new();
        for (i, k) in found.iter().enumerate() {
            prop_assert!(!k.text.is_empty() && k.text.trim() == k.text, "text {:?}", k.text);
            prop_assert!(shown.insert(k.text.clone()), "{:?} twice", k.text);
            prop_assert!(k.score > 0.0 && k.score <= 1.0);
            prop_assert!(i > 0 || k.score == 1.0);
            prop_assert!(!k.occurrences.is_empty());
            let mut end = 0;
            for span in &k.occurrences {
                prop_assert!(span.start >= end && span.start < span.end, "{:?} after {}", span, end);
                let found = text.get(span.start..span.end);
                prop_assert!(found.is_some(), "{:?} does not slice the text", span);
                let found = found.unwrap_or_default();
                prop_assert_eq!(found, span.slice(&text));
                prop_assert!(!found.is_empty() && found.trim() == found, "{:?}", found);
                end = span.end;
            }
        }
        // The same keyphrases, through summarize.
        let summary = summarize(&text, &Options::default().keyphrases(count).language(language)).unwrap();
        prop_assert_eq!(&summary.keyphrases, &found);
    }

    #[test]
    fn utf16_offsets_match_a_naive_count(text in any::<String>(), mut offsets in prop::collection::vec(0usize..64, 0..16), sorted in any::<bool>()) {
        if sorted {
            offsets.sort_unstable();
        }
        let mut utf16 = Utf16Offsets::new(&text);
        for o in offsets {
            let byte = o % (text.len() + 2);
            let naive: usize = text
                .char_indices()
                .take_while(|&(i, c)| i + c.len_utf8() <= byte)
                .map(|(_, c)| c.len_utf16())
                .sum();
            prop_assert_eq!(utf16.convert(byte), naive, "byte {}", byte);
        }
        prop_assert_eq!(utf16.convert(text.len()), text.encode_utf16().count());
    }
}
