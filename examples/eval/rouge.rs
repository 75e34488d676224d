//! ROUGE-1, ROUGE-2 and ROUGE-Lsum exactly as Google's `rouge-score` 0.1.2 computes them with
//! `RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)`.
//!
//! The parts of `rouge_score` reproduced here, with the Python function each one follows:
//!
//! - tokenizing (`tokenize.tokenize`): lower-case the text, replace every run of characters
//!   other than `[a-z0-9]` by a space, split on spaces, stem the tokens longer than three
//!   characters with NLTK's Porter stemmer ([`crate::porter`]), and drop empty tokens;
//! - ROUGE-N (`_create_ngrams`, `_score_ngrams`): clipped n-gram overlap over the whole text,
//!   precision = overlap / max(candidate n-grams, 1), recall = overlap / max(reference n-grams, 1);
//! - ROUGE-Lsum (`_summary_level_lcs`, `_union_lcs`, `lcs_ind`, `_backtrack_norec`): the text is
//!   split into sentences on `"\n"` (empty lines dropped); for each reference sentence, the union
//!   of the reference positions of one LCS with each candidate sentence (the LCS read back with
//!   the same tie-breaking as `_backtrack_norec`) counts as hits, with per-token counts preventing
//!   a token from being counted more often than it occurs in either summary;
//! - the F-measure (`scoring.fmeasure`): 2PR / (P + R), or 0 when P + R = 0.
//!
//! [`Scorer::multilingual`] scores texts in other languages as XL-Sum's multilingual ROUGE
//! does (csebuetnlp/xl-sum, `multilingual_rouge_scoring`, the rouge-score fork used for its
//! 44-language results), since rouge-score drops every letter outside `[a-z]`: lower-case
//! the text, split it at white space and at punctuation (ASCII symbols and the Unicode
//! punctuation categories, as its `BasicTokenizer`), so words of any script are kept, and
//! stem every token with the language's Snowball stemmer (NLTK's `SnowballStemmer(lang,
//! ignore_stopwords=True)`: the NLTK stop words of the language are left unstemmed). The
//! scores are computed as above.

use std::collections::{HashMap, HashSet};

use unicode_properties::{GeneralCategoryGroup, UnicodeGeneralCategory};

use crate::porter;

/// Precision, recall and F-measure of one ROUGE variant for one document (`scoring.Score`).
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Score {
    /// Share of the candidate's units found in the reference.
    pub precision: f64,
    /// Share of the reference's units found in the candidate.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub fmeasure: f64,
}

impl Score {
    /// A score from precision and recall, with `scoring.fmeasure`'s F-measure.
    fn new(precision: f64, recall: f64) -> Self {
        let fmeasure = if precision + recall > 0.0 {
            2.0 * precision * recall / (precision + recall)
        } else {
            0.0
        };
        Score {
            precision,
            recall,
            fmeasure,
        }
    }
}

/// The three ROUGE scores of one candidate summary against one reference.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct RougeScores {
    /// Unigram overlap.
    pub rouge1: Score,
    /// Bigram overlap.
    pub rouge2: Score,
    /// Summary-level union LCS over the sentence lines.
    pub rouge_lsum: Score,
}

/// A token after stemming, interned as a small integer so n-grams and LCS compare integers.
pub type Token = u32;

/// Tokenizes and scores texts; it caches stems, so reuse one scorer for a whole data set.
#[derive(Default)]
pub struct Scorer {
    /// Raw token (a run of `[a-z0-9]`, or a multilingual token) → interned stem.
    stems: HashMap<String, Token>,
    /// Stem → its interned number.
    vocabulary: HashMap<String, Token>,
    /// The multilingual tokenizer, when the scorer is not rouge-score's.
    multilingual: Option<Multilingual>,
}

