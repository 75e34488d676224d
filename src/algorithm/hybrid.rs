//! The default scorer: a small log-linear model over the signals that matter
//! most for articles: location (Edmundson, "New Methods in Automatic
//! Extracting", JACM 16(2), 1969), graph centrality as the evidence about
//! content, and length, with weights that depend on the summary's budget.
//!
//! `score = exp(Σ weight × feature)`, with, for each sentence:
//!
//! - **lede**: `exp(−rank / lede_decay)`, `rank` counting the ordinary sentences
//!   before it. Its weight is greatest for a summary of [`Weights::lede_ramp`]
//!   sentences (a few sentences of a story are its opening paragraph; a single
//!   sentence is rather the most central one near the top) and fades to 0 as the
//!   budget grows to [`Weights::large_budget`] of the story's sentences (a 40%
//!   extract needs coverage, not the lede);
//! - **centrality**: the log of TextRank ([`super::textrank`]) relative to the
//!   mean ordinary sentence;
//! - the lede's weight is scaled by the **opening**'s trust: the share of the
//!   text's keywords (its [`KEYWORDS`] most frequent terms found in at least
//!   [`KEYWORD_SENTENCES`] sentences) that its first [`OPENING_SENTENCES`]
//!   ordinary sentences hold, mapped linearly from 0 at
//!   [`Weights::opening_floor`] to 1 at `opening_floor + opening_span`. A news
//!   lede names what the story is about; an essay's anecdotal opening or a
//!   list's first item rarely does, and such texts are summarized by
//!   centrality and length alone;
//! - **length**: words beyond the sentence's share of a concise summary
//!   ([`Weights::summary_words`] / budget) cost at small budgets, and sentences
//!   shorter than [`Weights::short_words`] cost (fragments, datelines).
//!
//! The weights were fitted on news with reference summaries by `examples/fit`
//! (its documentation gives the data, the search and the cross-validated
//! figures), on a coarse grid so that they stay readable.

use super::{textrank, Context};
use crate::document::Document;

/// The weights of the model (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// Weight of the lede feature at its greatest.
    pub lede: f64,
    /// How fast the lede feature decays, in ordinary sentences.
    pub lede_decay: f64,
    /// The budget, in sentences, from which the lede has its full weight; below
    /// it the weight is in proportion.
    pub lede_ramp: f64,
    /// Weight of log-centrality.
    pub centrality: f64,
    /// The budget, as a share of the ordinary sentences, from which the lede
    /// (and the cost of long sentences) has no weight.
    pub large_budget: f64,
    /// Cost of each ten words beyond a sentence's share of a concise summary,
    /// fading like the lede as the budget grows.
    pub length: f64,
    /// The words of a concise summary, shared among its sentences.
    pub summary_words: f64,
    /// Cost of a fragment: up to this for a sentence with no words, falling to
    /// 0 at [`Weights::short_words`].
    pub short: f64,
    /// Sentences with fewer words than this are fragments.
    pub short_words: f64,
    /// The opening's share of keywords (see [`Features::opening`]) at or below
    /// which the lede feature has no weight: the text has no lede.
    pub opening_floor: f64,
    /// How far above `opening_floor` the share must be for the lede's full weight.
    pub opening_span: f64,
}

impl Weights {
    /// The weights the default scorer uses (fitted by `examples/fit`, but for
    /// `opening_span`: 0.4 rather than the fit's 0.2, which scores alike on the
    /// news sets and gives less weight to an opening that names one keyword in
    /// five).
    pub const DEFAULT: Weights = Weights {
        lede: 3.0,
        lede_decay: 7.0,
        lede_ramp: 3.0,
        centrality: 0.75,
        large_budget: 0.4,
        length: 0.4,
        summary_words: 60.0,
        short: 0.25,
        short_words: 8.0,
        opening_floor: 0.1,
        opening_span: 0.4,
    };
}

/// What the model knows about one sentence.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Features {
    /// Ordinary sentences before this one.
    pub rank: f64,
    /// Log of TextRank centrality relative to the mean ordinary sentence.
    pub centrality: f64,
    /// Words (UAX #29 word tokens).
    pub words: f64,
    /// The share of the text's keywords that its opening (first two ordinary
    /// sentences) holds, in `[0, 1]`: a news lede names what the story is about,
    /// an anecdotal opening rarely does.
    pub opening: f64,
}

