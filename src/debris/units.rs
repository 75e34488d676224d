//! Units: the lines and paragraphs of a paste, and how they look. A unit is a
//! run of sentences that share lines — a line of its own, a paragraph, or
//! several lines the segmenter joined into one sentence — described by its
//! shape only (word count, capital letters, final punctuation, separators),
//! never by the words of a language.

use crate::document::Document;
use std::hash::{Hash, Hasher};
use std::ops::Range;

/// One unit of a document: a run of sentences that share lines.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Unit {
    /// Its sentences (indices into the document's sentences).
    pub sentences: Range<usize>,
    /// Where it is, in UTF-8 byte offsets into the text.
    pub bytes: Range<usize>,
    /// Its words, as the analyzer counts them.
    pub words: usize,
    /// Its lines: one, plus the line breaks inside it.
    pub lines: usize,
    /// Words that start with an upper-case letter (counted in units of fewer
    /// than [`SHORT_WORDS`] words only, like `lower` and `separators`).
    pub upper: usize,
    /// Words that start with a lower-case letter.
    pub lower: usize,
    /// Whether it ends with final punctuation (after closing quotes, brackets
    /// and trailing symbols such as emoji).
    pub terminal: bool,
    /// Whether it is one sentence over several lines that each start with a
    /// capital letter or a digit: headlines or menu items run together.
    pub stacked: bool,
    /// Separator characters (`|`, `/`, `•`, `»`, …).
    pub separators: usize,
    /// Bars (`|`, `¦`), which separate menu items and headlines and hardly
    /// ever occur in prose.
    pub bars: usize,
    /// Whether it holds a web address.
    pub link: bool,
}

impl Unit {
    /// The share of its cased words that start with a capital letter (0 for
    /// a unit without cased words, as in scripts without letter case, and for
    /// units of [`SHORT_WORDS`] words or more).
    pub fn capitalised(&self) -> f64 {
        let cased = self.upper + self.lower;
        if cased == 0 {
            0.0
        } else {
            self.upper as f64 / cased as f64
        }
    }

    /// Words per line.
    pub fn words_per_line(&self) -> f64 {
        self.words as f64 / self.lines.max(1) as f64
    }

    /// Sets the flags of its sentences in `flags` (one per sentence).
    pub fn flag(&self, flags: &mut [bool]) {
        flags
            .get_mut(self.sentences.clone())
            .into_iter()
            .flatten()
            .for_each(|f| *f = true);
    }
}

/// Most words of a menu item, heading or credit line.
pub(super) const SHORT_WORDS: usize = 30;
/// The share of capitalised words from which a line reads as a title, a name
/// or a menu rather than a sentence.
pub(super) const CAPITALISED: f64 = 0.6;

impl Unit {
    /// A short line most of whose words are capitalised: a menu item, a
    /// heading, a headline, a name.
    pub fn title_like(&self) -> bool {
        self.words < SHORT_WORDS && self.capitalised() >= CAPITALISED
    }

    /// A title-like line without final punctuation: what menus are made of.
    pub fn menu_like(&self) -> bool {
        self.title_like() && !self.terminal
    }
}

/// The units of `doc`, in order. Linear in the text's length.
pub(super) fn units(doc: &Document<'_>) -> Vec<Unit> {
    let text = doc.text;
    let mut out: Vec<Unit> = Vec::new();
    let mut previous_end = 0;
    for (i, s) in doc.sentences.iter().enumerate() {
        let gap = text.get(previous_end..s.span.start).unwrap_or("");
        previous_end = s.span.end;
        if out.is_empty() || gap.contains('\n') {
            out.push(Unit {
                sentences: i..i,
                bytes: s.span.start..s.span.start,
                lines: 1,
                ..Unit::default()
            });
        }
        let Some(u) = out.last_mut() else {
            continue;
        };
        let breaks = s.text.bytes().filter(|&b| b == b'\n').count();
        u.sentences.end = i + 1;
        u.bytes.end = s.span.end;
        u.words += doc.word_counts.get(i).copied().unwrap_or(0);
        u.lines += breaks;
        // A sentence of symbols only ("🙂", "•") leaves the ending as it was.
        if s.text.chars().any(char::is_alphanumeric) {
            u.terminal = ends_with_final_punctuation(s.text);
        }
        u.stacked = u.sentences.len() == 1 && breaks > 0 && continues_capitalised(s.text);
        u.bars += s.text.bytes().filter(|&b| b == b'|').count()
            + if s.text.is_ascii() {
                0
            } else {
                s.text.matches('¦').count()
            };
        u.link |= s.text.contains("://") || s.text.contains("www.");
    }
    // Capitals and separators matter for short lines only (menus, headings,
    // credits): long paragraphs, most of an article's bytes, are not read again.
    for u in &mut out {
        if u.words < SHORT_WORDS {
            let scan = Scan::of(text.get(u.bytes.clone()).unwrap_or(""));
            u.upper = scan.upper;
            u.lower = scan.lower;
            u.separators = scan.separators;
        }
    }
    out
}

/// True when every line of `sentence` after the first starts with a capital
/// letter or a digit.
fn continues_capitalised(sentence: &str) -> bool {
    sentence.lines().skip(1).all(|line| {
        line.chars()
            .find(|c| c.is_alphanumeric())
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
    })
}

/// What one pass over a short unit counts.
#[derive(Debug, Default, PartialEq)]
struct Scan {
    /// Separator characters ([`is_separator`]).
    separators: usize,
    /// Words (runs between white space) whose first letter is upper case.
    upper: usize,
    /// Words whose first letter is lower case.
    lower: usize,
}

