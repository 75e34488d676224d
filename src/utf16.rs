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
        let byte = char_start(self.text, byte);
        if byte < self.byte {
            self.byte = 0;
            self.unit = 0;
        }
        let passed = self.text.as_bytes().get(self.byte..byte).unwrap_or(&[]);
        self.unit += utf16_len(passed);
        self.byte = byte;
        self.unit
    }
}

/// Converts byte offsets into a text to UTF-16 code-unit offsets in any
/// order: the units before each block of 64 bytes are counted once, in one
/// scan of the text; then an offset costs a scan of at most one block (none
/// in a block of ASCII). For offsets that do not come in order, such as those
/// of several lists each ordered on its own.
///
/// ```
/// let text = "😀 Hi. Ok.";
/// let index = precis::Utf16Index::new(text);
/// assert_eq!(index.convert(text.len()), 10);
/// assert_eq!(index.convert(5), 3); // "😀 " is 5 bytes, 3 UTF-16 units
/// ```
#[derive(Clone, Debug)]
pub struct Utf16Index<'a> {
    text: &'a str,
    /// The UTF-16 units before each block, then those of the whole text; a
    /// character split by a block's end counts in the block it begins in.
    before: Vec<usize>,
    /// Whether each block is ASCII: a unit per byte.
    ascii: Vec<bool>,
}

impl<'a> Utf16Index<'a> {
    /// Bytes per block.
    const BLOCK: usize = 64;

    /// The index of `text`.
    pub fn new(text: &'a str) -> Utf16Index<'a> {
        let blocks = text.len().div_ceil(Self::BLOCK);
        let mut before = Vec::with_capacity(blocks + 1);
        let mut ascii = Vec::with_capacity(blocks);
        let mut units = 0;
        for block in text.as_bytes().chunks(Self::BLOCK) {
            before.push(units);
            ascii.push(block.is_ascii());
            units += utf16_len(block);
        }
        // The end, for a text whose length is a multiple of the block.
        before.push(units);
        Utf16Index {
            text,
            before,
            ascii,
        }
    }

    /// The UTF-16 offset of byte offset `byte`, as [`Utf16Offsets::convert`]
    /// gives it (clamped to a character's start and to the text's end).
    pub fn convert(&self, byte: usize) -> usize {
        let byte = char_start(self.text, byte);
        let block = byte / Self::BLOCK;
        let start = block * Self::BLOCK;
        let before = self.before.get(block).copied().unwrap_or(0);
        if self.ascii.get(block).copied().unwrap_or(false) {
            return before + (byte - start);
        }
        before + utf16_len(self.text.as_bytes().get(start..byte).unwrap_or(&[]))
    }
}

/// Byte offset `byte` moved back to the start of the character it is in, and
/// to the end of `text` when past it.
fn char_start(text: &str, byte: usize) -> usize {
    let mut byte = byte.min(text.len());
    while !text.is_char_boundary(byte) {
        byte -= 1;
    }
    byte
}

/// The length in UTF-16 code units of `bytes`, whole UTF-8 characters: one
/// unit per character (a byte that does not continue one), two for a
/// character of four bytes (a byte from 0xF0 begins one). Eight bytes at a time.
fn utf16_len(bytes: &[u8]) -> usize {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut units = 0;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(chunk);
        let x = u64::from_le_bytes(eight);
        if x & HIGH == 0 {
            units += 8;
            continue;
        }
        // Bit 7 of each byte: set for `10xxxxxx` (continues a character)…
        let continuing = x & !(x << 1) & HIGH;
        // …and for `11110xxx` (begins a four-byte character).
        let four = x & (x << 1) & (x << 2) & (x << 3) & HIGH;
        units += 8 - continuing.count_ones() as usize + four.count_ones() as usize;
    }
    units
        + chunks
            .remainder()
            .iter()
            .map(|&b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
            .sum::<usize>()
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
    fn counts_every_kind_of_character_in_any_position() {
        let pieces = [
            "a",
            "é",
            "中",
            "😀",
            "\u{7f}",
            "\u{80}",
            "\u{7ff}",
            "\u{800}",
            "\u{ffff}",
            "\u{10000}",
        ];
        for (i, first) in pieces.iter().enumerate() {
            for pad in 0..9 {
                let text: String = "x".repeat(pad) + first + &pieces[i..].concat() + first;
                assert_eq!(
                    utf16_len(text.as_bytes()),
                    text.encode_utf16().count(),
                    "{text:?}"
                );
                let mut conv = Utf16Offsets::new(&text);
                for (at, _) in text.char_indices() {
                    assert_eq!(conv.convert(at), naive(&text, at), "{text:?} at {at}");
                }
            }
        }
    }

    #[test]
    fn the_index_converts_offsets_in_any_order_as_the_scan_does() {
        // Blocks of 64 bytes split characters of 2, 3 and 4 bytes or hold
        // ASCII only, and the text's length is a multiple of the block or not.
        for pad in 0..8 {
            for tail in ["", "x", "😀"] {
                let text = "x".repeat(pad)
                    + &"é中😀a".repeat(40)
                    + &"ASCII only. ".repeat(20)
                    + &"é中😀a".repeat(20)
                    + tail;
                let index = Utf16Index::new(&text);
                let mut bytes: Vec<usize> = (0..=text.len() + 2).collect();
                bytes.reverse();
                for byte in bytes {
                    let want = Utf16Offsets::new(&text).convert(byte);
                    assert_eq!(index.convert(byte), want, "{pad} {tail:?} at {byte}");
                }
            }
        }
        let even = "ab".repeat(64);
        assert_eq!(Utf16Index::new(&even).convert(even.len()), 128);
        assert_eq!(Utf16Index::new("").convert(3), 0);
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
