//! The language layer: what changes from one language to the next (stop words,
//! stemming, how words become terms, abbreviations). Scorers never see a
//! language, only terms.

use crate::error::Error;
use std::fmt;
use std::str::FromStr;

/// A language the summarizer knows. Each brings its stop words
/// (`src/data/stopwords/`, NLTK and Stopwords ISO lists), its Snowball stemmer
/// where Snowball has one (through `rust-stemmers`), its abbreviation list and
/// sentence-starting words (`src/data/abbreviations/`). Chinese, Japanese and
/// Korean, written without spaces between words (or, in Korean, with particles
/// glued to them), are compared by character bigrams instead of stems.
///
/// Which language a text is in is usually detected ([`detect_language`](crate::detect_language));
/// a text too short or too mixed to tell gets a language-neutral analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Language {
    /// English (`en`).
    #[default]
    English,
    /// German (`de`).
    German,
    /// French (`fr`).
    French,
    /// Spanish (`es`).
    Spanish,
    /// Italian (`it`).
    Italian,
    /// Portuguese (`pt`).
    Portuguese,
    /// Dutch (`nl`).
    Dutch,
    /// Danish (`da`).
    Danish,
    /// Norwegian (`no`; Bokmål and Nynorsk).
    Norwegian,
    /// Swedish (`sv`).
    Swedish,
    /// Finnish (`fi`).
    Finnish,
    /// Hungarian (`hu`).
    Hungarian,
    /// Romanian (`ro`).
    Romanian,
    /// Turkish (`tr`).
    Turkish,
    /// Polish (`pl`).
    Polish,
    /// Czech (`cs`).
    Czech,
    /// Russian (`ru`).
    Russian,
    /// Ukrainian (`uk`).
    Ukrainian,
    /// Greek (`el`).
    Greek,
    /// Armenian (`hy`).
    Armenian,
    /// Arabic (`ar`).
    Arabic,
    /// Persian (`fa`).
    Persian,
    /// Hebrew (`he`).
    Hebrew,
    /// Hindi (`hi`).
    Hindi,
    /// Tamil (`ta`).
    Tamil,
    /// Chinese (`zh`).
    Chinese,
    /// Japanese (`ja`).
    Japanese,
    /// Korean (`ko`).
    Korean,
}

/// How the words of a language become terms.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Terms {
    /// Each word is a term: lower-cased, stop words dropped, stemmed when the
    /// language has a stemmer.
    Words,
    /// Runs of Han characters and Hangul words become overlapping character
    /// bigrams; Katakana words stay whole; Hiragana (grammar) is dropped.
    Bigrams,
}

