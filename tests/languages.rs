//! Every supported language on a news text written for these tests
//! (`tests/data/languages/`, one sentence per line): detection of the whole
//! text and of every run of a few sentences, segmentation of the text back into
//! its lines, the summary's reported language; mixed-language and very short
//! texts, which are not told.

use precis::{detect_language, sentences_in, summarize, Language, Options};

/// Each language with its text, one sentence per line.
const TEXTS: &[(Language, &str)] = &[
    (Language::English, include_str!("data/languages/en.txt")),
    (Language::German, include_str!("data/languages/de.txt")),
    (Language::French, include_str!("data/languages/fr.txt")),
    (Language::Spanish, include_str!("data/languages/es.txt")),
    (Language::Italian, include_str!("data/languages/it.txt")),
    (Language::Portuguese, include_str!("data/languages/pt.txt")),
    (Language::Dutch, include_str!("data/languages/nl.txt")),
    (Language::Danish, include_str!("data/languages/da.txt")),
    (Language::Norwegian, include_str!("data/languages/no.txt")),
    (Language::Swedish, include_str!("data/languages/sv.txt")),
    (Language::Finnish, include_str!("data/languages/fi.txt")),
    (Language::Hungarian, include_str!("data/languages/hu.txt")),
    (Language::Romanian, include_str!("data/languages/ro.txt")),
    (Language::Turkish, include_str!("data/languages/tr.txt")),
    (Language::Polish, include_str!("data/languages/pl.txt")),
    (Language::Czech, include_str!("data/languages/cs.txt")),
    (Language::Russian, include_str!("data/languages/ru.txt")),
    (Language::Ukrainian, include_str!("data/languages/uk.txt")),
    (Language::Greek, include_str!("data/languages/el.txt")),
    (Language::Armenian, include_str!("data/languages/hy.txt")),
    (Language::Arabic, include_str!("data/languages/ar.txt")),
    (Language::Persian, include_str!("data/languages/fa.txt")),
    (Language::Hebrew, include_str!("data/languages/he.txt")),
    (Language::Hindi, include_str!("data/languages/hi.txt")),
    (Language::Tamil, include_str!("data/languages/ta.txt")),
    (Language::Chinese, include_str!("data/languages/zh.txt")),
    (Language::Japanese, include_str!("data/languages/ja.txt")),
    (Language::Korean, include_str!("data/languages/ko.txt")),
];

/// The fewest consecutive sentences of a text that make an article-length test
/// text of their own (a short news item: 80 to 130 words).
const WINDOW: usize = 5;

/// The sentences of a fixture.
fn lines(fixture: &str) -> Vec<&str> {
    fixture.lines().filter(|l| !l.trim().is_empty()).collect()
}

/// Sentences as they are written in running text: joined by a space, or with
/// nothing between them in Chinese and Japanese.
fn join(language: Language, sentences: &[&str]) -> String {
    let gap = match language {
        Language::Chinese | Language::Japanese => "",
        _ => " ",
    };
    sentences.join(gap)
}

#[test]
fn every_language_has_a_text() {
    assert_eq!(TEXTS.len(), Language::ALL.len());
    for language in Language::ALL {
        assert!(TEXTS.iter().any(|&(l, _)| l == language), "{language}");
    }
    for &(language, fixture) in TEXTS {
        assert!(lines(fixture).len() >= 7, "{language}");
    }
}

#[test]
fn whole_texts_are_detected() {
    for &(language, fixture) in TEXTS {
        let text = join(language, &lines(fixture));
        assert_eq!(detect_language(&text), Some(language), "{text}");
        let summary = summarize(&text, &Options::default()).expect("default options are valid");
        assert_eq!(summary.language, Some(language));
    }
}

