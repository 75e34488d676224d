//! Sparse sentence-similarity graphs, built through an inverted index, and
//! PageRank over them.
//!
//! Only sentence pairs that share a term and lie at most [`SENTENCE_WINDOW`] sentences
//! apart are compared, so the cost grows linearly with the text: an article of
//! up to `SENTENCE_WINDOW` sentences gets the exact all-pairs graph, a book gets a banded one.

use crate::document::Document;
use crate::ragged::Ragged;
use crate::token::TermId;

/// The farthest apart (in sentences) two sentences may be to get an edge.
pub(crate) const SENTENCE_WINDOW: usize = 64;

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

/// A weighted graph over the sentences of a document, as compressed adjacency
/// lists (one allocation for all sentences).
///
/// Built undirected (the similarity of `i` and `j` is that of `j` and `i`), then
/// each sentence keeps only its heaviest edges, so `j` may be among `i`'s
/// neighbours while `i` is not among `j`'s.
pub(crate) struct Graph {
    /// Row `i`: `j - i` for each kept edge `i–j`, at most [`SENTENCE_WINDOW`] either way, so one
    /// byte, which keeps PageRank's passes over the edges (memory-bound on long texts) short.
    steps: Ragged<i8>,
    /// The weight of each edge, in the order of `steps`' items; `f32`, half the memory of `f64`.
    weights: Vec<f32>,
}

const _: () = assert!(
    SENTENCE_WINDOW <= i8::MAX as usize,
    "edge steps must fit in an i8"
);

/// An edge to sentence `j` of weight `w` (positive and finite) as one integer
/// that orders edges heaviest first, ties to the lower-indexed sentence: a total
/// order, so the edges kept do not depend on the order they were found in.
fn edge_key(j: usize, w: f32) -> u64 {
    // The bits of a positive finite f32 order like its value.
    (u64::from(w.to_bits()) << 32) | u64::from(u32::MAX - j as u32)
}

/// The sentence and weight of an [`edge_key`].
fn edge_of(key: u64) -> (usize, f32) {
    (
        (u32::MAX - key as u32) as usize,
        f32::from_bits((key >> 32) as u32),
    )
}

