//! Hostile inputs: each test states what the result must be, not only
//! that nothing panicked. Sizes are chosen so that the whole file runs in a few
//! seconds in a debug build; the largest cases (10 MB of repeats, 1 MB without
//! spaces, 100,000 lines, 50,000 identical sentences, binary junk) are timed
//! end to end in release by `benches/hostile.rs`.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use precis::{
    sentences, summarize, word_count, Algorithm, ErrorKind, Options, Summary, MAX_INPUT_BYTES,
    MAX_SENTENCE_BYTES,
};

/// The invariants every result keeps, whatever the text: spans slice the text
/// exactly, in order, without overlap, trimmed, at most `MAX_SENTENCE_BYTES`;
/// only white space lies between them; scores in [0, 1]; no chosen sentence
/// repeats another. Returns the chosen texts.
fn check<'a>(text: &str, summary: &Summary<'a>) -> Vec<&'a str> {
    let mut end = 0;
    for (k, s) in summary.sentences.iter().enumerate() {
        assert_eq!(s.index, k);
        assert!(
            s.span.start >= end && s.span.start < s.span.end,
            "{:?}",
            s.span
        );
        assert_eq!(&text[s.span.start..s.span.end], s.text);
        assert_eq!(s.text.trim(), s.text);
        assert!(s.text.len() <= MAX_SENTENCE_BYTES);
        assert!(text[end..s.span.start].trim().is_empty(), "text lost");
        assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
        end = s.span.end;
    }
    assert!(text[end..].trim().is_empty(), "text lost at the end");
    let chosen: Vec<&str> = summary.selected().map(|s| s.text).collect();
    let mut sorted = chosen.clone();
    sorted.sort_unstable();
    sorted.dedup();
    assert_eq!(sorted.len(), chosen.len(), "a chosen sentence repeats");
    chosen
}

/// Summarizes with every algorithm and checks the invariants; returns the
/// default (hybrid) result's chosen texts.
fn every_algorithm<'a>(text: &'a str, options: &Options) -> Vec<&'a str> {
    let mut first = None;
    for a in Algorithm::ALL {
        let summary = summarize(text, &options.clone().algorithm(a)).unwrap();
        let chosen = check(text, &summary);
        first.get_or_insert(chosen);
    }
    first.unwrap()
}

#[test]
fn empty_text_gives_an_empty_summary() {
    let s = summarize("", &Options::default()).unwrap();
    assert!(s.sentences.is_empty());
    assert_eq!(s.text(), "");
    assert!(every_algorithm("", &Options::default()).is_empty());
}

#[test]
fn white_space_only_gives_an_empty_summary() {
    let text = " \t\n\r\n\u{a0}\u{2003}\u{3000}\u{2028}\u{2029}\u{85}\n\n   ";
    let s = summarize(text, &Options::default()).unwrap();
    assert!(s.sentences.is_empty(), "{:?}", s.sentences);
    assert!(every_algorithm(text, &Options::default()).is_empty());
}

#[test]
fn one_word_is_its_own_summary() {
    for algorithm in Algorithm::ALL {
        let s = summarize("  Hello\n", &Options::default().algorithm(algorithm)).unwrap();
        assert_eq!(s.text(), "Hello", "{algorithm}");
        assert_eq!((s.sentences[0].span.start, s.sentences[0].span.end), (2, 7));
    }
}

#[test]
fn punctuation_only_is_kept_with_zero_scores() {
    let text = "?!... ,;: --- !!! ??? ... ‽ «» ()";
    let s = summarize(text, &Options::default()).unwrap();
    let chosen = check(text, &s);
    assert!(!s.sentences.is_empty());
    // No words: nothing to score, every score is 0, the budget still applies.
    assert!(s.sentences.iter().all(|x| x.score == 0.0));
    assert!((1..=3).contains(&chosen.len()));
    every_algorithm(text, &Options::default());
}

#[test]
fn emoji_only_is_kept_with_zero_scores() {
    let text = "😀😀😀 🎉🎉! 👩‍💻👍🏽🇫🇷. 🙂🙃\n\n❤️🔥";
    let s = summarize(text, &Options::default()).unwrap();
    check(text, &s);
    assert!(!s.sentences.is_empty());
    assert!(s.sentences.iter().all(|x| x.score == 0.0));
    let joined: String = s.sentences.iter().map(|x| x.text).collect();
    assert_eq!(
        joined.chars().filter(|c| !c.is_whitespace()).count(),
        text.chars().filter(|c| !c.is_whitespace()).count()
    );
    every_algorithm(text, &Options::default());
}

