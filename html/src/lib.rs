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
#[cfg(feature = "encoding")]
mod decode;
mod dom;
mod hints;
mod measure;
mod parse;
mod prune;
mod tag;
mod text;
mod title;

#[cfg(all(target_arch = "wasm32", feature = "js"))]
pub mod wasm;

#[cfg(feature = "dev")]
pub mod dev;

#[cfg(feature = "encoding")]
pub use decode::decode;

/// An article found in a page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The page's title (its headline), or "" when it has none.
    pub title: String,
    /// The article's text: paragraphs separated by a blank line, lines of lists and
    /// tables by a line break. The title is not included.
    pub text: String,
}

impl Article {
    /// The title line, a blank line and the text (just the text when there is no title):
    /// the article as a document to summarize.
    pub fn titled_text(&self) -> String {
        if self.title.is_empty() {
            self.text.clone()
        } else {
            format!("{}\n\n{}", self.title, self.text)
        }
    }
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
