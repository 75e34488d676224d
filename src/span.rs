//! Byte spans into the caller's text.

/// A half-open range `start..end` of **UTF-8 byte offsets** into the text it was
/// computed from. Both ends always lie on `char` boundaries, so
/// [`Span::slice`] never fails for the text the span came from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// Byte offset of the first byte (inclusive).
    pub start: usize,
    /// Byte offset one past the last byte (exclusive).
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (byte offsets, `start <= end`).
    pub const fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no bytes.
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// The text this span covers in `text`, or `""` when the span does not fit
    /// `text` (for example a span from another string).
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        text.get(self.start..self.end).unwrap_or("")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_and_len() {
        let s = Span::new(2, 5);
        assert_eq!(s.slice("a bcd e"), "bcd");
        assert_eq!(s.len(), 3);
        assert!(!s.is_empty());
        assert!(Span::new(3, 3).is_empty());
    }

    #[test]
    fn slice_out_of_range_or_inside_a_char_is_empty() {
        assert_eq!(Span::new(0, 10).slice("abc"), "");
        assert_eq!(Span::new(1, 2).slice("é"), "");
    }
}
