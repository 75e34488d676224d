//! `summarize` with options derived from the input: every algorithm, length,
//! language, diversity, title and flag, valid or not. Checks: no panic, errors
//! only for invalid options, summary ⊆ sentences in document order, the length
//! budget, exact spans, scores in [0, 1], no repeated sentence, determinism.
#![no_main]

use arbitrary::{Arbitrary, Unstructured};
use libfuzzer_sys::fuzz_target;
use precis::{
    sentences_in, summarize, word_count, Algorithm, Language, Length, OptionValues, Options,
};

/// A count: small ones mostly, sometimes huge or zero.
fn count(u: &mut Unstructured<'_>) -> arbitrary::Result<usize> {
    Ok(match u.int_in_range(0u8..=7)? {
        0 => 0,
        1 => 1_000_000_000,
        2 => usize::MAX,
        _ => usize::from(u.int_in_range(1u16..=40)?),
    })
}

/// A float: in range mostly, sometimes NaN, infinite, negative or out of range.
fn number(u: &mut Unstructured<'_>) -> arbitrary::Result<f64> {
    Ok(match u.int_in_range(0u8..=9)? {
        0 => f64::NAN,
        1 => f64::INFINITY,
        2 => f64::NEG_INFINITY,
        3 => f64::arbitrary(u)?,
        4 => 0.0,
        5 => 1.0,
        _ => f64::from(u.int_in_range(0u16..=1000)?) / 1000.0,
    })
}

fn options(u: &mut Unstructured<'_>) -> arbitrary::Result<Result<Options, precis::Error>> {
    let length = match u.int_in_range(0u8..=3)? {
        0 => None,
        1 => Some(Length::Sentences(count(u)?)),
        2 => Some(Length::Ratio(number(u)?)),
        _ => Some(Length::Words(count(u)?)),
    };
    let algorithm = *u.choose(&Algorithm::ALL)?;
    let language = *u.choose(&Language::ALL)?;
    let diversity = if u.arbitrary()? {
        Some(number(u)?)
    } else {
        None
    };
    let title: Option<String> = u.arbitrary()?;
    let skip_boilerplate: Option<bool> = u.arbitrary()?;
    let include_title: Option<bool> = u.arbitrary()?;
    if u.arbitrary()? {
        // The typed Rust API.
        let mut o = Options::default().algorithm(algorithm).language(language);
        if let Some(l) = length {
            o.length = l;
        }
        if let Some(d) = diversity {
            o = o.diversity(d);
        }
        if let Some(t) = title {
            o = o.title(t);
        }
        o.skip_boilerplate = skip_boilerplate.unwrap_or(true);
        o.include_title = include_title.unwrap_or(false);
        Ok(Ok(o))
    } else {
        // The loosely typed path of the JS door and the CLI (counts as f64).
        let mut v = OptionValues::default();
        v.algorithm = Some(algorithm.name().to_string());
        v.language = Some(language.code().to_string());
        v.diversity = diversity;
        v.title = title;
        v.skip_boilerplate = skip_boilerplate;
        v.include_title = include_title;
        match length {
            Some(Length::Sentences(_)) => v.sentences = Some(number(u)? * 50.0),
            Some(Length::Ratio(r)) => v.ratio = Some(r),
            Some(Length::Words(_)) => v.words = Some(number(u)? * 200.0),
            None => {}
        }
        if u.arbitrary()? {
            v.ratio = Some(number(u)?); // maybe a conflict
        }
        Ok(v.into_options())
    }
}

fuzz_target!(|data: &[u8]| {
    let mut u = Unstructured::new(data);
    let Ok(options) = options(&mut u) else { return };
    let rest = u.take_rest();
    let text = String::from_utf8_lossy(rest);
    let text = text.as_ref();
    let options = match options {
        Ok(o) => o,
        Err(e) => {
            assert!(!e.to_string().is_empty());
            return;
        }
    };
    let result = summarize(text, &options);
    let valid = options.validate().is_ok();
    let summary = match result {
        Ok(s) => {
            assert!(valid, "accepted invalid options {options:?}");
            s
        }
        Err(e) => {
            assert!(!valid, "refused valid options {options:?}: {e}");
            return;
        }
    };
    // Same input, same output.
    assert_eq!(summarize(text, &options).ok().as_ref(), Some(&summary));

    let segmented: Vec<_> = sentences_in(text, options.language).collect();
    assert_eq!(summary.sentences.len(), segmented.len());
    let n = segmented.len();
    for (k, (s, seg)) in summary.sentences.iter().zip(&segmented).enumerate() {
        assert_eq!(s.index, k);
        assert_eq!(s.span, seg.span);
        assert_eq!(text.get(s.span.start..s.span.end), Some(s.text));
        assert!((0.0..=1.0).contains(&s.score), "score {}", s.score);
        if s.boilerplate {
            assert!(options.skip_boilerplate);
        }
    }
    let chosen: Vec<_> = summary.selected().collect();
    // Document order, no exact repeat.
    assert!(chosen.windows(2).all(|w| w[0].index < w[1].index));
    let mut texts: Vec<&str> = chosen.iter().map(|s| s.text).collect();
    texts.sort_unstable();
    assert!(texts.windows(2).all(|w| w[0] != w[1]), "a sentence repeats");
    if options.skip_boilerplate {
        assert!(chosen.iter().all(|s| !s.boilerplate));
    }
    // The budget.
    match options.length {
        Length::Sentences(k) => assert!(chosen.len() <= k),
        Length::Ratio(r) => {
            let budget = ((r * n as f64).round() as usize).max(1);
            assert!(chosen.len() <= budget, "{} > {budget}", chosen.len());
        }
        Length::Words(w) => {
            let total: usize = chosen.iter().map(|s| word_count(s.text)).sum();
            let with_words = chosen.iter().filter(|s| word_count(s.text) > 0).count();
            // The first chosen sentence is always kept, even if it alone is over.
            assert!(total <= w || with_words == 1, "{total} words > {w}");
        }
    }
    // Something is chosen when every sentence is eligible.
    if n > 0 && !options.skip_boilerplate && options.include_title {
        assert!(!chosen.is_empty());
    }
    let _ = summary.text();
});