#[test]
fn every_run_of_a_few_sentences_is_detected() {
    let mut wrong = Vec::new();
    let mut total = 0;
    for &(language, fixture) in TEXTS {
        let sentences = lines(fixture);
        for run in sentences.windows(WINDOW) {
            total += 1;
            let text = join(language, run);
            let found = detect_language(&text);
            if found != Some(language) {
                wrong.push(format!("{language} -> {found:?}: {text}"));
            }
        }
    }
    assert_eq!(total, 28 * 3);
    assert!(
        wrong.is_empty(),
        "{} of {total} wrong:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn shorter_texts_are_told_or_left_neutral_never_taken_for_another_language() {
    for size in 1..WINDOW {
        let (mut told, mut total) = (0, 0);
        let mut wrong = Vec::new();
        for &(language, fixture) in TEXTS {
            for run in lines(fixture).windows(size) {
                let text = join(language, run);
                total += 1;
                match detect_language(&text) {
                    Some(found) if found == language => told += 1,
                    Some(found) => wrong.push(format!("{language} -> {found}: {text}")),
                    None => {}
                }
            }
        }
        eprintln!("{size} sentences: {told} of {total} told, the others left neutral");
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

#[test]
fn texts_split_into_their_sentences() {
    for &(language, fixture) in TEXTS {
        let expected = lines(fixture);
        let text = join(language, &expected);
        let given: Vec<&str> = sentences_in(&text, language).map(|s| s.text).collect();
        assert_eq!(given, expected, "{language}");
        let detected: Vec<&str> = sentences_in(&text, detect_language(&text))
            .map(|s| s.text)
            .collect();
        assert_eq!(detected, expected, "{language}, detected");
    }
}

#[test]
fn mixed_texts_are_not_told() {
    let text = |language: Language| {
        TEXTS
            .iter()
            .find(|&&(l, _)| l == language)
            .map(|&(l, fixture)| join(l, &lines(fixture)))
            .unwrap_or_default()
    };
    for (a, b) in [
        (Language::English, Language::French),
        (Language::German, Language::Dutch),
        (Language::Danish, Language::Norwegian),
        (Language::Spanish, Language::Portuguese),
        (Language::Russian, Language::Ukrainian),
        (Language::Arabic, Language::Persian),
        (Language::Czech, Language::Polish),
        (Language::English, Language::Russian),
        (Language::Greek, Language::Hebrew),
        (Language::Chinese, Language::Korean),
    ] {
        let mixed = format!("{}\n\n{}", text(a), text(b));
        assert_eq!(detect_language(&mixed), None, "{a} + {b}");
        let summary = summarize(&mixed, &Options::default()).expect("default options are valid");
        assert_eq!(summary.language, None, "{a} + {b}");
        assert!(
            summary.selected().next().is_some(),
            "{a} + {b}: still summarized"
        );
    }
}

#[test]
fn a_mostly_one_language_text_is_that_language() {
    // An English article quoting a sentence in French is English.
    let english = TEXTS
        .first()
        .map(|&(_, f)| join(Language::English, &lines(f)))
        .unwrap_or_default();
    let text = format!("{english} \"Le conseil a tranché,\" said one member.");
    assert_eq!(detect_language(&text), Some(Language::English));
}

#[test]
fn very_short_texts_are_not_told() {
    for text in [
        "",
        " ",
        "OK.",
        "Paris",
        "2024",
        "Hi!",
        "Merci.",
        "Да.",
        "谢谢",
        "はい。",
        "😀😀😀",
        "---",
    ] {
        assert_eq!(detect_language(text), None, "{text:?}");
    }
    let summary = summarize("Merci.", &Options::default()).expect("default options are valid");
    assert_eq!(summary.language, None);
    assert_eq!(summary.text(), "Merci.");
}

#[test]
fn an_explicit_language_wins() {
    let french = TEXTS
        .iter()
        .find(|&&(l, _)| l == Language::French)
        .map(|&(l, f)| join(l, &lines(f)))
        .unwrap_or_default();
    let options = Options::default().language(Language::English);
    let summary = summarize(&french, &options).expect("valid options");
    assert_eq!(summary.language, Some(Language::English));
}
