//! Choosing the keyphrases from the ranked candidates: one phrase per concept.
//!
//! - **Names are entities.** Candidates written with capitals in most of the
//!   occurrences where case tells (names) are linked to the longer names they
//!   begin or end ("Ant" and "Ant Group", "Steinfeld" and "Hailee Steinfeld"),
//!   unless that is ambiguous ("Johnny" beginning both "Johnny Depp" and
//!   "Johnny Cash" stays on its own). An entity is one keyphrase, shown by its
//!   longest name, ranked by its best member.
//! - **Parts add nothing.** Going down the ranking, a candidate is skipped when
//!   it lies inside a chosen phrase, or holds one, and the shorter of the two
//!   never occurs outside the longer (the same count): "nightmare" adds nothing
//!   to "traffic nightmare" if it only occurs there.
//!
//! Candidates are looked up by key, so each costs a few hash probes, however
//! many keyphrases are asked for. The candidates may lack some of those met
//! once (see [`super::candidates`]): the choice then says when it reaches past
//! the best one left out.

use super::candidates::{Candidate, Key, Rank};
use rustc_hash::FxHashMap;
use std::cmp::Ordering;

/// A keyphrase being built: candidates that stand for one concept.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Group {
    /// Indices of its candidates.
    pub members: Vec<usize>,
    /// The member whose written form it shows.
    pub shown: usize,
    /// The best member's linear score.
    pub score: f64,
}

/// The keyphrases: up to `count` groups of `candidates`, best first, given each
/// candidate's linear score; [`None`] when the choice would reach candidates
/// ranking after `left_out`, the best of those left out of `candidates`
/// (which holds every name of the text).
pub(crate) fn choose(
    candidates: &[Candidate],
    scores: &[f64],
    count: usize,
    left_out: Option<Rank>,
) -> Option<Vec<Group>> {
    if count == 0 {
        return Some(Vec::new());
    }
    let entities = entities(candidates);
    let ranked: Vec<(Rank, usize)> = candidates
        .iter()
        .zip(scores)
        .enumerate()
        .map(|(i, (c, &score))| (c.rank(score), i))
        .collect();
    let count_of = |i: usize| candidates.get(i).map_or(0, |c| c.count);
    let mut groups: Vec<Group> = Vec::new();
    let mut chosen_entities: Vec<usize> = Vec::new();
    // Every chosen member by key, and every contiguous part of one with the member.
    let mut member: FxHashMap<Key, usize> = FxHashMap::default();
    let mut part_of: FxHashMap<Key, Vec<usize>> = FxHashMap::default();
    let wholes = wholes(candidates);
    for (rank, index) in best_first(ranked, count) {
        if groups.len() >= count {
            break;
        }
        if left_out.is_some_and(|l| l.order(&rank) == Ordering::Less) {
            return None;
        }
        let (score, key) = (rank.score, rank.key);
        // A part that never occurs outside a longer phrase stands for it:
        // "electric" met only in "electric ferries" is shown as the latter.
        let (key, index) = match wholes.get(&key) {
            Some(&whole)
                if candidates.get(whole).map(|w| w.count)
                    == candidates.get(index).map(|c| c.count) =>
            {
                (candidates.get(whole).map_or(key, |w| w.key), whole)
            }
            _ => (key, index),
        };
        let entity = entities.root.get(index).copied().unwrap_or(index);
        if chosen_entities.contains(&entity) {
            continue;
        }
        let Some(c) = candidates.get(index) else {
            continue;
        };
        let holds_one = key
            .parts()
            .filter_map(|p| member.get(&p))
            .any(|&m| count_of(m) == c.count);
        let inside_one = part_of
            .get(&key)
            .is_some_and(|ms| ms.iter().any(|&m| count_of(m) == c.count));
        if holds_one || inside_one {
            continue;
        }
        let members = entities
            .members
            .get(&entity)
            .cloned()
            .unwrap_or_else(|| vec![index]);
        let length = |i: usize| candidates.get(i).map_or(0, |c| c.key.len());
        let score_of = |i: usize| scores.get(i).copied().unwrap_or(f64::MIN);
        let shown = members
            .iter()
            .copied()
            .max_by(|&a, &b| {
                length(a)
                    .cmp(&length(b))
                    .then(score_of(a).total_cmp(&score_of(b)))
                    .then(b.cmp(&a))
            })
            .unwrap_or(index);
        for &m in &members {
            if let Some(mc) = candidates.get(m) {
                member.insert(mc.key, m);
                for part in mc.key.parts() {
                    part_of.entry(part).or_default().push(m);
                }
            }
        }
        chosen_entities.push(entity);
        groups.push(Group {
            members,
            shown,
            score,
        });
    }
    if groups.len() < count && left_out.is_some() {
        return None;
    }
    Some(groups)
}