/// XL-Sum's multilingual tokenizing: its stemmer and the stop words it leaves unstemmed.
struct Multilingual {
    /// The language's Snowball stemmer, if it has one.
    stemmer: Option<rust_stemmers::Stemmer>,
    /// Words left unstemmed (NLTK's `ignore_stopwords`).
    stop_words: HashSet<&'static str>,
}

impl Scorer {
    /// A scorer with empty caches, as rouge-score's (English).
    pub fn new() -> Self {
        Self::default()
    }

    /// A scorer as XL-Sum's multilingual ROUGE for `language` (see the module documentation):
    /// Unicode words, the language's Snowball stemmer when it has one (none: tokens as they are).
    pub fn multilingual(language: precis::Language) -> Self {
        let stemmer = snowball(language).map(rust_stemmers::Stemmer::create);
        Scorer {
            multilingual: Some(Multilingual {
                stop_words: if stemmer.is_some() {
                    language.stop_words().collect()
                } else {
                    HashSet::new()
                },
                stemmer,
            }),
            ..Self::default()
        }
    }

    /// XL-Sum's tokenizing: lower-case, split at white space and punctuation, stem.
    fn tokenize_multilingual(&mut self, text: &str) -> Vec<Token> {
        // `_clean_text`: NUL, U+FFFD and control characters other than white space go.
        let lower: String = text
            .to_lowercase()
            .chars()
            .filter(|&c| !(c == '\0' || c == '\u{fffd}' || (c.is_control() && !c.is_whitespace())))
            .collect();
        let mut tokens = Vec::new();
        for raw in lower
            .split(|c: char| c.is_whitespace() || is_punctuation(c))
            .filter(|raw| !raw.is_empty())
        {
            if let Some(&token) = self.stems.get(raw) {
                tokens.push(token);
                continue;
            }
            let stem = match &self.multilingual {
                Some(m) if !m.stop_words.contains(raw) => m
                    .stemmer
                    .as_ref()
                    .map_or_else(|| raw.to_owned(), |s| s.stem(raw).into_owned()),
                _ => raw.to_owned(),
            };
            if stem.is_empty() {
                continue;
            }
            let token = self.intern(stem);
            self.stems.insert(raw.to_owned(), token);
            tokens.push(token);
        }
        tokens
    }

    /// The interned number of `stem`, assigning the next one when it is new.
    fn intern(&mut self, stem: String) -> Token {
        let next = Token::try_from(self.vocabulary.len()).unwrap_or(Token::MAX);
        *self.vocabulary.entry(stem).or_insert(next)
    }

    /// `tokenize.tokenize(text, PorterStemmer())`: the stemmed tokens of `text`, interned
    /// (or, for a [`Scorer::multilingual`], XL-Sum's tokens).
    pub fn tokenize(&mut self, text: &str) -> Vec<Token> {
        if self.multilingual.is_some() {
            return self.tokenize_multilingual(text);
        }
        let lower = text.to_lowercase();
        let mut tokens = Vec::new();
        for raw in lower
            .split(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit()))
            .filter(|raw| !raw.is_empty())
        {
            if let Some(&token) = self.stems.get(raw) {
                tokens.push(token);
                continue;
            }
            // Only tokens of more than 3 characters are stemmed (all are ASCII here).
            let stem = if raw.len() > 3 {
                porter::stem(raw)
            } else {
                raw.to_owned()
            };
            // rouge-score's final check: drop tokens that are not `^[a-z0-9]+$` (never true of a
            // Porter stem of such a token, but kept to mirror the reference).
            if stem.is_empty()
                || !stem
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
            {
                continue;
            }
            let token = self.intern(stem);
            self.stems.insert(raw.to_owned(), token);
            tokens.push(token);
        }
        tokens
    }

    /// `RougeScorer.score(target, prediction)` for `rouge1`, `rouge2` and `rougeLsum`.
    ///
    /// Sentences for ROUGE-Lsum are the `"\n"`-separated lines of each text, empty ones dropped.
    /// `rouge.py` first passes both texts through [`normalize_lines`]; do the same to match it.
    pub fn score(&mut self, target: &str, prediction: &str) -> RougeScores {
        let target_tokens = self.tokenize(target);
        let prediction_tokens = self.tokenize(prediction);
        let target_sentences: Vec<Vec<Token>> = sentence_lines(target)
            .map(|line| self.tokenize(line))
            .collect();
        let prediction_sentences: Vec<Vec<Token>> = sentence_lines(prediction)
            .map(|line| self.tokenize(line))
            .collect();
        RougeScores {
            rouge1: rouge_n(&target_tokens, &prediction_tokens, 1),
            rouge2: rouge_n(&target_tokens, &prediction_tokens, 2),
            rouge_lsum: rouge_lsum(&target_sentences, &prediction_sentences),
        }
    }
}

