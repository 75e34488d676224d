//! HTML text → [`Dom`], with html5ever: the WHATWG tokenizer and tree builder, so tag
//! soup (unclosed paragraphs and list items, misnested formatting, stray table content)
//! becomes the same tree a browser builds.
//!
//! Memory and time stay bounded whatever the page: the parser stops after [`MAX_NODES`]
//! nodes (a page that long is read up to there), and start tags that would nest elements
//! deeper than [`MAX_OPEN_ELEMENTS`] are dropped, as browsers flatten very deep trees
//! (the tree builder's scope checks walk the open elements, so 100,000 nested `<div>`s
//! would otherwise take minutes).

use crate::dom::{Dom, Element, NodeData, NodeId, MAX_HINT_BYTES};
use crate::tag::Tag;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::{BufferQueue, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer};
use html5ever::tree_builder::{
    ElementFlags, NodeOrText, QuirksMode, Tracer, TreeBuilder, TreeSink,
};
use html5ever::{local_name, ns, Attribute, LocalName, Namespace, QualName, TokenizerResult};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// The most nodes (elements and text) a page is read into; the rest of a longer page is
/// left out. Real pages have a few thousand to a few hundred thousand.
pub(crate) const MAX_NODES: usize = 500_000;

/// The most elements open at once (plus remembered formatting elements); deeper start
/// tags are dropped, their text kept. Real pages nest a few dozen deep.
pub(crate) const MAX_OPEN_ELEMENTS: usize = 400;

/// How much HTML the parser is given between two checks of the node count, in bytes.
const SLICE_BYTES: usize = 64 * 1024;

/// Parses a whole page.
pub(crate) fn parse(html: &str) -> Dom {
    let builder = TreeBuilder::new(Sink::default(), Default::default());
    let tokenizer = Tokenizer::new(DepthGuard(builder), Default::default());
    let input = BufferQueue::default();
    let mut rest = html;
    while !rest.is_empty() {
        let mut cut = rest.len().min(SLICE_BYTES);
        while !rest.is_char_boundary(cut) {
            cut += 1;
        }
        let (slice, tail) = rest.split_at(cut);
        input.push_back(StrTendril::from_slice(slice));
        // The tokenizer pauses for a script to run (there is none to run) and for an
        // encoding declaration (the text is already decoded): it goes on when fed again.
        while !matches!(tokenizer.feed(&input), TokenizerResult::Done) {}
        rest = tail;
        if tokenizer.sink.0.sink.dom.borrow().len() >= MAX_NODES {
            break;
        }
    }
    tokenizer.end();
    let Tokenizer { sink, .. } = tokenizer;
    sink.0.sink.finish()
}

/// Passes tokens to the tree builder, dropping start tags while [`MAX_OPEN_ELEMENTS`]
/// elements are open.
struct DepthGuard(TreeBuilder<NodeId, Sink>);

impl TokenSink for DepthGuard {
    type Handle = NodeId;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<NodeId> {
        if let Token::TagToken(tag) = &token {
            if tag.kind == TagKind::StartTag && self.open_elements() >= MAX_OPEN_ELEMENTS {
                return TokenSinkResult::Continue;
            }
        }
        self.0.process_token(token, line_number)
    }

