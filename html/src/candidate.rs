//! Which element holds the article: every paragraph votes for the blocks around it
//! (its parent fully, its grandparent half, further ancestors less), votes are weighed
//! by the block's link density and names, and the best block wins. Its siblings that
//! read like article text join it. This is the scheme of Arc90's Readability (as in
//! Firefox's reader view), on the measures of [`crate::measure`].

use crate::dom::{Dom, NodeId};
use crate::measure::Measures;
use crate::tag::Tag;

/// How many ancestors a paragraph votes for.
const VOTE_LEVELS: usize = 5;

/// The least prose (paragraph votes) a sibling block needs to join the article on
/// its prose alone: three or four paragraphs.
const MIN_SIBLING_PROSE: f64 = 10.0;

/// The score of each block that got votes.
pub(crate) struct Scores {
    score: Vec<f64>,
}

impl Scores {
    pub(crate) fn get(&self, id: NodeId) -> f64 {
        self.score.get(id.index()).copied().unwrap_or(0.0)
    }
}

/// The element's score before any vote: the kind of block and what its names say.
fn base_score(dom: &Dom, m: &Measures, id: NodeId) -> f64 {
    let tag_score = match dom.tag(id) {
        Some(Tag::Div | Tag::Article | Tag::Main | Tag::Section) => 5.0,
        Some(Tag::Pre | Tag::Td | Tag::Blockquote) => 3.0,
        Some(
            Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form,
        ) => -3.0,
        Some(t) if t.is_heading() || t == Tag::Th => -5.0,
        _ => 0.0,
    };
    let main_mark = dom.node(id).element().is_some_and(|e| e.main_mark);
    tag_score + 25.0 * f64::from(m.hint(id).weight()) + if main_mark { 25.0 } else { 0.0 }
}

/// Scores every block from its paragraphs' votes.
pub(crate) fn score(dom: &Dom, m: &Measures) -> Scores {
    let mut score = vec![0.0f64; dom.len()];
    let mut touched = vec![false; dom.len()];
    for &id in &m.order {
        let Some(tag) = dom.tag(id) else { continue };
        let vote = m.vote(dom, id);
        if vote <= 0.0 {
            continue;
        }
        // A paragraph votes for its parent first, and so does a block with no block
        // inside (a <div> used as a paragraph); a block mixing text and blocks votes
        // for itself first, as if its loose text were a paragraph of its own.
        let leaf = !m.has_block_child.get(id.index()).copied().unwrap_or(false);
        let first = if tag.is_paragraph() || tag == Tag::Blockquote || leaf {
            dom.node(id).parent
        } else {
            Some(id)
        };
        let voters = first
            .into_iter()
            .chain(first.into_iter().flat_map(|f| dom.ancestors(f)))
            .take(VOTE_LEVELS);
        for (level, block) in voters.enumerate() {
            if block == NodeId::DOCUMENT {
                break;
            }
            let i = block.index();
            if !touched.get(i).copied().unwrap_or(true) {
                if let Some(t) = touched.get_mut(i) {
                    *t = true;
                }
                if let Some(s) = score.get_mut(i) {
                    *s += base_score(dom, m, block);
                }
            }
            let share = match level {
                0 => 1.0,
                1 => 0.5,
                l => 1.0 / (l as f64 * 3.0),
            };
            if let Some(s) = score.get_mut(i) {
                *s += vote * share;
            }
        }
    }
    for (i, s) in score.iter_mut().enumerate() {
        if touched.get(i).copied().unwrap_or(false) {
            *s *= 1.0 - m.link_density(NodeId(i as u32));
        }
    }
    Scores { score }
}

/// The best-scoring block, or the `<body>` (or the document) when nothing voted.
pub(crate) fn best(dom: &Dom, m: &Measures, scores: &Scores) -> NodeId {
    let mut best: Option<(NodeId, f64)> = None;
    for &id in &m.order {
        let s = scores.get(id);
        if s > 0.0 && best.is_none_or(|(_, b)| s > b) {
            best = Some((id, s));
        }
    }
    match best {
        Some((id, _)) => id,
        None => m
            .order
            .iter()
            .copied()
            .find(|&id| dom.tag(id) == Some(Tag::Body))
            .unwrap_or(NodeId::DOCUMENT),
    }
}

/// The article: the best block, moved up while its parent holds little else, with the
/// siblings that read like article text: ones that scored well, that hold much prose
/// with few links (a story cut in parts by pictures or advertisements), or paragraphs.
pub(crate) fn article(dom: &Dom, m: &Measures, scores: &Scores) -> Vec<NodeId> {
    let best = best(dom, m, scores);
    let best_score = scores.get(best);
    let mut top = best;
    // A block that is its parent's only content stands for the parent.
    while let Some(parent) = dom.node(top).parent {
        if parent == NodeId::DOCUMENT
            || matches!(dom.tag(parent), Some(Tag::Body | Tag::Html))
            || m.chars(parent) > m.chars(top)
        {
            break;
        }
        top = parent;
    }
    let Some(parent) = dom.node(top).parent else {
        return vec![top];
    };
    let threshold = (best_score * 0.2).max(10.0);
    let top_prose = m.prose(top);
    dom.children(parent)
        .filter(|&s| {
            if s == top {
                return true;
            }
            if !m.visible(s) || m.hint(s).boilerplate {
                return false;
            }
            match dom.tag(s) {
                None | Some(Tag::Nav | Tag::Aside | Tag::Footer | Tag::Figure | Tag::Form) => {
                    return false
                }
                Some(t) if t.is_heading() => return false,
                _ => {}
            }
            let density = m.link_density(s);
            if scores.get(s) >= threshold {
                return true;
            }
            if m.prose(s) >= MIN_SIBLING_PROSE.max(0.25 * top_prose) && density < 0.25 {
                return true;
            }
            if dom.tag(s) == Some(Tag::P) {
                let chars = m.chars(s);
                return (chars > 80 && density < 0.25)
                    || (chars > 0 && density == 0.0 && chars <= 80);
            }
            false
        })
        .collect()
}