/// For each part of a phrase met more than once, the longest such phrase with
/// as many occurrences as the part has (ties: the earliest), by the part's key.
fn wholes(candidates: &[Candidate]) -> FxHashMap<Key, usize> {
    let mut by_key: FxHashMap<Key, usize> = FxHashMap::default();
    let repeated: Vec<usize> = (0..candidates.len())
        .filter(|&i| candidates.get(i).is_some_and(|c| c.count > 1))
        .collect();
    for &i in &repeated {
        if let Some(c) = candidates.get(i) {
            by_key.insert(c.key, i);
        }
    }
    let mut wholes: FxHashMap<Key, usize> = FxHashMap::default();
    for &i in &repeated {
        let Some(c) = candidates.get(i) else { continue };
        if c.key.len() < 2 {
            continue;
        }
        for part in c.key.parts() {
            let same = by_key
                .get(&part)
                .and_then(|&p| candidates.get(p))
                .is_some_and(|p| p.count == c.count);
            if !same {
                continue;
            }
            let better = match wholes.get(&part).and_then(|&w| candidates.get(w)) {
                Some(w) => {
                    (c.key.len(), std::cmp::Reverse(c.first_start))
                        > (w.key.len(), std::cmp::Reverse(w.first_start))
                }
                None => true,
            };
            if better {
                wholes.insert(part, i);
            }
        }
    }
    wholes
}

/// `ranked` in the order of [`Rank`]. Sorted lazily: the keyphrases are
/// nearly always among the first few dozen candidates per keyphrase asked
/// for, so only a prefix is sorted at a time (a long text has many thousands).
fn best_first(mut ranked: Vec<(Rank, usize)>, count: usize) -> impl Iterator<Item = (Rank, usize)> {
    fn order(a: &(Rank, usize), b: &(Rank, usize)) -> Ordering {
        a.0.order(&b.0)
    }
    let mut chunk = count.saturating_mul(32).max(256);
    let mut done = 0;
    std::iter::from_fn(move || {
        if done == ranked.len() {
            return None;
        }
        if let Some(rest) = ranked.get_mut(done..) {
            if rest.len() > chunk {
                rest.select_nth_unstable_by(chunk, order);
                if let Some(head) = rest.get_mut(..chunk) {
                    head.sort_unstable_by(order);
                }
            } else {
                rest.sort_unstable_by(order);
            }
        }
        let end = (done + chunk).min(ranked.len());
        let sorted: Vec<_> = ranked.get(done..end).unwrap_or(&[]).to_vec();
        done = end;
        chunk = chunk.saturating_mul(4);
        Some(sorted)
    })
    .flatten()
}

/// Names linked into entities: each candidate's entity, and the members of
/// every entity of more than one candidate.
struct Entities {
    /// For each candidate, the smallest index of its entity's members.
    root: Vec<usize>,
    /// Entity (its root) → its members, in index order.
    members: FxHashMap<usize, Vec<usize>>,
}

/// Links every name to the longer names it begins or ends, when they all lie
/// inside the longest of them (otherwise the short name is ambiguous).
fn entities(candidates: &[Candidate]) -> Entities {
    let mut root: Vec<usize> = (0..candidates.len()).collect();
    // Part of a name that begins or ends it → the names it begins or ends.
    let mut longer: FxHashMap<Key, Vec<usize>> = FxHashMap::default();
    for (i, c) in candidates.iter().enumerate() {
        if c.key.len() > 1 && c.is_name() {
            for part in c.key.parts() {
                if c.key.begins_or_ends_with(&part) {
                    longer.entry(part).or_default().push(i);
                }
            }
        }
    }
    let key_of = |i: usize| candidates.get(i).map(|c| c.key);
    for (i, c) in candidates.iter().enumerate() {
        if !c.is_name() {
            continue;
        }
        let Some(names) = longer.get(&c.key) else {
            continue;
        };
        let longest = names
            .iter()
            .copied()
            .max_by_key(|&n| (key_of(n).map_or(0, |k| k.len()), std::cmp::Reverse(n)));
        let Some((longest, longest_key)) = longest.and_then(|n| Some((n, key_of(n)?))) else {
            continue;
        };
        let unambiguous = names
            .iter()
            .all(|&n| key_of(n).is_some_and(|k| longest_key.holds(&k)));
        if unambiguous {
            union(&mut root, i, longest);
        }
    }
    let mut members: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for i in 0..root.len() {
        let r = find(&mut root, i);
        if let Some(slot) = root.get_mut(i) {
            *slot = r;
        }
        if r != i {
            members.entry(r).or_insert_with(|| vec![r]).push(i);
        }
    }
    Entities { root, members }
}

/// The root of `i` in the union-find forest `root` (halving paths on the way).
fn find(root: &mut [usize], mut i: usize) -> usize {
    while let Some(&parent) = root.get(i) {
        if parent == i {
            break;
        }
        let grandparent = root.get(parent).copied().unwrap_or(parent);
        if let Some(slot) = root.get_mut(i) {
            *slot = grandparent;
        }
        i = parent;
    }
    i
}

