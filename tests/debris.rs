//! Whole-page pastes: the article is found and kept, the page around it is
//! boilerplate. The fixtures in `tests/data/pages/` are pages written for these
//! tests (a news page with menus, teasers, comments and a footer; a blog post
//! with categories, a bio and comments; a German news page), each with its
//! article alone beside it (`*.article.txt`). Clean articles must lose nothing.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    clippy::panic
)]

use precis::{summarize, Language, Options, Summary};

fn fixture(name: &str) -> String {
    let path = format!("{}/tests/data/pages/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// `text` with every run of white space as one space.
fn squeeze(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The sentences of `summary`, split into those of `article` and the others.
struct Split<'a> {
    article: Vec<(&'a str, bool)>,
    debris: Vec<(&'a str, bool)>,
}

fn split<'a>(summary: &'a Summary<'_>, article: &str) -> Split<'a> {
    let article = squeeze(article);
    let (mut a, mut d) = (Vec::new(), Vec::new());
    for s in &summary.sentences {
        let entry = (s.text, s.boilerplate);
        if article.contains(&squeeze(s.text)) {
            a.push(entry);
        } else {
            d.push(entry);
        }
    }
    Split {
        article: a,
        debris: d,
    }
}

/// Checks a page: no article sentence is boilerplate, every other sentence
/// is, and the summary comes from the article.
fn check_page(page: &str, language: Language) {
    let text = fixture(&format!("{page}.txt"));
    let article = fixture(&format!("{page}.article.txt"));
    let summary = summarize(&text, &Options::default().language(language)).unwrap();
    let split = split(&summary, &article);
    let lost: Vec<&str> = split.article.iter().filter(|s| s.1).map(|s| s.0).collect();
    assert!(lost.is_empty(), "{page}: article sentences cut: {lost:#?}");
    // Every sentence of the article alone is among the page's kept sentences.
    for sentence in precis::sentences_in(&article, language) {
        let wanted = squeeze(sentence.text);
        assert!(
            split.article.iter().any(|s| squeeze(s.0) == wanted && !s.1),
            "{page}: {wanted:?} is not kept"
        );
    }
    let missed: Vec<&str> = split.debris.iter().filter(|s| !s.1).map(|s| s.0).collect();
    assert!(missed.is_empty(), "{page}: debris kept: {missed:#?}");
    let chosen: Vec<&str> = summary.selected().map(|s| s.text).collect();
    assert_eq!(chosen.len(), 3, "{page}");
    for s in &chosen {
        assert!(
            squeeze(&article).contains(&squeeze(s)),
            "{page}: {s:?} is not from the article"
        );
    }
}

#[test]
fn a_news_page_with_menus_teasers_comments_and_footer() {
    check_page("news_page", Language::English);
}

#[test]
fn a_blog_post_with_categories_bio_and_comments() {
    check_page("blog_page", Language::English);
}

#[test]
fn a_german_news_page() {
    check_page("german_page", Language::German);
    // The signals are shapes, not words: read as English it is found too.
    check_page("german_page", Language::English);
}

#[test]
fn the_article_alone_loses_nothing() {
    for page in ["news_page", "blog_page", "german_page"] {
        let article = fixture(&format!("{page}.article.txt"));
        let summary = summarize(&article, &Options::default()).unwrap();
        let cut: Vec<&str> = summary
            .sentences
            .iter()
            .filter(|s| s.boilerplate)
            .map(|s| s.text)
            .collect();
        assert!(cut.is_empty(), "{page}: {cut:?}");
    }
}

/// Clean texts of several kinds: nothing is boilerplate.
#[test]
fn clean_articles_lose_nothing() {
    let essay =
        "On Walking\n\nI have walked to work for eleven years. It takes forty minutes each way, \
        and in that time I have watched a street change its shops, its trees and its people.\n\n\
        Walking is slow, and that is the point. A car shows you a city as a series of signals; \
        on foot you see its faces, its repairs, the way one bakery opens earlier every winter.\n\n\
        There are bad days. Rain finds every gap in a coat, and in February the dark comes \
        before you reach home. But I have never once arrived at work angry, which I cannot say \
        of the years I drove.\n\nSo I will keep walking, for as long as my knees allow it.";
    let news = "Floods Close Schools Across the Region\n\nBy Sam Okafor, Weather Correspondent\n\
        Updated 14:05, 3 November 2023\n\n\
        Heavy rain closed 42 schools across the region on Friday, and the river rose to its \
        highest level since 1998.\n\n\
        \"We expect the water to keep rising until Saturday night,\" said Lena Kovac of the \
        environment agency.\n\nWhere the floods are worst\n\n\
        - the old town, where the river has burst its banks\n\
        - the villages north of the bypass\n\
        - the industrial park near the railway\n\n\
        Trains between the city and the coast were cancelled for the day. Officials said \
        schools would reopen on Monday if the rain stopped.";
    let list = "Ten Things to Pack for a Winter Hike\n\nShort days and cold nights make winter \
        hiking different. Pack these, even for a short walk.\n\n\
        Warm Layers\nWaterproof Jacket\nHat and Gloves\nHead Torch\nSpare Batteries\n\
        Map and Compass\nHot Drink\nSnacks\nFirst Aid Kit\nFoil Blanket\n\n\
        Check the forecast the night before, and tell someone where you are going.";
    let german = "Neue Brücke eröffnet\n\nDie neue Brücke über den Rhein ist seit Montag für den \
        Verkehr freigegeben. Der Bau hat vier Jahre gedauert und 120 Millionen Euro gekostet.\n\n\
        Täglich sollen rund 30.000 Fahrzeuge die Brücke nutzen. Die alte Brücke wird im Sommer \
        abgerissen.";
    // The byline and the date line are boilerplate by the cue rules, not text.
    let metadata = [
        "By Sam Okafor, Weather Correspondent",
        "Updated 14:05, 3 November 2023",
    ];
    for (text, language) in [
        (essay, Language::English),
        (news, Language::English),
        (list, Language::English),
        (german, Language::German),
    ] {
        let summary = summarize(text, &Options::default().language(language)).unwrap();
        let cut: Vec<&str> = summary
            .sentences
            .iter()
            .filter(|s| s.boilerplate && !metadata.contains(&s.text))
            .map(|s| s.text)
            .collect();
        assert!(cut.is_empty(), "{cut:?}");
    }
}
