//! News as text pipelines hand it over: a tabloid story flattened to one line (byline and
//! publication times as fragments, picture captions without a stop glued to the next
//! sentence, "Scroll down for video") and a wire story with a dateline, a "Read more" link and
//! a contributor line. The default summary takes the lede and never any of that. A personal
//! essay, whose opening is an anecdote rather than a lede, is summarized by its central
//! sentences. The texts are fixtures written for these tests (`tests/data/articles/`).
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use precis::{summarize, Options, Summary};

const TABLOID: &str = include_str!("data/articles/tabloid_flattened.txt");
const WIRE: &str = include_str!("data/articles/wire_story.txt");
const ESSAY: &str = include_str!("data/articles/personal_essay.txt");

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

/// The boilerplate of the tabloid story, as the summarizer should see it.
const TABLOID_BOILERPLATE: &[&str] = &[
    "By .",
    "PUBLISHED: .",
    "09:12 EST, 4 May 2026 .",
    "UPDATED: .",
    "10:40 EST, 4 May 2026 .",
    "Scroll down for video .",
    "Rescued: Biscuit is wrapped in a foil blanket by firefighter Tom Hale (left) on the bank of the reservoir .",
    "The dog was barely able to stand when she was brought ashore (pictured)",
    "Packed: Onlookers gather at the water's edge as the crew works to reach the stranded spaniel",
];

#[test]
fn the_tabloid_lede_is_chosen_and_its_debris_never() {
    let s = summarize(TABLOID, &Options::default()).unwrap();
    let picked = chosen(&s);
    assert_eq!(picked.len(), 3);
    assert!(
        picked[0].starts_with("A family dog that fell through the ice"),
        "{picked:#?}"
    );
    let flags = flagged(&s);
    for b in TABLOID_BOILERPLATE {
        assert!(flags.contains(b), "{b:?} not flagged: {flags:#?}");
        assert!(!picked.contains(b), "{b:?} chosen");
    }
    // Fragments with a spaced stop (the byline's name, "|") and captions are not chosen either.
    for p in &picked {
        assert!(!p.ends_with(" ."), "{p:?} chosen: {picked:#?}");
    }
}

#[test]
fn a_glued_caption_leaves_the_rest_of_its_sentence_in_the_article() {
    let s = summarize(TABLOID, &Options::default()).unwrap();
    let texts: Vec<&str> = s.sentences.iter().map(|x| x.text).collect();
    for rest in [
        "Paramedics said she was suffering from mild hypothermia.",
        "The fire service said it was called to three ice rescues of pets in the county last winter.",
    ] {
        let i = texts.iter().position(|t| *t == rest).expect(rest);
        assert!(!s.sentences[i].boilerplate, "{rest}");
        assert!(s.sentences[i].score > 0.0, "{rest}");
        // The pieces are exact slices of the text.
        let span = s.sentences[i].span;
        assert_eq!(&TABLOID[span.start..span.end], rest);
    }
}

#[test]
fn the_wire_dateline_is_split_off_and_the_lede_leads() {
    let s = summarize(WIRE, &Options::default()).unwrap();
    assert_eq!(s.sentences[0].text, "HARBOURVILLE, Maine (CNN) --");
    assert!(s.sentences[0].boilerplate);
    let picked = chosen(&s);
    assert!(
        picked[0].starts_with("Lobster catches along the coast of Maine fell by a fifth"),
        "{picked:#?}"
    );
    let flags = flagged(&s);
    for b in [
        "HARBOURVILLE, Maine (CNN) --",
        "Read more: How warming seas are changing what we eat .",
        "CNN's Ellen Park contributed to this report.",
    ] {
        assert!(flags.contains(&b), "{b:?} not flagged: {flags:#?}");
    }
}

#[test]
fn a_one_sentence_summary_is_a_central_sentence_near_the_top() {
    for text in [TABLOID, WIRE] {
        let s = summarize(text, &Options::default().sentences(1)).unwrap();
        let picked = s.selected().next().unwrap();
        assert!(!picked.boilerplate);
        let rank = s
            .sentences
            .iter()
            .filter(|x| !x.boilerplate && x.index < picked.index)
            .count();
        assert!(rank < 5, "{}", picked.text);
    }
}

#[test]
fn a_long_extract_is_not_just_the_opening() {
    // At half the story, coverage decides: the chosen sentences reach its second half.
    let s = summarize(WIRE, &Options::default().ratio(0.5)).unwrap();
    let last = s.selected().map(|x| x.index).max().unwrap();
    assert!(last > s.sentences.len() / 2, "{:#?}", chosen(&s));
}

#[test]
fn an_essay_without_a_lede_is_summarized_by_its_central_sentences() {
    // The opening ("It rained the whole week I turned forty.") names none of what the essay
    // is about (the starter, the flour, the rise), so position earns nothing.
    let s = summarize(ESSAY, &Options::default().sentences(3)).unwrap();
    let picked = chosen(&s);
    assert_eq!(picked.len(), 3);
    assert!(s.selected().all(|x| x.index >= 2), "{picked:#?}");
    assert!(
        picked
            .iter()
            .all(|t| t.contains("starter") || t.contains("rise")),
        "{picked:#?}"
    );
    // A news story's lede still leads.
    let news = summarize(WIRE, &Options::default().sentences(3)).unwrap();
    let first_ordinary = news.sentences.iter().find(|x| !x.boilerplate).unwrap();
    assert!(first_ordinary.selected, "{:#?}", chosen(&news));
}