impl Language {
    /// Every language, in the order of the documentation: English first, then
    /// the Latin-script languages, Cyrillic, Greek, Armenian, the right-to-left
    /// scripts, Indic scripts and East Asian ones.
    pub const ALL: [Language; 28] = [
        Language::English,
        Language::German,
        Language::French,
        Language::Spanish,
        Language::Italian,
        Language::Portuguese,
        Language::Dutch,
        Language::Danish,
        Language::Norwegian,
        Language::Swedish,
        Language::Finnish,
        Language::Hungarian,
        Language::Romanian,
        Language::Turkish,
        Language::Polish,
        Language::Czech,
        Language::Russian,
        Language::Ukrainian,
        Language::Greek,
        Language::Armenian,
        Language::Arabic,
        Language::Persian,
        Language::Hebrew,
        Language::Hindi,
        Language::Tamil,
        Language::Chinese,
        Language::Japanese,
        Language::Korean,
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
            Language::Danish => "da",
            Language::Norwegian => "no",
            Language::Swedish => "sv",
            Language::Finnish => "fi",
            Language::Hungarian => "hu",
            Language::Romanian => "ro",
            Language::Turkish => "tr",
            Language::Polish => "pl",
            Language::Czech => "cs",
            Language::Russian => "ru",
            Language::Ukrainian => "uk",
            Language::Greek => "el",
            Language::Armenian => "hy",
            Language::Arabic => "ar",
            Language::Persian => "fa",
            Language::Hebrew => "he",
            Language::Hindi => "hi",
            Language::Tamil => "ta",
            Language::Chinese => "zh",
            Language::Japanese => "ja",
            Language::Korean => "ko",
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
            Language::Danish => "danish",
            Language::Norwegian => "norwegian",
            Language::Swedish => "swedish",
            Language::Finnish => "finnish",
            Language::Hungarian => "hungarian",
            Language::Romanian => "romanian",
            Language::Turkish => "turkish",
            Language::Polish => "polish",
            Language::Czech => "czech",
            Language::Russian => "russian",
            Language::Ukrainian => "ukrainian",
            Language::Greek => "greek",
            Language::Armenian => "armenian",
            Language::Arabic => "arabic",
            Language::Persian => "persian",
            Language::Hebrew => "hebrew",
            Language::Hindi => "hindi",
            Language::Tamil => "tamil",
            Language::Chinese => "chinese",
            Language::Japanese => "japanese",
            Language::Korean => "korean",
        }
    }

    /// Whether this build stems the language's words: true for the 18
    /// languages Snowball has a stemmer for but French, except that ten of
    /// them need the `all-stemmers` feature (on by default; see
    /// [`Language::needs_all_stemmers`]).
    ///
    /// French words are compared unstemmed (after their elided article is
    /// cut off, `l'état` → `état`): on French news (OrangeSum) the Snowball
    /// stemmer's conflations made the sentences chosen worse, not better
    /// (ROUGE-1 29.58 stemmed, 29.88 unstemmed over 1,500 articles).
    pub const fn has_stemmer(self) -> bool {
        self.stemmer_algorithm().is_some()
    }

    /// Whether the language's stemmer is in builds with the `all-stemmers`
    /// feature only: Arabic, Danish, Finnish, Greek, Hungarian, Norwegian,
    /// Romanian, Swedish, Tamil and Turkish. Their stemmers are a sixth of the
    /// `.wasm`, so the page's default build leaves them out and loads a build
    /// with them when a text in one of these languages arrives.
    pub const fn needs_all_stemmers(self) -> bool {
        matches!(
            self,
            Language::Arabic
                | Language::Danish
                | Language::Finnish
                | Language::Greek
                | Language::Hungarian
                | Language::Norwegian
                | Language::Romanian
                | Language::Swedish
                | Language::Tamil
                | Language::Turkish
        )
    }

    /// The Snowball stemmer of the language, if this build has one.
    pub(crate) const fn stemmer_algorithm(self) -> Option<rust_stemmers::Algorithm> {
        use rust_stemmers::Algorithm as A;
        match self {
            Language::English => Some(A::English),
            Language::German => Some(A::German),
            Language::Spanish => Some(A::Spanish),
            Language::Italian => Some(A::Italian),
            Language::Portuguese => Some(A::Portuguese),
            Language::Dutch => Some(A::Dutch),
            Language::Russian => Some(A::Russian),
            #[cfg(feature = "all-stemmers")]
            Language::Danish => Some(A::Danish),
            #[cfg(feature = "all-stemmers")]
            Language::Norwegian => Some(A::Norwegian),
            #[cfg(feature = "all-stemmers")]
            Language::Swedish => Some(A::Swedish),
            #[cfg(feature = "all-stemmers")]
            Language::Finnish => Some(A::Finnish),
            #[cfg(feature = "all-stemmers")]
            Language::Hungarian => Some(A::Hungarian),
            #[cfg(feature = "all-stemmers")]
            Language::Romanian => Some(A::Romanian),
            #[cfg(feature = "all-stemmers")]
            Language::Turkish => Some(A::Turkish),
            #[cfg(feature = "all-stemmers")]
            Language::Greek => Some(A::Greek),
            #[cfg(feature = "all-stemmers")]
            Language::Arabic => Some(A::Arabic),
            #[cfg(feature = "all-stemmers")]
            Language::Tamil => Some(A::Tamil),
            _ => None,
        }
    }

    /// How the language's words become terms.
    pub(crate) const fn terms(self) -> Terms {
        match self {
            Language::Chinese | Language::Japanese | Language::Korean => Terms::Bigrams,
            _ => Terms::Words,
        }
    }

    /// The words this language shortens and joins to the next word with an
    /// apostrophe (French `l'état`, `qu'il`; Italian `dell'anno`), lower case,
    /// without the apostrophe: the word after them is the term.
    pub(crate) const fn elisions(self) -> &'static [&'static str] {
        match self {
            Language::French => &[
                "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu",
                "quoiqu", "presqu", "quelqu",
            ],
            Language::Italian => &[
                "l", "d", "c", "s", "v", "m", "t", "un", "dell", "all", "dall", "nell", "sull",
                "coll", "pell", "quell", "quest", "nessun", "buon", "bell", "sant", "tutt",
            ],
            _ => &[],
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
            Language::Danish => include_str!("data/stopwords/da.txt"),
            Language::Norwegian => include_str!("data/stopwords/no.txt"),
            Language::Swedish => include_str!("data/stopwords/sv.txt"),
            Language::Finnish => include_str!("data/stopwords/fi.txt"),
            Language::Hungarian => include_str!("data/stopwords/hu.txt"),
            Language::Romanian => include_str!("data/stopwords/ro.txt"),
            Language::Turkish => include_str!("data/stopwords/tr.txt"),
            Language::Polish => include_str!("data/stopwords/pl.txt"),
            Language::Czech => include_str!("data/stopwords/cs.txt"),
            Language::Russian => include_str!("data/stopwords/ru.txt"),
            Language::Ukrainian => include_str!("data/stopwords/uk.txt"),
            Language::Greek => include_str!("data/stopwords/el.txt"),
            Language::Armenian => include_str!("data/stopwords/hy.txt"),
            Language::Arabic => include_str!("data/stopwords/ar.txt"),
            Language::Persian => include_str!("data/stopwords/fa.txt"),
            Language::Hebrew => include_str!("data/stopwords/he.txt"),
            Language::Hindi => include_str!("data/stopwords/hi.txt"),
            Language::Tamil => include_str!("data/stopwords/ta.txt"),
            Language::Chinese => include_str!("data/stopwords/zh.txt"),
            Language::Japanese => include_str!("data/stopwords/ja.txt"),
            Language::Korean => include_str!("data/stopwords/ko.txt"),
        }
    }

    /// The stop words of the language, lower case.
    pub fn stop_words(self) -> impl Iterator<Item = &'static str> {
        self.stop_word_list()
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty() && !w.starts_with('#'))
    }

    /// The language of an ISO 639-1 code or English name, in any case
    /// (`"de"`, `"German"`); `"nb"` and `"nn"` are Norwegian.
    fn find(s: &str) -> Option<Language> {
        if s.eq_ignore_ascii_case("nb") || s.eq_ignore_ascii_case("nn") {
            return Some(Language::Norwegian);
        }
        Language::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s) || l.name().eq_ignore_ascii_case(s))
    }

    /// Parses a language option: `"auto"` (any case) is `None`, to detect the
    /// language from the text; otherwise a code or name as for [`FromStr`].
    ///
    /// # Errors
    /// An [`Error`] naming the option `language` for anything else.
    pub fn parse_option(s: &str) -> Result<Option<Language>, Error> {
        if s.eq_ignore_ascii_case("auto") {
            return Ok(None);
        }
        s.parse().map(Some)
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
        Language::find(s).ok_or_else(|| {
            let codes: Vec<String> = Language::ALL
                .iter()
                .map(|l| format!("\"{}\"", l.code()))
                .collect();
            Error::invalid(
                "language",
                &format!("\"auto\" or one of {}", codes.join(", ")),
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
            assert!(l.stop_words().count() >= 40, "{l}");
            assert!(
                l.stop_words()
                    .all(|w| w == w.to_lowercase() && !w.contains(char::is_whitespace)),
                "{l}"
            );
            assert_eq!(l.code().parse::<Language>(), Ok(l));
            assert_eq!(l.name().to_uppercase().parse::<Language>(), Ok(l));
            assert_eq!(Language::parse_option(l.code()), Ok(Some(l)));
        }
        assert!(Language::English.stop_words().any(|w| w == "the"));
        assert!(Language::German.stop_words().any(|w| w == "und"));
        assert_eq!("nb".parse::<Language>(), Ok(Language::Norwegian));
        assert_eq!(Language::parse_option("Auto"), Ok(None));
    }

    #[test]
    fn codes_are_distinct_iso_639_1() {
        let mut codes: Vec<&str> = Language::ALL.iter().map(|l| l.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), Language::ALL.len());
        assert!(codes.iter().all(|c| c.len() == 2));
    }

    #[test]
    fn snowball_languages_stem_and_cjk_use_bigrams() {
        let stemmed = Language::ALL.iter().filter(|l| l.has_stemmer()).count();
        let on_demand = Language::ALL
            .iter()
            .filter(|l| l.needs_all_stemmers())
            .count();
        assert_eq!(on_demand, 10);
        assert_eq!(
            stemmed,
            if cfg!(feature = "all-stemmers") {
                17
            } else {
                7
            }
        );
        for language in Language::ALL.iter().filter(|l| l.needs_all_stemmers()) {
            let built = cfg!(feature = "all-stemmers");
            assert_eq!(language.has_stemmer(), built, "{language}");
        }
        assert!(!Language::French.has_stemmer());
        assert!(!Language::Chinese.has_stemmer());
        assert_eq!(Language::Korean.terms(), Terms::Bigrams);
        assert_eq!(Language::Russian.terms(), Terms::Words);
    }

    #[test]
    fn unknown_language_is_an_error_naming_the_option() {
        let err = "klingon".parse::<Language>().unwrap_err().to_string();
        assert!(err.starts_with("invalid option \"language\""), "{err}");
        assert!(err.contains("\"auto\""), "{err}");
    }
}