/// Joins the sets of `a` and `b`; the smaller root index becomes the root.
fn union(root: &mut [usize], a: usize, b: usize) {
    let (ra, rb) = (find(root, a), find(root, b));
    let (low, high) = (ra.min(rb), ra.max(rb));
    if let Some(slot) = root.get_mut(high) {
        *slot = low;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A candidate of `terms` occurring `count` times, `proper` of them capitalized
    /// (every occurrence telling).
    fn candidate(terms: &[u32], count: u32, proper: u32) -> Candidate {
        let mut key = [u32::MAX; 4];
        key[..terms.len()].copy_from_slice(terms);
        Candidate {
            key: Key(key),
            count,
            telling: count,
            proper,
            whole_run: count,
            in_title: false,
            first_sentence: 0,
            first_start: terms[0],
            word_length: 5.0,
        }
    }

    fn shown(groups: &[Group]) -> Vec<usize> {
        groups.iter().map(|g| g.shown).collect()
    }

    #[test]
    fn names_join_their_longer_form() {
        // "Ant" (0), "deal" (2), "Ant Group" (0 1), "Group" (1).
        let c = [
            candidate(&[0], 5, 4),
            candidate(&[2], 3, 0),
            candidate(&[0, 1], 2, 2),
            candidate(&[1], 2, 2),
        ];
        let groups = choose(&c, &[3.0, 2.0, 1.0, 0.5], 2, None).unwrap();
        assert_eq!(groups.len(), 2);
        assert_eq!(groups[0].members, [0, 2, 3]);
        assert_eq!(groups[0].shown, 2, "shown by its longest name");
        assert_eq!(groups[0].score, 3.0);
        assert_eq!(groups[1].members, [1]);
    }

    #[test]
    fn an_ambiguous_short_name_stays_alone() {
        // "Johnny" (0) begins "Johnny Depp" (0 1) and "Johnny Cash" (0 2).
        let c = [
            candidate(&[0], 4, 4),
            candidate(&[0, 1], 2, 2),
            candidate(&[0, 2], 1, 1),
        ];
        let groups = choose(&c, &[3.0, 2.0, 1.0], 5, None).unwrap();
        assert_eq!(shown(&groups), [0, 1, 2]);
    }

    #[test]
    fn a_chain_of_names_is_one_entity() {
        // "Hermes" (0), "Hermes International" (0 1), "Hermes International SCA" (0 1 2),
        // "International SCA" (1 2), "SCA" (2).
        let c = [
            candidate(&[0], 6, 6),
            candidate(&[0, 1], 2, 2),
            candidate(&[0, 1, 2], 2, 2),
            candidate(&[1, 2], 2, 2),
            candidate(&[2], 2, 2),
        ];
        let groups = choose(&c, &[5.0, 1.0, 2.0, 3.0, 4.0], 5, None).unwrap();
        assert_eq!(groups.len(), 1);
        assert_eq!(groups[0].shown, 2);
        assert_eq!(groups[0].members.len(), 5);
    }

    #[test]
    fn a_part_that_never_occurs_alone_adds_nothing() {
        // "traffic nightmare" twice, "nightmare" only there, "traffic" once more.
        let c = [
            candidate(&[0, 1], 2, 0),
            candidate(&[1], 2, 0),
            candidate(&[0], 3, 0),
        ];
        assert_eq!(
            shown(&choose(&c, &[3.0, 2.0, 1.0], 5, None).unwrap()),
            [0, 2]
        );
        // The other way round: "nightmare" ranks first and stands for the phrase
        // it only occurs in, which is shown, with the part's score.
        let groups = choose(&c, &[1.0, 3.0, 2.0], 5, None).unwrap();
        assert_eq!(shown(&groups), [0, 2]);
        assert_eq!(groups[0].score, 3.0);
    }

    #[test]
    fn a_choice_reaching_past_a_left_out_candidate_gives_none() {
        let c = [candidate(&[0], 3, 0), candidate(&[1], 2, 0)];
        let scores = [3.0, 1.0];
        let left_out = |score: f64| {
            Some(Rank {
                score,
                first_start: 9,
                key: Key([7, Key::PAD, Key::PAD, Key::PAD]),
            })
        };
        // The second keyphrase would rank after the one left out.
        assert_eq!(choose(&c, &scores, 2, left_out(2.0)), None);
        assert_eq!(shown(&choose(&c, &scores, 1, left_out(2.0)).unwrap()), [0]);
        assert_eq!(
            shown(&choose(&c, &scores, 2, left_out(0.5)).unwrap()),
            [0, 1]
        );
        // Too few candidates: those left out were needed.
        assert_eq!(choose(&c, &scores, 3, left_out(0.5)), None);
        assert_eq!(shown(&choose(&c, &scores, 3, None).unwrap()), [0, 1]);
    }

    #[test]
    fn lower_case_phrases_do_not_join() {
        let c = [candidate(&[0], 4, 0), candidate(&[0, 1], 2, 0)];
        assert_eq!(choose(&c, &[2.0, 1.0], 5, None).unwrap().len(), 2);
    }

    #[test]
    fn ties_break_by_position_and_the_count_is_kept() {
        let c = [
            candidate(&[5], 1, 0),
            candidate(&[3], 1, 0),
            candidate(&[4], 1, 0),
        ];
        assert_eq!(
            shown(&choose(&c, &[1.0, 1.0, 1.0], 2, None).unwrap()),
            [1, 2]
        );
        assert_eq!(choose(&c, &[1.0; 3], 0, None), Some(Vec::new()));
    }
}