impl Scan {
    /// Counts, in one pass over `text`, its separators and the case of the
    /// first letter of each word.
    fn of(text: &str) -> Scan {
        let mut scan = Scan::default();
        // Whether the current word's first letter is still to come.
        let mut seeking = true;
        for c in text.chars() {
            if c.is_whitespace() {
                seeking = true;
            } else if c.is_alphabetic() {
                if seeking {
                    scan.upper += usize::from(c.is_uppercase());
                    scan.lower += usize::from(c.is_lowercase());
                    seeking = false;
                }
            } else if is_separator(c) {
                scan.separators += 1;
            }
        }
        scan
    }
}

/// Characters that separate the items of menus, breadcrumbs and link lists.
fn is_separator(c: char) -> bool {
    matches!(
        c,
        '|' | '¦' | '•' | '·' | '»' | '«' | '›' | '‹' | '▸' | '►' | '>' | '/'
    )
}

/// True when `text` ends with final punctuation of any script, looking past
/// closing quotes and brackets, asterisks, and trailing emoji or symbols.
pub(super) fn ends_with_final_punctuation(text: &str) -> bool {
    let last = text
        .trim_end_matches(|c: char| {
            c.is_whitespace()
                || matches!(c, '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '*' | '~')
                || (!c.is_alphanumeric() && u32::from(c) >= 0x2100 && !is_final(c))
        })
        .chars()
        .next_back();
    last.is_some_and(is_final)
}

/// Final punctuation: `.` `!` `?` `…` `;` `:` and their forms in other scripts.
fn is_final(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | '…' | ';' | ':' | '。' | '！' | '？' | '؟' | '।' | '॥' | '\u{37E}'
    )
}

/// The shape of a short line, as a hash: letters and digits collapsed to one
/// class each, punctuation and its last word kept. "joe says:" and "ann
/// says:" share a shape, and so do "Nov 19, 2019 at 6:34 am" and "Nov 20,
/// 2019 at 9:03 pm"; "Sports" and "World" do not.
pub(super) fn shape(line: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    let last = line.split_whitespace().next_back().unwrap_or("");
    let head = line.get(..line.len() - last.len()).unwrap_or("");
    let mut previous = None;
    for c in head.chars() {
        let class = if c.is_alphabetic() {
            'a'
        } else if c.is_numeric() {
            '9'
        } else {
            c
        };
        if previous != Some(class) || !matches!(class, 'a' | '9') {
            class.hash(&mut hasher);
        }
        previous = Some(class);
    }
    '\u{0}'.hash(&mut hasher);
    for c in last.chars() {
        let class = if c.is_numeric() { '9' } else { c };
        class.hash(&mut hasher);
    }
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    fn units_of(text: &str) -> (Vec<Unit>, Vec<String>) {
        let doc = Document::new(text, Language::English, None);
        let units = units(&doc);
        let texts = units
            .iter()
            .map(|u| text[u.bytes.clone()].to_string())
            .collect();
        (units, texts)
    }

    #[test]
    fn sentences_on_one_line_make_one_unit() {
        let (units, texts) =
            units_of("Menu\nThe council met. It voted on Tuesday.\n\nSport Business Tech");
        assert_eq!(
            texts,
            [
                "Menu",
                "The council met. It voted on Tuesday.",
                "Sport Business Tech"
            ]
        );
        assert_eq!(units[1].sentences, 1..3);
        assert!(units[1].terminal && !units[0].terminal);
        assert_eq!(units[2].capitalised(), 1.0);
        assert!(units[2].menu_like() && !units[1].menu_like());
    }

    #[test]
    fn headlines_run_together_are_stacked() {
        let text = "Fire closes the main bridge in the city centre\nCouncil approves a new budget for the schools\nLocal team wins the regional cup final";
        let (units, _) = units_of(text);
        assert_eq!(units.len(), 1, "the segmenter joins similar lines");
        assert!(units[0].stacked && units[0].lines == 3);
        let (wrapped, _) = units_of(
            "The council approved the budget after a long debate that ran\nlate into the night, and the mayor said it was fair.",
        );
        assert!(!wrapped[0].stacked, "a hard-wrapped sentence");
    }

    #[test]
    fn separators_links_and_final_punctuation() {
        let (units, _) = units_of(
            "site: news | section: world | pageType: story\n\nRead more at https://example.com/a\n\nWe hope to see you soon! 🙂",
        );
        assert_eq!(units[0].bars, 2);
        assert!(units[1].link && !units[0].link);
        assert!(units[2].terminal, "the emoji is looked past");
        assert!(ends_with_final_punctuation("He said \"go.\""));
        assert!(ends_with_final_punctuation("यह घर है।"));
        assert!(!ends_with_final_punctuation("Required fields are marked *"));
        assert!(!ends_with_final_punctuation("Leave a Reply"));
    }

    #[test]
    fn capitals_are_counted_only_where_letters_have_case() {
        let (units, _) = units_of("东京今天下雨\nNews Sport Weather");
        assert_eq!(units[0].capitalised(), 0.0);
        assert!(!units[0].menu_like());
        assert!(units[1].menu_like());
    }

    #[test]
    fn one_pass_counts_separators_and_capitals() {
        let scan = Scan::of("Über uns | News › Sport\nsee www.example.org or https://x.y ¦ 2024");
        assert_eq!(scan.separators, 5, "| › / / ¦");
        assert_eq!((scan.upper, scan.lower), (3, 5));
        assert_eq!(Scan::of("🙂 • —").separators, 1);
    }

    #[test]
    fn shapes_keep_the_last_word_and_punctuation() {
        assert_eq!(shape("joe says:"), shape("annabel says:"));
        assert_eq!(
            shape("November 19, 2019 at 6:34 am"),
            shape("December 2, 2019 at 10:03 am")
        );
        assert_ne!(shape("Sports"), shape("World"));
        assert_ne!(shape("joe says:"), shape("joe writes:"));
    }
}
