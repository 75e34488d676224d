//! The whole pipeline on articles: boilerplate never chosen, titles, diversity,
//! budgets, word counts, determinism. The pasted articles are fixtures written for
//! these tests (`tests/data/articles/`), with the boilerplate a copy from a news
//! site brings along.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use precis::{summarize, word_count, Algorithm, Options, ScoredSentence, Summary};

/// A news article pasted from a web page: a title line, a promotion for a
/// newsletter in the middle, a photo caption pasted twice (as text and as its
/// `alt=` attribute), a syndication footer, copyright lines and a comment form.
const FERRY_FLEET: &str = include_str!("data/articles/ferry_fleet.txt");

/// A web page pasted whole: navigation, byline, sign-up prompt and
/// advertisement labels before the article, an image credit and a "Read more"
/// link inside it, share and cookie prompts and a copyright line after it.
const WATER_RATES: &str = include_str!("data/articles/water_rates.txt");

fn chosen<'a>(summary: &'a Summary<'_>) -> Vec<&'a str> {
    summary.selected().map(|s| s.text).collect()
}

fn flagged<'a>(summary: &'a Summary<'_>) -> Vec<&'a str> {
    summary
        .sentences
        .iter()
        .filter(|s| s.boilerplate)
        .map(|s| s.text)
        .collect()
}

/// The byte range of the paragraph of `text` that starts with `start` (up to
/// the next blank line, or to the end with `to_end`).
fn paragraph(text: &str, start: &str, to_end: bool) -> std::ops::Range<usize> {
    let from = text.find(start).expect(start);
    let to = if to_end {
        text.len()
    } else {
        text[from..].find("\n\n").map_or(text.len(), |n| from + n)
    };
    from..to
}

/// Cue words that only the boilerplate of the ferry article contains.
const FERRY_BOILERPLATE_MARKS: &[&str] = &[
    "Copyright",
    "rights reserved",
    "Leave a Reply",
    "Required fields",
    "Photo:",
    "may also like",
    "Harbour Explained",
    "originally appeared",
    "Chronicle app",
];

/// Cue words that only the boilerplate of the water-rates page contains.
const WATER_BOILERPLATE_MARKS: &[&str] = &[
    "Skip to content",
    "Sign up",
    "Advertisement",
    "Image:",
    "Share this",
    "Follow us",
    "cookie",
    "Copyright",
];

#[test]
fn pasted_articles_summaries_have_no_boilerplate_for_any_algorithm() {
    for (text, marks) in [
        (FERRY_FLEET, FERRY_BOILERPLATE_MARKS),
        (WATER_RATES, WATER_BOILERPLATE_MARKS),
    ] {
        for algorithm in Algorithm::ALL {
            for n in [3, 5, 10] {
                let summary =
                    summarize(text, &Options::default().algorithm(algorithm).sentences(n)).unwrap();
                let picked = chosen(&summary);
                assert_eq!(picked.len(), n, "{algorithm} {n}");
                for s in &picked {
                    assert!(
                        !marks.iter().any(|m| s.contains(m)),
                        "{algorithm} {n} picked {s:?}"
                    );
                }
            }
        }
    }
}

#[test]
fn ferry_article_footer_caption_and_promo_are_flagged_and_nothing_else() {
    let summary = summarize(FERRY_FLEET, &Options::default()).unwrap();
    let flags = flagged(&summary);
    for line in [
        "Leave a Reply",
        "You may also like...",
        "Your email address will not be published.",
        "Required fields are marked *",
        "All rights reserved.",
        "Photo: Sam Okoro>",
    ] {
        assert!(flags.contains(&line), "{line:?} not flagged: {flags:#?}");
    }
    for start in [
        "A diesel ferry leaves Central Quay",
        "This article originally appeared",
        "Get the answers in our Harbour Explained newsletter",
    ] {
        assert!(
            flags.iter().any(|s| s.starts_with(start)),
            "{start:?} not flagged: {flags:#?}"
        );
    }
    // Only the promotion, the caption and the footer are boilerplate.
    let boilerplate = [
        paragraph(FERRY_FLEET, "Do you want to know", false),
        paragraph(FERRY_FLEET, "A diesel ferry leaves", false),
        paragraph(FERRY_FLEET, "This article originally appeared", true),
    ];
    for s in summary.sentences.iter().filter(|s| s.boilerplate) {
        assert!(
            boilerplate
                .iter()
                .any(|p| p.start <= s.span.start && s.span.end <= p.end),
            "an article sentence is flagged: {:?}",
            s.text
        );
    }
}

#[test]
fn ferry_article_title_line_is_not_chosen() {
    let summary = summarize(FERRY_FLEET, &Options::default().sentences(10)).unwrap();
    let title = &summary.sentences[0];
    assert!(title.text.starts_with("Northport signs deal"));
    assert!(!title.selected);
    let with_title = summarize(
        FERRY_FLEET,
        &Options::default().sentences(10).include_title(true),
    )
    .unwrap();
    assert!(
        with_title.sentences[0].selected,
        "the title line scores high, so it is chosen when allowed"
    );
}

const WRITTEN: &str = "\
Sign up for our newsletter to get the best stories in your inbox.

