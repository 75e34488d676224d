//! The JS surface, run by `wasm-pack test --node` and `wasm-pack test --headless --chrome`:
//! UTF-16 offsets, defaults, thrown errors. Browser-only checks use a DOM `Range`.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use js_sys::{Array, Function, Object, Reflect, JSON};
use precis::wasm::{sentences_js, summarize_js};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::wasm_bindgen_test;

const ARTICLE: &str = "😀 Storms hit Paris. The Paris storms closed schools and roads across the city. \
                       Officials said the storms were the worst in a decade. Markets in Tokyo were calm. \
                       Café owners in Paris counted the cost of the storms on Friday.";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn options(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn summarize(text: &str, opts: &str) -> Result<JsValue, JsValue> {
    summarize_js(text.into(), Some(options(opts).unchecked_into())).map_err(JsValue::from)
}

/// `text.slice(start, end)` computed by JS itself.
fn js_slice(text: &str, start: &JsValue, end: &JsValue) -> String {
    let slice = Function::new_with_args("t, a, b", "return t.slice(a, b)");
    slice
        .call3(&JsValue::NULL, &text.into(), start, end)
        .unwrap()
        .as_string()
        .unwrap()
}

#[wasm_bindgen_test]
fn utf16_offsets_slice_every_sentence_exactly() {
    let result = summarize(ARTICLE, "{}").unwrap();
    let sentences = Array::from(&get(&result, "sentences"));
    assert_eq!(sentences.length(), 5);
    for s in sentences.iter() {
        let text = get(&s, "text").as_string().unwrap();
        assert_eq!(js_slice(ARTICLE, &get(&s, "start"), &get(&s, "end")), text);
    }
    // After "😀" (4 bytes, 2 UTF-16 units) offsets are 2 less than byte offsets.
    let second = sentences.get(1);
    let byte_start = ARTICLE.find("The Paris storms").unwrap();
    assert_eq!(
        get(&second, "start").as_f64(),
        Some((byte_start - 2) as f64)
    );
}

#[wasm_bindgen_test]
fn defaults_give_three_sentences_in_document_order() {
    let result = summarize(ARTICLE, "{}").unwrap();
    let sentences = Array::from(&get(&result, "sentences"));
    let chosen: Vec<f64> = sentences
        .iter()
        .filter(|s| get(s, "selected").as_bool() == Some(true))
        .map(|s| get(&s, "index").as_f64().unwrap())
        .collect();
    assert_eq!(chosen.len(), 3);
    assert!(chosen.windows(2).all(|w| w[0] < w[1]));
    let summary = get(&result, "summary").as_string().unwrap();
    assert_eq!(summary.lines().count(), 3);
    // No options at all is the same as empty options.
    let plain = summarize_js(ARTICLE.into(), None).unwrap();
    assert_eq!(get(&plain, "summary").as_string().unwrap(), summary);
}

#[wasm_bindgen_test]
fn empty_text_is_an_empty_result_not_an_error() {
    let result = summarize("  \n ", "{}").unwrap();
    assert_eq!(get(&result, "summary").as_string().unwrap(), "");
    assert_eq!(Array::from(&get(&result, "sentences")).length(), 0);
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_option() {
    let cases = [
        (
            r#"{"ratio": 1.5}"#,
            r#"invalid option "ratio": expected a number in (0, 1], got 1.5"#,
        ),
        (r#"{"sentences": 0}"#, r#"invalid option "sentences""#),
        (
            r#"{"sentences": "3"}"#,
            r#"invalid option "sentences": expected a number, got "3""#,
        ),
        (r#"{"words": -4}"#, r#"invalid option "words""#),
        (
            r#"{"sentenceCount": 3}"#,
            r#"unknown option "sentenceCount""#,
        ),
        (
            r#"{"sentences": 2, "ratio": 0.5}"#,
            r#"conflicting options "sentences" and "ratio""#,
        ),
        (
            r#"{"algorithm": "pagerank"}"#,
            r#"invalid option "algorithm""#,
        ),
        (r#"{"language": "xx"}"#, r#"invalid option "language""#),
        (
            r#"{"skipBoilerplate": 1}"#,
            r#"invalid option "skipBoilerplate": expected true or false, got 1"#,
        ),
        (
            r#"{"sentences": null}"#,
            r#"invalid option "sentences": expected a number, got null"#,
        ),
        (
            "[3]",
            r#"invalid option "options": expected an object, got an array"#,
        ),
    ];
    for (opts, want) in cases {
        let err = summarize(ARTICLE, opts).unwrap_err();
        assert!(
            err.is_instance_of::<js_sys::Error>(),
            "{opts}: not an Error"
        );
        let message = get(&err, "message").as_string().unwrap();
        assert!(message.starts_with(want), "{opts}: {message}");
    }
}

#[wasm_bindgen_test]
fn sentences_alone_have_offsets_but_no_scores() {
    let list =
        Array::from(&sentences_js("Mr. Smith left. 😀 He paid $5.50.".into(), None).unwrap());
    assert_eq!(list.length(), 2);
    let second = list.get(1);
    assert_eq!(
        get(&second, "text").as_string().unwrap(),
        "😀 He paid $5.50."
    );
    assert_eq!(get(&second, "start").as_f64(), Some(16.0));
    assert_eq!(get(&second, "end").as_f64(), Some(33.0));
    assert!(get(&second, "score").is_undefined());
    let german = sentences_js(
        "Er kam z.B. spät. Dann ging er.".into(),
        Some(options(r#"{"language":"de"}"#).unchecked_into()),
    );
    assert_eq!(Array::from(&german.unwrap()).length(), 2);
    let bad = sentences_js(
        "a".into(),
        Some(options(r#"{"ratio":0.5}"#).unchecked_into()),
    )
    .map_err(JsValue::from);
    let message = get(&bad.unwrap_err(), "message").as_string().unwrap();
    // The message lists the options of `sentences`, not those of `summarize`.
    assert_eq!(
        message,
        r#"unknown option "ratio": expected one of language"#
    );
}

#[wasm_bindgen_test]
fn a_non_string_text_is_a_type_error_message() {
    let err = summarize_js(JsValue::from_f64(3.0), None)
        .map_err(JsValue::from)
        .unwrap_err();
    let message = get(&err, "message").as_string().unwrap();
    assert_eq!(
        message,
        r#"invalid argument "text": expected a string, got 3"#
    );
}

#[wasm_bindgen_test]
fn results_are_plain_json_objects() {
    let result = summarize(ARTICLE, r#"{"sentences": 1}"#).unwrap();
    assert!(result.is_instance_of::<Object>());
    let json = JSON::stringify(&result).unwrap().as_string().unwrap();
    assert!(json.starts_with(r#"{"summary":""#), "{json}");
}

#[wasm_bindgen_test]
fn texts_over_the_limit_are_refused_by_both_functions() {
    let huge = "a ".repeat(precis::MAX_INPUT_BYTES / 2 + 1);
    for result in [
        summarize_js(huge.as_str().into(), None),
        sentences_js(huge.as_str().into(), None),
    ] {
        let err = result.map_err(JsValue::from).unwrap_err();
        let message = get(&err, "message").as_string().unwrap();
        assert!(message.starts_with("text too large: "), "{message}");
    }
}
