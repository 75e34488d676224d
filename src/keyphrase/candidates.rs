//! Candidate keyphrases: every phrase (see [`super::runs`]) with what the model
//! needs to know about it. Language-neutral: it sees terms (stems), stop words
//! and the text's letters, never a word list of its own.
//!
//! A long text has hundreds of thousands of distinct phrases, most of several
//! words and met once. Those met more than once are counted from the lists of
//! repeated windows that [`Windows`] keeps; the others are never looked up:
//! each is known from its one occurrence, and only the best few of them (by
//! the model's score) are kept, with the best one left out so that the choice
//! can tell whether it needs them all. Keeping none of them but names, only
//! the links from a capitalized word are walked.

use super::model::LONG_WORD;
use super::runs::{At, Phrase, Runs, MAX_WORDS};
use super::windows::Windows;
use crate::document::{Document, Word};
use crate::token::TermId;
use std::cmp::Ordering;
use std::collections::BinaryHeap;
use std::ops::ControlFlow;

/// The terms of a candidate, padded with [`Key::PAD`]: one key for all its
/// written forms (case, inflection).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Key(pub(crate) [TermId; MAX_WORDS]);

impl Key {
    /// Not a term: fills the places beyond a key's words.
    pub(crate) const PAD: TermId = TermId::MAX;

    /// The key of `words` (at most [`MAX_WORDS`], each with a term).
    pub(crate) fn of(words: &[Word]) -> Key {
        let mut key = [Key::PAD; MAX_WORDS];
        for (slot, word) in key.iter_mut().zip(words) {
            *slot = word.term().unwrap_or(Key::PAD);
        }
        Key(key)
    }

    /// Its terms.
    pub(crate) fn terms(&self) -> &[TermId] {
        let len = self.0.iter().take_while(|&&t| t != Key::PAD).count();
        self.0.get(..len).unwrap_or(&[])
    }

    /// The number of words.
    pub(crate) fn len(&self) -> usize {
        self.terms().len()
    }

    /// The keys of its contiguous parts shorter than itself, each once.
    pub(crate) fn parts(&self) -> impl Iterator<Item = Key> {
        // A key of n words has at most n(n+1)/2 - 1 parts.
        const MOST: usize = MAX_WORDS * (MAX_WORDS + 1) / 2 - 1;
        let terms = self.terms();
        let mut parts = [Key([Key::PAD; MAX_WORDS]); MOST];
        let mut found = 0;
        for n in 1..terms.len() {
            for window in terms.windows(n) {
                let mut key = [Key::PAD; MAX_WORDS];
                for (slot, &t) in key.iter_mut().zip(window) {
                    *slot = t;
                }
                let part = Key(key);
                let known = parts.get(..found).is_some_and(|p| p.contains(&part));
                if let (false, Some(slot)) = (known, parts.get_mut(found)) {
                    *slot = part;
                    found += 1;
                }
            }
        }
        parts.into_iter().take(found)
    }

    /// Whether `part` is a contiguous part of this key (or the key itself).
    pub(crate) fn holds(&self, part: &Key) -> bool {
        let (whole, part) = (self.terms(), part.terms());
        !part.is_empty() && whole.windows(part.len()).any(|w| w == part)
    }

    /// Whether `part` is where this key begins or ends (and shorter).
    pub(crate) fn begins_or_ends_with(&self, part: &Key) -> bool {
        let (whole, part) = (self.terms(), part.terms());
        part.len() < whole.len() && (whole.starts_with(part) || whole.ends_with(part))
    }
}

/// What is known about one candidate over the sentences that count (not boilerplate).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Candidate {
    /// Its terms.
    pub key: Key,
    /// Its occurrences.
    pub count: u32,
    /// Occurrences whose case says something: outside the title line, and not a
    /// single word at the start of a sentence.
    pub telling: u32,
    /// Telling occurrences with every word capitalized: evidence of a name
    /// (none in scripts without case).
    pub proper: u32,
    /// Occurrences that are a whole run (stop words or punctuation on both sides).
    pub whole_run: u32,
    /// Whether it occurs in the title line.
    pub in_title: bool,
    /// The sentence of its first occurrence.
    pub first_sentence: u32,
    /// The byte offset of its first occurrence (orders ties).
    pub first_start: u32,
    /// Characters per word of its first occurrence.
    pub word_length: f32,
}

