//! Sentence segmentation with exact byte spans.
//!
//! PLACEHOLDER implementation (UAX #29 sentence bounds, trimmed, split at
//! paragraph breaks); the rule-based corrections are being written.

use crate::language::Language;
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// One sentence of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence, trimmed of surrounding white space; equal to `span.slice(text)`.
    pub text: &'a str,
    /// Where the sentence is, in UTF-8 byte offsets into the segmented text.
    pub span: Span,
    /// The index of the paragraph (block separated by blank lines) it belongs to, from 0.
    pub paragraph: usize,
}

/// An iterator over the sentences of a text, in order. Made by [`sentences`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    inner: std::vec::IntoIter<Sentence<'a>>,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;
    fn next(&mut self) -> Option<Sentence<'a>> {
        self.inner.next()
    }
}

/// The sentences of an English `text`, in order, with byte spans.
///
/// ```
/// let s: Vec<&str> = precis::sentences("Hello world. My name is Jonas.").map(|s| s.text).collect();
/// assert_eq!(s, ["Hello world.", "My name is Jonas."]);
/// ```
pub fn sentences(text: &str) -> Sentences<'_> {
    sentences_in(text, Language::English)
}

/// The sentences of `text` written in `language`, in order, with byte spans.
pub fn sentences_in(text: &str, _language: Language) -> Sentences<'_> {
    let mut out = Vec::new();
    let mut paragraph = 0;
    let mut offset = 0;
    for block in text.split("\n\n") {
        let mut any = false;
        for (i, s) in block.split_sentence_bound_indices() {
            let trimmed = s.trim();
            if trimmed.is_empty() {
                continue;
            }
            let lead = s.len() - s.trim_start().len();
            let start = offset + i + lead;
            out.push(Sentence { text: trimmed, span: Span::new(start, start + trimmed.len()), paragraph });
            any = true;
        }
        if any {
            paragraph += 1;
        }
        offset += block.len() + 2;
    }
    Sentences { inner: out.into_iter() }
}
