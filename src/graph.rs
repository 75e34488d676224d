//! Sparse sentence-similarity graphs, built through an inverted index, and
//! PageRank over them.
//!
//! Only sentence pairs that share a term and lie at most [`WINDOW`] sentences
//! apart are compared, so the cost grows linearly with the text: an article of
//! up to `WINDOW` sentences gets the exact all-pairs graph, a book gets a banded one.

use crate::document::Document;
use crate::token::TermId;

/// The farthest apart (in sentences) two sentences may be to get an edge.
pub(crate) const WINDOW: usize = 64;

/// The most edges a sentence keeps (its heaviest), which bounds PageRank's work
/// per round on long texts; articles rarely have this many related sentences.
pub(crate) const MAX_NEIGHBOURS: usize = 48;

/// The fewest edges a sentence keeps on the longest texts.
const MIN_NEIGHBOURS: usize = 8;

/// Up to this many sentences every sentence keeps [`MAX_NEIGHBOURS`] edges;
/// beyond it the budget shrinks in proportion, down to [`MIN_NEIGHBOURS`], so
/// that the graph of a text at the input limit (millions of short sentences)
/// stays within a WebAssembly instance's memory.
const FULL_NEIGHBOURHOOD_SENTENCES: usize = 100_000;

/// How many edges each sentence of an `n`-sentence document keeps.
fn neighbour_budget(n: usize) -> usize {
    let scaled = MAX_NEIGHBOURS * FULL_NEIGHBOURHOOD_SENTENCES / n.max(1);
    scaled.clamp(MIN_NEIGHBOURS, MAX_NEIGHBOURS)
}

/// PageRank stops when the scores (summing to 1) move by less than this in total.
const TOLERANCE: f64 = 1e-4;

/// PageRank stops after this many rounds in any case.
const MAX_ROUNDS: usize = 100;

/// An undirected weighted graph over the sentences of a document, as adjacency lists.
pub(crate) struct Graph {
    /// `edges[i]` lists `(j, weight)` for the (at most [`MAX_NEIGHBOURS`], fewer on
    /// texts of over 100,000 sentences) neighbours `j` of sentence `i`, in an order that
    /// depends only on the document (increasing `j` unless the list was pruned); weights
    /// are `f32`, half the memory on long texts.
    pub edges: Vec<Vec<(u32, f32)>>,
}

/// Adds the edge to `j` of weight `w` to a sentence's list. When the list is
/// full, it is first pruned back to its `keep` heaviest edges rather than grown,
/// so its memory stays bounded by twice `keep` (keeping the top edges of a prefix
/// and then of the rest gives the same top edges as keeping them of the whole).
fn push_edge(list: &mut Vec<(u32, f32)>, j: usize, w: f32, keep: usize) {
    if list.len() >= 2 * keep {
        keep_heaviest(list, keep);
    }
    if list.capacity() == 0 {
        list.reserve_exact(keep);
    }
    list.push((j as u32, w));
}

