//! Hostile pages: whatever the input, extraction returns without a panic, and the parser's
//! limits keep the tree (so memory and time) bounded. Timings are the benchmark's business
//! (`cargo bench -p precis-html`); these tests check outcomes only.

use precis_html::{extract, page_text};

#[test]
fn a_hundred_thousand_nested_elements() {
    for open in [
        "<div>",
        "<span>",
        "<b>",
        "<ul><li>",
        "<table><tr><td>",
        "<a href=x>",
        "<p>",
    ] {
        let page = format!("{}deep text", open.repeat(100_000));
        let article = extract(&page);
        assert!(
            article.text.contains("deep text"),
            "{open}: {:?}",
            article.text
        );
    }
}

#[test]
fn a_ten_megabyte_attribute() {
    let page = format!(
        "<div class=\"{}\" id='{}'><p>The article survives its attributes, all ten megabytes of them.</p></div>",
        "x".repeat(10_000_000),
        "y".repeat(1_000_000)
    );
    assert_eq!(
        extract(&page).text,
        "The article survives its attributes, all ten megabytes of them."
    );
}

#[test]
fn unclosed_everything() {
    let page =
        "<html><body><div><p><b><i><table><tr><td><ul><li><a href=x><span>text ".repeat(5_000);
    extract(&page);
    assert!(page_text(&page).contains("text"));
    // Truncated tags, comments, attributes and character references at the end.
    for tail in [
        "<div",
        "<!--",
        "<p class=\"",
        "&am",
        "<![CDATA[",
        "</",
        "<!DOCTYPE",
    ] {
        extract(&format!("<p>Some text here.</p>{tail}"));
    }
}

#[test]
fn binary_junk() {
    // A deterministic pseudo-random byte stream, read as UTF-8 with replacement characters.
    let mut state = 0x2545_f491_4f6c_dd1du64;
    let bytes: Vec<u8> = (0..2_000_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 32) as u8
        })
        .collect();
    let junk = String::from_utf8_lossy(&bytes);
    extract(&junk);
    page_text(&junk);
    // Junk made of markup characters.
    let markup: String = bytes
        .iter()
        .take(500_000)
        .map(|b| {
            [
                '<', '>', '/', '"', '\'', '=', '&', ';', '!', '-', 'a', 'p', ' ', '\0',
            ][usize::from(*b) % 14]
        })
        .collect();
    extract(&markup);
}

#[test]
fn millions_of_elements_are_read_up_to_the_node_limit() {
    // 400,000 paragraphs are 800,000 nodes: the page is read up to the parser's limit of
    // 500,000 nodes (and the slice of HTML it was reading when it got there).
    let page = "<p>x</p>".repeat(400_000);
    let text = page_text(&page);
    let paragraphs = text.split("\n\n").count();
    assert!((250_000..270_000).contains(&paragraphs), "{paragraphs}");
}

#[test]
fn nul_characters_and_lone_surrogate_replacements() {
    let article = extract("<p>a\0b \u{fffd} c</p>");
    assert!(article.text.starts_with('a'));
}
