//! What the caller can ask for, with every default defined once, here.

use crate::error::Error;
use crate::language::Language;
use std::fmt;
use std::str::FromStr;

/// The default number of summary sentences.
pub const DEFAULT_SENTENCES: usize = 3;
/// The longest title accepted, in bytes (a title is a line, not a text).
pub const MAX_TITLE_BYTES: usize = 2048;
/// The longest focus accepted, in bytes (a phrase or a question, not a text).
pub const MAX_FOCUS_BYTES: usize = 2048;

/// The default diversity (weight of redundancy avoidance, 0 = none, 1 = most).
pub const DEFAULT_DIVERSITY: f64 = 0.15;

/// How long the summary should be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Length {
    /// At most this many sentences (at least 1).
    Sentences(usize),
    /// This share of the document's sentences, `0 < r <= 1`, rounded, at least one sentence.
    Ratio(f64),
    /// At most this many words (at least 1); the first chosen sentence is always kept,
    /// even when it alone is longer than the budget.
    Words(usize),
}

impl Default for Length {
    fn default() -> Length {
        Length::Sentences(DEFAULT_SENTENCES)
    }
}

impl Length {
    /// The most sentences this length allows in a document of `n` sentences, or
    /// `None` for a word budget (which counts words, not sentences).
    pub(crate) fn max_sentences(self, n: usize) -> Option<usize> {
        match self {
            Length::Sentences(k) => Some(k),
            Length::Ratio(r) => Some(((r * n as f64).round() as usize).max(1)),
            Length::Words(_) => None,
        }
    }
}

/// The sentence-scoring method.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Algorithm {
    /// The default: a small model of position (the lede), graph centrality and
    /// length whose weights depend on the summary's length, then
    /// redundancy-aware selection.
    #[default]
    Hybrid,
    /// TextRank (Mihalcea & Tarau, 2004): PageRank over word-overlap similarity.
    TextRank,
    /// LexRank (Erkan & Radev, 2004): PageRank over thresholded TF-IDF cosine similarity.
    LexRank,
    /// Luhn (1958): clusters of significant (frequent) words.
    Luhn,
    /// Centroid (Radev et al., 2004): cosine similarity to the document's TF-IDF centroid.
    Centroid,
    /// Lead: the first sentences, the classic news baseline.
    Lead,
}

impl Algorithm {
    /// Every algorithm, in the order they are documented.
    pub const ALL: [Algorithm; 6] = [
        Algorithm::Hybrid,
        Algorithm::TextRank,
        Algorithm::LexRank,
        Algorithm::Luhn,
        Algorithm::Centroid,
        Algorithm::Lead,
    ];

    /// The name used by the JS API and the CLI (`"hybrid"`, `"textrank"`, …).
    pub const fn name(self) -> &'static str {
        match self {
            Algorithm::Hybrid => "hybrid",
            Algorithm::TextRank => "textrank",
            Algorithm::LexRank => "lexrank",
            Algorithm::Luhn => "luhn",
            Algorithm::Centroid => "centroid",
            Algorithm::Lead => "lead",
        }
    }
}

impl fmt::Display for Algorithm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Algorithm {
    type Err = Error;

    fn from_str(s: &str) -> Result<Algorithm, Error> {
        Algorithm::ALL
            .into_iter()
            .find(|a| a.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| Error::invalid("algorithm", &algorithm_list(), format!("{s:?}")))
    }
}

fn algorithm_list() -> String {
    let names: Vec<String> = Algorithm::ALL
        .iter()
        .map(|a| format!("\"{}\"", a.name()))
        .collect();
    format!("one of {}", names.join(", "))
}

