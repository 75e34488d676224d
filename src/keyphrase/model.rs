//! How likely a candidate is a keyphrase: a logistic model of a few signals that
//! exist in every language, fitted on news with crowd-chosen keyphrases by
//! `examples/fit_keyphrases` (see its documentation for the data, the fit and
//! the cross-validated figures).
//!
//! The signals, for a candidate of `n` words occurring `count` times:
//! - **words**: one weight each for two, three and four words (one word is the baseline);
//! - **count**: `ln count`, frequency being the plainest evidence of a topic;
//! - **title**: it occurs in the title line;
//! - **name**: the share of its occurrences written with capitals where the
//!   language would not require them (not the title line, not a sentence's
//!   first word; 0 in scripts without case);
//! - **position**: where it first occurs, as a share of the sentences (0 = the top);
//! - **whole run**: the share of its occurrences bounded by stop words or
//!   punctuation on both sides (a phrase, not a piece of a longer one);
//! - **word length**: characters per word, up to [`LONG_WORD`], over
//!   [`LONG_WORD`]: by Zipf's law of abbreviation, longer words are rarer and
//!   more specific, which stands in for the corpus frequencies this engine does
//!   not ship.

use super::candidates::Candidate;

/// Words of this many characters or more count as long.
pub(crate) const LONG_WORD: f64 = 12.0;

/// The number of signals.
pub const FEATURES: usize = 9;

/// Where position and word length are among the signals.
const POSITION: usize = 6;
const WORD_LENGTH: usize = 8;

/// The names of the signals, in the order of [`features`] and [`Weights`]
/// (read by the fitting program).
#[cfg_attr(not(feature = "dev"), allow(dead_code))]
pub const FEATURE_NAMES: [&str; FEATURES] = [
    "two words",
    "three words",
    "four words",
    "ln count",
    "title",
    "name",
    "position",
    "whole run",
    "word length",
];

/// The model's weights, one per signal of [`FEATURE_NAMES`], and a bias.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Weights {
    /// One weight per signal.
    pub features: [f64; FEATURES],
    /// The bias (it moves every score alike, so it never changes a ranking).
    pub bias: f64,
}

impl Weights {
    /// The weights the engine uses (fitted by `examples/fit_keyphrases`).
    pub const DEFAULT: Weights = Weights {
        features: [-1.1, -2.0, -2.6, 0.7, 0.8, 0.2, -0.6, 0.6, 3.4],
        bias: -3.4,
    };
}

/// The signals of a candidate in a document of `sentences` sentences.
pub(crate) fn features(c: &Candidate, sentences: usize) -> [f64; FEATURES] {
    let count = f64::from(c.count.max(1));
    let words = c.key.len();
    [
        f64::from(u8::from(words == 2)),
        f64::from(u8::from(words == 3)),
        f64::from(u8::from(words == 4)),
        // ln 1 is 0: most candidates occur once.
        if c.count > 1 { count.ln() } else { 0.0 },
        f64::from(u8::from(c.in_title)),
        f64::from(c.proper) / f64::from(c.telling.max(1)),
        f64::from(c.first_sentence) / sentences.max(1) as f64,
        f64::from(c.whole_run) / count,
        (f64::from(c.word_length) / LONG_WORD).min(1.0),
    ]
}

/// How much lower a candidate met only once ranks, unless it is a name or in
/// the title line: readers take a word the story uses once ("including",
/// "acknowledged") for noise, though the crowd's keyphrases, which include
/// such words, do not penalise it. On the crowd-keyphrase dev set it moves
/// F1@5/F1@10 from 12.5/20.2 to 12.3/19.8 and leaves far fewer one-off words
/// among the first ten.
pub(crate) const ONCE_PENALTY: f64 = 2.0;

/// [`ONCE_PENALTY`] when it applies to `c`, else 0.
pub(crate) fn once_penalty(c: &Candidate) -> f64 {
    if c.count == 1 && !c.in_title && !c.is_name() {
        ONCE_PENALTY
    } else {
        0.0
    }
}

/// Whether, with weights `w`, a candidate's score never falls as its words
/// grow longer (the weight of word length is not negative).
pub(crate) fn rises_with_word_length(w: &Weights) -> bool {
    w.features[WORD_LENGTH] >= 0.0
}

/// Whether, with weights `w`, a candidate's score never rises as its first
/// occurrence moves down the text (the weight of position is not positive).
pub(crate) fn falls_with_position(w: &Weights) -> bool {
    w.features[POSITION] <= 0.0
}

/// The model's linear score (log-odds) of signals `x` with weights `w`.
pub(crate) fn linear(x: &[f64; FEATURES], w: &Weights) -> f64 {
    w.bias + x.iter().zip(&w.features).map(|(x, w)| x * w).sum::<f64>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bounds_read_the_signals_they_name() {
        assert_eq!(FEATURE_NAMES[POSITION], "position");
        assert_eq!(FEATURE_NAMES[WORD_LENGTH], "word length");
        // The engine's weights allow the bounds on candidates met once.
        assert!(rises_with_word_length(&Weights::DEFAULT));
        assert!(falls_with_position(&Weights::DEFAULT));
    }
}
