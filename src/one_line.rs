//! A sentence on one line of output: how [`Summary::text`](crate::Summary::text),
//! the CLI and the JS `summary` string print sentences that span lines.

use std::borrow::Cow;

/// `text` with every run of white space that holds a line break (`\n` or
/// `\r`) replaced by one space; other white space (double spaces, tabs) is kept.
/// Borrows when `text` is on one line already.
///
/// ```
/// assert_eq!(precis::one_line("a hard-\nwrapped  \r\n  line"), "a hard- wrapped line");
/// assert_eq!(precis::one_line("kept\tas  it is"), "kept\tas  it is");
/// ```
pub fn one_line(text: &str) -> Cow<'_, str> {
    if text.contains(['\n', '\r']) {
        let mut out = String::with_capacity(text.len());
        push_on_one_line(&mut out, text);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(text)
    }
}

/// Appends [`one_line(text)`](one_line) to `out`.
pub(crate) fn push_on_one_line(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(pos) = rest.find(['\n', '\r']) {
        let (before, after) = rest.split_at(pos);
        out.push_str(before.trim_end());
        out.push(' ');
        rest = after.trim_start();
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_breaks_and_the_space_around_them_become_one_space() {
        assert_eq!(
            one_line("a hard-\nwrapped  \r\n  line"),
            "a hard- wrapped line"
        );
        assert_eq!(one_line("one\n\n\ntwo"), "one two");
        assert_eq!(
            one_line("no break,  two spaces\tand a tab"),
            "no break,  two spaces\tand a tab"
        );
        assert!(matches!(one_line("borrowed"), Cow::Borrowed(_)));
    }
}