/// Options for [`summarize()`](crate::summarize()). Build with [`Options::default`]
/// and the chained setters; values are checked when the summary is made.
///
/// ```
/// use precis::{Algorithm, Options};
/// let options = Options::default().sentences(2).algorithm(Algorithm::TextRank);
/// assert_eq!(options.length, precis::Length::Sentences(2));
/// ```
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Options {
    /// How long the summary is. Default: 3 sentences.
    pub length: Length,
    /// How sentences are scored. Default: [`Algorithm::Hybrid`].
    pub algorithm: Algorithm,
    /// The language of the text (abbreviations, stop words, stemming), or `None`
    /// to detect it from the text ([`detect_language`](crate::detect_language)),
    /// with a language-neutral analysis when it cannot be told. Default: `None`.
    pub language: Option<Language>,
    /// How strongly to avoid picking sentences that repeat each other, in `[0, 1]`
    /// (0 picks purely by score). Default: [`DEFAULT_DIVERSITY`].
    pub diversity: f64,
    /// The article's title, when it is known separately from the text: one of the
    /// first three sentences repeating it is the title line (never chosen unless
    /// `include_title` is set). When `None`, a first line that looks like a
    /// title (a short line without a final stop) is the title line.
    pub title: Option<String>,
    /// Leave out boilerplate (copyright lines, comment prompts, captions, share and
    /// sign-up prompts). Default: `true`.
    pub skip_boilerplate: bool,
    /// Allow a title line found in the text to be chosen as a summary sentence.
    /// Default: `false`.
    pub include_title: bool,
    /// Also find this many keyphrases ([`Summary::keyphrases`](crate::Summary::keyphrases)).
    /// Default: 0 (none).
    pub keyphrases: usize,
    /// A phrase or a question the summary should be about: sentences that mention
    /// its words rank higher, the rest of the scoring still applies. A focus the
    /// text never mentions leaves the summary as it would be without one (see
    /// [`Summary::focus`](crate::Summary::focus)). Default: `None`.
    pub focus: Option<String>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            length: Length::default(),
            algorithm: Algorithm::default(),
            language: None,
            diversity: DEFAULT_DIVERSITY,
            title: None,
            skip_boilerplate: true,
            include_title: false,
            keyphrases: 0,
            focus: None,
        }
    }
}

impl Options {
    /// Ask for at most `n` sentences.
    pub fn sentences(mut self, n: usize) -> Options {
        self.length = Length::Sentences(n);
        self
    }

    /// Ask for a share `r` (0 < r <= 1) of the sentences.
    pub fn ratio(mut self, r: f64) -> Options {
        self.length = Length::Ratio(r);
        self
    }

    /// Ask for at most `n` words.
    pub fn words(mut self, n: usize) -> Options {
        self.length = Length::Words(n);
        self
    }

    /// Choose the scoring algorithm.
    pub fn algorithm(mut self, algorithm: Algorithm) -> Options {
        self.algorithm = algorithm;
        self
    }

    /// Choose the language (instead of detecting it).
    pub fn language(mut self, language: Language) -> Options {
        self.language = Some(language);
        self
    }

    /// Set the diversity, in `[0, 1]`.
    pub fn diversity(mut self, diversity: f64) -> Options {
        self.diversity = diversity;
        self
    }

    /// Give the article's title.
    pub fn title(mut self, title: impl Into<String>) -> Options {
        self.title = Some(title.into());
        self
    }

    /// Keep (`false`) or skip (`true`) boilerplate sentences.
    pub fn skip_boilerplate(mut self, skip: bool) -> Options {
        self.skip_boilerplate = skip;
        self
    }

    /// Allow the title line to be chosen.
    pub fn include_title(mut self, include: bool) -> Options {
        self.include_title = include;
        self
    }

    /// Also find up to `n` keyphrases.
    pub fn keyphrases(mut self, n: usize) -> Options {
        self.keyphrases = n;
        self
    }

    /// Focus the summary on a phrase or a question.
    pub fn focus(mut self, focus: impl Into<String>) -> Options {
        self.focus = Some(focus.into());
        self
    }

    /// Check every value; the first bad one is reported.
    ///
    /// # Errors
    /// An [`Error`] naming the option when a count is zero, a ratio is outside
    /// `(0, 1]` or a diversity outside `[0, 1]` (NaN included).
    pub fn validate(&self) -> Result<(), Error> {
        match self.length {
            Length::Sentences(0) => {
                return Err(Error::invalid(
                    "sentences",
                    "a whole number of at least 1",
                    0,
                ))
            }
            Length::Words(0) => {
                return Err(Error::invalid("words", "a whole number of at least 1", 0))
            }
            Length::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(Error::invalid(
                    "ratio",
                    "a number in (0, 1]",
                    format_number(r),
                ))
            }
            _ => {}
        }
        if let Some(title) = &self.title {
            if title.len() > MAX_TITLE_BYTES {
                let got = format!("{} bytes", title.len());
                let expected = format!("at most {MAX_TITLE_BYTES} bytes");
                return Err(Error::invalid("title", &expected, got));
            }
        }
        if let Some(focus) = &self.focus {
            if focus.len() > MAX_FOCUS_BYTES {
                let got = format!("{} bytes", focus.len());
                let expected = format!("at most {MAX_FOCUS_BYTES} bytes");
                return Err(Error::invalid("focus", &expected, got));
            }
        }
        if !(0.0..=1.0).contains(&self.diversity) {
            return Err(Error::invalid(
                "diversity",
                "a number in [0, 1]",
                format_number(self.diversity),
            ));
        }
        Ok(())
    }
}

