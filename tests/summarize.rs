//! The whole pipeline on articles: boilerplate never chosen, titles, diversity,
//! budgets, determinism. The sample article is read from `../shared/data/samples/`
//! beside the repository (a real paste; not committed, see the README).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use precis::{summarize, Algorithm, Options, ScoredSentence, Summary};

fn sample_article() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/data/samples/pasted_article.txt"
    );
    std::fs::read_to_string(path).unwrap_or_else(|e| {
        panic!("the sample article should be at {path} (shared data beside the repo): {e}")
    })
}

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

/// Cue words that only boilerplate of the sample article contains.
const BOILERPLATE_MARKS: &[&str] = &[
    "Copyright",
    "rights reserved",
    "Leave a Reply",
    "Required fields",
    "Photo:",
    "may also like",
    "SCMP Knowledge",
];

#[test]
fn sample_article_summary_has_no_boilerplate_for_any_algorithm() {
    let text = sample_article();
    for algorithm in Algorithm::ALL {
        for n in [3, 5, 10] {
            let summary =
                summarize(&text, &Options::default().algorithm(algorithm).sentences(n)).unwrap();
            let picked = chosen(&summary);
            assert_eq!(picked.len(), n, "{algorithm} {n}");
            for s in &picked {
                assert!(
                    !BOILERPLATE_MARKS.iter().any(|m| s.contains(m)),
                    "{algorithm} {n} picked {s:?}"
                );
            }
        }
    }
}

#[test]
fn sample_article_footer_caption_and_promo_are_flagged() {
    let text = sample_article();
    let summary = summarize(&text, &Options::default()).unwrap();
    let flags = flagged(&summary);
    for line in [
        "Leave a Reply",
        "You may also like...",
        "Your email address will not be published.",
        "Required fields are marked *",
        "All rights reserved.",
        "Photo: Shutterstock>",
    ] {
        assert!(flags.contains(&line), "{line:?} not flagged: {flags:#?}");
    }
    assert!(
        flags.iter().any(|s| s.starts_with("A bird’s eye view")),
        "the caption's first sentence"
    );
    assert!(flags
        .iter()
        .any(|s| s.starts_with("This article originally appeared")));
    assert!(flags
        .iter()
        .any(|s| s.starts_with("Get the answers with SCMP Knowledge")));
    // Article sentences are not flagged.
    assert!(!flags
        .iter()
        .any(|s| s.starts_with("Ant Group’s pact with Hangzhou")));
    assert!(flags.len() <= 16, "{flags:#?}");
}

#[test]
fn sample_article_title_line_is_not_chosen() {
    let text = sample_article();
    let summary = summarize(&text, &Options::default().sentences(10)).unwrap();
    let title = &summary.sentences[0];
    assert!(title
        .text
        .starts_with("Ant Group enters into strategic partnership"));
    assert!(!title.selected);
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
fn a_given_title_steers_the_scores() {
    let text = "The city festival drew large crowds on Saturday night. \
                Ticket sales at the city festival rose sharply this year. \
                A new concert hall at the city festival opened this year. \
                Crowds at the city festival enjoyed the music on Saturday.";
    let score = |title: &str, index: usize| {
        let summary = summarize(text, &Options::default().title(title)).unwrap();
        summary.sentences[index].score
    };
    // Sentences 1 and 2 are alike but for their topic (tickets, the hall): the title tips the balance.
    assert!(score("Festival ticket sales rise", 1) > score("Festival ticket sales rise", 2));
    assert!(score("New concert hall opens", 2) > score("New concert hall opens", 1));
}

#[test]
fn word_budget_is_respected() {
    let text = sample_article();
    for budget in [30, 80, 200] {
        let summary = summarize(&text, &Options::default().words(budget)).unwrap();
        let words: usize = summary.selected().map(|s| precis::word_count(s.text)).sum();
        let first = summary
            .selected()
            .next()
            .map_or(0, |s: &ScoredSentence<'_>| precis::word_count(s.text));
        assert!(words <= budget.max(first), "{budget}: {words}");
        assert!(summary.selected().count() >= 1);
    }
}

#[test]
fn same_input_same_output() {
    let text = sample_article();
    for algorithm in Algorithm::ALL {
        let options = Options::default().algorithm(algorithm);
        let a = summarize(&text, &options).unwrap();
        let b = summarize(&text, &options).unwrap();
        assert_eq!(a, b, "{algorithm}");
    }
}