/// Keeps the `keep` heaviest edges of `list`, ties to the lower-indexed sentence
/// (a total order, so the kept set does not depend on the order of the list).
fn keep_heaviest(list: &mut Vec<(u32, f32)>, keep: usize) {
    if list.len() > keep && keep > 0 {
        list.select_nth_unstable_by(keep - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        list.truncate(keep);
    }
}

/// What a pair of sentences shares, accumulated over their common terms.
#[derive(Clone, Copy, Default)]
pub(crate) struct Shared {
    /// The number of distinct common terms.
    pub terms: u32,
    /// The sum over common terms of `weight_i(t) * weight_j(t)`.
    pub dot: f64,
}

/// An inverted index: for each term, the sentences containing it with the
/// term's weight there, in sentence order.
pub(crate) struct Postings {
    /// The postings of term `t` are `entries[offsets[t]..offsets[t + 1]]`.
    offsets: Vec<usize>,
    /// `(sentence, weight)` pairs, grouped by term, in sentence order within a term.
    entries: Vec<(u32, f64)>,
}

impl Postings {
    /// Indexes `doc`, weighting term `t` occurring `count` times by `term_weight(count, t)`.
    /// One allocation for all terms: a term's postings number its sentence frequency.
    pub(crate) fn new(doc: &Document<'_>, term_weight: &impl Fn(u32, TermId) -> f64) -> Postings {
        let mut offsets = Vec::with_capacity(doc.sentence_frequency.len() + 1);
        let mut total = 0usize;
        offsets.push(0);
        for &sf in &doc.sentence_frequency {
            total += sf as usize;
            offsets.push(total);
        }
        let mut entries = vec![(0u32, 0.0f64); total];
        let mut next: Vec<usize> = offsets.clone();
        for (i, bag) in doc.bags.iter().enumerate() {
            for &(t, count) in bag {
                if let Some(cursor) = next.get_mut(t as usize) {
                    if let Some(entry) = entries.get_mut(*cursor) {
                        *entry = (i as u32, term_weight(count, t));
                        *cursor += 1;
                    }
                }
            }
        }
        Postings { offsets, entries }
    }

    /// The postings of term `t`.
    fn list(&self, t: TermId) -> &[(u32, f64)] {
        let t = t as usize;
        match (self.offsets.get(t), self.offsets.get(t + 1)) {
            (Some(&a), Some(&b)) => self.entries.get(a..b).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// For every sentence `j` in `from..from + acc.len()` sharing a term with
    /// `bag`, adds what they share to `acc[j - from]` (`bag`'s weights by `term_weight`).
    pub(crate) fn accumulate(
        &self,
        bag: &[(TermId, u32)],
        term_weight: &impl Fn(u32, TermId) -> f64,
        from: usize,
        acc: &mut [Shared],
    ) {
        for &(t, count) in bag {
            let list = self.list(t);
            let w = term_weight(count, t);
            let first = list.partition_point(|&(j, _)| (j as usize) < from);
            for &(j, w_j) in list.get(first..).unwrap_or(&[]) {
                let Some(slot) = acc.get_mut(j as usize - from) else {
                    break;
                };
                slot.terms += 1;
                slot.dot += w * w_j;
            }
        }
    }
}

impl Graph {
    /// Builds the graph of `doc` where each sentence's term `t` has weight
    /// `term_weight(count, t)` and an edge `i–j` gets `edge(i, j, shared)`
    /// (edges whose weight is not positive are dropped).
    pub(crate) fn build(
        doc: &Document<'_>,
        term_weight: impl Fn(u32, TermId) -> f64,
        edge: impl Fn(usize, usize, Shared) -> f64,
    ) -> Graph {
        let n = doc.len();
        let postings = Postings::new(doc, &term_weight);
        let keep = neighbour_budget(n);
        let mut edges: Vec<Vec<(u32, f32)>> = vec![Vec::new(); n];
        let mut window = vec![Shared::default(); WINDOW];
        for (i, bag) in doc.bags.iter().enumerate() {
            postings.accumulate(bag, &term_weight, i + 1, &mut window);
            for (k, slot) in window.iter_mut().enumerate() {
                if slot.terms > 0 {
                    let j = i + 1 + k;
                    let w = edge(i, j, *slot) as f32;
                    if w > 0.0 && w.is_finite() {
                        if let Some(list) = edges.get_mut(i) {
                            push_edge(list, j, w, keep);
                        }
                        if let Some(list) = edges.get_mut(j) {
                            push_edge(list, i, w, keep);
                        }
                    }
                    *slot = Shared::default();
                }
            }
        }
        for list in &mut edges {
            keep_heaviest(list, keep);
            list.shrink_to_fit();
        }
        Graph { edges }
    }

    /// PageRank (Brin & Page, 1998) with damping `d` over the weighted edges,
    /// by power iteration until the scores move by less than [`TOLERANCE`] in
    /// total (at most [`MAX_ROUNDS`] rounds). Scores sum to 1; a graph without edges gives equal scores.
    pub(crate) fn pagerank(&self, d: f64) -> Vec<f64> {
        let n = self.edges.len();
        if n == 0 {
            return Vec::new();
        }
        let uniform = 1.0 / n as f64;
        let out_weight: Vec<f64> = self
            .edges
            .iter()
            .map(|e| e.iter().map(|&(_, w)| f64::from(w)).sum())
            .collect();
        let mut rank = vec![uniform; n];
        let mut next = vec![0.0; n];
        for _ in 0..MAX_ROUNDS {
            // Rank held by sentences without edges is spread evenly, like the teleport.
            let dangling: f64 = rank
                .iter()
                .zip(&out_weight)
                .filter(|(_, &w)| w <= 0.0)
                .map(|(r, _)| r)
                .sum();
            let base = (1.0 - d) * uniform + d * dangling * uniform;
            next.iter_mut().for_each(|x| *x = base);
            for (i, list) in self.edges.iter().enumerate() {
                let (Some(&r), Some(&w)) = (rank.get(i), out_weight.get(i)) else {
                    continue;
                };
                if w <= 0.0 {
                    continue;
                }
                let share = d * r / w;
                for &(j, weight) in list {
                    if let Some(x) = next.get_mut(j as usize) {
                        *x += share * f64::from(weight);
                    }
                }
            }
            let delta: f64 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
            std::mem::swap(&mut rank, &mut next);
            if delta < TOLERANCE {
                break;
            }
        }
        rank
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn overlap_graph(text: &str) -> Graph {
        let doc = Document::new(text, Language::English, None);
        Graph::build(&doc, |_, _| 1.0, |_, _, s| f64::from(s.terms))
    }

    #[test]
    fn edges_join_sentences_that_share_terms() {
        let g = overlap_graph("Cats purr softly. Dogs bark loudly. Cats and dogs play.");
        assert_eq!(g.edges[0], vec![(2, 1.0)]);
        assert_eq!(g.edges[1], vec![(2, 1.0)]);
        assert_eq!(g.edges[2], vec![(0, 1.0), (1, 1.0)]);
    }

    #[test]
    fn pagerank_favours_the_hub_and_sums_to_one() {
        let g = overlap_graph("Cats purr softly. Dogs bark loudly. Cats and dogs play.");
        let r = g.pagerank(0.85);
        assert!((r.iter().sum::<f64>() - 1.0).abs() < 1e-9);
        assert!(r[2] > r[0] && r[2] > r[1]);
        assert!((r[0] - r[1]).abs() < 1e-9);
    }

    #[test]
    fn no_edges_gives_equal_scores() {
        let r = overlap_graph("Alpha beta. Gamma delta. Epsilon zeta.").pagerank(0.85);
        assert!(r.iter().all(|&x| (x - 1.0 / 3.0).abs() < 1e-9), "{r:?}");
    }

    #[test]
    fn the_neighbour_budget_shrinks_only_for_huge_texts() {
        assert_eq!(neighbour_budget(0), MAX_NEIGHBOURS);
        assert_eq!(neighbour_budget(100_000), MAX_NEIGHBOURS);
        assert_eq!(neighbour_budget(200_000), MAX_NEIGHBOURS / 2);
        assert_eq!(neighbour_budget(5_000_000), MIN_NEIGHBOURS);
    }

    #[test]
    fn pruning_keeps_the_heaviest_edges_whatever_the_order() {
        let edges: Vec<(u32, f32)> = (0..200u32).map(|j| (j, ((j * 37) % 101) as f32)).collect();
        let mut forward = Vec::new();
        let mut backward = Vec::new();
        for &(j, w) in &edges {
            push_edge(&mut forward, j as usize, w, 10);
        }
        for &(j, w) in edges.iter().rev() {
            push_edge(&mut backward, j as usize, w, 10);
        }
        keep_heaviest(&mut forward, 10);
        keep_heaviest(&mut backward, 10);
        forward.sort_unstable_by_key(|&(j, _)| j);
        backward.sort_unstable_by_key(|&(j, _)| j);
        assert_eq!(forward, backward);
        let mut top: Vec<(u32, f32)> = edges.clone();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        top.truncate(10);
        top.sort_unstable_by_key(|&(j, _)| j);
        assert_eq!(forward, top);
        assert!(forward.capacity() <= 20);
    }

    #[test]
    fn sentences_farther_apart_than_the_window_are_not_joined() {
        let mut text = String::from("Zebra grazes. ");
        for _ in 0..WINDOW {
            text.push_str("Filler words here. ");
        }
        text.push_str("Zebra sleeps.");
        let g = overlap_graph(&text);
        assert!(g.edges[0].is_empty(), "{:?}", g.edges[0]);
    }
}
