//! Article extraction of arbitrary bytes as an HTML page: no panic, and the text's layout
//! invariants hold.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let page = precis_html::decode(data);
    let article = precis_html::extract(&page);
    let everything = precis_html::page_text(&page);
    for text in [&article.text, &everything] {
        // Gaps are written only between pieces of text, at most one blank line.
        assert_eq!(text.trim(), text.as_str(), "untrimmed: {text:?}");
        assert!(!text.contains("\n\n\n"), "more than one blank line: {text:?}");
        assert!(!text.contains('\r'), "unnormalised line break: {text:?}");
    }
    assert!(!article.title.contains('\n'), "title on several lines: {:?}", article.title);
    // Same input, same output.
    assert_eq!(precis_html::extract(&page), article);
});
