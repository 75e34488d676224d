//! The JavaScript door: the only module that knows about wasm-bindgen.
//!
//! It reads JS options into [`OptionValues`], calls the core once, converts
//! byte spans to **UTF-16 code-unit offsets** (so `text.slice(start, end)` in JS
//! is exactly the sentence) and returns plain objects. Errors become JS `Error`s
//! whose message names the option.

use crate::error::Error;
use crate::options::OptionValues;
use crate::utf16::{Utf16Index, Utf16Offsets};
use crate::{Language, MAX_INPUT_BYTES};
use js_sys::{Array, JsString, Object};
use serde::Serialize;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPESCRIPT: &'static str = r#"
/** How sentences are scored. "hybrid" (the default) combines graph centrality with position and title priors. */
export type Algorithm = "hybrid" | "textrank" | "lexrank" | "luhn" | "centroid" | "lead";

/** ISO 639-1 code of a language precis knows (abbreviations, stop words, stemming). */
export type Language =
  | "en" | "de" | "fr" | "es" | "it" | "pt" | "nl" | "da" | "no" | "sv" | "fi" | "hu" | "ro" | "tr"
  | "pl" | "cs" | "ru" | "uk" | "el" | "hy" | "ar" | "fa" | "he" | "hi" | "ta" | "zh" | "ja" | "ko";

/** The `language` option: "auto" (the default) detects the language from the text, and falls back to a language-neutral analysis (Unicode words, no stop words, no stemming) when the text is too short or mixed to tell; a code forces that language. */
export type LanguageOption = "auto" | Language;

/** Options of `summarize`. All are optional; give at most one of `sentences`, `ratio`, `words`. */
export interface SummarizeOptions {
  /** At most this many sentences (a whole number ≥ 1). Default 3. */
  sentences?: number;
  /** This share of the document's sentences, 0 < ratio ≤ 1 (at least one sentence). */
  ratio?: number;
  /** At most this many words (the first chosen sentence is always kept). */
  words?: number;
  /** Scoring method. Default "hybrid". */
  algorithm?: Algorithm;
  /** Language of the text, or "auto" (the default) to detect it. */
  language?: LanguageOption;
  /** Redundancy avoidance in [0, 1]; 0 picks purely by score. Default 0.15. */
  diversity?: number;
  /** The article's title, when known separately: a line of the text repeating it is the title line, never chosen unless `includeTitle`. */
  title?: string;
  /** Leave out copyright lines, comment prompts, captions, share and sign-up prompts. Default true. */
  skipBoilerplate?: boolean;
  /** Allow a title line found in the text to be chosen. Default false. */
  includeTitle?: boolean;
  /** Also find this many keyphrases (a whole number ≥ 0), in the result's `keyphrases`. Default 0. */
  keyphrases?: number;
  /**
   * A phrase or a question the summary should be about (at most 2048 bytes): sentences that
   * mention its informative words rank higher, the rest of the scoring still applies. A focus
   * the text never mentions gives the ordinary summary, and the result's `focus.found` is false.
   */
  focus?: string;
}

/** Options of `keyphrases`. */
export interface KeyphrasesOptions {
  /** At most this many keyphrases (a whole number ≥ 0). Default 10. */
  count?: number;
  /** Language of the text. Default "en". */
  language?: Language;
}

/** A span of the text in UTF-16 code units: `text.slice(start, end)`. */
export interface TextSpan {
  /** UTF-16 offset of the first code unit. */
  start: number;
  /** UTF-16 offset one past the last code unit. */
  end: number;
}

/** A phrase the text is about: a name, a place, a subject. */
export interface Keyphrase {
  /** The phrase as the text most often writes it. Variants are one keyphrase: "Ant" and "Ant Group" show as "Ant Group". */
  text: string;
  /** How key it is, in (0, 1] (1 for the first keyphrase). */
  score: number;
  /** Every occurrence of the phrase and its variants, in text order (boilerplate included), in UTF-16 code units. */
  occurrences: TextSpan[];
}

