//! Layout: paragraphs and line breaks. Splits a text into blocks at blank lines
//! (a line holding only white space is blank), then cuts each block into
//! segments where a single line break ends a unit of its own: a heading, a
//! byline, a list item. A line break inside a hard-wrapped sentence is kept
//! (the scanner treats it as a space).
//!
//! All offsets are UTF-8 byte offsets into the text.

use super::chars;
use super::list;
use std::ops::Range;

/// A wrapped line is at least this many bytes long…
const WRAPPED_MIN_BYTES: usize = 30;
/// …and at least this share (in percent) of the longest line of its block.
const WRAPPED_MIN_PERCENT: usize = 60;

/// Calls `emit(range, paragraph)` for each segment of `text`, in order: `range`
/// is trimmed of white space and never empty; `paragraph` counts the blocks
/// (separated by blank lines) from 0.
pub(super) fn segments(text: &str, mut emit: impl FnMut(Range<usize>, usize)) {
    let mut block: Vec<Range<usize>> = Vec::new();
    let mut paragraph = 0;
    let mut pos = 0;
    loop {
        let rest = text.get(pos..).unwrap_or("");
        let line_len = rest.find('\n').unwrap_or(rest.len());
        let line = rest.get(..line_len).unwrap_or("");
        let content = line.trim();
        if content.is_empty() {
            if flush(text, &block, paragraph, &mut emit) {
                paragraph += 1;
            }
            block.clear();
        } else {
            let start = pos + (line.len() - line.trim_start().len());
            block.push(start..start + content.len());
        }
        if line_len >= rest.len() {
            break;
        }
        pos += line_len + 1;
    }
    flush(text, &block, paragraph, &mut emit);
}

/// Emits the segments of one block of non-blank lines; false if it was empty.
fn flush(
    text: &str,
    block: &[Range<usize>],
    paragraph: usize,
    emit: &mut impl FnMut(Range<usize>, usize),
) -> bool {
    let (Some(first), Some(last)) = (block.first(), block.last()) else {
        return false;
    };
    let longest = block.iter().map(ExactSizeIterator::len).max().unwrap_or(0);
    let mut start = first.start;
    for pair in block.windows(2) {
        if let [line, next] = pair {
            let line_text = text.get(line.clone()).unwrap_or("");
            let next_text = text.get(next.clone()).unwrap_or("");
            if breaks_after(line_text, next_text, longest) {
                emit(start..line.end, paragraph);
                start = next.start;
            }
        }
    }
    emit(start..last.end, paragraph);
    true
}

/// True when the line break between `line` and `next` (both trimmed, in a
/// block whose longest line has `longest` bytes) ends a sentence by itself.
fn breaks_after(line: &str, next: &str, longest: usize) -> bool {
    // Rule "list item": a bullet or enumerator opens its own sentence.
    if list::marker_at(next, 0).is_some() {
        return true;
    }
    let core = line.trim_end_matches(chars::is_closer);
    // Rule "punctuated line": after `.`, `?`, … the scanner decides, as for a space.
    if core
        .chars()
        .next_back()
        .is_some_and(|c| chars::terminal(c).is_some())
    {
        return false;
    }
    // Rule "open line": a line ending in `,` `;` `-` `–` `—` `&` `/` or `(` continues.
    if line.ends_with([',', ';', '-', '–', '—', '&', '/', '(']) {
        return false;
    }
    // Rule "lower-case continuation": a wrapped sentence goes on in lower case.
    let next_first = next.trim_start_matches(chars::is_opener).chars().next();
    if next_first.is_some_and(char::is_lowercase) {
        return false;
    }
    // Rule "heading": a title-case line (`Markets Rally`, `By Jane Doe | March 3`).
    if is_heading(line) {
        return true;
    }
    // Rule "wrapped line": a line about as long as the longest of its block
    // was wrapped, not ended.
    let wrapped =
        line.len() >= WRAPPED_MIN_BYTES && line.len() * 100 >= longest * WRAPPED_MIN_PERCENT;
    !wrapped
}

/// Short function words that stay lower case in a title.
const TITLE_LOWER: [&str; 16] = [
    "a", "an", "the", "and", "or", "but", "of", "in", "on", "at", "to", "for", "by", "with",
    "from", "as",
];

/// True for a title-case line of at most 16 words whose last word is not
/// lower case: three quarters of its words or more start with a capital or
/// are not words (`|`, `2024`), short function words not counted.
fn is_heading(line: &str) -> bool {
    let mut counted = 0;
    let mut capitalised = 0;
    let mut last_lower = false;
    for (n, word) in line.split_whitespace().enumerate() {
        if n >= 16 {
            return false;
        }
        let first = word.trim_start_matches(chars::is_opener).chars().next();
        last_lower = first.is_some_and(char::is_lowercase);
        if TITLE_LOWER.iter().any(|w| w.eq_ignore_ascii_case(word)) && last_lower {
            continue;
        }
        counted += 1;
        if !last_lower {
            capitalised += 1;
        }
    }
    counted > 0 && !last_lower && capitalised * 4 >= counted * 3
}

#[cfg(test)]
mod tests {
    use super::*;

    fn segs(text: &str) -> Vec<(&str, usize)> {
        let mut out = Vec::new();
        segments(text, |r, p| out.push((&text[r], p)));
        out
    }

    #[test]
    fn blocks_and_lines() {
        assert_eq!(segs(" a\n \t\nb \n\n\n c"), [("a", 0), ("b", 1), ("c", 2)]);
        assert_eq!(
            segs("Big News Today\nThe firm said so."),
            [("Big News Today", 0), ("The firm said so.", 0)]
        );
        assert_eq!(
            segs("the firm said\nthat it would."),
            [("the firm said\nthat it would.", 0)]
        );
        assert_eq!(
            segs("Items:\n- one\n- two"),
            [("Items:", 0), ("- one", 0), ("- two", 0)]
        );
        assert_eq!(segs(""), []);
    }

    #[test]
    fn headings() {
        assert!(is_heading("By Jane Doe | March 3, 2024"));
        assert!(is_heading("The Lord of the Rings"));
        assert!(!is_heading("Tim Cook, Satya Nadella and"));
        assert!(!is_heading("the company said on Monday that"));
    }
}
