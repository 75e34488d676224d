//! Browser-only checks of the JS surface, run by `wasm-pack test --headless --chrome`:
//! the page highlights sentences with DOM ranges built from the UTF-16 offsets.
#![cfg(target_arch = "wasm32")]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use js_sys::{Array, Reflect};
use precis::wasm::summarize_js;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

wasm_bindgen_test_configure!(run_in_browser);

const ARTICLE: &str = "😀 Storms hit Paris. The Paris storms closed schools and roads across the city. \
                       Officials said the storms were the worst in a decade. Markets in Tokyo were calm. \
                       Café owners in Paris counted the cost of the storms on Friday. 中文句子。";

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

/// A DOM Range built from each sentence's offsets selects exactly that sentence.
#[wasm_bindgen_test]
fn dom_range_from_offsets_selects_the_sentence() {
    let document = web_sys::window().unwrap().document().unwrap();
    let node = document.create_text_node(ARTICLE);
    let range = document.create_range().unwrap();
    let result = summarize_js(ARTICLE.into(), None).unwrap();
    let sentences = Array::from(&get(&result, "sentences"));
    assert!(sentences.length() >= 5);
    for s in sentences.iter() {
        let start = get(&s, "start").as_f64().unwrap() as u32;
        let end = get(&s, "end").as_f64().unwrap() as u32;
        range.set_start(&node, start).unwrap();
        range.set_end(&node, end).unwrap();
        assert_eq!(
            String::from(range.to_string()),
            get(&s, "text").as_string().unwrap()
        );
    }
}