/** What `summarize` made of its `focus` option. */
export interface FocusResult {
  /** Whether the text mentions the focus; when false, the summary is the ordinary one. */
  found: boolean;
  /** How many sentences that may be chosen mention it (0 when not found). */
  sentences: number;
}

/** Options of `sentences`. */
export interface SentencesOptions {
  /** Language of the text, or "auto" (the default) to detect it. */
  language?: LanguageOption;
}

/** A sentence of the text. `start`/`end` are UTF-16 code-unit offsets: `text.slice(start, end) === sentence.text`. */
export interface SentenceSpan {
  /** Position among the document's sentences, from 0. */
  index: number;
  /** UTF-16 offset of the sentence's first code unit. */
  start: number;
  /** UTF-16 offset one past the sentence's last code unit. */
  end: number;
  /** The sentence, trimmed of surrounding white space. A lone surrogate (invalid UTF-16) shows as U+FFFD here; `start`/`end` still index the original string. */
  text: string;
}

/** A sentence with its score. */
export interface ScoredSentence extends SentenceSpan {
  /** How summary-worthy the sentence is, in [0, 1] (1 for the best). */
  score: number;
  /** Whether the sentence is in the summary. */
  selected: boolean;
  /** Whether the sentence was recognised as boilerplate (copyright line, caption, prompt…). */
  boilerplate: boolean;
  /** How many words the sentence has, as the `words` budget counts them. */
  wordCount: number;
}

/** The result of `summarize`. */
export interface SummaryResult {
  /** The chosen sentences in document order, joined with "\n" (line breaks inside a sentence become spaces). */
  summary: string;
  /** The language the text was analysed in: the `language` option, or the detected one; null when it could not be told (a text too short or mixed: language-neutral analysis). */
  language: Language | null;
  /** Every sentence of the document, in order. */
  sentences: ScoredSentence[];
  /** The keyphrases, best first; present when the `keyphrases` option asked for some. */
  keyphrases?: Keyphrase[];
  /** Whether the focus was found; present when the `focus` option was given. */
  focus?: FocusResult;
}
"#;

/// The options `summarize` takes (camelCase, as in JS).
const SUMMARIZE_OPTIONS: &[&str] = &[
    "sentences",
    "ratio",
    "words",
    "algorithm",
    "language",
    "diversity",
    "title",
    "skipBoilerplate",
    "includeTitle",
    "keyphrases",
    "focus",
];

/// The options `sentences` takes.
const SENTENCES_OPTIONS: &[&str] = &["language"];

/// The options `keyphrases` takes.
const KEYPHRASES_OPTIONS: &[&str] = &["count", "language"];

#[wasm_bindgen]
extern "C" {
    /// A `SummarizeOptions` object from JS (read key by key; any value is checked).
    #[wasm_bindgen(typescript_type = "SummarizeOptions")]
    pub type SummarizeOptions;

    /// A `SentencesOptions` object from JS.
    #[wasm_bindgen(typescript_type = "SentencesOptions")]
    pub type SentencesOptions;

    /// A `KeyphrasesOptions` object from JS.
    #[wasm_bindgen(typescript_type = "KeyphrasesOptions")]
    pub type KeyphrasesOptions;
}

// Spans are many (every occurrence of every keyphrase): JS builds their objects
// from one array of offsets, far faster than one call into JS per property.
#[wasm_bindgen(inline_js = "export function spans(offsets) {
  const out = new Array(offsets.length >> 1);
  for (let i = 0; i < out.length; i++) out[i] = { start: offsets[2 * i], end: offsets[2 * i + 1] };
  return out;
}")]
extern "C" {
    /// `[{ start, end }, …]` from `[start, end, start, end, …]`.
    fn spans(offsets: &[u32]) -> JsValue;
}

/// Installs the panic hook (a debugging backstop: no input is meant to panic).
#[wasm_bindgen(start)]
pub fn start() {
    #[cfg(feature = "console_error_panic_hook")]
    console_error_panic_hook::set_once();
}

