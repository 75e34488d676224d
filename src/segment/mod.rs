//! Sentence segmentation with exact byte spans.
//!
//! A rule-based segmenter for article text, in three passes over the input
//! (every offset is a UTF-8 byte offset into the caller's text):
//!
//! 1. [`layout`]: blocks at blank lines (paragraphs), then segments at line
//!    breaks that end a unit by themselves (headings, bylines, list items);
//!    line breaks inside hard-wrapped sentences are kept.
//! 2. [`scan`]: each segment is cut at terminal punctuation, where the
//!    [`rules`] allow it (abbreviations, initials, numbers, quotes, ellipses,
//!    lists, missing spaces, CJK full-width stops), using the word lists of
//!    the language ([`abbreviations`]).
//! 3. [`limit`]: each sentence is trimmed and, if longer than
//!    [`MAX_SENTENCE_BYTES`], cut into pieces.
//!
//! Segmentation is total (every input gives an answer, nothing panics) and
//! lossless (every non-white-space character lies in exactly one sentence).

mod abbreviations;
mod chars;
mod layout;
mod limit;
mod list;
mod rules;
mod scan;

use crate::language::Language;
use crate::span::Span;
use abbreviations::Abbreviations;

/// The longest sentence produced, in UTF-8 bytes (about 500 English words). A
/// longer run of text without a sentence end is cut at the last white space
/// before this length, or at a `char` boundary when the second half of that
/// window holds no white space.
pub const MAX_SENTENCE_BYTES: usize = 3000;

/// One sentence of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence, trimmed of surrounding white space, never empty; equal to
    /// `span.slice(text)`.
    pub text: &'a str,
    /// Where the sentence is, in UTF-8 byte offsets into the segmented text.
    pub span: Span,
    /// The index of the paragraph (block separated by blank lines; a line of
    /// white space counts as blank) it belongs to, from 0, counting only
    /// paragraphs that hold a sentence.
    pub paragraph: usize,
}

/// An iterator over the sentences of a text, in order, with increasing,
/// non-overlapping spans. Made by [`sentences`] and [`sentences_in`].
#[derive(Clone, Debug)]
pub struct Sentences<'a> {
    inner: std::vec::IntoIter<Sentence<'a>>,
}

impl<'a> Iterator for Sentences<'a> {
    type Item = Sentence<'a>;

    fn next(&mut self) -> Option<Sentence<'a>> {
        self.inner.next()
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Sentences<'_> {}

/// True when `word` (any case) commonly begins a sentence in `language`
/// (`"The"`, `"It"`, `"But"`): the `[starters]` of the abbreviation data.
pub(crate) fn is_sentence_starter(word: &str, language: Language) -> bool {
    Abbreviations::of(Some(language)).is_starter(word)
}

/// True when `sentence` ends like a finished sentence: with terminal
/// punctuation ([`chars::terminal`]) or a colon or semicolon, possibly inside
/// closing quotes or brackets, attached to the last word. A stop set off by a
/// space (`Scroll down for video .`), as text converters add to lines that had
/// none, does not count; neither does a lone `*` (`Required fields are marked *`).
pub(crate) fn is_finished(sentence: &str) -> bool {
    let body = sentence.trim_end_matches(|c: char| chars::is_closer(c) || c == '*');
    let mut tail = body.chars().rev();
    let Some(last) = tail.next() else {
        return false;
    };
    if chars::terminal(last).is_none() && !matches!(last, ':' | ';') {
        return false;
    }
    // Skip a run of terminals (`?!`, `...`) to the character before them.
    let before = body
        .trim_end_matches(|c: char| chars::terminal(c).is_some() || matches!(c, ':' | ';'))
        .chars()
        .next_back();
    before.is_some_and(|c| !c.is_whitespace())
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
/// The language chooses the abbreviation lists (German `z.B.`, `Nr. 5`) and
/// the characters that end a sentence in that language only (the Greek
/// question mark `;`); `None` uses language-neutral lists (titles and
/// abbreviations written alike in many languages), for texts whose language
/// is not known (see [`detect_language`](crate::detect_language)). The full
/// stops of every script (`。`, `։`, `۔`, `።`, `။`, `।`, …) end sentences in any
/// language.
///
/// ```
/// use precis::Language;
/// let text = "Das Haus Nr. 5 ist rot. Es ist alt.";
/// let de: Vec<&str> = precis::sentences_in(text, Language::German).map(|s| s.text).collect();
/// assert_eq!(de, ["Das Haus Nr. 5 ist rot.", "Es ist alt."]);
/// let hy: Vec<&str> = precis::sentences_in("Բարև։ Ինչպե՞ս ես։", None).map(|s| s.text).collect();
/// assert_eq!(hy, ["Բարև։", "Ինչպե՞ս ես։"]);
/// ```
pub fn sentences_in(text: &str, language: impl Into<Option<Language>>) -> Sentences<'_> {
    let lists = Abbreviations::of(language.into());
    let mut out = Vec::new();
    layout::segments(text, |segment, paragraph| {
        let Some(segment_text) = text.get(segment.clone()) else {
            return;
        };
        scan::split(segment_text, lists, |start, end| {
            limit::pieces(text, segment.start + start..segment.start + end, |piece| {
                if let Some(sentence) = text.get(piece.clone()) {
                    out.push(Sentence {
                        text: sentence,
                        span: Span::new(piece.start, piece.end),
                        paragraph,
                    });
                }
            });
        });
    });
    Sentences {
        inner: out.into_iter(),
    }
}
