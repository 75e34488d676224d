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
//! many keyphrases are asked for; entities and wholes are worked out only for
//! the candidates the choice meets (a few dozen of a long text's thousands).
//! The candidates may lack some of those met once (see
//! [`super::candidates`]): the choice then says when it reaches past the best
//! one left out.

use super::candidates::{Candidate, Key, Rank};
use crate::token::TermId;
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
    let entities = Entities::new(candidates);
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
    let mut wholes = Wholes::new(candidates);
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
        let (key, index) = match wholes.of(index) {
            Some(whole) => (candidates.get(whole).map_or(key, |w| w.key), whole),
            None => (key, index),
        };
        let members = entities.of(index);
        let entity = members.first().copied().unwrap_or(index);
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
        let length = |i: usize| candidates.get(i).map_or(0, |c| c.key.len());
        let score_of = |i: usize| scores.get(i).copied().unwrap_or(f64::MIN);
        let shown = members
            .iter()
            .copied()
            .max_by(|&a, &b| {
                length(a)
                    .cmp(&length(b))
                    .then(score_of(a).total_cmp(&score_of(b)))
                    .then(first_met(candidates, b).cmp(&first_met(candidates, a)))
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

/// Where candidate `i` is first met, to order candidates in the text: its first
/// start, then its length (the shorter first), then its index (which only
/// candidates made up for tests need: no two candidates of a text begin at the
/// same word with the same length).
fn first_met(candidates: &[Candidate], i: usize) -> (u32, usize, usize) {
    candidates
        .get(i)
        .map_or((u32::MAX, 0, i), |c| (c.first_start, c.key.len(), i))
}

/// The phrase a part met more than once stands for: the longest phrase with
/// as many occurrences that holds it (ties: the earliest). Worked out only
/// for the counts of the candidates asked about, the choice asking about a
/// few dozen of the many thousands of a long text.
struct Wholes<'c> {
    candidates: &'c [Candidate],
    /// The candidates of several words met more than once, by count (then index).
    by_count: Vec<(u32, usize)>,
    /// For each count worked out, the whole of each part of those candidates.
    of_count: FxHashMap<u32, FxHashMap<Key, usize>>,
}

impl<'c> Wholes<'c> {
    fn new(candidates: &'c [Candidate]) -> Wholes<'c> {
        let mut by_count: Vec<(u32, usize)> = candidates
            .iter()
            .enumerate()
            .filter(|(_, c)| c.count > 1 && c.key.len() > 1)
            .map(|(i, c)| (c.count, i))
            .collect();
        by_count.sort_unstable();
        Wholes {
            candidates,
            by_count,
            of_count: FxHashMap::default(),
        }
    }

    /// The whole that candidate `i` stands for, if any.
    fn of(&mut self, i: usize) -> Option<usize> {
        let c = self.candidates.get(i)?;
        if c.count < 2 {
            return None;
        }
        let (candidates, by_count) = (self.candidates, &self.by_count);
        let wholes = self.of_count.entry(c.count).or_insert_with(|| {
            let from = by_count.partition_point(|&(n, _)| n < c.count);
            let to = by_count.partition_point(|&(n, _)| n <= c.count);
            let mut wholes: FxHashMap<Key, usize> = FxHashMap::default();
            for &(_, w) in by_count.get(from..to).unwrap_or(&[]) {
                let Some(whole) = candidates.get(w) else {
                    continue;
                };
                for part in whole.key.parts() {
                    let better = match wholes.get(&part).and_then(|&b| candidates.get(b)) {
                        Some(b) => {
                            (whole.key.len(), std::cmp::Reverse(whole.first_start))
                                > (b.key.len(), std::cmp::Reverse(b.first_start))
                        }
                        None => true,
                    };
                    if better {
                        wholes.insert(part, w);
                    }
                }
            }
            wholes
        });
        wholes.get(&c.key).copied()
    }
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

/// Names linked into entities, worked out for the candidates the choice meets.
///
/// A name is linked to the longer names it begins or ends when they all lie
/// inside the longest of them (otherwise the short name is ambiguous), and to
/// that longest one; an entity is the names linked together.
struct Entities<'c> {
    candidates: &'c [Candidate],
    /// Every name, by its first term (then index).
    by_first: Vec<(TermId, usize)>,
    /// Every name of several words, by its last term (then index).
    by_last: Vec<(TermId, usize)>,
}

impl<'c> Entities<'c> {
    fn new(candidates: &'c [Candidate]) -> Entities<'c> {
        let names = || candidates.iter().enumerate().filter(|(_, c)| c.is_name());
        let mut by_first: Vec<(TermId, usize)> = names()
            .filter_map(|(i, c)| Some((*c.key.terms().first()?, i)))
            .collect();
        let mut by_last: Vec<(TermId, usize)> = names()
            .filter(|(_, c)| c.key.len() > 1)
            .filter_map(|(i, c)| Some((*c.key.terms().last()?, i)))
            .collect();
        by_first.sort_unstable();
        by_last.sort_unstable();
        Entities {
            candidates,
            by_first,
            by_last,
        }
    }

    /// The names in `index` (sorted by term) whose term is `t`.
    fn with_term(index: &[(TermId, usize)], t: TermId) -> &[(TermId, usize)] {
        let from = index.partition_point(|&(term, _)| term < t);
        let to = index.partition_point(|&(term, _)| term <= t);
        index.get(from..to).unwrap_or(&[])
    }

    /// The longer name that candidate `i` is linked to, if any.
    fn link(&self, i: usize) -> Option<usize> {
        let c = self.candidates.get(i)?;
        if !c.is_name() {
            return None;
        }
        let terms = c.key.terms();
        let key_of = |n: usize| self.candidates.get(n).map(|c| c.key);
        // The names it begins are among those with its first term, the names
        // it ends among those with its last (a name it both begins and ends
        // comes twice, which changes nothing below).
        let begun = Self::with_term(&self.by_first, *terms.first()?);
        let ended = Self::with_term(&self.by_last, *terms.last()?);
        let longer = || {
            begun
                .iter()
                .chain(ended)
                .map(|&(_, n)| n)
                .filter(|&n| key_of(n).is_some_and(|k| k.begins_or_ends_with(&c.key)))
        };
        let longest = longer().max_by_key(|&n| {
            (
                key_of(n).map_or(0, |k| k.len()),
                std::cmp::Reverse(first_met(self.candidates, n)),
            )
        })?;
        let longest_key = key_of(longest)?;
        longer()
            .all(|n| key_of(n).is_some_and(|k| longest_key.holds(&k)))
            .then_some(longest)
    }

    /// The members of the entity of candidate `i`, in text order (`i` alone
    /// when it is linked to no other name).
    fn of(&self, i: usize) -> Vec<usize> {
        let mut members = vec![i];
        let mut next = 0;
        while let Some(&u) = members.get(next) {
            next += 1;
            let mut linked: Vec<usize> = self.link(u).into_iter().collect();
            // The shorter names linked to it begin or end it (only names are linked).
            if let Some(c) = self.candidates.get(u).filter(|c| c.is_name()) {
                for part in c.key.parts().filter(|p| c.key.begins_or_ends_with(p)) {
                    let Some(&first) = part.terms().first() else {
                        continue;
                    };
                    let name = Self::with_term(&self.by_first, first)
                        .iter()
                        .map(|&(_, x)| x)
                        .find(|&x| self.candidates.get(x).is_some_and(|x| x.key == part));
                    if let Some(x) = name.filter(|&x| self.link(x) == Some(u)) {
                        linked.push(x);
                    }
                }
            }
            for m in linked {
                if !members.contains(&m) {
                    members.push(m);
                }
            }
        }
        members.sort_unstable_by_key(|&m| first_met(self.candidates, m));
        members
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
