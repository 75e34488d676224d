//! UTF-8 byte offsets → UTF-16 code-unit offsets, the unit JavaScript strings use.

/// Converts byte offsets into a text to UTF-16 code-unit offsets in one
/// forward pass: each call continues from the previous offset, so converting
/// the ordered spans of a whole document costs one scan of the text.
///
/// ```
/// let text = "😀 Hi. Ok.";
/// let mut utf16 = precis::Utf16Offsets::new(text);
/// assert_eq!(utf16.convert(5), 3); // "😀 " is 5 bytes, 3 UTF-16 units
/// assert_eq!(utf16.convert(text.len()), 10);
/// ```
#[derive(Clone, Debug)]
pub struct Utf16Offsets<'a> {
    text: &'a str,
    byte: usize,
    unit: usize,
}

impl<'a> Utf16Offsets<'a> {
    /// A converter for offsets into `text`, positioned at its start.
    pub fn new(text: &'a str) -> Utf16Offsets<'a> {
        Utf16Offsets {
            text,
            byte: 0,
            unit: 0,
        }
    }

    /// The UTF-16 offset of byte offset `byte`. A byte offset inside a character
    /// counts as that character's start; one past the end counts as the end.
    /// Offsets are best given in non-decreasing order (a smaller one restarts the scan).
    pub fn convert(&mut self, byte: usize) -> usize {
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let rest = self.text.get(self.byte..).unwrap_or("");
        for c in rest.chars() {
            let next = self.byte + c.len_utf8();
            if next > byte {
                break;
            }
            self.byte = next;
            self.unit += c.len_utf16();
        }
        self.unit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The naive oracle: count UTF-16 units of the prefix.
    fn naive(text: &str, byte: usize) -> usize {
        text.char_indices()
            .take_while(|&(i, c)| i + c.len_utf8() <= byte)
            .map(|(_, c)| c.len_utf16())
            .sum()
    }

    #[test]
    fn matches_the_naive_count_on_mixed_scripts() {
        let text = "a😀é中\u{1F469}\u{200D}\u{1F4BB} عربي 👍🏽!";
        let mut conv = Utf16Offsets::new(text);
        for (i, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(conv.convert(i), naive(text, i), "byte {i}");
        }
        assert_eq!(conv.convert(text.len()), text.encode_utf16().count());
    }

    #[test]
    fn going_backwards_restarts() {
        let text = "😀😀x";
        let mut conv = Utf16Offsets::new(text);
        assert_eq!(conv.convert(8), 4);
        assert_eq!(conv.convert(4), 2);
    }

    #[test]
    fn offsets_inside_a_char_or_past_the_end_are_clamped() {
        let text = "é!";
        let mut conv = Utf16Offsets::new(text);
        assert_eq!(conv.convert(1), 0);
        assert_eq!(conv.convert(100), 2);
    }
}