/// Loosely typed option values, as callers outside Rust give them (numbers as
/// `f64`, names as strings): the JS door and the command-line program fill one
/// in and convert it with [`OptionValues::into_options`], so both check values
/// the same way and report the same messages.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct OptionValues {
    /// `sentences`: a whole number ≥ 1.
    pub sentences: Option<f64>,
    /// `ratio`: a number in (0, 1].
    pub ratio: Option<f64>,
    /// `words`: a whole number ≥ 1.
    pub words: Option<f64>,
    /// `algorithm`: an [`Algorithm`] name.
    pub algorithm: Option<String>,
    /// `language`: `"auto"` or a [`Language`] code or name.
    pub language: Option<String>,
    /// `diversity`: a number in [0, 1].
    pub diversity: Option<f64>,
    /// `title`: the article's title.
    pub title: Option<String>,
    /// `skipBoilerplate`.
    pub skip_boilerplate: Option<bool>,
    /// `includeTitle`.
    pub include_title: Option<bool>,
    /// `keyphrases`: a whole number ≥ 0.
    pub keyphrases: Option<f64>,
    /// `focus`: a phrase or a question.
    pub focus: Option<String>,
    /// `count` (of `keyphrases`): a whole number ≥ 0.
    pub count: Option<f64>,
}

impl OptionValues {
    /// Checks every value and builds [`Options`]; unset values take their defaults.
    ///
    /// # Errors
    /// An [`Error`] naming the first bad option: a count that is not a whole
    /// number ≥ 1, a number out of range (NaN and infinities included), an
    /// unknown algorithm or language, or more than one length option.
    pub fn into_options(self) -> Result<Options, Error> {
        let mut options = Options::default();
        let lengths = [
            ("sentences", self.sentences),
            ("ratio", self.ratio),
            ("words", self.words),
        ];
        let mut given = lengths
            .iter()
            .filter(|(_, v)| v.is_some())
            .map(|(name, _)| *name);
        if let (Some(first), Some(second)) = (given.next(), given.next()) {
            return Err(Error::conflicting_length(first, second));
        }
        if let Some(n) = self.sentences {
            options.length = Length::Sentences(count("sentences", n)?);
        }
        if let Some(r) = self.ratio {
            options.length = Length::Ratio(r);
        }
        if let Some(n) = self.words {
            options.length = Length::Words(count("words", n)?);
        }
        if let Some(a) = self.algorithm {
            options.algorithm = a.parse()?;
        }
        if let Some(l) = self.language {
            options.language = Language::parse_option(&l)?;
        }
        if let Some(d) = self.diversity {
            options.diversity = d;
        }
        options.title = self.title;
        if let Some(b) = self.skip_boilerplate {
            options.skip_boilerplate = b;
        }
        if let Some(b) = self.include_title {
            options.include_title = b;
        }
        if let Some(n) = self.keyphrases {
            options.keyphrases = whole_number("keyphrases", n, 0.0)?;
        }
        options.focus = self.focus;
        options.validate()?;
        Ok(options)
    }
}

/// A number as JavaScript prints it (`NaN`, `Infinity`, `2.5`, `3`), for messages.
pub(crate) fn format_number(n: f64) -> String {
    if n.is_nan() {
        "NaN".to_string()
    } else if n.is_infinite() {
        if n > 0.0 { "Infinity" } else { "-Infinity" }.to_string()
    } else {
        n.to_string()
    }
}

/// The largest count accepted for `sentences` and `words` (larger asks are
/// the same as "everything" for any text under the input limit).
const MAX_COUNT: f64 = 1e9;

/// `value` as a count ≥ 1, or an error naming `option`.
fn count(option: &str, value: f64) -> Result<usize, Error> {
    whole_number(option, value, 1.0)
}

