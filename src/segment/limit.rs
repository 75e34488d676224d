//! Trimming and the length cap: turns a raw sentence range into one or more
//! trimmed, non-empty ranges of at most [`MAX_SENTENCE_BYTES`] bytes, so that a
//! text without punctuation (one 1 MB line) cannot become one huge sentence.

use super::MAX_SENTENCE_BYTES;
use std::ops::Range;

/// Calls `emit` with the trimmed, non-empty pieces of `text[range]` (UTF-8 byte
/// offsets into `text`), each at most [`MAX_SENTENCE_BYTES`] long, in order.
pub(super) fn pieces(text: &str, range: Range<usize>, mut emit: impl FnMut(Range<usize>)) {
    let mut start = range.start;
    let end = range.end;
    loop {
        let Some(rest) = text.get(start..end) else {
            return;
        };
        let trimmed = rest.trim_start();
        start += rest.len() - trimmed.len();
        let trimmed = trimmed.trim_end();
        if trimmed.is_empty() {
            return;
        }
        if trimmed.len() <= MAX_SENTENCE_BYTES {
            emit(start..start + trimmed.len());
            return;
        }
        let cut = cut_point(text, start);
        let piece = text.get(start..cut).unwrap_or("").trim_end();
        emit(start..start + piece.len());
        start = cut;
    }
}

/// Where to cut a too-long sentence starting at byte `start` (not white space):
/// the last white space in the second half of the window, else the last `char`
/// boundary at [`MAX_SENTENCE_BYTES`]. Always after `start`.
fn cut_point(text: &str, start: usize) -> usize {
    let mut limit = start + MAX_SENTENCE_BYTES;
    while limit > start + 1 && !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let half = start + MAX_SENTENCE_BYTES / 2;
    let window = text.get(half..limit).unwrap_or("");
    match window
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
    {
        Some((i, _)) => half + i,
        None => limit,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        pieces(text, 0..text.len(), |r| out.push(r));
        out
    }

    #[test]
    fn trims_and_skips_blank() {
        assert_eq!(all("  ab \n"), vec![2..4]);
        assert!(all(" \n\t").is_empty());
    }

    #[test]
    fn cuts_long_runs_at_spaces_or_char_boundaries() {
        let words = "word ".repeat(2000);
        let pieces = all(&words);
        assert!(pieces.len() >= 3);
        assert!(pieces
            .iter()
            .all(|r| r.len() <= MAX_SENTENCE_BYTES && words[r.clone()].ends_with("word")));
        let wide = "é".repeat(4000);
        assert!(all(&wide)
            .iter()
            .all(|r| r.len() <= MAX_SENTENCE_BYTES && wide.is_char_boundary(r.end)));
    }
}