/// Traps the WebAssembly instance on purpose (a `RuntimeError: unreachable` in
/// JS), so tests can check that the page and the worker helper recover from a
/// crash. Only in builds with the `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = __testTrap)]
pub fn test_trap() {
    core::arch::wasm32::unreachable()
}

/// Never returns: keeps its thread busy inside WebAssembly until the worker
/// running it is terminated, so tests can check that a newer request
/// supersedes a running one however fast the machine is. Only in builds with
/// the `test-hooks` feature.
#[cfg(feature = "test-hooks")]
#[wasm_bindgen(js_name = __testHold)]
pub fn test_hold() {
    loop {
        core::hint::spin_loop();
    }
}

/// A sentence as JS sees it (UTF-16 offsets).
#[derive(Serialize)]
struct JsSentence<'a> {
    index: usize,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    score: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    selected: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    boilerplate: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none", rename = "wordCount")]
    word_count: Option<usize>,
}

/// The result of `summarize` as JS sees it.
#[derive(Serialize)]
struct JsSummary<'a> {
    summary: String,
    language: Option<&'static str>,
    sentences: Vec<JsSentence<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    keyphrases: Option<Vec<JsKeyphrase>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    focus: Option<JsFocus>,
}

/// A keyphrase as JS sees it (UTF-16 offsets).
#[derive(Serialize)]
struct JsKeyphrase {
    text: String,
    score: f64,
    /// Its occurrences, `{ start, end }` objects made by [`spans`].
    #[serde(with = "serde_wasm_bindgen::preserve")]
    occurrences: JsValue,
}

/// What became of the focus.
#[derive(Serialize)]
struct JsFocus {
    found: bool,
    sentences: usize,
}

/// `keyphrases` with UTF-16 offsets.
fn js_keyphrases(text: &str, keyphrases: &[crate::Keyphrase]) -> Vec<JsKeyphrase> {
    // The keyphrases' occurrences interleave in the text: an index converts
    // their offsets in any order.
    let utf16 = Utf16Index::new(text);
    // Texts are at most MAX_INPUT_BYTES: offsets fit in u32.
    let units = |byte: usize| u32::try_from(utf16.convert(byte)).unwrap_or(u32::MAX);
    keyphrases
        .iter()
        .map(|k| {
            let offsets: Vec<u32> = k
                .occurrences
                .iter()
                .flat_map(|span| [units(span.start), units(span.end)])
                .collect();
            JsKeyphrase {
                text: k.text.clone(),
                score: k.score,
                occurrences: spans(&offsets),
            }
        })
        .collect()
}

/// Summarizes `text`: every sentence with its score, and the chosen ones.
#[wasm_bindgen(js_name = summarize, unchecked_return_type = "SummaryResult")]
pub fn summarize_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<SummarizeOptions>,
) -> Result<JsValue, JsError> {
    let text = read_text(&text)?;
    let options = read_options(
        options.as_ref().map(AsRef::<JsValue>::as_ref),
        SUMMARIZE_OPTIONS,
    )?
    .into_options()?;
    let summary = crate::summarize(&text, &options)?;
    let mut utf16 = Utf16Offsets::new(&text);
    let sentences = summary
        .sentences
        .iter()
        .map(|s| JsSentence {
            index: s.index,
            start: utf16.convert(s.span.start),
            end: utf16.convert(s.span.end),
            text: s.text,
            score: Some(s.score),
            selected: Some(s.selected),
            boilerplate: Some(s.boilerplate),
            word_count: Some(s.word_count),
        })
        .collect();
    let keyphrases = (options.keyphrases > 0).then(|| js_keyphrases(&text, &summary.keyphrases));
    let focus = summary.focus.map(|f| JsFocus {
        found: f.found,
        sentences: f.sentences,
    });
    to_js(&JsSummary {
        summary: summary.text(),
        language: summary.language.map(Language::code),
        sentences,
        keyphrases,
        focus,
    })
}