/// The Snowball algorithm NLTK's `SnowballStemmer` has for `language`, if any.
fn snowball(language: precis::Language) -> Option<rust_stemmers::Algorithm> {
    use precis::Language as L;
    use rust_stemmers::Algorithm as A;
    Some(match language {
        L::Arabic => A::Arabic,
        L::Danish => A::Danish,
        L::Dutch => A::Dutch,
        L::English => A::English,
        L::Finnish => A::Finnish,
        L::French => A::French,
        L::German => A::German,
        L::Greek => A::Greek,
        L::Hungarian => A::Hungarian,
        L::Italian => A::Italian,
        L::Norwegian => A::Norwegian,
        L::Portuguese => A::Portuguese,
        L::Romanian => A::Romanian,
        L::Russian => A::Russian,
        L::Spanish => A::Spanish,
        L::Swedish => A::Swedish,
        L::Tamil => A::Tamil,
        L::Turkish => A::Turkish,
        _ => return None,
    })
}

/// XL-Sum's `_is_punctuation`: ASCII characters that are neither letters, digits nor
/// white space, and every character of a Unicode punctuation category (`P*`).
fn is_punctuation(c: char) -> bool {
    matches!(c, '!'..='/' | ':'..='@' | '['..='`' | '{'..='~')
        || c.general_category_group() == GeneralCategoryGroup::Punctuation
}

