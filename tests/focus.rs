//! Focused summaries and keyphrases on articles written for these tests: a
//! focus the text mentions draws its sentences into the summary (the rest of
//! the scoring still orders them), a question counts by its informative words,
//! and a focus the text never mentions gives the ordinary summary and says so.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use precis::{keyphrases, summarize, Focus, KeyphraseOptions, Options, Summary};

/// A local news story with three threads: the harbour's new ferries, the
/// bridge repairs, and the festival.
const HARBOUR: &str = "Harbour town plans for a busy summer\n\n\
The town council of Eastport approved a budget on Tuesday that buys two electric ferries for the harbour. \
The ferries will replace diesel boats that have crossed to Gull Island since 1985. \
Repairs to the old stone bridge will also start in June, closing the bridge to cars for six weeks. \
Shop owners near the bridge said the closure would cost them customers in the busiest weeks of the year. \
The council promised signs that point drivers to the shops through the ring road. \
The harbour festival returns in August with sailing races, a fish market and concerts on the quay. \
Organisers expect twenty thousand visitors, twice as many as last year. \
The electric ferries are due in May and will carry bicycles for free. \
Mayor Ruth Okafor said the ferries would halve the harbour's fuel bill.";

fn chosen<'a>(summary: &'a Summary<'_>) -> Vec<&'a str> {
    summary.selected().map(|s| s.text).collect()
}

fn summary_of(options: Options) -> Summary<'static> {
    summarize(HARBOUR, &options).unwrap()
}

#[test]
fn a_focus_the_text_mentions_brings_its_sentences() {
    let plain = summary_of(Options::default().sentences(2));
    let lead = "The town council of Eastport approved a budget on Tuesday that buys two electric ferries for the harbour.";
    let shops = "Shop owners near the bridge said the closure would cost them customers in the busiest weeks of the year.";
    assert_eq!(chosen(&plain), [lead, shops]);
    assert_eq!(plain.focus, None);

    // Both sentences about the bridge, though the lead would win without a focus.
    let bridge = summary_of(Options::default().sentences(2).focus("the bridge"));
    assert_eq!(
        bridge.focus,
        Some(Focus {
            found: true,
            sentences: 2
        })
    );
    let repairs = "Repairs to the old stone bridge will also start in June, closing the bridge to cars for six weeks.";
    assert_eq!(chosen(&bridge), [repairs, shops]);

    // One sentence mentions the festival: it comes in, and the rest of the
    // scoring still picks the lead for the other place.
    let festival = summary_of(Options::default().sentences(2).focus("the festival"));
    assert_eq!(festival.focus.map(|f| f.sentences), Some(1));
    assert_eq!(
        chosen(&festival),
        [
            lead,
            "The harbour festival returns in August with sailing races, a fish market and concerts on the quay."
        ]
    );
}

#[test]
fn a_name_as_focus() {
    let focused = summary_of(Options::default().sentences(1).focus("Ruth Okafor"));
    assert!(focused.focus.is_some_and(|f| f.found && f.sentences == 1));
    assert_eq!(
        chosen(&focused),
        ["Mayor Ruth Okafor said the ferries would halve the harbour's fuel bill."]
    );
}

#[test]
fn a_question_counts_by_its_informative_words() {
    let focused = summary_of(
        Options::default()
            .sentences(1)
            .focus("How many visitors does the festival expect?"),
    );
    assert!(focused.focus.is_some_and(|f| f.found));
    let picked = chosen(&focused);
    assert_eq!(
        picked,
        ["Organisers expect twenty thousand visitors, twice as many as last year."]
    );
}

#[test]
fn a_focus_the_text_never_mentions_gives_the_ordinary_summary() {
    let plain = summary_of(Options::default());
    for focus in [
        "the airport",
        "What did the minister say about railways?",
        "the of and",
        "",
        "🙂",
    ] {
        let focused = summary_of(Options::default().focus(focus));
        assert_eq!(focused.focus, Some(Focus::default()), "{focus:?}");
        assert_eq!(focused.sentences, plain.sentences, "{focus:?}");
    }
}

#[test]
fn a_focus_does_not_change_the_keyphrases() {
    let plain = summary_of(Options::default().keyphrases(6));
    let focused = summary_of(Options::default().keyphrases(6).focus("festival"));
    assert_eq!(plain.keyphrases, focused.keyphrases);
    assert_eq!(
        plain.keyphrases,
        keyphrases(HARBOUR, &KeyphraseOptions::default().count(6)).unwrap()
    );
}

#[test]
fn the_keyphrases_of_the_story_name_its_subjects() {
    let found = keyphrases(HARBOUR, &KeyphraseOptions::default().count(8)).unwrap();
    let texts: Vec<&str> = found.iter().map(|k| k.text.as_str()).collect();
    for expected in ["harbour", "electric ferries", "bridge", "council"] {
        assert!(texts.contains(&expected), "{expected:?} in {texts:?}");
    }
    // Stop words never begin or end a keyphrase.
    for t in &texts {
        let words: Vec<&str> = t.split_whitespace().collect();
        for edge in [words[0], words[words.len() - 1]] {
            assert!(
                !["the", "a", "of", "to", "and", "in", "on"]
                    .contains(&edge.to_lowercase().as_str()),
                "{t:?}"
            );
        }
    }
}
