//! The per-language word lists behind the period rules, read once from
//! `src/data/abbreviations/<code>.txt` (format in that folder's README):
//! abbreviations by [`Kind`], sentence starters, and words that follow an
//! ordinal number. Every lookup ignores letter case and allocates nothing.

use crate::language::Language;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

/// What an abbreviation does to the period after it when a capitalised word
/// follows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Written before a name (`Mr.`, `Dr.`): the period never ends the sentence
    /// when a word follows.
    Title,
    /// Written before a number (`Fig. 3`, `No. 5`, `Nov. 5`): holds before digits
    /// and roman numerals, otherwise like [`Kind::General`].
    Number,
    /// Any other abbreviation (`Inc.`, `etc.`): the period also ends the sentence
    /// only when a sentence starter (`It`, `The`) follows.
    General,
}

/// The word lists of one language.
#[derive(Debug)]
pub(super) struct Abbreviations {
    kinds: FxHashMap<&'static str, Kind>,
    starters: FxHashSet<&'static str>,
    ordinal: FxHashSet<&'static str>,
    /// The longest entry of any list, in bytes: longer words skip the lookup.
    longest: usize,
}

/// The longest word looked up, in UTF-8 bytes after lower-casing; longer words
/// are in no list.
const MAX_WORD_BYTES: usize = 48;

impl Abbreviations {
    /// The lists of `language`, parsed on first use and kept for the life of the
    /// program.
    pub(super) fn of(language: Language) -> &'static Abbreviations {
        static EN: OnceLock<Abbreviations> = OnceLock::new();
        static DE: OnceLock<Abbreviations> = OnceLock::new();
        static FR: OnceLock<Abbreviations> = OnceLock::new();
        static ES: OnceLock<Abbreviations> = OnceLock::new();
        static IT: OnceLock<Abbreviations> = OnceLock::new();
        static PT: OnceLock<Abbreviations> = OnceLock::new();
        static NL: OnceLock<Abbreviations> = OnceLock::new();
        let (cell, source) = match language {
            Language::English => (&EN, include_str!("../data/abbreviations/en.txt")),
            Language::German => (&DE, include_str!("../data/abbreviations/de.txt")),
            Language::French => (&FR, include_str!("../data/abbreviations/fr.txt")),
            Language::Spanish => (&ES, include_str!("../data/abbreviations/es.txt")),
            Language::Italian => (&IT, include_str!("../data/abbreviations/it.txt")),
            Language::Portuguese => (&PT, include_str!("../data/abbreviations/pt.txt")),
            Language::Dutch => (&NL, include_str!("../data/abbreviations/nl.txt")),
        };
        cell.get_or_init(|| Abbreviations::parse(source))
    }

    /// Parses a list file. Lines outside the known sections (`[title]`,
    /// `[number]`, `[general]`, `[starters]`, `[ordinal]`) are ignored.
    fn parse(source: &'static str) -> Abbreviations {
        let mut lists = Abbreviations {
            kinds: FxHashMap::default(),
            starters: FxHashSet::default(),
            ordinal: FxHashSet::default(),
            longest: 0,
        };
        let mut section = "";
        for line in source.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                section = name;
                continue;
            }
            lists.longest = lists.longest.max(line.len());
            match section {
                "title" => {
                    lists.kinds.insert(line, Kind::Title);
                }
                "number" => {
                    lists.kinds.insert(line, Kind::Number);
                }
                "general" => {
                    lists.kinds.insert(line, Kind::General);
                }
                "starters" => {
                    lists.starters.insert(line);
                }
                "ordinal" => {
                    lists.ordinal.insert(line);
                }
                _ => {}
            }
        }
        lists
    }

    /// The kind of abbreviation `word` is (written without its final period,
    /// any case: `"Mr"`, `"e.g"`), or `None` for an ordinary word.
    pub(super) fn kind(&self, word: &str) -> Option<Kind> {
        self.with_lowercase(word, |w| self.kinds.get(w).copied())
            .flatten()
    }

    /// True when `word` (any case) commonly begins a sentence (`"The"`, `"It"`).
    pub(super) fn is_starter(&self, word: &str) -> bool {
        self.with_lowercase(word, |w| self.starters.contains(w))
            .unwrap_or(false)
    }

    /// True when `word` (any case) follows an ordinal number written with a
    /// period, as German `Oktober` in `am 3. Oktober`.
    pub(super) fn follows_ordinal(&self, word: &str) -> bool {
        !self.ordinal.is_empty()
            && self
                .with_lowercase(word, |w| self.ordinal.contains(w))
                .unwrap_or(false)
    }

    /// Calls `f` with `word` in lower case, built in a stack buffer; `None` when
    /// the word is longer than every entry (or than [`MAX_WORD_BYTES`]).
    fn with_lowercase<R>(&self, word: &str, f: impl FnOnce(&str) -> R) -> Option<R> {
        if word.len() > self.longest.min(MAX_WORD_BYTES) {
            return None;
        }
        let mut buf = [0u8; MAX_WORD_BYTES];
        if word.is_ascii() {
            let lower = buf.get_mut(..word.len())?;
            lower.copy_from_slice(word.as_bytes());
            lower.make_ascii_lowercase();
            return Some(f(std::str::from_utf8(lower).ok()?));
        }
        let mut len = 0;
        for c in word.chars().flat_map(char::to_lowercase) {
            let n = c.len_utf8();
            c.encode_utf8(buf.get_mut(len..len + n)?);
            len += n;
        }
        Some(f(std::str::from_utf8(buf.get(..len)?).ok()?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_into_lower_case_sections() {
        for language in Language::ALL {
            let lists = Abbreviations::of(language);
            assert!(
                lists.kinds.len() > 40,
                "{language}: {} abbreviations",
                lists.kinds.len()
            );
            assert!(
                lists.starters.len() > 30,
                "{language}: {} starters",
                lists.starters.len()
            );
            let words = lists
                .kinds
                .keys()
                .chain(&lists.starters)
                .chain(&lists.ordinal);
            for w in words {
                assert_eq!(*w, w.to_lowercase(), "{language}: {w:?} is not lower case");
                assert!(
                    !w.ends_with('.') && !w.contains(char::is_whitespace),
                    "{language}: {w:?}"
                );
            }
        }
    }

    #[test]
    fn lookups_ignore_case() {
        let en = Abbreviations::of(Language::English);
        assert_eq!(en.kind("Mr"), Some(Kind::Title));
        assert_eq!(en.kind("FIG"), Some(Kind::Number));
        assert_eq!(en.kind("Inc"), Some(Kind::General));
        assert_eq!(en.kind("house"), None);
        assert!(en.is_starter("The"));
        let de = Abbreviations::of(Language::German);
        assert_eq!(de.kind("z.B"), Some(Kind::General));
        assert!(de.follows_ordinal("März"));
        assert!(!en.follows_ordinal("March"));
    }
}
