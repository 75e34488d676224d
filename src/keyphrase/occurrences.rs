//! Every occurrence of the chosen keyphrases, and the form each is shown in.

use super::candidates::{Candidate, Key};
use super::choose::Group;
use super::runs::{At, Runs};
use crate::document::{Document, Word};
use crate::span::Span;
use crate::token::{ends_with_clitic, without_clitic, TermId};
use rustc_hash::FxHashMap;
use std::ops::ControlFlow;

/// What [`find`] returns for one group: its occurrences and written form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found<'a> {
    /// Every occurrence in the whole text (boilerplate included), in text order;
    /// overlapping occurrences of its members ("Ant Group" holding "Ant") are one.
    pub occurrences: Vec<Span>,
    /// Its shown member's most common written form (a final clitic left out).
    pub form: &'a str,
}

/// Finds the occurrences of every group's members in `doc` (built with
/// [`Document::with_words`]), whose phrases are `runs`; `counts` marks the
/// sentences the candidates came from.
pub(crate) fn find<'a>(
    doc: &Document<'a>,
    text: &'a str,
    runs: &Runs<'_>,
    counts: &[bool],
    candidates: &[Candidate],
    groups: &[Group],
) -> Vec<Found<'a>> {
    // Members of several words by key, members of one word by term.
    let mut members: FxHashMap<Key, (usize, bool)> = FxHashMap::default();
    let mut single: FxHashMap<TermId, (usize, bool)> = FxHashMap::default();
    // For each term, the lengths of the members beginning and ending with it
    // (bit `n - 1` for `n` words): most phrases are passed over without
    // hashing their key.
    let mut begins = vec![0u8; doc.sentence_frequency.len()];
    let mut ends = vec![0u8; doc.sentence_frequency.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            if let Some(c) = candidates.get(m) {
                let terms = c.key.terms();
                match terms {
                    &[term] => single.insert(term, (g, m == group.shown)),
                    _ => members.insert(c.key, (g, m == group.shown)),
                };
                let bit = length_bit(terms.len());
                for (term, lengths) in [(terms.first(), &mut begins), (terms.last(), &mut ends)] {
                    if let Some(slot) = term.and_then(|&t| lengths.get_mut(t as usize)) {
                        *slot |= bit;
                    }
                }
            }
        }
    }
    let lengths = |lengths: &[u8], w: usize| {
        runs.term(w)
            .and_then(|t| lengths.get(t as usize))
            .copied()
            .unwrap_or(0)
    };
    let mut found: Vec<Found<'a>> = groups
        .iter()
        .map(|_| Found {
            occurrences: Vec::new(),
            form: "",
        })
        .collect();
    // For each group, the forms of its shown member in the sentences that count.
    let mut forms: Vec<Forms<'a>> = groups.iter().map(|_| Forms::default()).collect();
    for i in 0..doc.words.len() {
        let counted = counts.get(i).copied().unwrap_or(false);
        let in_title = doc.title_line == Some(i);
        let mut add = |words: &[Word], member: Option<&(usize, bool)>, at: At| {
            let (Some(&(group, shown)), Some(first), Some(last)) =
                (member, words.first(), words.last())
            else {
                return;
            };
            let span = Span::new(first.start as usize, last.end as usize);
            if let Some(f) = found.get_mut(group) {
                f.occurrences.push(span);
            }
            if let (true, Some(forms)) = (shown && counted, forms.get_mut(group)) {
                let telling = !in_title && !at.sentence_start;
                forms.add(span.slice(text), telling, span.start);
            }
        };
        for w in doc.words.span(i) {
            let starting = lengths(&begins, w);
            if starting == 0 {
                continue;
            }
            // One word: found by its term, no key hashed.
            if starting & length_bit(1) != 0 {
                if let (Some(at), Some(word)) = (runs.one_word_phrase_at(w), runs.words.get(w)) {
                    let member = word.term().and_then(|t| single.get(&t));
                    add(std::slice::from_ref(word), member, at);
                }
            }
            if starting & !length_bit(1) == 0 {
                continue;
            }
            runs.phrases_at(w, 2, |phrase| {
                let bit = length_bit(phrase.len);
                if starting & bit != 0 && lengths(&ends, phrase.first + phrase.len - 1) & bit != 0 {
                    let words = runs.words_of(&phrase);
                    add(words, members.get(&Key::of(words)), phrase.at);
                }
                ControlFlow::Continue(())
            });
        }
    }
    for (f, counts) in found.iter_mut().zip(forms) {
        f.occurrences = merge_overlaps(std::mem::take(&mut f.occurrences));
        // A form without a clitic, then the most telling occurrences, then the most
        // occurrences, then the first seen; shown without a clitic ("Ferguson's").
        let rank = |(form, (telling, all, first)): &(&str, (u32, u32, usize))| {
            (
                !ends_with_clitic(form),
                *telling,
                *all,
                std::cmp::Reverse(*first),
            )
        };
        f.form = counts
            .tallies()
            .into_iter()
            .max_by(|a, b| rank(a).cmp(&rank(b)))
            .map_or("", |(form, _)| without_clitic(form));
    }
    found
}

