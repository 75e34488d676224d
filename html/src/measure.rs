//! How much text each element holds, how much of it is link text, and how it is split
//! into paragraphs: the numbers every later decision reads.

use crate::dom::{Dom, NodeId};
use crate::hints::Hint;
use crate::tag::Tag;

/// Per-node numbers, indexed by node index. Text in hidden or never-read elements
/// (scripts, forms controls, `hidden`…) is not counted anywhere.
#[derive(Debug, Default)]
pub(crate) struct Measures {
    /// The nodes that are read, in document order.
    pub order: Vec<NodeId>,
    /// Characters of text (white space not counted) in the subtree.
    pub chars: Vec<u32>,
    /// Of those, characters inside links.
    pub link_chars: Vec<u32>,
    /// Characters of the element's own paragraph: the text directly in it or in inline
    /// elements, not in nested blocks.
    pub own_chars: Vec<u32>,
    /// Of those, characters inside links.
    pub own_link_chars: Vec<u32>,
    /// Commas in the element's own paragraph.
    pub own_commas: Vec<u32>,
    /// What the element's names say (see [`Hint`]).
    pub hints: Vec<Hint>,
    /// The paragraph votes (see [`Measures::vote`]) of the subtree: how much prose it holds.
    pub prose: Vec<f32>,
    /// The element has a block element among its children (read ones).
    pub has_block_child: Vec<bool>,
    /// The element is read at all (not hidden, not a script…).
    pub visible: Vec<bool>,
}

impl Measures {
    /// Link characters per character of text in the subtree of `id`, in [0, 1].
    pub(crate) fn link_density(&self, id: NodeId) -> f64 {
        ratio(self.link_chars.get(id.index()), self.chars.get(id.index()))
    }

    /// Link characters per character of `id`'s own paragraph, in [0, 1].
    pub(crate) fn own_link_density(&self, id: NodeId) -> f64 {
        ratio(
            self.own_link_chars.get(id.index()),
            self.own_chars.get(id.index()),
        )
    }

    /// How much `id`'s own paragraph counts as article prose: 0 below
    /// [`MIN_PARAGRAPH_CHARS`], else 1 + its commas + one per 100 characters (at most 3),
    /// less its share of link text.
    pub(crate) fn vote(&self, dom: &Dom, id: NodeId) -> f64 {
        let own = self.own_chars(id);
        if own < MIN_PARAGRAPH_CHARS || !dom.tag(id).is_some_and(Tag::is_block) {
            return 0.0;
        }
        let commas = f64::from(self.own_commas.get(id.index()).copied().unwrap_or(0));
        (1.0 + commas + (f64::from(own) / 100.0).min(3.0)) * (1.0 - self.own_link_density(id))
    }

    /// The prose votes in the subtree of `id`.
    pub(crate) fn prose(&self, id: NodeId) -> f64 {
        f64::from(self.prose.get(id.index()).copied().unwrap_or(0.0))
    }

    pub(crate) fn chars(&self, id: NodeId) -> u32 {
        self.chars.get(id.index()).copied().unwrap_or(0)
    }

    pub(crate) fn own_chars(&self, id: NodeId) -> u32 {
        self.own_chars.get(id.index()).copied().unwrap_or(0)
    }

    pub(crate) fn hint(&self, id: NodeId) -> Hint {
        self.hints.get(id.index()).copied().unwrap_or_default()
    }

    pub(crate) fn visible(&self, id: NodeId) -> bool {
        self.visible.get(id.index()).copied().unwrap_or(false)
    }
}

/// The shortest paragraph that counts as prose, in characters (white space not counted).
pub(crate) const MIN_PARAGRAPH_CHARS: u32 = 20;

fn ratio(part: Option<&u32>, whole: Option<&u32>) -> f64 {
    match (part, whole) {
        (Some(&p), Some(&w)) if w > 0 => (f64::from(p) / f64::from(w)).min(1.0),
        _ => 0.0,
    }
}

/// Whether the element `id` and everything in it is never read.
pub(crate) fn never_read(dom: &Dom, id: NodeId) -> bool {
    let node = dom.node(id);
    match node.element() {
        Some(e) => e.hidden || matches!(e.tag, Tag::Skip | Tag::Head | Tag::Title | Tag::Meta),
        None => false,
    }
}

/// Measures every node of `dom`.
pub(crate) fn measure(dom: &Dom) -> Measures {
    let n = dom.len();
    let mut m = Measures {
        order: Vec::new(),
        chars: vec![0; n],
        link_chars: vec![0; n],
        own_chars: vec![0; n],
        own_link_chars: vec![0; n],
        own_commas: vec![0; n],
        hints: vec![Hint::default(); n],
        prose: vec![0.0; n],
        has_block_child: vec![false; n],
        visible: vec![false; n],
    };
    // Top-down: (node, the block its inline text belongs to, inside a link).
    let mut stack = vec![(NodeId::DOCUMENT, NodeId::DOCUMENT, false)];
    while let Some((id, block, in_link)) = stack.pop() {
        let i = id.index();
        if never_read(dom, id) {
            continue;
        }
        m.order.push(id);
        set(&mut m.visible, i, true);
        let node = dom.node(id);
        if let Some(text) = node.text() {
            let chars = text.chars().filter(|c| !c.is_whitespace()).count() as u32;
            let commas = text.chars().filter(|&c| is_comma(c)).count() as u32;
            add(&mut m.chars, i, chars);
            add(&mut m.own_chars, block.index(), chars);
            add(&mut m.own_commas, block.index(), commas);
            if in_link {
                add(&mut m.link_chars, i, chars);
                add(&mut m.own_link_chars, block.index(), chars);
            }
            continue;
        }
        let (mut block, mut in_link) = (block, in_link);
        if let Some(e) = node.element() {
            set(&mut m.hints, i, Hint::of(&e.hints));
            if e.tag.is_block() {
                block = id;
            }
            in_link |= e.link;
        }
        let start = stack.len();
        stack.extend(dom.children(id).map(|c| (c, block, in_link)));
        if let Some(children) = stack.get_mut(start..) {
            children.reverse();
        }
    }
    for &id in &m.order {
        let vote = m.vote(dom, id) as f32;
        set(&mut m.prose, id.index(), vote);
    }
    // Bottom-up sums: children come after their parent in document order.
    for &id in m.order.iter().rev() {
        if let Some(parent) = dom.node(id).parent {
            let i = id.index();
            let (c, l) = (
                m.chars.get(i).copied().unwrap_or(0),
                m.link_chars.get(i).copied().unwrap_or(0),
            );
            add(&mut m.chars, parent.index(), c);
            add(&mut m.link_chars, parent.index(), l);
            if dom.tag(id).is_some_and(Tag::is_block) {
                set(&mut m.has_block_child, parent.index(), true);
            }
            let p = m.prose.get(i).copied().unwrap_or(0.0);
            if let Some(v) = m.prose.get_mut(parent.index()) {
                *v += p;
            }
        }
    }
    m
}

fn add(values: &mut [u32], i: usize, amount: u32) {
    if let Some(v) = values.get_mut(i) {
        *v = v.saturating_add(amount);
    }
}

fn set<T>(values: &mut [T], i: usize, value: T) {
    if let Some(v) = values.get_mut(i) {
        *v = value;
    }
}

/// Commas of Latin, Arabic, Chinese and other scripts.
fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
            | '、'
    )
}