#[test]
fn nul_and_control_characters_are_text_like_any_other() {
    let text = "\0\u{1}\u{7}Floods closed\0 schools in Paris on Monday.\u{1b}[31m \
                Officials said\u{7f} the floods were the worst in years.\u{8}\u{c}\n\n\
                \u{0}\u{0}\u{0}\n\nMarkets in Tokyo were calm on Monday.\u{1f}";
    let s = summarize(text, &Options::default().sentences(2)).unwrap();
    let chosen = check(text, &s);
    assert_eq!(chosen.len(), 2);
    assert!(s.sentences.len() >= 3);
    assert!(s
        .sentences
        .iter()
        .any(|x| x.text.contains("Markets in Tokyo were calm on Monday.")));
    every_algorithm(text, &Options::default());
}

#[path = "../benches/support/junk.rs"]
mod junk;
use junk::junk;

/// A line of `len` letters and digits without white space (like base64 or a hash).
fn line_without_spaces(len: usize) -> String {
    junk(len)
        .into_iter()
        .map(|b| char::from(b"abcdefghijklmnopqrstuvwxyz0123456789"[usize::from(b) % 36]))
        .collect()
}

#[test]
fn a_1_mb_line_without_spaces_is_cut_at_the_sentence_cap() {
    let text = line_without_spaces(1 << 20);
    let spans: Vec<_> = sentences(&text).map(|s| s.span).collect();
    // Cut at exactly MAX_SENTENCE_BYTES (no white space to cut at).
    assert_eq!(spans.len(), (1usize << 20).div_ceil(MAX_SENTENCE_BYTES));
    assert!(spans[..spans.len() - 1]
        .iter()
        .all(|s| s.len() == MAX_SENTENCE_BYTES));
    let s = summarize(&text, &Options::default()).unwrap();
    let chosen = check(&text, &s);
    // A 3,000-byte "word" is not a term; the budget is filled all the same.
    assert_eq!(chosen.len(), 3);
    // The same run repeated: pieces repeat, and the summary never repeats one.
    let same = "x".repeat(1 << 20);
    let s = summarize(&same, &Options::default().skip_boilerplate(false)).unwrap();
    assert_eq!(
        check(&same, &s).len(),
        2,
        "the 3,000-byte piece and the tail"
    );
    // A multi-byte run is cut on `char` boundaries, one byte short of the cap.
    let wide = "é".repeat(300_000);
    let s = summarize(&wide, &Options::default().algorithm(Algorithm::Lead)).unwrap();
    check(&wide, &s);
    let last = s.sentences.len() - 1;
    assert!(s
        .sentences
        .iter()
        .all(|x| x.text.len() == MAX_SENTENCE_BYTES || x.index == last));
}

#[test]
fn one_hundred_thousand_one_word_lines() {
    let text: String = (0..100_000)
        .map(|i| format!("word{}\n", i % 1000))
        .collect();
    let s = summarize(&text, &Options::default()).unwrap();
    let chosen = check(&text, &s);
    // Unpunctuated short lines run together like hard-wrapped text, so the
    // sentence cap cuts them: a few hundred sentences of at most 3,000 bytes.
    assert!(s.sentences.len() >= text.len() / MAX_SENTENCE_BYTES);
    assert!(s.sentences.len() <= 2 * text.len() / MAX_SENTENCE_BYTES);
    assert_eq!(chosen.len(), 3);
    // Each sentence is over a 10-word budget: only the first choice is kept.
    let words = summarize(&text, &Options::default().words(10)).unwrap();
    let chosen = check(&text, &words);
    assert_eq!(chosen.len(), 1);
    assert!(word_count(chosen[0]) > 10);
}