/// How often each form of one phrase was written: for each form, the
/// occurrences where its case tells (not at a sentence's start, not in the
/// title line), all its occurrences, and its first start (UTF-8 bytes).
#[derive(Default)]
struct Forms<'a> {
    /// The tallies of the forms before the current one.
    tallies: FxHashMap<&'a str, (u32, u32, usize)>,
    /// The form of the latest occurrences and their tally: a phrase is
    /// mostly written the same way many times in a row, counted without
    /// hashing it.
    current: Option<(&'a str, (u32, u32, usize))>,
}

impl<'a> Forms<'a> {
    /// Counts an occurrence written `form`, starting at `start`, whose case
    /// tells when `telling` is true. Occurrences come in text order.
    fn add(&mut self, form: &'a str, telling: bool, start: usize) {
        match &mut self.current {
            Some((current, (t, all, _))) if *current == form => {
                *t += u32::from(telling);
                *all += 1;
            }
            _ => {
                self.settle();
                self.current = Some((form, (u32::from(telling), 1, start)));
            }
        }
    }

    /// Adds the current form's tally to the others.
    fn settle(&mut self) {
        if let Some((form, (telling, all, start))) = self.current.take() {
            let tally = self.tallies.entry(form).or_insert((0, 0, start));
            tally.0 += telling;
            tally.1 += all;
        }
    }

    /// Every form with its tally.
    fn tallies(mut self) -> FxHashMap<&'a str, (u32, u32, usize)> {
        self.settle();
        self.tallies
    }
}

/// The bit standing for phrases of `len` words (1 to 8).
fn length_bit(len: usize) -> u8 {
    1u8.checked_shl(len.saturating_sub(1) as u32).unwrap_or(0)
}

/// `spans` sorted, overlapping ones replaced by their union.
fn merge_overlaps(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_unstable();
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start < last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_are_tallied_across_runs_of_the_same_form() {
        let mut forms = Forms::default();
        forms.add("Ant Group", true, 0);
        forms.add("Ant Group", false, 20);
        forms.add("ANT GROUP", true, 40);
        forms.add("Ant Group", true, 60);
        let tallies = forms.tallies();
        assert_eq!(tallies.len(), 2);
        assert_eq!(tallies.get("Ant Group"), Some(&(2, 3, 0)));
        assert_eq!(tallies.get("ANT GROUP"), Some(&(1, 1, 40)));
    }

    #[test]
    fn overlapping_spans_become_one() {
        let spans = vec![
            Span::new(10, 19),
            Span::new(0, 3),
            Span::new(10, 13),
            Span::new(16, 25),
        ];
        assert_eq!(merge_overlaps(spans), [Span::new(0, 3), Span::new(10, 25)]);
    }
}
