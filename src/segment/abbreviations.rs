//! The per-language word lists behind the period rules, read once from
//! `src/data/abbreviations/<code>.txt` (format in that folder's README):
//! abbreviations by [`Kind`], sentence starters, words that follow an ordinal
//! number, and the characters that end a sentence in this language only (the
//! Greek question mark `;`). `neutral.txt` serves texts whose language is not
//! known. Every lookup ignores letter case and allocates nothing.

use super::chars::{self, Terminal};
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
    /// Characters that end a sentence in this language only, like `?`.
    terminals: Vec<char>,
    /// For each byte value, whether it can start a terminal of this language
    /// (see [`chars::is_terminal_lead_byte`]).
    lead_bytes: [bool; 256],
    /// The longest entry of any list, in bytes: longer words skip the lookup.
    longest: usize,
}

/// The longest word looked up, in UTF-8 bytes after lower-casing; longer words
/// are in no list.
const MAX_WORD_BYTES: usize = 48;

/// One slot per language, and the last for the language-neutral lists.
const SLOTS: usize = Language::ALL.len() + 1;

impl Abbreviations {
    /// The lists of `language` (`None`: the language-neutral lists), parsed on
    /// first use and kept for the life of the program.
    pub(super) fn of(language: Option<Language>) -> &'static Abbreviations {
        static LISTS: [OnceLock<Abbreviations>; SLOTS] = [const { OnceLock::new() }; SLOTS];
        let slot = language.map_or(SLOTS - 1, |l| l as usize);
        match LISTS.get(slot) {
            Some(cell) => cell.get_or_init(|| Abbreviations::parse(source(language))),
            None => Abbreviations::of(None),
        }
    }

    /// Parses a list file. Lines outside the known sections (`[title]`,
    /// `[number]`, `[general]`, `[starters]`, `[ordinal]`) are ignored.
    fn parse(source: &'static str) -> Abbreviations {
        let mut lists = Abbreviations {
            kinds: FxHashMap::default(),
            starters: FxHashSet::default(),
            ordinal: FxHashSet::default(),
            terminals: Vec::new(),
            lead_bytes: [false; 256],
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
                "terminals" => lists.terminals.extend(line.chars().take(1)),
                _ => {}
            }
        }
        for (b, lead) in (0u8..=255).zip(lists.lead_bytes.iter_mut()) {
            *lead = chars::is_terminal_lead_byte(b)
                || lists.terminals.iter().any(|c| {
                    let mut buf = [0u8; 4];
                    c.encode_utf8(&mut buf).as_bytes().first() == Some(&b)
                });
        }
        lists
    }

    /// The terminal class of `c` in this language: [`chars::terminal`], or
    /// [`Terminal::Uncased`] for a terminal of this language only.
    pub(super) fn terminal(&self, c: char) -> Option<Terminal> {
        chars::terminal(c).or_else(|| self.terminals.contains(&c).then_some(Terminal::Uncased))
    }

    /// True for the first UTF-8 byte of every character [`Abbreviations::terminal`]
    /// accepts, so the scanner can skip all other bytes without decoding them.
    pub(super) fn is_terminal_lead_byte(&self, b: u8) -> bool {
        self.lead_bytes
            .get(usize::from(b))
            .copied()
            .unwrap_or(false)
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

/// The list file of `language` (`None`: the language-neutral one).
fn source(language: Option<Language>) -> &'static str {
    let Some(language) = language else {
        return include_str!("../data/abbreviations/neutral.txt");
    };
    match language {
        Language::English => include_str!("../data/abbreviations/en.txt"),
        Language::German => include_str!("../data/abbreviations/de.txt"),
        Language::French => include_str!("../data/abbreviations/fr.txt"),
        Language::Spanish => include_str!("../data/abbreviations/es.txt"),
        Language::Italian => include_str!("../data/abbreviations/it.txt"),
        Language::Portuguese => include_str!("../data/abbreviations/pt.txt"),
        Language::Dutch => include_str!("../data/abbreviations/nl.txt"),
        Language::Danish => include_str!("../data/abbreviations/da.txt"),
        Language::Norwegian => include_str!("../data/abbreviations/no.txt"),
        Language::Swedish => include_str!("../data/abbreviations/sv.txt"),
        Language::Finnish => include_str!("../data/abbreviations/fi.txt"),
        Language::Hungarian => include_str!("../data/abbreviations/hu.txt"),
        Language::Romanian => include_str!("../data/abbreviations/ro.txt"),
        Language::Turkish => include_str!("../data/abbreviations/tr.txt"),
        Language::Polish => include_str!("../data/abbreviations/pl.txt"),
        Language::Czech => include_str!("../data/abbreviations/cs.txt"),
        Language::Russian => include_str!("../data/abbreviations/ru.txt"),
        Language::Ukrainian => include_str!("../data/abbreviations/uk.txt"),
        Language::Greek => include_str!("../data/abbreviations/el.txt"),
        Language::Armenian => include_str!("../data/abbreviations/hy.txt"),
        Language::Arabic => include_str!("../data/abbreviations/ar.txt"),
        Language::Persian => include_str!("../data/abbreviations/fa.txt"),
        Language::Hebrew => include_str!("../data/abbreviations/he.txt"),
        Language::Hindi => include_str!("../data/abbreviations/hi.txt"),
        Language::Tamil => include_str!("../data/abbreviations/ta.txt"),
        Language::Chinese => include_str!("../data/abbreviations/zh.txt"),
        Language::Japanese => include_str!("../data/abbreviations/ja.txt"),
        Language::Korean => include_str!("../data/abbreviations/ko.txt"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Languages whose script has letter case and whose writers end
    /// abbreviations with a period: their lists must be substantial.
    const CASED: [Language; 19] = [
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
    ];

    #[test]
    fn every_file_parses_into_lower_case_sections() {
        let all = Language::ALL.map(Some).into_iter().chain([None]);
        for language in all {
            let name = language.map_or("neutral", Language::code);
            let lists = Abbreviations::of(language);
            if language.is_none_or(|l| CASED.contains(&l)) {
                assert!(
                    lists.kinds.len() >= 15,
                    "{name}: {} abbreviations",
                    lists.kinds.len()
                );
                assert!(
                    lists.starters.len() >= 20,
                    "{name}: {} starters",
                    lists.starters.len()
                );
            }
            let words = lists
                .kinds
                .keys()
                .chain(&lists.starters)
                .chain(&lists.ordinal);
            for w in words {
                assert_eq!(*w, w.to_lowercase(), "{name}: {w:?} is not lower case");
                assert!(
                    !w.ends_with('.') && !w.contains(char::is_whitespace),
                    "{name}: {w:?}"
                );
            }
        }
    }

    #[test]
    fn language_terminals_are_scanned() {
        let greek = Abbreviations::of(Some(Language::Greek));
        assert_eq!(greek.terminal(';'), Some(Terminal::Uncased));
        assert!(greek.is_terminal_lead_byte(b';'));
        let english = Abbreviations::of(Some(Language::English));
        assert_eq!(english.terminal(';'), None);
        assert!(!english.is_terminal_lead_byte(b';'));
        assert!(english.is_terminal_lead_byte(b'.'));
    }

    #[test]
    fn lookups_ignore_case() {
        let en = Abbreviations::of(Some(Language::English));
        assert_eq!(en.kind("Mr"), Some(Kind::Title));
        assert_eq!(en.kind("FIG"), Some(Kind::Number));
        assert_eq!(en.kind("Inc"), Some(Kind::General));
        assert_eq!(en.kind("house"), None);
        assert!(en.is_starter("The"));
        let de = Abbreviations::of(Some(Language::German));
        assert_eq!(de.kind("z.B"), Some(Kind::General));
        assert!(de.follows_ordinal("März"));
        assert!(!en.follows_ordinal("March"));
    }
}