/// 10 MB takes about a minute in a debug build, so this test uses 512 KB of
/// repeats; `benches/hostile.rs` times the 10 MB case in release.
#[test]
fn a_megabyte_of_repeated_sentences_gives_distinct_sentences() {
    let paragraph = "The council approved the new budget on Tuesday after a long debate. \
                     Spending on schools will rise by four percent next year. \
                     The mayor said the plan balanced growth and care for the city.\n\n";
    let copies = (1 << 19) / paragraph.len();
    let text = paragraph.repeat(copies);
    let s = summarize(&text, &Options::default()).unwrap();
    let chosen = check(&text, &s);
    assert_eq!(s.sentences.len(), 3 * copies);
    // Only three distinct sentences exist; the summary has each at most once.
    assert_eq!(chosen.len(), 3);
    let ratio = summarize(&text, &Options::default().ratio(0.5)).unwrap();
    assert_eq!(check(&text, &ratio).len(), 3);
}

/// 50,000 identical sentences. Identical sentences with content words are
/// all joined in the similarity graph (every neighbour within `WINDOW`), which
/// takes about 20 s in a debug build at 50,000; so the 50,000 here are made of
/// stop words only (no graph edges) and the graph case runs at 2,000;
/// `benches/hostile.rs` times 50,000 sentences of ten content words in release.
#[test]
fn fifty_thousand_identical_sentences_give_one_summary_sentence() {
    let sentence = "It was all that they had and more.";
    let text = format!("{sentence} ").repeat(50_000);
    for options in [
        Options::default(),
        Options::default().ratio(1.0).diversity(0.0),
        Options::default().words(1000).algorithm(Algorithm::Lead),
    ] {
        let s = summarize(&text, &options).unwrap();
        assert_eq!(s.sentences.len(), 50_000);
        assert_eq!(check(&text, &s), [sentence], "{options:?}");
    }
    let sentence = "The council approved the budget for schools and roads on Tuesday.";
    let text = format!("{sentence}\n").repeat(2_000);
    for algorithm in [Algorithm::Hybrid, Algorithm::LexRank] {
        let s = summarize(
            &text,
            &Options::default().sentences(10).algorithm(algorithm),
        )
        .unwrap();
        assert_eq!(s.sentences.len(), 2_000);
        assert_eq!(check(&text, &s), [sentence], "{algorithm}");
    }
    // A short repeated line is boilerplate (a repeated label): nothing is
    // chosen by default; with boilerplate kept, it is chosen once only.
    let short = "Same words here.\n".repeat(50_000);
    let options = Options::default().algorithm(Algorithm::Lead).sentences(5);
    let s = summarize(&short, &options).unwrap();
    assert!(s.sentences.iter().all(|x| x.boilerplate));
    assert!(check(&short, &s).is_empty());
    let s = summarize(&short, &options.skip_boilerplate(false)).unwrap();
    assert_eq!(check(&short, &s), ["Same words here."]);
}

/// A word that starts a boilerplate phrase ("share" of "share this article"),
/// repeated: each sentence is searched for the phrase once, not once per word
/// (which took 2.3 s per MB in release before the fix; about 0.05 s now).
#[test]
fn a_repeated_cue_word_is_searched_once_per_sentence() {
    let text = "share ".repeat(200_000);
    let s = summarize(&text, &Options::default()).unwrap();
    let chosen = check(&text, &s);
    assert_eq!(s.sentences.len(), text.len().div_ceil(MAX_SENTENCE_BYTES));
    assert!(s.sentences.iter().all(|x| !x.boilerplate));
    // The pieces repeat one another; each distinct one is chosen at most once.
    let mut distinct: Vec<&str> = s.sentences.iter().map(|x| x.text).collect();
    distinct.sort_unstable();
    distinct.dedup();
    assert_eq!(chosen.len(), distinct.len().min(3));
    let cue = format!("{text}share this article");
    let s = summarize(&cue, &Options::default()).unwrap();
    assert!(s.sentences.last().unwrap().boilerplate);
}