/// The features of every sentence of `doc`; `ordinary` marks the sentences
/// that count for ranks and for the mean centrality.
pub fn features(doc: &Document<'_>, ordinary: &[bool]) -> Vec<Features> {
    let centrality = textrank::graph(doc).pagerank(super::DAMPING);
    let is_ordinary = |i: usize| ordinary.get(i).copied().unwrap_or(true);
    let (sum, count) = centrality
        .iter()
        .enumerate()
        .filter(|&(i, _)| is_ordinary(i))
        .fold((0.0, 0usize), |(s, c), (_, &x)| (s + x, c + 1));
    let mean = if sum > 0.0 { sum / count as f64 } else { 1.0 };
    let mut rank = 0usize;
    let opening_sentences: Vec<usize> = (0..doc.len())
        .filter(|&i| is_ordinary(i))
        .take(OPENING_SENTENCES)
        .collect();
    let opening = keyword_share(doc, &opening_sentences);
    (0..doc.len())
        .map(|i| {
            let c = centrality.get(i).copied().unwrap_or(0.0) / mean;
            let f = Features {
                rank: rank as f64,
                centrality: c.max(MIN_CENTRALITY).ln(),
                words: doc.word_counts.get(i).copied().unwrap_or(0) as f64,
                opening,
            };
            if is_ordinary(i) {
                rank += 1;
            }
            f
        })
        .collect()
}

/// How many of the text's most frequent terms make its keywords (more on a tie).
const KEYWORDS: usize = 5;

/// A keyword occurs in at least this many sentences.
const KEYWORD_SENTENCES: u32 = 3;

/// How many ordinary sentences make the opening.
const OPENING_SENTENCES: usize = 2;

/// The share of the text's keywords that the sentences `opening` hold; 1 when
/// the text has none. The keywords are its [`KEYWORDS`] most frequent terms
/// among those found in [`KEYWORD_SENTENCES`] sentences or more, with every
/// term as frequent as the last of them.
fn keyword_share(doc: &Document<'_>, opening: &[usize]) -> f64 {
    let counts = doc.term_counts();
    let mut candidates: Vec<(u32, usize)> = counts
        .iter()
        .enumerate()
        .filter(|&(t, _)| {
            doc.sentence_frequency
                .get(t)
                .is_some_and(|&sf| sf >= KEYWORD_SENTENCES)
        })
        .map(|(t, &c)| (c, t))
        .collect();
    candidates.sort_unstable_by_key(|&(c, _)| std::cmp::Reverse(c));
    let Some(&(cutoff, _)) = candidates.get(KEYWORDS - 1).or(candidates.last()) else {
        return 1.0;
    };
    let keywords = candidates.iter().take_while(|&&(c, _)| c >= cutoff);
    let (mut held, mut total) = (0usize, 0usize);
    for &(_, t) in keywords {
        total += 1;
        let in_opening = opening.iter().any(|&i| {
            doc.bags
                .get(i)
                .binary_search_by_key(&(t as u32), |&(term, _)| term)
                .is_ok()
        });
        held += usize::from(in_opening);
    }
    held as f64 / total.max(1) as f64
}

/// The smallest relative centrality, so that an isolated sentence has a finite log.
const MIN_CENTRALITY: f64 = 1e-3;

/// The model's linear score of a sentence with features `f` when the summary
/// holds about `budget` sentences of `ordinary` ordinary ones.
pub fn linear(f: &Features, w: &Weights, budget: f64, ordinary: usize) -> f64 {
    let budget = budget.max(1.0);
    let share = budget / ordinary.max(1) as f64;
    let large = if w.large_budget > 0.0 {
        (share / w.large_budget).min(1.0)
    } else {
        1.0
    };
    let small = 1.0 - large;
    let ramp = (budget / w.lede_ramp.max(1.0)).min(1.0);
    let trust = ((f.opening - w.opening_floor) / w.opening_span.max(1e-9)).clamp(0.0, 1.0);
    let lede =
        trust * small * ramp * w.lede * (-f.rank / w.lede_decay.max(f64::MIN_POSITIVE)).exp();
    let centrality = w.centrality * f.centrality;
    let long = (f.words - w.summary_words / budget).max(0.0) / 10.0;
    let short = (w.short_words - f.words).max(0.0) / w.short_words.max(1.0);
    lede + centrality - small * w.length * long - w.short * short
}