/// The keyphrases of `text`, best first, each with every occurrence (UTF-16 offsets).
#[wasm_bindgen(js_name = keyphrases, unchecked_return_type = "Keyphrase[]")]
pub fn keyphrases_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<KeyphrasesOptions>,
) -> Result<JsValue, JsError> {
    let text = read_text(&text)?;
    let values = read_options(
        options.as_ref().map(AsRef::<JsValue>::as_ref),
        KEYPHRASES_OPTIONS,
    )?;
    let mut options = crate::KeyphraseOptions::default();
    if let Some(code) = values.language {
        options.language = Language::parse_option(&code)?;
    }
    if let Some(n) = values.count {
        options = options.count(crate::options::whole_number("count", n, 0.0)?);
    }
    let found = crate::keyphrases(&text, &options)?;
    to_js(&js_keyphrases(&text, &found))
}

/// The number of words in `text`, counted as each sentence's `wordCount` is.
#[wasm_bindgen(js_name = wordCount)]
pub fn word_count_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<usize, JsError> {
    Ok(crate::word_count(&read_text(&text)?))
}

/// The language of `text` (ISO 639-1 code), or `null` when it is too short or
/// mixed to tell.
#[wasm_bindgen(js_name = detectLanguage, unchecked_return_type = "Language | null")]
pub fn detect_language_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
) -> Result<JsValue, JsError> {
    let text = read_text(&text)?;
    Ok(crate::detect_language(&text).map_or(JsValue::NULL, |l| JsValue::from_str(l.code())))
}

/// Whether `text`, in the language `language` names (`"auto"` or absent:
/// the detected one), would be stemmed by a build with the `all-stemmers`
/// feature but is not by this one: the workers then load that build. False for
/// a language this build stems, a text whose language cannot be told, and a
/// `language` that is not valid (the call it guards reports that).
#[wasm_bindgen(js_name = needsAllStemmers)]
pub fn needs_all_stemmers_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    #[wasm_bindgen(unchecked_param_type = "string | undefined")] language: JsValue,
) -> bool {
    let asked = match language.as_string() {
        Some(code) => match Language::parse_option(&code) {
            Ok(asked) => asked,
            Err(_) => return false,
        },
        None => None,
    };
    let Some(text) = text.as_string() else {
        return false;
    };
    asked
        .or_else(|| crate::detect_language(&text))
        .is_some_and(|l| l.needs_all_stemmers() && !l.has_stemmer())
}

/// Splits `text` into sentences (UTF-16 offsets), in the `language` option's
/// language or the detected one.
#[wasm_bindgen(js_name = sentences, unchecked_return_type = "SentenceSpan[]")]
pub fn sentences_js(
    #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    options: Option<SentencesOptions>,
) -> Result<JsValue, JsError> {
    let text = read_text(&text)?;
    let values = read_options(
        options.as_ref().map(AsRef::<JsValue>::as_ref),
        SENTENCES_OPTIONS,
    )?;
    let language = match values.language {
        Some(code) => Language::parse_option(&code)?,
        None => None,
    }
    .or_else(|| crate::detect_language(&text));
    let mut utf16 = Utf16Offsets::new(&text);
    let sentences: Vec<JsSentence<'_>> = crate::sentences_in(&text, language)
        .enumerate()
        .map(|(index, s)| JsSentence {
            index,
            start: utf16.convert(s.span.start),
            end: utf16.convert(s.span.end),
            text: s.text,
            score: None,
            selected: None,
            boilerplate: None,
            word_count: None,
        })
        .collect();
    to_js(&sentences)
}

fn to_js(value: &impl Serialize) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot build the result: {e}")))
}

