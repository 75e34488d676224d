//! # precis-html: the article of a web page, as text
//!
//! [`extract`] finds the main content of an HTML page (the story, without menus, cookie
//! banners, related links, comments or captions) and returns its text, paragraphs
//! separated by a blank line, with the page's title.
//!
//! ```
//! let page = r#"<html><head><title>Floods close schools | Daily Planet</title></head>
//! <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
//! <article><h1>Floods close schools</h1>
//! <p>Floods closed schools across Paris on Monday, officials said.</p>
//! <p>The river is expected to recede by Friday, and classes to resume next week.</p>
//! </article><footer>© Daily Planet</footer></body></html>"#;
//! let article = precis_html::extract(page);
//! assert_eq!(article.title, "Floods close schools");
//! assert!(article.text.starts_with("Floods closed schools across Paris"));
//! assert!(!article.text.contains("Home"));
//! ```

mod candidate;
mod dom;
mod hints;
mod measure;
mod parse;
mod prune;
mod tag;
mod text;
mod title;

/// An article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The page's title (its headline), or "" when it has none.
    pub title: String,
    /// The article's text: paragraphs separated by a blank line, lines of lists and
    /// tables by a line break. The title is not included.
    pub text: String,
}

/// Finds the article in the HTML page `html` and returns its title and text.
///
/// Any input gives a result: a page without an article gives the text that looks most
/// like one (possibly empty), and text that is not HTML is read as a page's text.
pub fn extract(html: &str) -> Article {
    let dom = parse::parse(html);
    let m = measure::measure(&dom);
    let scores = candidate::score(&dom, &m);
    let title = title::title(&dom, &m);
    let pruner = prune::Pruner::new(&dom, &m, &title);
    let mut out = text::TextWriter::new();
    for block in candidate::article(&dom, &m, &scores) {
        // The block itself is kept even if it is, say, a <form> wrapping the whole page.
        text::write_text(&dom, block, &mut out, |id| {
            id != block && pruner.left_out(block, id)
        });
    }
    Article {
        title,
        text: out.finish(),
    }
}

/// All the text of the page `html` that a reader sees, menus and footers included, as
/// select-all and copy in a browser gives it (paragraphs separated by a blank line).
pub fn page_text(html: &str) -> String {
    let dom = parse::parse(html);
    let mut out = text::TextWriter::new();
    text::write_text(&dom, dom::NodeId::DOCUMENT, &mut out, |id| {
        measure::never_read(&dom, id)
    });
    out.finish()
}

/// Debugging aid: the blocks chosen and the best-scoring candidates.
#[doc(hidden)]
pub fn inspect(html: &str) -> String {
    use std::fmt::Write;
    let dom = parse::parse(html);
    let m = measure::measure(&dom);
    let scores = candidate::score(&dom, &m);
    let mut all: Vec<(f64, dom::NodeId)> = m.order.iter().map(|&id| (scores.get(id), id)).filter(|(s, _)| *s > 0.0).collect();
    all.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut out = String::new();
    let describe = |id: dom::NodeId| {
        let e = dom.node(id).element();
        format!("#{} {:?} [{}] chars {} ld {:.2} hint {:?} prose {:.1}", id.0, e.map(|e| e.tag), e.map(|e| &*e.hints).unwrap_or(""), m.chars(id), m.link_density(id), m.hint(id), m.prose(id))
    };
    for (s, id) in all.iter().take(8) {
        let _ = writeln!(out, "{s:8.1} {}", describe(*id));
        let path: Vec<String> = dom.ancestors(*id).filter_map(|a| dom.node(a).element().map(|e| format!("{:?}[{}]", e.tag, e.hints.get(..e.hints.len().min(30)).unwrap_or("")))).collect();
        let _ = writeln!(out, "         path: {}", path.join(" < "));
    }
    for &id in m.order.iter().filter(|&&id| dom.tag(id) == Some(tag::Tag::P) && m.own_chars(id) > 150).take(2) {
        let path: Vec<String> = dom.ancestors(id).filter_map(|a| dom.node(a).element().map(|e| format!("{:?}[{}]{}", e.tag, e.hints.get(..e.hints.len().min(40)).unwrap_or(""), if m.hint(a).boilerplate {"!BP"} else {""}))).collect();
        let _ = writeln!(out, "P path: {}", path.join(" < "));
    }
    for b in candidate::article(&dom, &m, &scores) {
        let _ = writeln!(out, "chosen: {}", describe(b));
    }
    out
}
#[doc(hidden)]
pub fn dump_tree(html: &str) -> String {
    let dom = parse::parse(html);
    let mut out = String::new();
    for id in dom.descendants(dom::NodeId::DOCUMENT).take(60) {
        let depth = dom.ancestors(id).count();
        out.push_str(&format!("{}{:?} {:?}\n", "  ".repeat(depth), id, dom.node(id).tag().map(|t| format!("{t:?}")).unwrap_or_else(|| format!("{:?}", dom.node(id).text().map(|t| t.get(..t.len().min(30)).unwrap_or(""))))));
    }
    out
}
#[doc(hidden)]
pub fn parse_count(html: &str) -> usize {
    parse::parse(html).len()
}