impl Candidate {
    /// Whether it is a name: capitalized in most occurrences whose case tells.
    pub(crate) fn is_name(&self) -> bool {
        self.proper > 0 && 2 * self.proper >= self.telling
    }

    /// Where it stands in the ranking given its `score`: see [`Rank`].
    pub(crate) fn rank(&self, score: f64) -> Rank {
        Rank {
            score,
            first_start: self.first_start,
            key: self.key,
        }
    }
}

/// A candidate's place in the ranking: the best score first, ties by first
/// occurrence, then by key (a total order: keys are distinct).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct Rank {
    /// The model's linear score.
    pub score: f64,
    /// The byte offset of its first occurrence.
    pub first_start: u32,
    /// Its terms.
    pub key: Key,
}

impl Rank {
    /// [`Ordering::Less`] when `self` ranks before (is better than) `other`.
    pub(crate) fn order(&self, other: &Rank) -> Ordering {
        other
            .score
            .total_cmp(&self.score)
            .then(self.first_start.cmp(&other.first_start))
            .then(self.key.cmp(&other.key))
    }
}

/// What [`candidates`] finds.
pub(crate) struct Found {
    /// The candidates, each once (in no particular order).
    pub candidates: Vec<Candidate>,
    /// The best of the candidates left out, if any: every candidate ranking
    /// after it may be missing.
    pub left_out: Option<Rank>,
}

/// Which of the candidates met once, neither names nor in the title line,
/// [`candidates`] keeps: mostly phrases of several words, which rank low.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Once {
    /// None of them: [`Found::left_out`] then ranks as the best any of them
    /// could (their words [`LONG_WORD`] characters long, in the first
    /// sentence). Only for a score that never falls as
    /// [`Candidate::word_length`] grows nor rises as
    /// [`Candidate::first_sentence`] moves down.
    None,
    /// The best this many of them.
    Best(usize),
}

