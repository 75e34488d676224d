//! What is left out inside the article's blocks: navigation, sharing and sign-up
//! blocks, captions, link lists, headings that repeat the title.

use crate::dom::{Dom, NodeId};
use crate::measure::{never_read, Measures};
use crate::tag::Tag;
use crate::text::{write_text, TextWriter};

/// Labels that mark an advertisement's place, in the languages of precis and a few more.
const AD_LABELS: &[&str] = &[
    "ad",
    "ads",
    "advert",
    "advertisement",
    "advertising",
    "sponsored",
    "anzeige",
    "werbung",
    "publicité",
    "publicidade",
    "publicidad",
    "anuncio",
    "pubblicità",
    "advertentie",
    "reclame",
    "iklan",
    "реклама",
    "广告",
];

/// The longest text that is checked for being an advertisement label, in characters.
const MAX_LABEL_CHARS: u32 = 16;

/// Whether the block `id` says nothing but "Advertisement" (or the like).
fn is_ad_label(dom: &Dom, m: &Measures, id: NodeId) -> bool {
    if m.chars(id) == 0 || m.chars(id) > MAX_LABEL_CHARS {
        return false;
    }
    let mut out = TextWriter::new();
    write_text(dom, id, &mut out, |e| never_read(dom, e));
    let text = out
        .finish()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    AD_LABELS.contains(&text.as_str())
}

/// Decides what is left out of the article.
pub(crate) struct Pruner<'a> {
    dom: &'a Dom,
    m: &'a Measures,
    /// The page's title, folded for comparison (see [`fold`]).
    title: String,
}

impl<'a> Pruner<'a> {
    pub(crate) fn new(dom: &'a Dom, m: &'a Measures, title: &str) -> Pruner<'a> {
        Pruner {
            dom,
            m,
            title: fold(title),
        }
    }

    /// Whether the element `id`, inside the article block `article`, is left out with
    /// everything in it.
    pub(crate) fn left_out(&self, article: NodeId, id: NodeId) -> bool {
        let (dom, m) = (self.dom, self.m);
        if never_read(dom, id) {
            return true;
        }
        let Some(e) = dom.node(id).element() else {
            return false;
        };
        let hint = m.hint(id);
        // Names are trusted for blocks that hold a small part of the article's prose: a
        // wrapper named "has-sidebar" or "non-ad-column" around the whole story is kept.
        if hint.boilerplate && !hint.content && !e.main_mark && m.prose(id) < 0.5 * m.prose(article)
        {
            return true;
        }
        if e.tag.is_block() && is_ad_label(dom, m, id) {
            return true;
        }
        match e.tag {
            Tag::Nav | Tag::Aside | Tag::Footer | Tag::Form | Tag::Figure | Tag::Figcaption => true,
            // The headline; other headings are kept unless they repeat the title.
            Tag::H1 => true,
            t if t.is_heading() => self.repeats_title(id),
            Tag::Ul | Tag::Ol | Tag::Dl | Tag::Table => m.link_density(id) > 0.5,
            Tag::Div | Tag::Section | Tag::Block | Tag::Header => {
                m.link_density(id) > 0.5 && m.chars(id) < 1000
            }
            t if t.is_paragraph() => {
                let density = m.own_link_density(id);
                density > 0.8 || (density > 0.5 && m.own_chars(id) < 150)
            }
            _ => false,
        }
    }

    /// Whether the heading `id` says what the title says.
    fn repeats_title(&self, id: NodeId) -> bool {
        let chars = self.m.chars(id) as usize;
        !self.title.is_empty()
            && chars <= self.title.len() + 8
            && fold(&crate::title::heading_text(self.dom, id)) == self.title
    }
}

/// Text folded for comparison: letters and digits only, lower case.
fn fold(text: &str) -> String {
    text.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}
