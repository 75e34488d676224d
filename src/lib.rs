//! placeholder
pub mod error;
pub mod language;
pub mod options;
pub mod segment;
pub mod span;
pub use segment::{sentences, sentences_in, Sentence, Sentences};
/// The largest text accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 32 * 1024 * 1024;
