//! The JavaScript door of the HTML module: the only file of this crate that knows about
//! wasm-bindgen. It is built into its own `.wasm` (`pkg-html/`), which a page loads only
//! when HTML arrives, so that summarizing plain text never downloads the HTML parser.

use js_sys::{JsString, Object, Reflect};
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = r#"
/** The article found in a web page by `extract`. */
export interface Article {
  /** The page's title (its headline), or "" when it has none. */
  title: string;
  /** The article's text: paragraphs separated by a blank line, list items and table rows by a line break. The title is not included. */
  text: string;
}
"#;

/// The longest page accepted, in UTF-16 code units: a page over 64 MiB is refused before
/// it is copied into WebAssembly memory.
const MAX_PAGE_UNITS: u32 = 64 * 1024 * 1024;

/// Installs the panic hook (a debugging backstop: no input is meant to panic).
#[wasm_bindgen(start)]
pub fn start() {
    console_error_panic_hook::set_once();
}

/// Finds the article in an HTML page: `{ title, text }`.
#[wasm_bindgen(js_name = extract, unchecked_return_type = "Article")]
pub fn extract_js(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
) -> Result<JsValue, JsError> {
    let article = crate::extract(&read_page(&html)?);
    let object = Object::new();
    Reflect::set(&object, &"title".into(), &article.title.into())
        .and_then(|_| Reflect::set(&object, &"text".into(), &article.text.into()))
        .map_err(|_| JsError::new("cannot build the result"))?;
    Ok(object.into())
}

/// All the text of an HTML page that a reader sees, menus and footers included.
#[wasm_bindgen(js_name = pageText)]
pub fn page_text_js(
    #[wasm_bindgen(unchecked_param_type = "string")] html: JsValue,
) -> Result<String, JsError> {
    Ok(crate::page_text(&read_page(&html)?))
}

/// The page argument as a Rust string (lone surrogates become U+FFFD).
fn read_page(html: &JsValue) -> Result<String, JsError> {
    let Some(page) = html.dyn_ref::<JsString>() else {
        return Err(JsError::new(&format!(
            "invalid argument \"html\": expected a string, got {}",
            html.js_typeof().as_string().unwrap_or_default()
        )));
    };
    let units = page.length();
    if units > MAX_PAGE_UNITS {
        return Err(JsError::new(&format!(
            "page too large: {units} characters (UTF-16 code units), the limit is {MAX_PAGE_UNITS} ({} MiB)",
            MAX_PAGE_UNITS / (1024 * 1024)
        )));
    }
    Ok(page.as_string().unwrap_or_default())
}
