//! The language layer: what changes from one language to the next (stop words,
//! stemming, abbreviations). Scorers never see a language, only terms.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// A language the summarizer knows. Each brings its stop words (NLTK lists,
/// `src/data/stopwords/`), its Snowball stemmer (through `rust-stemmers`) and its
/// abbreviation list (`src/data/abbreviations/`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Language {
    /// English (the default).
    #[default]
    English,
    /// German.
    German,
    /// French.
    French,
    /// Spanish.
    Spanish,
    /// Italian.
    Italian,
    /// Portuguese.
    Portuguese,
    /// Dutch.
    Dutch,
}

impl Language {
    /// Every language, English first.
    pub const ALL: [Language; 7] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
    ];

    /// The ISO 639-1 code (`"en"`, `"de"`, …), as the JS API and the CLI take it.
    pub const fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::German => "de",
            Language::French => "fr",
            Language::Spanish => "es",
            Language::Italian => "it",
            Language::Portuguese => "pt",
            Language::Dutch => "nl",
        }
    }

    /// The English name of the language, lower case (`"english"`).
    pub const fn name(self) -> &'static str {
        match self {
            Language::English => "english",
            Language::German => "german",
            Language::French => "french",
            Language::Spanish => "spanish",
            Language::Italian => "italian",
            Language::Portuguese => "portuguese",
            Language::Dutch => "dutch",
        }
    }

    pub(crate) fn stemmer_algorithm(self) -> rust_stemmers::Algorithm {
        use rust_stemmers::Algorithm as A;
        match self {
            Language::English => A::English,
            Language::German => A::German,
            Language::French => A::French,
            Language::Spanish => A::Spanish,
            Language::Italian => A::Italian,
            Language::Portuguese => A::Portuguese,
            Language::Dutch => A::Dutch,
        }
    }

    /// The stop words of the language, lower case, one per line (`#` lines are comments).
    pub(crate) fn stop_word_list(self) -> &'static str {
        match self {
            Language::English => include_str!("data/stopwords/en.txt"),
            Language::German => include_str!("data/stopwords/de.txt"),
            Language::French => include_str!("data/stopwords/fr.txt"),
            Language::Spanish => include_str!("data/stopwords/es.txt"),
            Language::Italian => include_str!("data/stopwords/it.txt"),
            Language::Portuguese => include_str!("data/stopwords/pt.txt"),
            Language::Dutch => include_str!("data/stopwords/nl.txt"),
        }
    }

    /// The stop words of the language, lower case.
    pub fn stop_words(self) -> impl Iterator<Item = &'static str> {
        self.stop_word_list()
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
    }
}

impl fmt::Display for Language {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl FromStr for Language {
    type Err = Error;

    /// Parses an ISO 639-1 code or an English name, in any case (`"en"`, `"English"`).
    fn from_str(s: &str) -> Result<Language, Error> {
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s) || l.name().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let codes: Vec<String> = Language::ALL
                    .iter()
                    .map(|l| format!("\"{}\"", l.code()))
                    .collect();
                Error::invalid(
                    "language",
                    &format!("one of {}", codes.join(", ")),
                    format!("{s:?}"),
                )
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_stop_words_and_parses() {
        for l in Language::ALL {
            assert!(l.stop_words().count() > 50, "{l}");
            assert!(
                l.stop_words()
                    .all(|w| w == w.to_lowercase() && !w.contains(' ')),
                "{l}"
            );
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.name().to_uppercase().parse::<Language>(), Ok(l));
        }
        assert!(Language::English.stop_words().any(|w| w == "the"));
        assert!(Language::German.stop_words().any(|w| w == "und"));
    }

    #[test]
    fn unknown_language_is_an_error_naming_the_option() {
        let err = "klingon".parse::<Language>().unwrap_err().to_string();
        assert!(err.starts_with("invalid option \"language\""), "{err}");
    }
}
