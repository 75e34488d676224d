//! List item markers: a bullet (`•`, `-`, `⁃`), an enumerator (`1.`, `2)`,
//! `3.)`, `(4)`, `a.`, `b)`), or a bullet followed by an enumerator (`• 9.`).
//!
//! A marker starts a new sentence at the start of a line and, for enumerators
//! and inline bullets, also inside a line (`1) one 2) two`); the period of an
//! enumerator never ends a sentence on its own.

use super::chars::{bullet, Bullet};

/// How an enumerator is punctuated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Style {
    /// `1.`
    Dot,
    /// `1)`
    Paren,
    /// `1.)`
    DotParen,
    /// `(1)`
    Enclosed,
}

/// An item number: digits (`12`) or one lower-case ASCII letter (`b`, value 2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Enumerator {
    value: u32,
    letter: bool,
    style: Style,
}

/// A list marker found in a text. Offsets are UTF-8 byte offsets into that text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    /// Where the marker starts.
    pub start: usize,
    /// One past the marker's last byte (after `.`, `)` or the bullet).
    pub end: usize,
    bullet: Option<Bullet>,
    enumerator: Option<Enumerator>,
    /// Whether the item's text starts with a capital letter (`- Increased`).
    capitalised: bool,
}

impl Marker {
    /// True when the marker holds an enumerator (so it ends with `.` or `)`).
    pub fn is_enumerated(&self) -> bool {
        self.enumerator.is_some()
    }

    /// True when `next`, found later in the same line, starts the next item of
    /// the list `self` starts: the same inline bullet (an ASCII bullet `-` only
    /// before a capital letter), or the next enumerator
    /// in the same style (`1.` → `2.`, `a)` → `b)`).
    pub fn is_followed_by(&self, next: &Marker) -> bool {
        match (self.bullet, next.bullet) {
            // `- One - Two`: an ASCII bullet repeats inline only before a capital.
            (Some(a), Some(b)) => a == b && (a.inline || next.capitalised),
            (None, None) => match (self.enumerator, next.enumerator) {
                (Some(a), Some(b)) => {
                    a.letter == b.letter
                        && a.style == b.style
                        && a.value.checked_add(1) == Some(b.value)
                }
                _ => false,
            },
            _ => false,
        }
    }
}

/// The list marker starting at byte `at` of `text`, if there is one. A marker
/// must be followed by white space (or the end of the text), so `3.14`, `e.g.`
/// and `-5%` are not markers.
pub(super) fn marker_at(text: &str, at: usize) -> Option<Marker> {
    let rest = text.get(at..)?;
    let mut chars = rest.char_indices().peekable();
    let mut bullet_found = None;
    let mut pos = 0;
    if let Some(b) = chars.peek().and_then(|&(_, c)| bullet(c)) {
        bullet_found = Some(b);
        chars.next();
        pos = b.c.len_utf8();
        // Spaces (not line breaks) may separate the bullet from an enumerator.
        while let Some(&(i, c)) = chars.peek() {
            if c == ' ' || c == '\t' || c == '\u{a0}' {
                chars.next();
                pos = i + c.len_utf8();
            } else {
                break;
            }
        }
    }
    let after_bullet = pos;
    let enumerator = rest.get(pos..).and_then(enumerator);
    let end = match (bullet_found, enumerator) {
        (_, Some((_, len))) => after_bullet + len,
        // A bullet alone must be followed by white space: `- item`, not `-5`.
        (Some(b), None) => {
            let spaced = after_bullet > b.c.len_utf8();
            let then_space = rest
                .get(after_bullet..)?
                .chars()
                .next()
                .is_none_or(char::is_whitespace);
            if !spaced && !then_space {
                return None;
            }
            b.c.len_utf8()
        }
        (None, None) => return None,
    };
    let capitalised = rest
        .get(end..)
        .and_then(|text| text.trim_start().chars().next())
        .is_some_and(char::is_uppercase);
    Some(Marker {
        start: at,
        end: at + end,
        capitalised,
        bullet: bullet_found,
        enumerator: enumerator.map(|(e, _)| e),
    })
}

/// An enumerator at the start of `s` followed by white space or the end, with
/// its length in bytes.
fn enumerator(s: &str) -> Option<(Enumerator, usize)> {
    let bytes = s.as_bytes();
    let enclosed = bytes.first() == Some(&b'(');
    let body = usize::from(enclosed);
    let digits = bytes
        .get(body..)?
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    let (value, letter, mut pos) = if (1..=3).contains(&digits) {
        let value = s.get(body..body + digits)?.parse().ok()?;
        (value, false, body + digits)
    } else if digits == 0 {
        let b = *bytes.get(body)?;
        if !b.is_ascii_lowercase() {
            return None;
        }
        (u32::from(b - b'a') + 1, true, body + 1)
    } else {
        return None;
    };
    let style = if enclosed {
        (bytes.get(pos) == Some(&b')')).then_some(Style::Enclosed)?
    } else {
        match (bytes.get(pos), bytes.get(pos + 1)) {
            (Some(b'.'), Some(b')')) => Style::DotParen,
            (Some(b'.'), _) => Style::Dot,
            (Some(b')'), _) => Style::Paren,
            _ => return None,
        }
    };
    pos += if style == Style::DotParen { 2 } else { 1 };
    match s.get(pos..)?.chars().next() {
        None => {}
        Some(c) if c.is_whitespace() => {}
        Some(_) => return None,
    }
    Some((
        Enumerator {
            value,
            letter,
            style,
        },
        pos,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn end(s: &str) -> Option<usize> {
        marker_at(s, 0).map(|m| m.end)
    }

    #[test]
    fn markers_and_non_markers() {
        assert_eq!(end("1. The"), Some(2));
        assert_eq!(end("12) x"), Some(3));
        assert_eq!(end("1.) x"), Some(3));
        assert_eq!(end("(4) x"), Some(3));
        assert_eq!(end("a. x"), Some(2));
        assert_eq!(end("• 9. x"), Some("• 9.".len()));
        assert_eq!(end("⁃9. x"), Some("⁃9.".len()));
        assert_eq!(end("- item"), Some(1));
        assert_eq!(end("• item"), Some("•".len()));
        for no in [
            "3.14", "e.g. x", "-5%", "1234. x", "The", "A. Smith", "", "(", "1",
        ] {
            assert_eq!(end(no), None, "{no:?}");
        }
    }

    #[test]
    fn next_item() {
        let m = |s: &str| marker_at(s, 0).unwrap();
        assert!(m("1. a").is_followed_by(&m("2. b")));
        assert!(!m("1. a").is_followed_by(&m("2) b")));
        assert!(!m("1. a").is_followed_by(&m("3. b")));
        assert!(m("a) x").is_followed_by(&m("b) y")));
        assert!(m("• 9. x").is_followed_by(&m("• 10. y")));
        assert!(!m("- x").is_followed_by(&m("- y")));
        assert!(m("- x").is_followed_by(&m("- Y")));
    }
}
