//! The parsed page: a tree kept in one vector (an arena), nodes linked by index.
//!
//! Only what extraction reads is kept: element tags, a few attributes folded into
//! [`Element::hints`] and flags, and the text. Comments, doctypes and the contents of
//! scripts and styles are never stored.

use crate::tag::Tag;

/// The index of a node in its [`Dom`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(crate) struct NodeId(pub(crate) u32);

impl NodeId {
    /// The document node, the root of every tree.
    pub(crate) const DOCUMENT: NodeId = NodeId(0);

    pub(crate) fn index(self) -> usize {
        self.0 as usize
    }
}

/// An element's attributes as extraction sees them.
#[derive(Debug, Default)]
pub(crate) struct Element {
    /// What kind of element this is.
    pub tag: Tag,
    /// The lower-case `class`, `id`, `role` and `itemprop` values, space-separated
    /// (cut to [`MAX_HINT_BYTES`]): the words authors name their blocks with.
    pub hints: Box<str>,
    /// Hidden from readers (`hidden`, `aria-hidden="true"`, `display: none`…).
    pub hidden: bool,
    /// A link: an `<a>` with an `href`.
    pub link: bool,
    /// Marked up as the article's body (`itemprop="articleBody"`) or main content (`role="main"`).
    pub main_mark: bool,
}

/// Longest [`Element::hints`] kept, in bytes: block names are short, and a page can
/// carry a 10 MB attribute.
pub(crate) const MAX_HINT_BYTES: usize = 256;

/// What a node is.
#[derive(Debug)]
pub(crate) enum NodeData {
    /// The root.
    Document,
    /// An element.
    Element(Element),
    /// Text, as parsed (entities decoded, white space as written).
    Text(String),
}

/// A node and its links.
#[derive(Debug)]
pub(crate) struct Node {
    pub parent: Option<NodeId>,
    pub first_child: Option<NodeId>,
    pub last_child: Option<NodeId>,
    pub prev_sibling: Option<NodeId>,
    pub next_sibling: Option<NodeId>,
    pub data: NodeData,
}

impl Node {
    fn new(data: NodeData) -> Node {
        Node {
            parent: None,
            first_child: None,
            last_child: None,
            prev_sibling: None,
            next_sibling: None,
            data,
        }
    }

    /// The element's data, if this is an element.
    pub(crate) fn element(&self) -> Option<&Element> {
        match &self.data {
            NodeData::Element(e) => Some(e),
            _ => None,
        }
    }

    /// The element's tag; `None` for text and the document.
    pub(crate) fn tag(&self) -> Option<Tag> {
        self.element().map(|e| e.tag)
    }

    /// The text, if this is a text node.
    pub(crate) fn text(&self) -> Option<&str> {
        match &self.data {
            NodeData::Text(t) => Some(t),
            _ => None,
        }
    }
}

/// What [`Dom::node`] answers for an id it does not hold: an empty document.
static NO_NODE: Node = Node {
    parent: None,
    first_child: None,
    last_child: None,
    prev_sibling: None,
    next_sibling: None,
    data: NodeData::Document,
};

/// A parsed page.
#[derive(Debug)]
pub(crate) struct Dom {
    nodes: Vec<Node>,
    /// `<title>`'s text.
    pub title: String,
    /// Titles given by `<meta>` tags (`og:title`, `twitter:title`, `title`), in page order.
    pub meta_titles: Vec<String>,
}

impl Default for Dom {
    fn default() -> Self {
        Dom {
            nodes: vec![Node::new(NodeData::Document)],
            title: String::new(),
            meta_titles: Vec::new(),
        }
    }
}

impl Dom {
    /// The number of nodes (the document included).
    pub(crate) fn len(&self) -> usize {
        self.nodes.len()
    }

    /// The node `id`. Ids come from this `Dom`, so the lookup cannot fail; a stray
    /// id gets the document node rather than a panic.
    pub(crate) fn node(&self, id: NodeId) -> &Node {
        self.nodes.get(id.index()).unwrap_or(&NO_NODE)
    }

    fn node_mut(&mut self, id: NodeId) -> Option<&mut Node> {
        self.nodes.get_mut(id.index())
    }

    /// Adds a detached node and returns its id.
    pub(crate) fn push(&mut self, data: NodeData) -> NodeId {
        let id = NodeId(self.nodes.len() as u32);
        self.nodes.push(Node::new(data));
        id
    }

    /// The node's element tag, if it is an element.
    pub(crate) fn tag(&self, id: NodeId) -> Option<Tag> {
        self.node(id).tag()
    }

