//! The page's title: the headline as the page names it, without the site's name.

use crate::dom::{Dom, NodeId};
use crate::measure::Measures;
use crate::tag::Tag;
use crate::text::{collapse, write_text, TextWriter};

/// The title of the page: a `<meta>` title (`og:title`, `twitter:title`), else the
/// first `<h1>`, else the `<title>` without a trailing " | Site name".
pub(crate) fn title(dom: &Dom, m: &Measures) -> String {
    if let Some(t) = dom.meta_titles.iter().find(|t| !t.trim().is_empty()) {
        return collapse(t);
    }
    let h1 = m
        .order
        .iter()
        .copied()
        .find(|&id| dom.tag(id) == Some(Tag::H1) && m.chars(id) > 0);
    if let Some(h1) = h1 {
        return heading_text(dom, h1);
    }
    without_site_name(&dom.title).to_string()
}

/// The text of a heading on one line.
pub(crate) fn heading_text(dom: &Dom, id: NodeId) -> String {
    let mut out = TextWriter::new();
    write_text(dom, id, &mut out, |e| crate::measure::never_read(dom, e));
    collapse(&out.finish())
}

/// `"Headline | Site"` → `"Headline"` (also " - ", " — ", " :: "), when the headline
/// part is the longer one.
fn without_site_name(title: &str) -> &str {
    for separator in [" | ", " - ", " – ", " — ", " :: ", " · "] {
        if let Some((head, tail)) = title.rsplit_once(separator) {
            if head.chars().count() > tail.chars().count() {
                return head.trim();
            }
        }
    }
    title.trim()
}