/// The candidates of the sentences of `doc` (built with
/// [`Document::with_words`]) for which `counts` is true, with `runs` its
/// phrases and `windows` its windows, given the model's score of a candidate.
///
/// Every candidate met more than once, or that is a name or in the title line,
/// is there. Of the others (met once, most of them phrases of several words),
/// those `once` says are: a few that rank best are rarely passed over on the
/// way to the keyphrases, and [`Found::left_out`] says when more are needed.
/// When `longer_words_score_higher` (the score never falls as
/// [`Candidate::word_length`] grows), those that cannot rank before the best
/// left out are dropped before their word length is measured.
pub(crate) fn candidates(
    doc: &Document<'_>,
    runs: &Runs<'_>,
    windows: &Windows,
    counts: &[bool],
    once: Once,
    score: impl Fn(&Candidate) -> f64,
    longer_words_score_higher: bool,
) -> Found {
    let counted = || (0..doc.words.len()).filter(|&i| counts.get(i).copied().unwrap_or(false));
    // Phrases of one word, by term.
    let mut by_term: Vec<Entry> = vec![Entry::NEW; doc.sentence_frequency.len()];
    // Every candidate, in one list: one per term and per window met twice,
    // then those met once that are kept.
    let repeated = (2..=MAX_WORDS).map(|len| windows.ids(len)).sum::<usize>();
    let mut found: Vec<Candidate> = Vec::with_capacity(by_term.len() + repeated);
    for i in counted() {
        let in_title = doc.title_line == Some(i);
        let sentence = u32::try_from(i).unwrap_or(u32::MAX);
        for (term, phrase) in runs.one_word_phrases(doc.words.span(i)) {
            let Some(entry) = by_term.get_mut(term as usize) else {
                continue;
            };
            let telling = !in_title && !phrase.at.sentence_start;
            entry.add(&mut found, runs, &phrase, || sentence, in_title, telling);
        }
    }
    // Phrases of several words met more than once: every occurrence of each
    // window of 2, 3… words that repeats, length after length (the hot part).
    let title = doc.title_line.map(|t| doc.words.span(t));
    let in_title = |w: usize| title.as_ref().is_some_and(|words| words.contains(&w));
    for len in 2..=MAX_WORDS {
        let mut entries = vec![Entry::NEW; windows.ids(len)];
        for (w, id) in windows.repeated_at(len) {
            let (Some(phrase), Some(entry)) = (runs.phrase(w, len), entries.get_mut(id as usize))
            else {
                continue;
            };
            let sentence = || u32::try_from(doc.words.row_of(w)).unwrap_or(u32::MAX);
            let in_title = in_title(w);
            entry.add(&mut found, runs, &phrase, sentence, in_title, !in_title);
        }
        Entry::settle(&entries, &mut found);
    }
    // Phrases of several words met once, which begin where a word is linked
    // to the next and are known from that one occurrence.
    let keep_none = once == Once::None;
    // Whether a candidate met once was left out when keeping none.
    let mut skipped = false;
    let mut once = Best::new(match once {
        Once::None => 0,
        Once::Best(n) => n,
    });
    let mut links = runs.links.iter().map(|l| l.word as usize).peekable();
    for i in counted() {
        let row = doc.words.span(i);
        let in_title = doc.title_line == Some(i);
        let sentence = u32::try_from(i).unwrap_or(u32::MAX);
        let mut best_possible = BestPossible::new(sentence);
        while let Some(w) = links.next_if(|&w| w < row.end) {
            // Keeping none but names (and the title line's phrases), a
            // phrase whose first word is in lower case is left out: it only
            // tells whether one was.
            if keep_none && !in_title && !runs.capitalized(w) {
                skipped = skipped || met_once_at(runs, windows, w);
                continue;
            }
            runs.phrases_at(w, 2, |phrase| {
                if windows.repeated(w, phrase.len).is_some() {
                    // Counted above.
                    return ControlFlow::Continue(());
                }
                // Met once: all is known now, and no longer phrase here is
                // met twice.
                let telling = !in_title;
                let name = telling && phrase.at.capitalized;
                if keep_none && !name && !in_title {
                    // Nor is a longer one a name.
                    skipped = true;
                    return ControlFlow::Break(());
                }
                // The longest words score best: when even they rank after
                // the best left out, so does this phrase.
                if longer_words_score_higher
                    && !in_title
                    && !name
                    && once
                        .left_out
                        .is_some_and(|l| best_possible.score(&phrase, telling, &score) < l.score)
                {
                    return ControlFlow::Continue(());
                }
                let mut c = first_occurrence(runs, &phrase, sentence, in_title, telling);
                c.word_length = word_length(runs, runs.words_of(&phrase));
                if c.in_title || c.is_name() {
                    found.push(c);
                } else {
                    once.offer(c, score(&c));
                }
                ControlFlow::Continue(())
            });
        }
    }
    Entry::settle(&by_term, &mut found);
    let (kept, mut left_out) = once.into_parts();
    if skipped {
        left_out = Some(Rank {
            score: best_once_score(&score),
            first_start: 0,
            key: Key([0; MAX_WORDS]),
        });
    }
    found.extend(kept);
    Found {
        candidates: found,
        left_out,
    }
}