/// Keeps the `keep` heaviest edges of `list` (given as [`edge_key`]s).
fn keep_heaviest(list: &mut Vec<u64>, keep: usize) {
    if list.len() > keep && keep > 0 {
        list.select_nth_unstable_by(keep - 1, |a, b| b.cmp(a));
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
struct Postings {
    /// The postings of term `t` are `entries[offsets[t]..offsets[t + 1]]`.
    offsets: Vec<usize>,
    /// `(sentence, weight)` pairs, grouped by term, in sentence order within a term.
    entries: Vec<(u32, f64)>,
}

impl Postings {
    /// Indexes `doc`, weighting term `t` occurring `count` times by `term_weight(count, t)`.
    /// One allocation for all terms: a term's postings number its sentence frequency.
    fn new(doc: &Document<'_>, term_weight: &impl Fn(u32, TermId) -> f64) -> Postings {
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
}

/// Walks the postings sentence by sentence, in order, finding what each sentence
/// shares with the [`SENTENCE_WINDOW`] sentences after it.
struct ForwardScan<'p> {
    postings: &'p Postings,
    /// For each term, the position in `postings.entries` of its first posting not
    /// yet passed: when sentence `i` is scanned, that is `i`'s own posting.
    cursor: Vec<usize>,
}

impl<'p> ForwardScan<'p> {
    fn new(postings: &'p Postings) -> ForwardScan<'p> {
        ForwardScan {
            postings,
            cursor: postings.offsets.clone(),
        }
    }

    /// For sentence `i` with terms `bag`, adds what each sentence `j` in
    /// `i + 1..=i + acc.len()` shares with it to `acc[j - i - 1]`. Sentences must
    /// be scanned in order, each once: no binary search, a term's postings are
    /// walked from `i`'s own entry.
    fn scan(&mut self, i: usize, bag: &[(TermId, u32)], acc: &mut [Shared]) {
        let entries = &self.postings.entries;
        for &(t, _) in bag {
            let t = t as usize;
            let (Some(c), Some(&end)) = (self.cursor.get_mut(t), self.postings.offsets.get(t + 1))
            else {
                continue;
            };
            let own = *c;
            *c += 1;
            let Some(&(me, w)) = entries.get(own) else {
                continue;
            };
            debug_assert_eq!(me as usize, i, "sentences are scanned in order");
            for &(j, w_j) in entries.get(own + 1..end).unwrap_or(&[]) {
                let Some(slot) = (j as usize).checked_sub(i + 1).and_then(|k| acc.get_mut(k))
                else {
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
    ///
    /// One pass in sentence order: when sentence `i` is reached, its edges to the
    /// sentences before it are known (they were found from their side), so once its
    /// edges to the sentences after it are found its list is complete, is cut to its
    /// heaviest edges and appended. Only the lists of the next [`SENTENCE_WINDOW`] sentences
    /// are held open, so memory is the final graph plus a constant.
    pub(crate) fn build(
        doc: &Document<'_>,
        term_weight: impl Fn(u32, TermId) -> f64,
        edge: impl Fn(usize, usize, Shared) -> f64,
    ) -> Graph {
        let n = doc.len();
        let postings = Postings::new(doc, &term_weight);
        let keep = neighbour_budget(n);
        let mut scan = ForwardScan::new(&postings);
        // Open lists of edge keys, sentence `i`'s at `i % (SENTENCE_WINDOW + 1)`: the current
        // sentence's and those of the `SENTENCE_WINDOW` after it.
        let mut open: Vec<Vec<u64>> = vec![Vec::new(); SENTENCE_WINDOW + 1];
        let mut window = vec![Shared::default(); SENTENCE_WINDOW];
        let mut steps = Ragged::with_capacity(n, n.saturating_mul(keep));
        let mut weights = Vec::with_capacity(n.saturating_mul(keep));
        for (i, bag) in doc.bags.iter().enumerate() {
            scan.scan(i, bag, &mut window);
            let mut list = open
                .get_mut(i % (SENTENCE_WINDOW + 1))
                .map(std::mem::take)
                .unwrap_or_default();
            for (k, slot) in window.iter_mut().enumerate() {
                if slot.terms > 0 {
                    let j = i + 1 + k;
                    let w = edge(i, j, *slot) as f32;
                    if w > 0.0 && w.is_finite() {
                        list.push(edge_key(j, w));
                        if let Some(later) = open.get_mut(j % (SENTENCE_WINDOW + 1)) {
                            later.push(edge_key(i, w));
                        }
                    }
                    *slot = Shared::default();
                }
            }
            keep_heaviest(&mut list, keep);
            let row = steps.open_row();
            for &key in &list {
                let (j, w) = edge_of(key);
                // |j - i| <= SENTENCE_WINDOW, which fits (see the assertion on SENTENCE_WINDOW).
                row.push((j as isize - i as isize) as i8);
                weights.push(w);
            }
            steps.close_row();
            list.clear();
            if let Some(free) = open.get_mut(i % (SENTENCE_WINDOW + 1)) {
                *free = list;
            }
        }
        steps.shrink_to_fit();
        weights.shrink_to_fit();
        Graph { steps, weights }
    }

    /// The number of sentences.
    fn len(&self) -> usize {
        self.steps.len()
    }

    /// The edges of sentence `i`, as steps `j - i` and weights.
    fn edges(&self, i: usize) -> (&[i8], &[f32]) {
        let weights = self.weights.get(self.steps.span(i)).unwrap_or(&[]);
        (self.steps.get(i), weights)
    }

    /// The kept edges `(j, weight)` of sentence `i`.
    #[cfg(test)]
    pub(crate) fn neighbours(&self, i: usize) -> impl Iterator<Item = (usize, f32)> + '_ {
        let (steps, weights) = self.edges(i);
        steps
            .iter()
            .zip(weights)
            .map(move |(&step, &w)| (i.wrapping_add_signed(isize::from(step)), w))
    }

    /// PageRank (Brin & Page, 1998) with damping `d` over the weighted edges,
    /// by power iteration until the scores move by less than [`TOLERANCE`] in
    /// total (at most [`MAX_ROUNDS`] rounds). Scores sum to 1; a graph without edges gives equal scores.
    pub(crate) fn pagerank(&self, d: f64) -> Vec<f64> {
        let n = self.len();
        if n == 0 {
            return Vec::new();
        }
        let uniform = 1.0 / n as f64;
        let out_weight: Vec<f64> = (0..n)
            .map(|i| self.edges(i).1.iter().copied().map(f64::from).sum())
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
            for (i, (&r, &w)) in rank.iter().zip(&out_weight).enumerate() {
                if w <= 0.0 {
                    continue;
                }
                let share = d * r / w;
                // The sentences within SENTENCE_WINDOW of i: steps index this slice from its start.
                let from = i.saturating_sub(SENTENCE_WINDOW);
                let near = next.get_mut(from..).unwrap_or(&mut []);
                let (steps, weights) = self.edges(i);
                for (&step, &weight) in steps.iter().zip(weights) {
                    let k = (i - from).wrapping_add_signed(isize::from(step));
                    if let Some(x) = near.get_mut(k) {
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
        let edges = |i| {
            let mut e: Vec<(usize, f32)> = g.neighbours(i).collect();
            e.sort_by_key(|&(j, _)| j);
            e
        };
        assert_eq!(edges(0), [(2, 1.0)]);
        assert_eq!(edges(1), [(2, 1.0)]);
        assert_eq!(edges(2), [(0, 1.0), (1, 1.0)]);
        assert_eq!(edges(3), []);
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
        let edges: Vec<(usize, f32)> = (0..200)
            .map(|j| (j, ((j * 37) % 101) as f32 + 0.5))
            .collect();
        let kept = |order: &mut dyn Iterator<Item = &(usize, f32)>| {
            let mut keys: Vec<u64> = order.map(|&(j, w)| edge_key(j, w)).collect();
            keep_heaviest(&mut keys, 10);
            let mut e: Vec<(usize, f32)> = keys.into_iter().map(edge_of).collect();
            e.sort_by_key(|&(j, _)| j);
            e
        };
        let forward = kept(&mut edges.iter());
        assert_eq!(forward, kept(&mut edges.iter().rev()));
        let mut top = edges.clone();
        top.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        top.truncate(10);
        top.sort_by_key(|&(j, _)| j);
        assert_eq!(forward, top);
        assert_eq!(edge_of(edge_key(7, 0.25)), (7, 0.25));
        assert!(edge_key(9, 0.5) > edge_key(3, 0.25), "heavier first");
        assert!(
            edge_key(3, 0.5) > edge_key(9, 0.5),
            "ties to the lower index"
        );
    }

    #[test]
    fn every_sentence_keeps_at_most_its_budget_of_heaviest_edges() {
        // 300 sentences that all share "zebra": each could link to 128 others.
        let text: String = (0..300)
            .map(|k| format!("Zebra {} grazes here. ", "quietly ".repeat(k % 7)))
            .collect();
        let doc = Document::new(&text, Language::English, None);
        let g = overlap_graph(&text);
        assert_eq!(g.len(), doc.len());
        for i in 0..g.len() {
            let kept: Vec<(usize, f32)> = g.neighbours(i).collect();
            let lo = i.saturating_sub(SENTENCE_WINDOW);
            let hi = (i + SENTENCE_WINDOW).min(g.len() - 1);
            assert_eq!(kept.len(), MAX_NEIGHBOURS.min(hi - lo), "sentence {i}");
            assert!(kept
                .iter()
                .all(|&(j, _)| j != i && j.abs_diff(i) <= SENTENCE_WINDOW));
        }
    }

    #[test]
    fn sentences_farther_apart_than_the_window_are_not_joined() {
        let mut text = String::from("Zebra grazes. ");
        for _ in 0..SENTENCE_WINDOW {
            text.push_str("Filler words here. ");
        }
        text.push_str("Zebra sleeps.");
        let g = overlap_graph(&text);
        assert_eq!(g.neighbours(0).count(), 0);
    }
}
