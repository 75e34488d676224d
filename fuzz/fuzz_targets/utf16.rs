//! `Utf16Offsets` against a naive count, for offsets in order and out of order.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use precis::Utf16Offsets;

#[derive(Arbitrary, Debug)]
struct Input {
    offsets: Vec<u16>,
    sorted: bool,
    text: String,
}

/// UTF-16 units of the characters that end at or before `byte`.
fn naive(text: &str, byte: usize) -> usize {
    text.char_indices()
        .take_while(|&(i, c)| i + c.len_utf8() <= byte)
        .map(|(_, c)| c.len_utf16())
        .sum()
}

fuzz_target!(|input: Input| {
    let Input {
        mut offsets,
        sorted,
        text,
    } = input;
    if sorted {
        offsets.sort_unstable();
    }
    let mut utf16 = Utf16Offsets::new(&text);
    for &o in offsets.iter().take(64) {
        // Offsets up to a few bytes past the end are allowed (clamped to the end).
        let byte = usize::from(o) % (text.len() + 3);
        let got = utf16.convert(byte);
        assert_eq!(got, naive(&text, byte), "byte {byte} of {text:?}");
        if text.is_char_boundary(byte) {
            assert_eq!(got, text[..byte].encode_utf16().count());
        }
    }
    assert_eq!(utf16.convert(text.len()), text.encode_utf16().count());
    assert_eq!(utf16.convert(usize::MAX), text.encode_utf16().count());
});