#[test]
fn mixed_scripts_are_split_at_each_scripts_terminals() {
    let text = "Floods closed schools in Paris. 東京では雨が降りました。明日は晴れるでしょう。\
                Наводнение закрыло школы. Πλημμύρες έκλεισαν τα σχολεία\u{37e} \
                बाढ़ से स्कूल बंद हो गए। 홍수로 학교가 문을 닫았다. น้ำท่วมปิดโรงเรียน \
                Das Haus Nr. 5 ist rot.";
    let texts: Vec<&str> = sentences(text).map(|s| s.text).collect();
    assert!(texts.contains(&"東京では雨が降りました。"), "{texts:?}");
    assert!(texts.contains(&"明日は晴れるでしょう。"), "{texts:?}");
    assert!(texts.contains(&"Наводнение закрыло школы."), "{texts:?}");
    assert!(
        texts.contains(&"Πλημμύρες έκλεισαν τα σχολεία\u{37e}"),
        "{texts:?}"
    );
    assert!(texts.contains(&"बाढ़ से स्कूल बंद हो गए।"), "{texts:?}");
    assert!(texts.contains(&"홍수로 학교가 문을 닫았다."), "{texts:?}");
    let s = summarize(text, &Options::default().ratio(1.0)).unwrap();
    let chosen = check(text, &s);
    assert_eq!(chosen.len(), s.sentences.len());
    every_algorithm(text, &Options::default());
}

#[test]
fn right_to_left_text_keeps_logical_order_offsets() {
    // Arabic and Hebrew with bidi controls (RLM, LRM, RLE…PDF) and an Arabic question mark.
    let text = "\u{200f}أغلقت الفيضانات المدارس في باريس يوم الاثنين. \
                هل ستفتح المدارس غدا؟ \
                \u{202b}השיטפונות סגרו את בתי הספר.\u{202c} \u{200e}Paris 2024.";
    let texts: Vec<&str> = sentences(text).map(|s| s.text).collect();
    assert_eq!(texts[1], "هل ستفتح المدارس غدا؟", "{texts:?}");
    // Bidi controls stay inside the sentence they open or close.
    assert!(texts[0].starts_with('\u{200f}'), "{texts:?}");
    assert!(texts[2].starts_with("\u{202b}השיטפונות"), "{texts:?}");
    let s = summarize(text, &Options::default().sentences(2)).unwrap();
    assert_eq!(check(text, &s).len(), 2);
    assert!(s.sentences.iter().all(|x| word_count(x.text) > 0));
    every_algorithm(text, &Options::default());
}

#[test]
fn binary_junk_gives_a_result() {
    // Pseudo-random bytes, made valid UTF-8 by the lossy conversion (as a
    // binary file read as text would be).
    let bytes = junk(200_000);
    let text = String::from_utf8_lossy(&bytes);
    let s = summarize(&text, &Options::default()).unwrap();
    let chosen = check(&text, &s);
    assert!(s.sentences.len() > 100);
    assert_eq!(chosen.len(), 3);
}

#[test]
fn just_over_the_input_limit_is_refused() {
    let text = " ".repeat(MAX_INPUT_BYTES + 1);
    let err = summarize(&text, &Options::default()).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InputTooLarge {
            bytes: MAX_INPUT_BYTES + 1,
            limit: MAX_INPUT_BYTES
        }
    );
    assert!(err.to_string().starts_with("text too large"), "{err}");
}

#[test]
fn a_text_at_the_input_limit_is_summarized() {
    let sentence = "Only this sentence counts.";
    let mut text = String::with_capacity(MAX_INPUT_BYTES);
    text.push_str(sentence);
    text.push_str(&" ".repeat(MAX_INPUT_BYTES - sentence.len()));
    assert_eq!(text.len(), MAX_INPUT_BYTES);
    let s = summarize(&text, &Options::default()).unwrap();
    assert_eq!(s.text(), sentence);
}

#[test]
fn huge_counts_do_not_allocate_or_overflow() {
    let text = "One here. Two here. Three here.";
    for options in [
        Options::default().sentences(usize::MAX),
        Options::default().words(usize::MAX),
        Options::default().sentences(1_000_000_000),
        Options::default().ratio(f64::MIN_POSITIVE),
    ] {
        let s = summarize(text, &options).unwrap();
        assert!(!check(text, &s).is_empty(), "{options:?}");
    }
}

#[test]
fn nan_and_infinite_options_are_errors_naming_the_option() {
    for (options, name) in [
        (Options::default().ratio(f64::NAN), "ratio"),
        (Options::default().ratio(f64::INFINITY), "ratio"),
        (Options::default().diversity(f64::NAN), "diversity"),
        (Options::default().diversity(f64::NEG_INFINITY), "diversity"),
        (Options::default().sentences(0), "sentences"),
        (Options::default().words(0), "words"),
    ] {
        let err = summarize("Some text here.", &options).unwrap_err();
        assert!(err.to_string().contains(&format!("\"{name}\"")), "{err}");
    }
}
