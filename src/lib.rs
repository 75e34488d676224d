//! # precis: extractive summaries of articles, in Rust and in the browser
//!
//! `precis` picks the most important sentences of a text and returns them in
//! their original order, with a score and exact byte offsets for every sentence,
//! so a caller can highlight them in place. It runs natively and, compiled to
//! WebAssembly, in the browser (see the `www/` page and the npm package).
//!
//! # Overview
//! - [`summarize()`] with [`Options`]: the summary ([`Summary`]), every sentence scored.
//! - [`sentences`] / [`sentences_in`]: sentence segmentation with byte [`Span`]s.
//! - [`tokens`]: UAX #29 words with byte spans.
//! - [`detect_language`]: the [`Language`] of a text, from its scripts and stop words;
//!   [`summarize()`] detects it unless [`Options::language`] is set.
//! - [`Algorithm`]: `hybrid` (default), `textrank`, `lexrank`, `luhn`, `centroid`, `lead`.
//! - [`keyphrases()`]: the phrases a text is about, with every occurrence; also in a
//!   [`Summary`] with [`Options::keyphrases`]. [`Options::focus`] makes a summary about a
//!   phrase or a question.
//!
//! All offsets in this crate are **UTF-8 byte offsets** into the text passed in.
//!
//! # Example: a three-sentence summary
//! ```
//! let text = "Floods closed schools across Paris on Monday. \
//!             Officials said the floods were the worst in a decade. \
//!             Markets in Tokyo were calm. \
//!             The floods are expected to recede by Friday, officials said.";
//! let summary = precis::summarize(text, &precis::Options::default())?;
//! for s in summary.selected() {
//!     assert_eq!(&text[s.span.start..s.span.end], s.text);
//! }
//! assert_eq!(summary.text().lines().count(), 3);
//! # Ok::<(), precis::Error>(())
//! ```
//!
//! # Example: sentences with offsets
//! ```
//! let spans: Vec<(usize, usize)> =
//!     precis::sentences("Mr. Smith left. He paid $5.50.").map(|s| (s.span.start, s.span.end)).collect();
//! assert_eq!(spans, [(0, 15), (16, 30)]);
//! ```
//!
//! # Errors
//! Errors come from options only (a ratio of 1.5, a count of 0, …) and from a
//! text over [`MAX_INPUT_BYTES`]; any other text, however odd, gives a result.

mod algorithm;
mod boilerplate;
mod cjk;
mod cues;
mod debris;
mod detect;
mod document;
mod error;
mod focus;
mod glued;
mod graph;
mod keyphrase;
mod language;
mod one_line;
mod options;
mod ragged;
mod segment;
mod select;
mod span;
mod summarize;
mod token;
mod utf16;

#[cfg(target_arch = "wasm32")]
pub mod wasm;

#[cfg(feature = "dev")]
pub mod dev;

/// The README's Rust examples, compiled and run as doc tests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;

pub use detect::detect_language;
pub use error::{Error, ErrorKind};
pub use focus::Focus;
pub use keyphrase::{keyphrases, Keyphrase, KeyphraseOptions, DEFAULT_KEYPHRASES};
pub use language::Language;
pub use one_line::one_line;
pub use options::{
    Algorithm, Length, OptionValues, Options, DEFAULT_DIVERSITY, DEFAULT_SENTENCES,
    MAX_FOCUS_BYTES, MAX_TITLE_BYTES,
};
pub use segment::{sentences, sentences_in, Sentence, Sentences, MAX_SENTENCE_BYTES};
pub use span::Span;
pub use summarize::{summarize, ScoredSentence, Summary, MAX_INPUT_BYTES};
pub use token::{tokens, word_count, Token};
pub use utf16::{Utf16Index, Utf16Offsets};