/// `rouge.py`'s `lines(text)`: the whitespace-trimmed non-blank lines of `text`, joined by `"\n"`.
pub fn normalize_lines(text: &str) -> String {
    text.split('\n')
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The sentences of a summary for ROUGE-Lsum: its non-empty `"\n"`-separated lines.
fn sentence_lines(text: &str) -> impl Iterator<Item = &str> {
    text.split('\n').filter(|line| !line.is_empty())
}

/// Counts of each n-gram of `tokens` (`_create_ngrams`).
fn ngram_counts(tokens: &[Token], n: usize) -> HashMap<&[Token], usize> {
    let mut counts = HashMap::new();
    if n == 0 {
        return counts;
    }
    for ngram in tokens.windows(n) {
        *counts.entry(ngram).or_insert(0) += 1;
    }
    counts
}

/// ROUGE-N between the target (reference) and prediction tokens (`_score_ngrams`).
pub fn rouge_n(target: &[Token], prediction: &[Token], n: usize) -> Score {
    let target_ngrams = ngram_counts(target, n);
    let prediction_ngrams = ngram_counts(prediction, n);
    let overlap: usize = target_ngrams
        .iter()
        .map(|(ngram, &count)| count.min(prediction_ngrams.get(ngram).copied().unwrap_or(0)))
        .sum();
    let target_count: usize = target_ngrams.values().sum();
    let prediction_count: usize = prediction_ngrams.values().sum();
    let precision = overlap as f64 / prediction_count.max(1) as f64;
    let recall = overlap as f64 / target_count.max(1) as f64;
    Score::new(precision, recall)
}

/// The dynamic-programming table of LCS lengths of two token sequences (`_lcs_table`).
struct LcsTable {
    /// Number of columns: `can.len() + 1`.
    columns: usize,
    /// Row-major cells; cell (i, j) is the LCS length of `reference[..i]` and `candidate[..j]`.
    cells: Vec<u32>,
}

impl LcsTable {
    /// Fills the table for `reference` (rows) and `candidate` (columns).
    fn new(reference: &[Token], candidate: &[Token]) -> Self {
        let columns = candidate.len() + 1;
        let mut table = LcsTable {
            columns,
            cells: vec![0; (reference.len() + 1) * columns],
        };
        for (i, r) in reference.iter().enumerate() {
            for (j, c) in candidate.iter().enumerate() {
                let value = if r == c {
                    table.get(i, j) + 1
                } else {
                    table.get(i, j + 1).max(table.get(i + 1, j))
                };
                table.set(i + 1, j + 1, value);
            }
        }
        table
    }

    /// Cell (i, j); 0 outside the table.
    fn get(&self, i: usize, j: usize) -> u32 {
        self.cells.get(i * self.columns + j).copied().unwrap_or(0)
    }

    /// Sets cell (i, j); ignored outside the table.
    fn set(&mut self, i: usize, j: usize, value: u32) {
        if let Some(cell) = self.cells.get_mut(i * self.columns + j) {
            *cell = value;
        }
    }
}

/// Positions in `reference` of one longest common subsequence with `candidate`, ascending
/// (`lcs_ind` and `_backtrack_norec`, with their tie-breaking: on a mismatch, move left only when
/// the cell to the left is strictly greater than the cell above).
fn lcs_indices(reference: &[Token], candidate: &[Token]) -> Vec<usize> {
    let table = LcsTable::new(reference, candidate);
    let (mut i, mut j) = (reference.len(), candidate.len());
    let mut indices = Vec::new();
    while i > 0 && j > 0 {
        if reference.get(i - 1) == candidate.get(j - 1) {
            indices.push(i - 1);
            i -= 1;
            j -= 1;
        } else if table.get(i, j - 1) > table.get(i - 1, j) {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    indices.reverse();
    indices
}

/// The tokens of `reference` at the union of its LCS positions with each candidate sentence,
/// in reference order (`_union_lcs` and `_find_union`).
fn union_lcs(reference: &[Token], candidates: &[Vec<Token>]) -> Vec<Token> {
    let mut positions: Vec<usize> = candidates
        .iter()
        .flat_map(|candidate| lcs_indices(reference, candidate))
        .collect();
    positions.sort_unstable();
    positions.dedup();
    positions
        .into_iter()
        .filter_map(|position| reference.get(position).copied())
        .collect()
}

/// Summary-level ROUGE-L over tokenized sentences (`_summary_level_lcs`; section 3.2 of Lin's
/// ROUGE paper, with ROUGE-1.5.5's guard against counting a token more often than it occurs).
pub fn rouge_lsum(reference: &[Vec<Token>], candidate: &[Vec<Token>]) -> Score {
    if reference.is_empty() || candidate.is_empty() {
        return Score::default();
    }
    let m: usize = reference.iter().map(Vec::len).sum();
    let n: usize = candidate.iter().map(Vec::len).sum();
    if m == 0 || n == 0 {
        return Score::default();
    }
    let mut reference_counts: HashMap<Token, usize> = HashMap::new();
    for &token in reference.iter().flatten() {
        *reference_counts.entry(token).or_insert(0) += 1;
    }
    let mut candidate_counts: HashMap<Token, usize> = HashMap::new();
    for &token in candidate.iter().flatten() {
        *candidate_counts.entry(token).or_insert(0) += 1;
    }
    let mut hits = 0usize;
    for sentence in reference {
        for token in union_lcs(sentence, candidate) {
            let (Some(in_candidate), Some(in_reference)) = (
                candidate_counts.get_mut(&token),
                reference_counts.get_mut(&token),
            ) else {
                continue;
            };
            if *in_candidate > 0 && *in_reference > 0 {
                hits += 1;
                *in_candidate -= 1;
                *in_reference -= 1;
            }
        }
    }
    Score::new(hits as f64 / n as f64, hits as f64 / m as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-12
    }

    #[test]
    fn tokenizer_lowercases_splits_and_stems_long_tokens_only() {
        let mut scorer = Scorer::new();
        let mut words = |text: &str| -> Vec<String> {
            let tokens = scorer.tokenize(text);
            let names: HashMap<Token, String> = scorer
                .vocabulary
                .iter()
                .map(|(stem, &token)| (token, stem.clone()))
                .collect();
            tokens.iter().map(|t| names[t].clone()).collect()
        };
        assert_eq!(
            words("The Cats' running-shoes, £30 (U.S.)!"),
            ["the", "cat", "run", "shoe", "30", "u", "s"]
        );
        // "was" and "has" have 3 letters: not stemmed; "Ünïcode" splits at the non-ASCII letters.
        assert_eq!(words("was has gas"), ["was", "has", "gas"]);
        assert_eq!(words("Ünïcode"), ["n", "code"]);
        assert_eq!(words("  \n\t "), Vec::<String>::new());
        // The Kelvin sign lower-cases to an ASCII "k", as in Python.
        assert_eq!(words("\u{212A}m"), ["km"]);
    }

    #[test]
    fn multilingual_tokens_keep_every_script_and_use_the_language_stemmer() {
        let mut scorer = Scorer::multilingual(precis::Language::French);
        let a = scorer.tokenize("Les élections «régionales» ont eu lieu, l'été dernier.");
        let b = scorer.tokenize("élection régionale");
        assert_eq!(
            a.len(),
            9,
            "les élections régionales ont eu lieu l été dernier"
        );
        assert!(b.iter().all(|t| a.contains(t)), "stems are shared");
        let mut english = Scorer::new();
        assert_eq!(
            english.tokenize("élections").len(),
            1,
            "rouge-score drops é: \"lections\""
        );
        let mut russian = Scorer::multilingual(precis::Language::Russian);
        assert_eq!(
            russian.tokenize("Москва — столица России."),
            russian.tokenize("москва столица россии")
        );
        let mut chinese = Scorer::multilingual(precis::Language::Chinese);
        assert_eq!(chinese.tokenize("北京，上海。").len(), 2);
    }

    /// rouge-score's own README example: rouge1 P=0.75 R=0.6666… F=0.7058…
    #[test]
    fn rouge1_and_rouge2_by_hand() {
        let mut scorer = Scorer::new();
        let s = scorer.score(
            "The quick brown fox jumps over the lazy dog",
            "The quick brown dog jumps on the log.",
        );
        // Unigrams: target 9, prediction 8, overlap the×2 quick brown dog jump = 6.
        assert!(close(s.rouge1.precision, 6.0 / 8.0));
        assert!(close(s.rouge1.recall, 6.0 / 9.0));
        assert!(close(
            s.rouge1.fmeasure,
            2.0 * 0.75 * (6.0 / 9.0) / (0.75 + 6.0 / 9.0)
        ));
        // Bigrams: "the quick", "quick brown" in common; 7 in the prediction, 8 in the target.
        assert!(close(s.rouge2.precision, 2.0 / 7.0));
        assert!(close(s.rouge2.recall, 2.0 / 8.0));
    }

    #[test]
    fn empty_texts_score_zero() {
        let mut scorer = Scorer::new();
        assert_eq!(scorer.score("", "a b c"), RougeScores::default());
        assert_eq!(scorer.score("a b c", ""), RougeScores::default());
        assert_eq!(scorer.score("...", "!!!"), RougeScores::default());
    }

    #[test]
    fn lcs_backtracking_prefers_moving_up_on_ties() {
        // reference a b, candidate b a: both single tokens are LCSs of length 1; at the tie the
        // Python code moves up (i -= 1), so the LCS read back is the first "a" (position 0).
        assert_eq!(lcs_indices(&[1, 2], &[2, 1]), [0]);
        assert_eq!(lcs_indices(&[1, 2, 3, 4], &[1, 3, 4]), [0, 2, 3]);
        assert_eq!(lcs_indices(&[1, 2], &[]), Vec::<usize>::new());
    }

    /// The worked example of Lin (2004), section 3.2: r = w1 w2 w3 w4 w5, c1 = w1 w2 w6 w7 w8,
    /// c2 = w1 w3 w8 w9 w5: union LCS = w1 w2 w3 w5, so 4 hits; m = 5, n = 10.
    #[test]
    fn summary_level_lcs_paper_example() {
        let reference = vec![vec![1, 2, 3, 4, 5]];
        let candidate = vec![vec![1, 2, 6, 7, 8], vec![1, 3, 8, 9, 5]];
        let s = rouge_lsum(&reference, &candidate);
        assert!(close(s.recall, 4.0 / 5.0));
        assert!(close(s.precision, 4.0 / 10.0));
    }

    /// Token counts cap the hits: a reference word matched by several sentences counts once.
    #[test]
    fn summary_level_lcs_does_not_double_count() {
        let reference = vec![vec![1, 2], vec![1, 3]];
        let candidate = vec![vec![1]];
        let s = rouge_lsum(&reference, &candidate);
        // Both reference sentences' union LCS is [1], but the candidate has one "1".
        assert!(close(s.precision, 1.0));
        assert!(close(s.recall, 1.0 / 4.0));
    }

    #[test]
    fn lsum_uses_lines_and_rouge_n_ignores_them() {
        let mut scorer = Scorer::new();
        let one_line = scorer.score("a b c d", "c d a b");
        let two_lines = scorer.score("a b c d", "c d\na b");
        assert_eq!(one_line.rouge1, two_lines.rouge1);
        assert_eq!(one_line.rouge2, two_lines.rouge2);
        // One line: LCS "a b" or "c d" = 2 hits; two lines: union covers all 4.
        assert!(close(one_line.rouge_lsum.fmeasure, 0.5));
        assert!(close(two_lines.rouge_lsum.fmeasure, 1.0));
    }

    #[test]
    fn normalize_lines_trims_and_drops_blank_lines() {
        assert_eq!(normalize_lines("  a b \n\n \t\nc\n"), "a b\nc");
        assert_eq!(normalize_lines(""), "");
    }

    /// Scores of `rouge_vectors.jsonl` computed by rouge-score 0.1.2 itself (see that file).
    #[test]
    fn agrees_with_rouge_score_vectors() {
        #[derive(serde::Deserialize)]
        struct Vector {
            target: String,
            prediction: String,
            rouge1: [f64; 3],
            rouge2: [f64; 3],
            #[serde(rename = "rougeLsum")]
            rouge_lsum: [f64; 3],
        }
        let mut scorer = Scorer::new();
        let mut checked = 0;
        for line in include_str!("rouge_vectors.jsonl").lines() {
            let v: Vector = serde_json::from_str(line).unwrap();
            let s = scorer.score(&v.target, &v.prediction);
            for (name, got, want) in [
                ("rouge1", s.rouge1, v.rouge1),
                ("rouge2", s.rouge2, v.rouge2),
                ("rougeLsum", s.rouge_lsum, v.rouge_lsum),
            ] {
                let got = [got.precision, got.recall, got.fmeasure];
                for (g, w) in got.iter().zip(want) {
                    assert!(
                        close(*g, w),
                        "{name}: {got:?} != {want:?} for {:?} / {:?}",
                        v.target,
                        v.prediction
                    );
                }
            }
            checked += 1;
        }
        assert!(checked >= 20, "only {checked} vectors");
    }
}