    fn end(&self) {
        self.0.end()
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        self.0
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

impl DepthGuard {
    /// The open elements and remembered formatting elements of the tree builder.
    fn open_elements(&self) -> usize {
        struct Count(Cell<usize>);
        impl Tracer for Count {
            type Handle = NodeId;
            fn trace_handle(&self, _: &NodeId) {
                self.0.set(self.0.get() + 1);
            }
        }
        let count = Count(Cell::new(0));
        self.0.trace_handles(&count);
        count.0.get()
    }
}

/// Builds the [`Dom`] as html5ever's tree builder asks. A handle is a node id; every
/// element's name is kept beside the tree (the tree builder asks for it).
#[derive(Default)]
struct Sink {
    dom: RefCell<Dom>,
    /// The qualified name of each node that is an element, by node index.
    names: RefCell<Vec<Option<QualName>>>,
}

/// An element name as the tree builder asks for it.
#[derive(Debug)]
struct Name(QualName);

impl html5ever::interface::ElemName for Name {
    fn ns(&self) -> &Namespace {
        &self.0.ns
    }

    fn local_name(&self) -> &LocalName {
        &self.0.local
    }
}

impl Sink {
    fn push(&self, data: NodeData, name: Option<QualName>) -> NodeId {
        let id = self.dom.borrow_mut().push(data);
        let mut names = self.names.borrow_mut();
        names.resize(id.index(), None);
        names.push(name);
        id
    }

    fn insert(&self, parent: NodeId, before: Option<NodeId>, child: NodeOrText<NodeId>) {
        let mut dom = self.dom.borrow_mut();
        match (child, before) {
            (NodeOrText::AppendNode(node), None) => dom.append(parent, node),
            (NodeOrText::AppendNode(node), Some(sibling)) => dom.insert_before(sibling, node),
            // Script and style text is never read, so it is not stored.
            (NodeOrText::AppendText(_), _) if dom.tag(parent) == Some(Tag::Skip) => {}
            (NodeOrText::AppendText(text), None) => dom.append_text(parent, &text),
            (NodeOrText::AppendText(text), Some(sibling)) => dom.insert_text_before(sibling, &text),
        }
    }
}

/// The element data kept for `name` with `attrs`; `meta_title` gets a `<meta>` title.
fn element(name: &QualName, attrs: &[Attribute], meta_title: &mut Option<String>) -> Element {
    let tag = if name.ns == ns!(html) {
        Tag::from_name(&name.local)
    } else {
        Tag::Skip // SVG and MathML
    };
    let mut e = Element {
        tag,
        ..Element::default()
    };
    let mut hints = String::new();
    let mut meta_key = false;
    let mut meta_content = None;
    for attr in attrs {
        if attr.name.ns != ns!() {
            continue;
        }
        let value: &str = &attr.value;
        match attr.name.local {
            local_name!("class")
            | local_name!("id")
            | local_name!("role")
            | local_name!("itemprop") => {
                if attr.name.local == local_name!("itemprop")
                    && value.eq_ignore_ascii_case("articleBody")
                    || attr.name.local == local_name!("role") && value.eq_ignore_ascii_case("main")
                {
                    e.main_mark = true;
                }
                add_hint(&mut hints, value);
            }
            local_name!("hidden") => e.hidden = true,
            local_name!("aria-hidden") => e.hidden |= value.trim().eq_ignore_ascii_case("true"),
            local_name!("style") => e.hidden |= hides(value),
            local_name!("href") => e.link = tag == Tag::A,
            local_name!("property") | local_name!("name") if tag == Tag::Meta => {
                meta_key |= matches!(
                    value.trim().to_ascii_lowercase().as_str(),
                    "og:title" | "twitter:title"
                );
            }
            local_name!("content") if tag == Tag::Meta => meta_content = Some(value),
            _ => {}
        }
    }
    if let (true, Some(content)) = (meta_key, meta_content) {
        *meta_title = Some(content.trim().to_string());
    }
    e.hints = hints.into_boxed_str();
    e
}

/// Adds the words of an attribute value to `hints`, lower-cased, up to [`MAX_HINT_BYTES`].
fn add_hint(hints: &mut String, value: &str) {
    for word in value.split_ascii_whitespace() {
        if hints.len() + word.len() + 1 > MAX_HINT_BYTES {
            return;
        }
        if !hints.is_empty() {
            hints.push(' ');
        }
        hints.extend(word.chars().map(|c| c.to_ascii_lowercase()));
    }
}

/// Whether an inline style hides the element (`display: none`, `visibility: hidden`).
fn hides(style: &str) -> bool {
    // Only the start of a long style attribute is looked at.
    let head = style.get(..style.len().min(1024)).unwrap_or(style);
    declares(head, "display", "none") || declares(head, "visibility", "hidden")
}

/// Whether the CSS declarations `style` set `property` to `value` (ASCII case and white
/// space ignored).
fn declares(style: &str, property: &str, value: &str) -> bool {
    style.split(';').any(|declaration| {
        declaration.split_once(':').is_some_and(|(p, v)| {
            p.trim().eq_ignore_ascii_case(property)
                && v.trim()
                    .trim_end_matches("!important")
                    .trim()
                    .eq_ignore_ascii_case(value)
        })
    })
}

impl TreeSink for Sink {
    type Handle = NodeId;
    type Output = Dom;
    type ElemName<'a> = Name;

    fn finish(self) -> Dom {
        let mut dom = self.dom.into_inner();
        dom.title = title_text(&dom);
        dom
    }

    fn parse_error(&self, _msg: Cow<'static, str>) {}

    fn get_document(&self) -> NodeId {
        NodeId::DOCUMENT
    }

    fn elem_name<'a>(&'a self, target: &'a NodeId) -> Name {
        // The tree builder asks only about elements; anything else reads as a <span>.
        let names = self.names.borrow();
        let name = names.get(target.index()).and_then(Option::as_ref);
        Name(
            name.cloned()
                .unwrap_or_else(|| QualName::new(None, ns!(html), local_name!("span"))),
        )
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> NodeId {
        let mut meta_title = None;
        let data = element(&name, &attrs, &mut meta_title);
        if let Some(title) = meta_title {
            self.dom.borrow_mut().meta_titles.push(title);
        }
        // A template's contents are never read: the element itself stands for them.
        self.push(NodeData::Element(data), Some(name))
    }

    fn create_comment(&self, _text: StrTendril) -> NodeId {
        // An inert element that is never read.
        self.push(
            NodeData::Element(Element {
                tag: Tag::Skip,
                ..Element::default()
            }),
            None,
        )
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> NodeId {
        self.create_comment(StrTendril::new())
    }

    fn append(&self, parent: &NodeId, child: NodeOrText<NodeId>) {
        self.insert(*parent, None, child);
    }

    fn append_before_sibling(&self, sibling: &NodeId, child: NodeOrText<NodeId>) {
        let parent = self.dom.borrow().node(*sibling).parent;
        if let Some(parent) = parent {
            self.insert(parent, Some(*sibling), child);
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &NodeId,
        prev_element: &NodeId,
        child: NodeOrText<NodeId>,
    ) {
        if self.dom.borrow().node(*element).parent.is_some() {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &NodeId) -> NodeId {
        *target
    }

    fn same_node(&self, x: &NodeId, y: &NodeId) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn add_attrs_if_missing(&self, _target: &NodeId, _attrs: Vec<Attribute>) {
        // Only for a second <html> or <body> tag, whose attributes extraction ignores.
    }

    fn remove_from_parent(&self, target: &NodeId) {
        self.dom.borrow_mut().detach(*target);
    }

    fn reparent_children(&self, node: &NodeId, new_parent: &NodeId) {
        self.dom.borrow_mut().reparent_children(*node, *new_parent);
    }
}

/// The text of the page's first `<title>` in its `<head>`, white space collapsed.
fn title_text(dom: &Dom) -> String {
    let Some(title) = dom
        .descendants(NodeId::DOCUMENT)
        .find(|&id| dom.tag(id) == Some(Tag::Title))
    else {
        return String::new();
    };
    let mut text = String::new();
    for id in dom.descendants(title) {
        if let Some(t) = dom.node(id).text() {
            text.push_str(t);
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_styles_that_hide() {
        for style in [
            "display:none",
            "color: red; DISPLAY : None !important",
            "visibility: hidden",
        ] {
            assert!(hides(style), "{style}");
        }
        for style in ["display: block", "color: none", "", "display"] {
            assert!(!hides(style), "{style}");
        }
    }
}
