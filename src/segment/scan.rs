//! The scanner: walks one segment (a stretch of text the layout rules keep
//! together) and cuts it into sentences, asking [`rules::boundary`] at each run
//! of terminal punctuation and [`list`] at each white space inside a list item.
//!
//! It looks at each byte once, decodes only the bytes that can start a
//! terminal of the language, and the rules look at a bounded window around each candidate, so
//! the time is linear in the length of the segment.

use super::abbreviations::Abbreviations;
use super::list::{self, Marker};
use super::rules::{self, Run};

/// Cuts `segment` into sentences and calls `emit(start, end)` for each, in
/// order, with UTF-8 byte offsets into `segment`. The ranges are not trimmed;
/// together they cover the whole segment.
pub(super) fn split(segment: &str, lists: &Abbreviations, mut emit: impl FnMut(usize, usize)) {
    let bytes = segment.as_bytes();
    let mut start = 0;
    let mut item = item_at(segment, 0);
    let mut i = 0;
    loop {
        // Skip bytes no rule looks at; white space matters only inside a list item.
        let in_item = item.is_some();
        let Some(skip) = bytes.get(i..).and_then(|rest| {
            rest.iter().position(|&b| {
                lists.is_terminal_lead_byte(b) || (in_item && b.is_ascii_whitespace())
            })
        }) else {
            break;
        };
        i += skip;
        if bytes.get(i).is_some_and(u8::is_ascii_whitespace) {
            // Rule "inline list": `1) one 2) two` and `• one • two` are two items.
            let next_item = item.and_then(|current| {
                list::marker_at(segment, i + 1)
                    .filter(|next| next.start > current.start && current.is_followed_by(next))
            });
            if let Some(next) = next_item {
                emit(start, next.start);
                start = next.start;
                item = Some(next);
                i = next.end;
            } else {
                i += 1;
            }
            continue;
        }
        // `i` is on a char boundary: terminal lead bytes are never continuation bytes.
        let Some(c) = segment.get(i..).and_then(|rest| rest.chars().next()) else {
            i += 1;
            continue;
        };
        let Some(terminal) = lists.terminal(c) else {
            i += c.len_utf8();
            continue;
        };
        let run = Run::read(segment, start, i, terminal, lists);
        match rules::boundary(segment, &run, item, lists) {
            Some(cut) => {
                emit(start, cut);
                start = cut;
                item = item_at(segment, cut);
                i = cut;
            }
            None => i = run.end,
        }
    }
    if start < segment.len() {
        emit(start, segment.len());
    }
}

/// The list marker that starts the sentence beginning at byte `from` (after
/// white space), if any.
fn item_at(segment: &str, from: usize) -> Option<Marker> {
    let rest = segment.get(from..)?;
    list::marker_at(segment, from + (rest.len() - rest.trim_start().len()))
}