Advertisement

The city council approved a new budget for public transport on Tuesday after a debate that lasted most of the night.
The plan adds forty buses to the fleet and extends the tram line to the northern suburbs by next spring.
Council members said the budget would cut waiting times across the city by a third.

A tram crosses the river bridge at dusk. Photo: Jane Roe/City Times

Critics of the plan argued that fares would rise to pay for the new buses and the tram extension.
The mayor said fares would stay frozen until the end of next year and that the budget was balanced.
Read more: Mayor promises fare freeze

A final vote on the tram extension is expected next month after public hearings in every district.

This article originally appeared in the City Times.
Follow us on Twitter and Facebook.
Share this article
We use cookies to improve your experience on our site.
Copyright © 2024 City Times Media. All rights reserved.";

#[test]
fn written_article_boilerplate_at_start_middle_and_end_is_never_chosen() {
    let all = summarize(WRITTEN, &Options::default().ratio(1.0)).unwrap();
    let picked = chosen(&all);
    assert_eq!(
        picked.len(),
        6,
        "exactly the six article sentences: {picked:#?}"
    );
    for s in &picked {
        for mark in [
            "newsletter",
            "Advertisement",
            "Photo:",
            "dusk",
            "Read more",
            "originally",
            "Follow us",
            "Share",
            "cookies",
            "Copyright",
        ] {
            assert!(!s.contains(mark), "picked {s:?}");
        }
    }
    // Turned off, the same lines are ordinary sentences.
    let kept = summarize(
        WRITTEN,
        &Options::default().ratio(1.0).skip_boilerplate(false),
    )
    .unwrap();
    assert!(flagged(&kept).is_empty());
    assert!(chosen(&kept).len() > picked.len());
}

#[test]
fn diversity_avoids_two_sentences_that_say_the_same() {
    let text = "Heavy floods closed every school in Paris on Monday, officials said. \
                Officials said heavy floods closed every school in Paris on Monday. \
                The floods also cut power to thousands of homes across the city. \
                Rescue teams worked through the night to reach stranded residents.";
    let plain = summarize(
        text,
        &Options::default()
            .algorithm(Algorithm::TextRank)
            .diversity(0.0)
            .sentences(2),
    )
    .unwrap();
    assert_eq!(
        plain.selected().map(|s| s.index).collect::<Vec<_>>(),
        [0, 1]
    );
    let diverse = summarize(
        text,
        &Options::default()
            .algorithm(Algorithm::TextRank)
            .diversity(0.5)
            .sentences(2),
    )
    .unwrap();
    let indices: Vec<usize> = diverse.selected().map(|s| s.index).collect();
    assert_eq!(indices.len(), 2);
    assert!(
        !(indices.contains(&0) && indices.contains(&1)),
        "{indices:?}"
    );
}

#[test]
fn a_given_title_is_recognised_in_the_text_and_not_chosen() {
    // The title repeated as the first line, ending with a stop as some pastes have it:
    // on its own it would be an ordinary sentence.
    let text = "Festival ticket sales rise. \
                The city festival drew large crowds on Saturday night. \
                Ticket sales at the city festival rose sharply this year. \
                A new concert hall at the city festival opened this year.";
    let options = Options::default().sentences(4);
    let untitled = summarize(text, &options).unwrap();
    assert!(untitled.sentences[0].selected);
    let titled = summarize(text, &options.clone().title("Festival Ticket Sales Rise")).unwrap();
    assert!(!titled.sentences[0].selected);
    assert_eq!(titled.selected().count(), 3);
    let included = summarize(
        text,
        &options
            .title("Festival ticket sales rise")
            .include_title(true),
    )
    .unwrap();
    assert!(included.sentences[0].selected);
}

#[test]
fn word_budget_is_respected() {
    for text in [FERRY_FLEET, WATER_RATES] {
        for budget in [30, 80, 200] {
            let summary = summarize(text, &Options::default().words(budget)).unwrap();
            let words: usize = summary.selected().map(|s| s.word_count).sum();
            let first = summary
                .selected()
                .next()
                .map_or(0, |s: &ScoredSentence<'_>| s.word_count);
            assert!(words <= budget.max(first), "{budget}: {words}");
            assert!(summary.selected().count() >= 1);
        }
    }
}

#[test]
fn every_sentence_carries_its_word_count() {
    for text in [FERRY_FLEET, WATER_RATES, WRITTEN] {
        let summary = summarize(text, &Options::default()).unwrap();
        for s in &summary.sentences {
            assert_eq!(s.word_count, word_count(s.text), "{:?}", s.text);
        }
    }
    let summary = summarize(FERRY_FLEET, &Options::default()).unwrap();
    let total: usize = summary.sentences.iter().map(|s| s.word_count).sum();
    assert_eq!(total, word_count(FERRY_FLEET));
}

#[test]
fn same_input_same_output() {
    for text in [FERRY_FLEET, WATER_RATES] {
        for algorithm in Algorithm::ALL {
            let options = Options::default().algorithm(algorithm);
            let a = summarize(text, &options).unwrap();
            let b = summarize(text, &options).unwrap();
            assert_eq!(a, b, "{algorithm}");
        }
    }
}