/// The text argument as a Rust string (lone surrogates become U+FFFD, which
/// keeps every UTF-16 offset unchanged). A text whose UTF-16 length alone is over
/// [`MAX_INPUT_BYTES`] (its UTF-8 form is at least as long) is refused before
/// it is copied into WebAssembly memory; any other text is checked in bytes.
fn read_text(text: &JsValue) -> Result<String, JsError> {
    if !text.is_string() {
        return Err(JsError::new(&format!(
            "invalid argument \"text\": expected a string, got {}",
            describe(text)
        )));
    }
    let units = text.unchecked_ref::<JsString>().length() as usize;
    if units > MAX_INPUT_BYTES {
        return Err(JsError::new(&format!(
            "text too large: {units} characters (UTF-16 code units), the limit is {MAX_INPUT_BYTES} bytes ({} MiB)",
            MAX_INPUT_BYTES / (1024 * 1024)
        )));
    }
    let text = text.as_string().unwrap_or_default();
    if text.len() > MAX_INPUT_BYTES {
        return Err(Error::input_too_large(text.len(), MAX_INPUT_BYTES).into());
    }
    Ok(text)
}

/// Reads a JS options object; `allowed` lists the keys this function takes.
fn read_options(options: Option<&JsValue>, allowed: &[&str]) -> Result<OptionValues, Error> {
    let mut values = OptionValues::default();
    let Some(value) = options else {
        return Ok(values);
    };
    if value.is_null() || value.is_undefined() {
        return Ok(values);
    }
    if !value.is_object() || Array::is_array(value) || value.is_function() {
        return Err(Error::invalid("options", "an object", describe(value)));
    }
    let entries = Object::entries(value.unchecked_ref::<Object>());
    for entry in entries.iter() {
        let pair = Array::from(&entry);
        let key = pair.get(0).as_string().unwrap_or_default();
        let v = pair.get(1);
        if !allowed.contains(&key.as_str()) {
            return Err(Error::unknown_option(&key, allowed));
        }
        if v.is_undefined() {
            continue; // `{ ratio: undefined }` is the same as leaving it out
        }
        match key.as_str() {
            "sentences" => values.sentences = Some(number(&key, &v)?),
            "ratio" => values.ratio = Some(number(&key, &v)?),
            "words" => values.words = Some(number(&key, &v)?),
            "diversity" => values.diversity = Some(number(&key, &v)?),
            "algorithm" => values.algorithm = Some(string(&key, &v)?),
            "language" => values.language = Some(string(&key, &v)?),
            "title" => values.title = Some(string(&key, &v)?),
            "skipBoilerplate" => values.skip_boilerplate = Some(boolean(&key, &v)?),
            "includeTitle" => values.include_title = Some(boolean(&key, &v)?),
            "keyphrases" => values.keyphrases = Some(number(&key, &v)?),
            "focus" => values.focus = Some(string(&key, &v)?),
            "count" => values.count = Some(number(&key, &v)?),
            _ => return Err(Error::unknown_option(&key, allowed)),
        }
    }
    Ok(values)
}

fn number(option: &str, v: &JsValue) -> Result<f64, Error> {
    v.as_f64()
        .ok_or_else(|| Error::invalid(option, "a number", describe(v)))
}

fn string(option: &str, v: &JsValue) -> Result<String, Error> {
    v.as_string()
        .ok_or_else(|| Error::invalid(option, "a string", describe(v)))
}

fn boolean(option: &str, v: &JsValue) -> Result<bool, Error> {
    v.as_bool()
        .ok_or_else(|| Error::invalid(option, "true or false", describe(v)))
}

/// A short description of a JS value for error messages.
fn describe(v: &JsValue) -> String {
    if let Some(s) = v.as_string() {
        return format!("{s:?}");
    }
    if let Some(n) = v.as_f64() {
        return crate::options::format_number(n);
    }
    if let Some(b) = v.as_bool() {
        return b.to_string();
    }
    if v.is_null() {
        "null".to_string()
    } else if v.is_undefined() {
        "undefined".to_string()
    } else if Array::is_array(v) {
        "an array".to_string()
    } else if v.is_function() {
        "a function".to_string()
    } else if v.is_bigint() {
        "a bigint".to_string()
    } else if v.is_symbol() {
        "a symbol".to_string()
    } else {
        "an object".to_string()
    }
}