/// `value` as a whole number from `least` to [`MAX_COUNT`], or an error naming `option`.
pub(crate) fn whole_number(option: &str, value: f64, least: f64) -> Result<usize, Error> {
    if value.fract() == 0.0 && (least..=MAX_COUNT).contains(&value) {
        Ok(value as usize)
    } else {
        Err(Error::invalid(
            option,
            &format!("a whole number from {least} to 1000000000"),
            format_number(value),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid() {
        assert_eq!(Options::default().validate(), Ok(()));
        assert_eq!(Options::default().length, Length::Sentences(3));
        assert_eq!(Options::default().language, None, "detected by default");
    }

    #[test]
    fn bad_values_name_the_option() {
        let cases: &[(Options, &str)] = &[
            (
                Options::default().sentences(0),
                "invalid option \"sentences\"",
            ),
            (Options::default().words(0), "invalid option \"words\""),
            (Options::default().ratio(0.0), "invalid option \"ratio\""),
            (Options::default().ratio(1.5), "invalid option \"ratio\""),
            (
                Options::default().ratio(f64::NAN),
                "invalid option \"ratio\"",
            ),
            (
                Options::default().diversity(-0.1),
                "invalid option \"diversity\"",
            ),
            (
                Options::default().diversity(f64::INFINITY),
                "invalid option \"diversity\"",
            ),
            (
                Options::default().title("x".repeat(3000)),
                "invalid option \"title\": expected at most 2048 bytes, got 3000 bytes",
            ),
        ];
        for (options, want) in cases {
            let err = options.validate().unwrap_err().to_string();
            assert!(err.starts_with(want), "{options:?}: {err}");
        }
    }

    #[test]
    fn option_values_are_checked_and_named() {
        let ok = OptionValues {
            ratio: Some(0.5),
            algorithm: Some("lexrank".into()),
            ..Default::default()
        };
        let o = ok.into_options().unwrap();
        assert_eq!(
            (o.length, o.algorithm),
            (Length::Ratio(0.5), Algorithm::LexRank)
        );
        let cases: &[(OptionValues, &str)] = &[
            (OptionValues { sentences: Some(2.5), ..Default::default() }, "invalid option \"sentences\": expected a whole number from 1 to 1000000000, got 2.5"),
            (OptionValues { sentences: Some(-1.0), ..Default::default() }, "invalid option \"sentences\""),
            (OptionValues { words: Some(f64::INFINITY), ..Default::default() }, "invalid option \"words\""),
            (OptionValues { ratio: Some(f64::NAN), ..Default::default() }, "invalid option \"ratio\": expected a number in (0, 1], got NaN"),
            (OptionValues { sentences: Some(3.0), ratio: Some(0.5), ..Default::default() }, "conflicting options \"sentences\" and \"ratio\""),
            (OptionValues { language: Some("xx".into()), ..Default::default() }, "invalid option \"language\": expected \"auto\" or one of \"en\""),
            (OptionValues { algorithm: Some("".into()), ..Default::default() }, "invalid option \"algorithm\""),
            (OptionValues { diversity: Some(2.0), ..Default::default() }, "invalid option \"diversity\""),
            (OptionValues { keyphrases: Some(-1.0), ..Default::default() }, "invalid option \"keyphrases\": expected a whole number from 0 to 1000000000, got -1"),
            (OptionValues { keyphrases: Some(1.5), ..Default::default() }, "invalid option \"keyphrases\""),
            (OptionValues { focus: Some("x".repeat(3000)), ..Default::default() }, "invalid option \"focus\": expected at most 2048 bytes, got 3000 bytes"),
        ];
        for (values, want) in cases {
            let err = values.clone().into_options().unwrap_err().to_string();
            assert!(err.starts_with(want), "{values:?}: {err}");
        }
    }

    #[test]
    fn algorithm_names_round_trip() {
        for a in Algorithm::ALL {
            assert_eq!(a.name().parse::<Algorithm>(), Ok(a));
        }
        assert_eq!("TextRank".parse::<Algorithm>(), Ok(Algorithm::TextRank));
        let err = "pagerank".parse::<Algorithm>().unwrap_err().to_string();
        assert!(
            err.contains("\"algorithm\"") && err.contains("\"pagerank\""),
            "{err}"
        );
    }
}