    /// The children of `id`, in order.
    pub(crate) fn children(&self, id: NodeId) -> Children<'_> {
        Children {
            dom: self,
            next: self.node(id).first_child,
        }
    }

    /// `id` and every node below it, in document order (pre-order, no recursion).
    pub(crate) fn descendants(&self, id: NodeId) -> Descendants<'_> {
        Descendants {
            dom: self,
            root: id,
            next: Some(id),
        }
    }

    /// The parent of `id`, its parent, and so on up to the document.
    pub(crate) fn ancestors(&self, id: NodeId) -> impl Iterator<Item = NodeId> + '_ {
        std::iter::successors(self.node(id).parent, move |&p| self.node(p).parent)
    }

    /// Appends the detached node `child` as the last child of `parent`; adjacent text
    /// is merged into the previous text node.
    pub(crate) fn append(&mut self, parent: NodeId, child: NodeId) {
        let last = self.node(parent).last_child;
        self.link(child, parent, last, None);
    }

    /// Appends `text` at the end of `parent`, merging it with a text node already there.
    pub(crate) fn append_text(&mut self, parent: NodeId, text: &str) {
        if let Some(last) = self.node(parent).last_child {
            if let Some(Node {
                data: NodeData::Text(t),
                ..
            }) = self.node_mut(last)
            {
                t.push_str(text);
                return;
            }
        }
        let node = self.push(NodeData::Text(text.to_string()));
        self.append(parent, node);
    }

    /// Inserts the detached node `child` just before `sibling`.
    pub(crate) fn insert_before(&mut self, sibling: NodeId, child: NodeId) {
        let Some(parent) = self.node(sibling).parent else {
            return;
        };
        let prev = self.node(sibling).prev_sibling;
        self.link(child, parent, prev, Some(sibling));
    }

    /// Inserts `text` just before `sibling`, merging it with a text node there.
    pub(crate) fn insert_text_before(&mut self, sibling: NodeId, text: &str) {
        if let Some(prev) = self.node(sibling).prev_sibling {
            if let Some(Node {
                data: NodeData::Text(t),
                ..
            }) = self.node_mut(prev)
            {
                t.push_str(text);
                return;
            }
        }
        let node = self.push(NodeData::Text(text.to_string()));
        self.insert_before(sibling, node);
    }

    /// Links the detached `child` under `parent` between `prev` and `next`.
    fn link(&mut self, child: NodeId, parent: NodeId, prev: Option<NodeId>, next: Option<NodeId>) {
        if child == parent || child == NodeId::DOCUMENT {
            return;
        }
        if let Some(c) = self.node_mut(child) {
            c.parent = Some(parent);
            c.prev_sibling = prev;
            c.next_sibling = next;
        }
        match prev.and_then(|p| self.node_mut(p)) {
            Some(p) => p.next_sibling = Some(child),
            None => {
                if let Some(p) = self.node_mut(parent) {
                    p.first_child = Some(child);
                }
            }
        }
        match next.and_then(|n| self.node_mut(n)) {
            Some(n) => n.prev_sibling = Some(child),
            None => {
                if let Some(p) = self.node_mut(parent) {
                    p.last_child = Some(child);
                }
            }
        }
    }

    /// Takes `id` out of its parent (it keeps its children).
    pub(crate) fn detach(&mut self, id: NodeId) {
        let node = self.node(id);
        let (parent, prev, next) = (node.parent, node.prev_sibling, node.next_sibling);
        let Some(parent) = parent else {
            return;
        };
        match prev.and_then(|p| self.node_mut(p)) {
            Some(p) => p.next_sibling = next,
            None => {
                if let Some(p) = self.node_mut(parent) {
                    p.first_child = next;
                }
            }
        }
        match next.and_then(|n| self.node_mut(n)) {
            Some(n) => n.prev_sibling = prev,
            None => {
                if let Some(p) = self.node_mut(parent) {
                    p.last_child = prev;
                }
            }
        }
        if let Some(n) = self.node_mut(id) {
            n.parent = None;
            n.prev_sibling = None;
            n.next_sibling = None;
        }
    }

    /// Moves every child of `from` to the end of `to`.
    pub(crate) fn reparent_children(&mut self, from: NodeId, to: NodeId) {
        while let Some(child) = self.node(from).first_child {
            self.detach(child);
            self.append(to, child);
        }
    }
}

/// The children of a node.
pub(crate) struct Children<'a> {
    dom: &'a Dom,
    next: Option<NodeId>,
}

impl Iterator for Children<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        self.next = self.dom.node(id).next_sibling;
        Some(id)
    }
}

/// A subtree in document order.
pub(crate) struct Descendants<'a> {
    dom: &'a Dom,
    root: NodeId,
    next: Option<NodeId>,
}

impl Iterator for Descendants<'_> {
    type Item = NodeId;

    fn next(&mut self) -> Option<NodeId> {
        let id = self.next?;
        let node = self.dom.node(id);
        self.next = node.first_child.or_else(|| {
            // Up until a node with a next sibling, never past the root.
            let mut at = id;
            loop {
                if at == self.root {
                    return None;
                }
                let n = self.dom.node(at);
                if let Some(s) = n.next_sibling {
                    return Some(s);
                }
                at = n.parent?;
            }
        });
        Some(id)
    }
}
