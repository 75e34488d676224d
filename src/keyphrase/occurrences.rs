//! Every occurrence of the chosen keyphrases, and the form each is shown in.

use super::candidates::{Candidate, Key};
use super::choose::Group;
use super::runs::Runs;
use crate::document::Document;
use crate::span::Span;
use crate::token::{ends_with_clitic, without_clitic};
use rustc_hash::FxHashMap;

/// What [`find`] returns for one group: its occurrences and written form.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found<'a> {
    /// Every occurrence in the whole text (boilerplate included), in text order;
    /// overlapping occurrences of its members ("Ant Group" holding "Ant") are one.
    pub occurrences: Vec<Span>,
    /// Its shown member's most common written form (a final clitic left out).
    pub form: &'a str,
}

/// One occurrence of a member.
struct Occurrence {
    span: Span,
    group: usize,
    /// Whether it is an occurrence of the group's shown member in a sentence
    /// that counts, and where its case says something (not a sentence's first
    /// word, not the title line).
    telling: bool,
    shown: bool,
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
    let mut members: FxHashMap<Key, (usize, bool)> = FxHashMap::default();
    // For each term, the lengths of the members beginning and ending with it
    // (bit `n - 1` for `n` words): most phrases are passed over without
    // hashing their key.
    let mut begins = vec![0u8; doc.sentence_frequency.len()];
    let mut ends = vec![0u8; doc.sentence_frequency.len()];
    for (g, group) in groups.iter().enumerate() {
        for &m in &group.members {
            if let Some(c) = candidates.get(m) {
                members.insert(c.key, (g, m == group.shown));
                let terms = c.key.terms();
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
    let mut all: Vec<Occurrence> = Vec::new();
    for i in 0..doc.words.len() {
        let counted = counts.get(i).copied().unwrap_or(false);
        let in_title = doc.title_line == Some(i);
        for w in doc.words.span(i) {
            let starting = lengths(&begins, w);
            if starting == 0 {
                continue;
            }
            runs.phrases_at(w, |phrase| {
                let bit = length_bit(phrase.len);
                if starting & bit == 0 || lengths(&ends, phrase.first + phrase.len - 1) & bit == 0 {
                    return;
                }
                let words = runs.words_of(&phrase);
                if let (Some(&(group, shown)), Some(first), Some(last)) =
                    (members.get(&Key::of(words)), words.first(), words.last())
                {
                    all.push(Occurrence {
                        span: Span::new(first.start as usize, last.end as usize),
                        group,
                        telling: counted && !in_title && !phrase.at.sentence_start,
                        shown: shown && counted,
                    });
                }
            });
        }
    }
    let mut found: Vec<Found<'a>> = groups
        .iter()
        .map(|_| Found {
            occurrences: Vec::new(),
            form: "",
        })
        .collect();
    let mut forms: Vec<FxHashMap<&'a str, (u32, u32, usize)>> =
        groups.iter().map(|_| FxHashMap::default()).collect();
    for (order, o) in all.iter().enumerate() {
        if let Some(f) = found.get_mut(o.group) {
            f.occurrences.push(o.span);
        }
        if o.shown {
            if let Some(counts) = forms.get_mut(o.group) {
                let entry = counts.entry(o.span.slice(text)).or_insert((0, 0, order));
                entry.0 += u32::from(o.telling);
                entry.1 += 1;
            }
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
            .into_iter()
            .max_by(|a, b| rank(a).cmp(&rank(b)))
            .map_or("", |(form, _)| without_clitic(form));
    }
    found
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