/// The hybrid score of each sentence: `exp` of [`linear`] with the default
/// weights, or 0 for a sentence without words (emoji, punctuation).
pub(super) fn score(doc: &Document<'_>, context: &Context<'_>) -> Vec<f64> {
    let ordinary = context.ordinary.iter().filter(|&&o| o).count();
    features(doc, context.ordinary)
        .iter()
        .map(|f| {
            if f.words == 0.0 {
                0.0
            } else {
                linear(f, &Weights::DEFAULT, context.budget, ordinary).exp()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn scores(text: &str, budget: f64) -> Vec<f64> {
        let doc = Document::new(text, Language::English, None);
        let ordinary = vec![true; doc.len()];
        score(
            &doc,
            &Context {
                ordinary: &ordinary,
                budget,
            },
        )
    }

    const STORY: &str =
        "Floods closed every school in Paris on Monday after a night of heavy rain. \
        The river rose two metres overnight, officials said. \
        Shops along the river stayed shut. \
        Rain is expected to continue until Friday, forecasters said. \
        The floods are the worst in the city since 1982, officials said. \
        Schools will reopen when the water falls. \
        Tourists were told to avoid the riverbanks. \
        The metro kept running on most lines. \
        Museums near the river moved art to upper floors. \
        The mayor thanked the emergency services.";

    #[test]
    fn the_lede_counts_most_when_the_budget_is_small_relative_to_the_story() {
        let few = scores(STORY, 3.0);
        let many = scores(STORY, 8.0);
        let above_the_lede = few.iter().filter(|&&s| s > few[0]).count();
        assert!(above_the_lede < 3, "{few:?}");
        // Sentence 4 repeats the story's words (floods, officials): central, but late.
        assert!(few[0] / few[4] > many[0] / many[4], "{few:?} {many:?}");
    }

    #[test]
    fn a_one_sentence_summary_weighs_the_lede_less_than_three() {
        let f = Features {
            rank: 0.0,
            centrality: 0.0,
            words: 20.0,
            opening: 1.0,
        };
        let late = Features {
            rank: 6.0,
            centrality: 1.0,
            ..f
        };
        let w = Weights::DEFAULT;
        let margin = |budget| linear(&f, &w, budget, 30) - linear(&late, &w, budget, 30);
        assert!(margin(1.0) < margin(3.0), "{} {}", margin(1.0), margin(3.0));
    }

    #[test]
    fn the_lede_weighs_nothing_when_the_opening_holds_no_keywords() {
        let doc = Document::new(STORY, Language::English, None);
        let f = features(&doc, &vec![true; doc.len()]);
        // "floods", "river", "officials", "rain", "schools": the lede names most of them.
        assert!(f[0].opening >= 0.5, "{}", f[0].opening);
        let w = Weights::DEFAULT;
        let at = |rank, opening| {
            let g = Features {
                rank,
                opening,
                ..f[0]
            };
            linear(&g, &w, 3.0, doc.len())
        };
        assert!(at(0.0, 1.0) > at(5.0, 1.0));
        assert_eq!(at(0.0, 0.0), at(5.0, 0.0));
        assert!(at(0.0, 0.0) < at(0.0, 0.3));
    }

    #[test]
    fn fragments_are_scaled_down() {
        let doc = Document::new(
            "Floods hit the city of Paris after heavy rain this week. Paris floods. More rain is expected in Paris next week too.",
            Language::English,
            None,
        );
        let f = features(&doc, &[true, true, true]);
        let w = Weights::DEFAULT;
        let short = Features { rank: 0.0, ..f[1] };
        let long = Features { rank: 0.0, ..f[2] };
        assert!(linear(&short, &w, 3.0, 3) < linear(&long, &w, 3.0, 3));
    }
}
