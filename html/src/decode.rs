//! Page bytes → text, in the encoding the page declares, as browsers decide it: a byte
//! order mark, else UTF-8 when the bytes are valid UTF-8, else the `charset` of a
//! `<meta>` tag in the first 1024 bytes, else windows-1252 (the web's legacy default).

use encoding_rs::{Encoding, UTF_8, WINDOWS_1252};
use std::borrow::Cow;

/// How far into the page a `<meta charset>` is looked for, in bytes (as browsers do).
const PRESCAN_BYTES: usize = 1024;

/// The text of a page given as bytes. Invalid sequences become U+FFFD; never fails.
pub fn decode(bytes: &[u8]) -> Cow<'_, str> {
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes.get(bom..).unwrap_or(&[]));
        return text;
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Cow::Borrowed(text);
    }
    let encoding = declared(bytes.get(..PRESCAN_BYTES).unwrap_or(bytes)).unwrap_or(WINDOWS_1252);
    let (text, _) = encoding.decode_without_bom_handling(bytes);
    text
}

/// The encoding named by `charset=` in the start of a page, if it is one the Encoding
/// Standard knows. A UTF-16 label means UTF-8 here: the bytes were not UTF-16 (no BOM).
fn declared(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let at = lower.windows(8).position(|w| w == b"charset=")? + 8;
    let rest = lower.get(at..)?;
    let rest = rest
        .strip_prefix(b"\"")
        .or_else(|| rest.strip_prefix(b"'"))
        .unwrap_or(rest);
    let end = rest
        .iter()
        .position(|&b| matches!(b, b'"' | b'\'' | b';' | b'>' | b'/') || b.is_ascii_whitespace())
        .unwrap_or(rest.len());
    let encoding = Encoding::for_label(rest.get(..end)?)?;
    Some(if encoding.name().starts_with("UTF-16") {
        UTF_8
    } else {
        encoding
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_is_borrowed_and_boms_are_honoured() {
        assert!(matches!(
            decode("<p>café</p>".as_bytes()),
            Cow::Borrowed("<p>café</p>")
        ));
        assert_eq!(decode(b"\xEF\xBB\xBF<p>x</p>"), "<p>x</p>");
        assert_eq!(decode(b"\xFF\xFE<\0p\0>\0"), "<p>");
    }

    #[test]
    fn declared_legacy_encodings() {
        let latin = b"<meta charset=\"iso-8859-1\"><p>caf\xE9 \x80</p>";
        // iso-8859-1 is windows-1252 in the Encoding Standard: 0x80 is the euro sign.
        assert_eq!(decode(latin), "<meta charset=\"iso-8859-1\"><p>café €</p>");
        let sjis = b"<meta http-equiv=Content-Type content='text/html; charset=Shift_JIS'>\x93\xfa\x96\x7b";
        assert!(decode(sjis).ends_with("日本"));
    }

    #[test]
    fn undeclared_invalid_utf8_is_windows_1252() {
        assert_eq!(decode(b"<p>na\xEFve</p>"), "<p>naïve</p>");
    }
}