/// Whether a phrase of several words met once begins at word `w`.
fn met_once_at(runs: &Runs<'_>, windows: &Windows, w: usize) -> bool {
    let mut once = false;
    runs.phrases_at(w, 2, |phrase| {
        once = windows.repeated(w, phrase.len).is_none();
        if once {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    once
}

/// A candidate being found: where it is in the list, and its counts so far.
#[derive(Clone, Copy)]
struct Entry {
    /// Its index in the list of candidates (`u32::MAX` until it is met).
    slot: u32,
    tally: Tally,
}

impl Entry {
    const NEW: Entry = Entry {
        slot: u32::MAX,
        tally: Tally {
            count: 0,
            telling: 0,
            proper: 0,
            whole_run: 0,
        },
    };

    /// Gives the candidates of `entries` in `found` their counts.
    fn settle(entries: &[Entry], found: &mut [Candidate]) {
        for entry in entries {
            if let Some(c) = found.get_mut(entry.slot as usize) {
                let tally = entry.tally;
                c.count = tally.count;
                c.telling = tally.telling;
                c.proper = tally.proper;
                c.whole_run = tally.whole_run;
            }
        }
    }

    /// Counts an occurrence of its candidate, `phrase` (in the title line or
    /// not, `telling` or not), adding the candidate to `found` at its first,
    /// which is in the sentence `sentence` tells.
    fn add(
        &mut self,
        found: &mut Vec<Candidate>,
        runs: &Runs<'_>,
        phrase: &Phrase,
        sentence: impl FnOnce() -> u32,
        in_title: bool,
        telling: bool,
    ) {
        if self.slot == u32::MAX {
            self.slot = u32::try_from(found.len()).unwrap_or(u32::MAX);
            let mut c = first_occurrence(runs, phrase, sentence(), in_title, telling);
            c.word_length = word_length(runs, runs.words_of(phrase));
            found.push(c);
        }
        if in_title {
            if let Some(c) = found.get_mut(self.slot as usize) {
                c.in_title = true;
            }
        }
        let tally = &mut self.tally;
        tally.count += 1;
        if telling {
            tally.telling += 1;
            tally.proper += u32::from(phrase.at.capitalized);
        }
        tally.whole_run += u32::from(phrase.at.whole_run);
    }
}

/// The counts of a [`Candidate`] being found.
#[derive(Clone, Copy)]
struct Tally {
    count: u32,
    telling: u32,
    proper: u32,
    whole_run: u32,
}

/// The candidate of `phrase` from this one occurrence, but for its
/// [`Candidate::word_length`], set to [`LONG_WORD`] (the most that counts).
fn first_occurrence(
    runs: &Runs<'_>,
    phrase: &Phrase,
    sentence: u32,
    in_title: bool,
    telling: bool,
) -> Candidate {
    let words = runs.words_of(phrase);
    let proper = telling && phrase.at.capitalized;
    Candidate {
        key: Key::of(words),
        count: 1,
        telling: u32::from(telling),
        proper: u32::from(proper),
        whole_run: u32::from(phrase.at.whole_run),
        in_title,
        first_sentence: sentence,
        first_start: words.first().map_or(0, |w| w.start),
        word_length: LONG_WORD as f32,
    }
}

/// The best score a phrase met once in one sentence can have, not a name nor
/// in the title line: that of its words being [`LONG_WORD`] characters long.
/// It depends on the phrase's length and whether it is a whole run or telling,
/// so each sentence works out each of those few scores once.
struct BestPossible {
    /// The sentence.
    sentence: u32,
    /// By length, whole run and telling: the score, once worked out.
    scores: [Option<f64>; 4 * MAX_WORDS],
}

impl BestPossible {
    fn new(sentence: u32) -> BestPossible {
        BestPossible {
            sentence,
            scores: [None; 4 * MAX_WORDS],
        }
    }

    /// The best score of `phrase`, met once in the sentence, `telling` or
    /// not, neither a name nor in the title line, given the model's `score`
    /// (which sees a candidate's key through its length alone and ignores its
    /// first start).
    fn score(&mut self, phrase: &Phrase, telling: bool, score: impl Fn(&Candidate) -> f64) -> f64 {
        let slot = (phrase.len.saturating_sub(1) * 2 + usize::from(phrase.at.whole_run)) * 2
            + usize::from(telling);
        if let Some(Some(known)) = self.scores.get(slot) {
            return *known;
        }
        let mut key = [Key::PAD; MAX_WORDS];
        key.iter_mut().take(phrase.len).for_each(|t| *t = 0);
        let c = Candidate {
            key: Key(key),
            count: 1,
            telling: u32::from(telling),
            proper: 0,
            whole_run: u32::from(phrase.at.whole_run),
            in_title: false,
            first_sentence: self.sentence,
            first_start: 0,
            word_length: LONG_WORD as f32,
        };
        let best = score(&c);
        if let Some(known) = self.scores.get_mut(slot) {
            *known = Some(best);
        }
        best
    }
}

/// The best score of a phrase of several words met once, neither a name nor
/// in the title line, anywhere in a text whose score never falls as words
/// grow longer nor rises as the first sentence moves down: that of such a
/// phrase in the first sentence, its words [`LONG_WORD`] characters long.
fn best_once_score(score: impl Fn(&Candidate) -> f64) -> f64 {
    let mut first = BestPossible::new(0);
    let mut best = f64::NEG_INFINITY;
    for len in 2..=MAX_WORDS {
        for whole_run in [false, true] {
            let at = At {
                sentence_start: false,
                whole_run,
                capitalized: false,
            };
            let phrase = Phrase { first: 0, len, at };
            best = best.max(first.score(&phrase, true, &score));
        }
    }
    best
}

/// The best-ranked candidates offered, up to a number, and the best left out.
struct Best {
    limit: usize,
    /// The kept ones, the one ranking last on top.
    heap: BinaryHeap<Ranked>,
    left_out: Option<Rank>,
}

/// A candidate ordered by its rank (greater = ranks later).
struct Ranked(Rank, Candidate);

impl PartialEq for Ranked {
    fn eq(&self, other: &Ranked) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Ranked {}

impl PartialOrd for Ranked {
    fn partial_cmp(&self, other: &Ranked) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Ranked {
    fn cmp(&self, other: &Ranked) -> Ordering {
        self.0.order(&other.0)
    }
}

impl Best {
    fn new(limit: usize) -> Best {
        Best {
            limit,
            heap: BinaryHeap::new(),
            left_out: None,
        }
    }

    /// Keeps `c` (with its model score) if it is among the best so far.
    fn offer(&mut self, c: Candidate, score: f64) {
        let ranked = Ranked(c.rank(score), c);
        let dropped = if self.heap.len() < self.limit {
            self.heap.push(ranked);
            return;
        } else {
            match self.heap.peek_mut() {
                Some(mut worst) if ranked < *worst => std::mem::replace(&mut *worst, ranked),
                _ => ranked,
            }
        };
        if self
            .left_out
            .is_none_or(|best| dropped.0.order(&best) == Ordering::Less)
        {
            self.left_out = Some(dropped.0);
        }
    }

    /// The kept candidates, and the best left out.
    fn into_parts(self) -> (Vec<Candidate>, Option<Rank>) {
        let kept = self.heap.into_iter().map(|r| r.1).collect();
        (kept, self.left_out)
    }
}

/// Characters per word of `phrase`.
fn word_length(runs: &Runs<'_>, phrase: &[Word]) -> f32 {
    let bytes = |w: &Word| (w.end as usize).saturating_sub(w.start as usize);
    let (Some(first), Some(last)) = (phrase.first(), phrase.last()) else {
        return 0.0;
    };
    // Most phrases are ASCII: a character per byte.
    let ascii = runs
        .text
        .as_bytes()
        .get(first.start as usize..last.end as usize)
        .is_some_and(<[u8]>::is_ascii);
    let chars: usize = if ascii {
        phrase.iter().map(bytes).sum()
    } else {
        phrase
            .iter()
            .map(|w| {
                let word = runs
                    .text
                    .get(w.start as usize..w.end as usize)
                    .unwrap_or("");
                word.chars().count()
            })
            .sum()
    };
    chars as f32 / phrase.len() as f32
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn all_candidates(text: &str, counts: Option<&[bool]>, keep_once: Once) -> Found {
        let doc = Document::with_words(text, Language::English, None);
        let all = vec![true; doc.len()];
        let counts = counts.unwrap_or(&all);
        let runs = Runs::new(&doc, text, counts);
        let windows = Windows::count(&doc, &runs);
        let score = |c: &Candidate| f64::from(c.word_length);
        candidates(&doc, &runs, &windows, counts, keep_once, score, true)
    }

    fn key(text: &str, form: &str) -> Key {
        let mut d = Document::with_words(text, Language::English, None);
        let terms: Vec<TermId> = d.known_terms(form).into_iter().flatten().collect();
        let mut key = [Key::PAD; MAX_WORDS];
        key[..terms.len()].copy_from_slice(&terms);
        Key(key)
    }

    #[test]
    fn candidates_count_names_and_runs() {
        let text = "Ant Group has a plan. Shares of Ant Group rose. Ant said so.";
        let all = all_candidates(text, None, Once::Best(usize::MAX));
        let find = |form: &str| {
            let key = key(text, form);
            *all.candidates.iter().find(|c| c.key == key).unwrap()
        };
        let group = find("Ant Group");
        assert_eq!((group.count, group.telling, group.proper), (2, 2, 2));
        assert_eq!(group.whole_run, 1);
        let ant = find("Ant");
        // The first and third "Ant" start their sentences: a capital there says nothing.
        assert_eq!((ant.count, ant.telling, ant.proper), (3, 1, 1));
        assert_eq!(ant.whole_run, 0);
        assert_eq!(ant.first_sentence, 0);
        assert_eq!(find("Shares").proper, 0);
        assert_eq!(find("plan").count, 1);
        assert_eq!(all.left_out, None);
    }

    #[test]
    fn each_candidate_comes_once_from_its_first_occurrence() {
        let text = "Solar panels rose. Solar panels fell, then wind farms rose too.";
        let all = all_candidates(text, None, Once::Best(usize::MAX));
        let mut keys: Vec<Key> = all.candidates.iter().map(|c| c.key).collect();
        keys.sort_unstable();
        keys.dedup();
        // Solar, Solar panels, Solar panels rose, panels, panels rose, rose,
        // Solar panels fell, panels fell, fell, wind, wind farms, wind farms
        // rose, farms, farms rose.
        assert_eq!((keys.len(), all.candidates.len()), (14, 14));
        let first = |form: &str| {
            let key = key(text, form);
            let c = all.candidates.iter().find(|c| c.key == key).unwrap();
            (c.first_start, c.first_sentence, c.count)
        };
        assert_eq!(first("rose"), (13, 0, 2));
        assert_eq!(first("Solar panels"), (0, 0, 2));
        assert_eq!(first("panels fell"), (25, 1, 1));
    }

    #[test]
    fn only_the_best_phrases_met_once_are_kept() {
        let text = "Alpha beta gamma. Alpha beta gamma. Delta epsilonic zeta, eta theta.";
        let every = all_candidates(text, None, Once::Best(usize::MAX));
        let few = all_candidates(text, None, Once::Best(2));
        // Met once, not names: "epsilonic zeta", "Delta epsilonic", "Delta
        // epsilonic zeta", "eta theta" (one-word ones are always kept).
        assert_eq!(every.candidates.len(), few.candidates.len() + 2);
        assert!(few.candidates.contains(
            &every
                .candidates
                .iter()
                .find(|c| c.key == key(text, "epsilonic zeta"))
                .copied()
                .unwrap()
        ));
        let left_out = few.left_out.unwrap();
        assert!(few.candidates.iter().all(|c| c.key != left_out.key));
        assert!(every.candidates.iter().any(|c| c.key == left_out.key));
        // Every kept one met once ranks before the best left out.
        for c in few
            .candidates
            .iter()
            .filter(|c| c.count == 1 && c.key.len() > 1)
        {
            assert_eq!(
                c.rank(f64::from(c.word_length)).order(&left_out),
                Ordering::Less
            );
        }
    }

    #[test]
    fn phrases_met_once_can_all_be_left_out() {
        let text = "Alpha beta gamma. Alpha beta gamma. Delta epsilonic zeta, eta theta. \
                    It was Maria Lopez.";
        let every = all_candidates(text, None, Once::Best(usize::MAX));
        let none = all_candidates(text, None, Once::None);
        // Left out: "Delta epsilonic", "epsilonic zeta", "Delta epsilonic zeta",
        // "eta theta"; the name "Maria Lopez" and one-word phrases stay.
        let missing: Vec<&Candidate> = every
            .candidates
            .iter()
            .filter(|c| !none.candidates.contains(c))
            .collect();
        assert_eq!(missing.len(), 4);
        assert!(missing.iter().all(|c| c.count == 1 && c.key.len() > 1));
        assert!(none
            .candidates
            .iter()
            .any(|c| c.key == key(text, "Maria Lopez")));
        // The bound ranks before (or as) every phrase left out.
        let bound = none.left_out.unwrap();
        for c in missing {
            let rank = c.rank(f64::from(c.word_length));
            assert_ne!(rank.order(&bound), Ordering::Less, "{c:?}");
        }
        // Nothing met once, nothing left out, no bound.
        let repeated = "Alpha beta. Alpha beta.";
        assert_eq!(all_candidates(repeated, None, Once::None).left_out, None);
    }

    #[test]
    fn keys_know_their_parts() {
        let key = Key([1, 2, 3, Key::PAD]);
        assert_eq!(key.len(), 3);
        assert_eq!(key.parts().count(), 5);
        assert!(key.begins_or_ends_with(&Key([1, 2, Key::PAD, Key::PAD])));
        assert!(key.begins_or_ends_with(&Key([3, Key::PAD, Key::PAD, Key::PAD])));
        assert!(!key.begins_or_ends_with(&Key([2, Key::PAD, Key::PAD, Key::PAD])));
        assert!(!key.begins_or_ends_with(&key));
        assert!(key.holds(&Key([2, 3, Key::PAD, Key::PAD])));
        assert!(key.holds(&key));
        assert!(!key.holds(&Key([1, 3, Key::PAD, Key::PAD])));
    }
}
