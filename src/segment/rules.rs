//! The boundary rules: given a run of terminal punctuation (`.`, `?!`, `...`,
//! `. . . .`, `。`) and its surroundings, decide whether a sentence ends there
//! and where. Each rule is a named function or a commented branch below.
//!
//! All positions are UTF-8 byte offsets into the segment being scanned. Rules
//! look at most [`LOOKAROUND_BYTES`] bytes back or forward, which keeps scanning linear.

use super::abbreviations::{Abbreviations, Kind};
use super::chars::{self, Terminal};
use super::list::Marker;

/// How far (in bytes) the rules look around a candidate for the word before,
/// the word after, or the address (URL, e-mail) a period sits in.
const LOOKAROUND_BYTES: usize = 64;

/// Words that open an introductory time phrase (`At 5 a.m. Mr. Smith left.`):
/// after such a phrase a capitalised word does not start a new sentence.
const INTRODUCTORY: [&str; 12] = [
    "at", "by", "before", "after", "until", "till", "from", "since", "around", "about", "on",
    "shortly",
];

/// A run of terminal punctuation and the closing quotes or brackets after it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Run {
    /// Start of the sentence the run is in (may be white space).
    sentence: usize,
    /// First byte of the run.
    start: usize,
    /// One past the last terminal of the run (spaced dots `. . .` included).
    pub end: usize,
    /// One past the closing punctuation after the run (`."`, `.)`, `?’`).
    closed: usize,
    /// The strongest terminal in the run: full-width, then `!?`, then dots.
    class: Terminal,
    /// Dots in the run, `…` counting three.
    dots: usize,
    /// Whether the run holds spaces (`. . .`).
    spaced: bool,
}

impl Run {
    /// Reads the run starting at byte `at` of `segment` (which holds `first`),
    /// inside the sentence that starts at byte `sentence`, with the terminals
    /// of the language of `lists`.
    pub(super) fn read(
        segment: &str,
        sentence: usize,
        at: usize,
        first: Terminal,
        lists: &Abbreviations,
    ) -> Run {
        let mut run = Run {
            sentence,
            start: at,
            end: at,
            closed: at,
            class: first,
            dots: 0,
            spaced: false,
        };
        let mut bang = false;
        loop {
            let rest = segment.get(run.end..).unwrap_or("");
            let mut ahead = rest.chars();
            match ahead.next() {
                Some(c) => match lists.terminal(c) {
                    Some(t) => {
                        match (t, c) {
                            (Terminal::FullWidth, _) => run.class = Terminal::FullWidth,
                            (Terminal::Dot, '…') => run.dots += 3,
                            (Terminal::Dot, _) => run.dots += 1,
                            (Terminal::Bang | Terminal::Uncased, _) => bang = true,
                        }
                        run.end += c.len_utf8();
                    }
                    // Spaced ellipsis: `. . .` (dots only, single spaces).
                    None if c == ' ' && !bang && matches!(ahead.next(), Some('.' | '…')) => {
                        run.spaced = true;
                        run.end += 1;
                    }
                    None => break,
                },
                None => break,
            }
        }
        if bang && run.class != Terminal::FullWidth {
            run.class = Terminal::Bang;
        }
        run.closed = closing_end(segment, run.end);
        run
    }

    /// True for a lone `.` (not an ellipsis).
    fn is_period(&self) -> bool {
        self.class == Terminal::Dot && self.dots == 1 && self.end == self.start + 1
    }
}

/// One past the closing punctuation that starts at `at`: quotes and brackets,
/// and French closing guillemets after a space (`fini. »`).
fn closing_end(segment: &str, mut at: usize) -> usize {
    loop {
        let mut ahead = segment.get(at..).unwrap_or("").chars();
        match ahead.next() {
            Some(c) if chars::is_closer(c) => at += c.len_utf8(),
            Some(space @ (' ' | '\u{a0}' | '\u{202f}')) => match ahead.next() {
                Some(guillemet @ ('»' | '›')) => at += space.len_utf8() + guillemet.len_utf8(),
                _ => return at,
            },
            _ => return at,
        }
    }
}

/// The letter case of the word after a candidate, after any opening quotes or
/// brackets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Case {
    Lower,
    Upper,
    Digit,
    /// Anything else: symbols, scripts without case.
    Other,
}

/// What follows a run (after its closing punctuation).
enum Next<'s> {
    /// Only white space: the segment ends.
    End,
    /// No white space: `restructuring.The`, `Jr.'s`, `3.14`.
    Glued,
    /// A word after white space, of the given case; `text` holds its letters
    /// (`"It"` for `"It's`), for the word-list lookups.
    Word { case: Case, text: &'s str },
}

impl<'s> Next<'s> {
    fn read(segment: &'s str, at: usize) -> Next<'s> {
        let rest = segment.get(at..).unwrap_or("");
        let trimmed = rest.trim_start();
        if trimmed.is_empty() {
            return Next::End;
        }
        if trimmed.len() == rest.len() {
            return Next::Glued;
        }
        let word = trimmed.trim_start_matches(chars::is_opener);
        let Some(first) = word.chars().next() else {
            return Next::Word {
                case: Case::Other,
                text: "",
            };
        };
        // A closing bracket (`Kiss... ).`) or a dash (`Bombay! - nominated`)
        // after white space continues the sentence, as a lower-case word does.
        let continues = matches!(first, ')' | ']' | '}' | '-' | '–' | '—');
        let case = if first.is_lowercase() || continues {
            Case::Lower
        } else if first.is_uppercase() {
            Case::Upper
        } else if first.is_numeric() {
            Case::Digit
        } else {
            Case::Other
        };
        let len = word
            .char_indices()
            .find(|&(i, c)| !c.is_alphanumeric() || i >= LOOKAROUND_BYTES)
            .map_or(word.len(), |(i, _)| i);
        Next::Word {
            case,
            text: word.get(..len).unwrap_or(""),
        }
    }
}

/// Where the sentence ends if it ends at `run`: `Some(byte offset)` (the end
/// of the sentence, exclusive) or `None` when the run does not end it.
/// `item` is the list marker that starts the sentence, if any.
pub(super) fn boundary(
    segment: &str,
    run: &Run,
    item: Option<Marker>,
    lists: &Abbreviations,
) -> Option<usize> {
    // Rule "full width": `。！？` (and the full stops of other scripts) end a
    // sentence, with or without a space after, but not inside CJK quotes or
    // brackets (`「はい。そうです。」`) nor before the words a closing quote
    // runs into (`「行きます。」と言った`, `“走吧。”他说`), unless the quote was
    // opened after a colon (`他们说：“……。”第一批`), which makes it the end of
    // its sentence.
    if run.class == Terminal::FullWidth {
        let runs_on = run.closed > run.end
            && segment
                .get(run.closed..)
                .and_then(|rest| rest.chars().next())
                .is_some_and(char::is_alphanumeric)
            && !quote_opened_after_colon(segment, run);
        return (!runs_on && !inside_cjk_quote(segment, run)).then_some(run.closed);
    }
    match Next::read(segment, run.closed) {
        // Rule "end": terminal punctuation at the end of a segment ends the sentence.
        Next::End => Some(run.closed),
        Next::Glued => missing_space(segment, run).then_some(run.end),
        // Rule "lower case continues": `"Why?" she asked.`, `e.g. in`, `Yahoo! in`.
        Next::Word {
            case: Case::Lower, ..
        } => None,
        Next::Word { case, text } => match run.class {
            Terminal::Bang | Terminal::Uncased | Terminal::FullWidth => Some(run.closed),
            Terminal::Dot if run.is_period() => period(segment, run, item, case, text, lists),
            Terminal::Dot => ellipsis(segment, run),
        },
    }
}

/// How far back (in bytes) the full-width rule looks for an unclosed CJK
/// quote or bracket: a few sentences, so that a quote left open cannot hold
/// back every split after it.
const QUOTE_LOOKBACK_BYTES: usize = 1024;

/// True when a CJK quote or bracket (`「『“（【〔〈《`) opened in the sentence
/// before `run`, within [`QUOTE_LOOKBACK_BYTES`], is not closed by the end of
/// the run's closing punctuation.
fn inside_cjk_quote(segment: &str, run: &Run) -> bool {
    let mut from = run
        .sentence
        .max(run.start.saturating_sub(QUOTE_LOOKBACK_BYTES));
    while from < run.start && !segment.is_char_boundary(from) {
        from += 1;
    }
    let mut depth = 0i32;
    // The quotes closed right after the run count (`。”` closes its quote).
    for c in segment.get(from..run.closed).unwrap_or("").chars() {
        match c {
            '「' | '『' | '“' | '（' | '【' | '〔' | '〈' | '《' => depth += 1,
            '」' | '』' | '”' | '）' | '】' | '〕' | '〉' | '》' => {
                depth = (depth - 1).max(0)
            }
            _ => {}
        }
    }
    depth > 0
}

/// True when the quote or bracket that closes after `run` was opened right
/// after a colon (`说：“`, `: «`), within [`QUOTE_LOOKBACK_BYTES`].
fn quote_opened_after_colon(segment: &str, run: &Run) -> bool {
    let mut from = run
        .sentence
        .max(run.start.saturating_sub(QUOTE_LOOKBACK_BYTES));
    while from < run.start && !segment.is_char_boundary(from) {
        from += 1;
    }
    let mut depth = 0i32;
    let mut before = segment.get(from..run.start).unwrap_or("").chars().rev();
    while let Some(c) = before.next() {
        match c {
            '」' | '』' | '”' | '）' | '】' | '〕' | '〉' | '》' => depth += 1,
            '「' | '『' | '“' | '（' | '【' | '〔' | '〈' | '《' if depth > 0 => {
                depth -= 1
            }
            '「' | '『' | '“' | '（' | '【' | '〔' | '〈' | '《' => {
                return before
                    .find(|c| !c.is_whitespace())
                    .is_some_and(|c| matches!(c, '：' | ':'));
            }
            _ => {}
        }
    }
    false
}

/// Rule "missing space": text pasted without a space after the period
/// (`restructuring.The firm`) splits when a lower-case letter precedes and a
/// capitalised word follows, except inside an address (`Jane.Doe@x.com`,
/// `www.Example.com`). `U.S.A`, `example.com`, `Node.js` and `3.14` never match.
fn missing_space(segment: &str, run: &Run) -> bool {
    if run.closed != run.end || run.end != run.start + 1 {
        return false;
    }
    let before = segment.get(..run.start).and_then(|s| s.chars().next_back());
    let mut after = segment.get(run.end..).unwrap_or("").chars();
    before.is_some_and(char::is_lowercase)
        && after.next().is_some_and(char::is_uppercase)
        && after.next().is_some_and(char::is_lowercase)
        && !in_address(segment, run.start)
}

/// True when byte `at` lies in a URL, an e-mail address or a `www.` host name.
fn in_address(segment: &str, at: usize) -> bool {
    let (start, _) = word_before(segment, at.saturating_sub(LOOKAROUND_BYTES), at);
    let rest = segment.get(start..).unwrap_or("");
    let end = rest
        .char_indices()
        .find(|&(i, c)| c.is_whitespace() || i > 2 * LOOKAROUND_BYTES)
        .map_or(rest.len(), |(i, _)| i);
    let token = rest.get(..end).unwrap_or("");
    token.contains('@')
        || token.contains("://")
        || token
            .get(..4)
            .is_some_and(|p| p.eq_ignore_ascii_case("www."))
}

/// The period rules, for a lone `.` followed by white space and a word that is
/// not lower case (`case`, letters `next`).
fn period(
    segment: &str,
    run: &Run,
    item: Option<Marker>,
    case: Case,
    next: &str,
    lists: &Abbreviations,
) -> Option<usize> {
    let yes = Some(run.closed);
    let first = first_non_space(segment, run.sentence);
    // Rule "list enumerator": the `.` of `1.`, `a.`, `1.)`, `• 9.` opening a sentence.
    if item.is_some_and(|m| m.is_enumerated() && m.end == run.closed) {
        return None;
    }
    let (word_start, token) = word_before(segment, first, run.start);
    let word = token.trim_start_matches(chars::is_opener);
    let Some(last) = word.chars().next_back() else {
        return yes;
    };
    // Rule "number": `Nov. 5. He`, `$100.00. It`; but German `am 3. Oktober`.
    if last.is_ascii_digit() {
        let ordinal = word.len() <= 2
            && word.bytes().all(|b| b.is_ascii_digit())
            && lists.follows_ordinal(next);
        return if ordinal { None } else { yes };
    }
    // Rule "time": after `a.m.` / `p.m.` a capitalised word starts a new
    // sentence, unless the sentence so far is an opening phrase (`At 5 a.m. Mr. Smith`).
    if word.eq_ignore_ascii_case("a.m") || word.eq_ignore_ascii_case("p.m") {
        return match case {
            Case::Digit => None,
            Case::Upper if introductory(segment, first, word_start) => None,
            _ => yes,
        };
    }
    // Rule "abbreviation", by kind (see `Kind`).
    if let Some(kind) = lists.kind(word) {
        return match kind {
            Kind::Title => None,
            Kind::Number if case == Case::Digit || chars::is_roman_numeral(next) => None,
            Kind::Number | Kind::General => after_abbreviation(case, next, lists, yes),
        };
    }
    // Rule "dotted abbreviation": `U.S.`, `Ph.D.`, `e.g.`, `z.B.`.
    if is_dotted(word) {
        return after_abbreviation(case, next, lists, yes);
    }
    // Rule "initial": `Jonas E. Smith`, `Albert I. Jones`; but `you and I. Did`.
    let mut letters = word.chars();
    if let (Some(letter), None) = (letters.next(), letters.next()) {
        if letter.is_uppercase() && case == Case::Upper {
            let before = segment.get(first..word_start).unwrap_or("").trim_end();
            let (_, previous) = word_before(segment, first, first + before.len());
            let previous_capitalised = previous
                .trim_start_matches(chars::is_opener)
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let ends = !previous_capitalised && (letter == 'I' || lists.is_starter(next));
            return if ends { yes } else { None };
        }
    }
    yes
}

/// After an abbreviation that may also end the sentence (`Inc.`, `U.S.`, `etc.`):
/// a number continues it, a sentence starter (`It`, `The`) begins a new one,
/// another capitalised word (a name: `U.S. Army`) continues it.
fn after_abbreviation(
    case: Case,
    next: &str,
    lists: &Abbreviations,
    yes: Option<usize>,
) -> Option<usize> {
    match case {
        Case::Digit => None,
        Case::Upper if !lists.is_starter(next) => None,
        _ => yes,
    }
}

/// The ellipsis rules, for runs of two or more dots or `…`, followed by a word
/// that is not lower case.
fn ellipsis(segment: &str, run: &Run) -> Option<usize> {
    let first = first_non_space(segment, run.sentence);
    let before = segment
        .get(first..run.start)
        .and_then(|s| s.chars().next_back());
    // Rule "omission mark": `[...]`, `(...)` never end a sentence.
    if matches!(before, Some('[' | '(')) {
        return None;
    }
    // Rule "spaced ellipsis": ` ... ` or ` . . . ` after a space marks an
    // omission; four dots (`. . . .`) are an omission and a period.
    if before.is_none_or(char::is_whitespace) {
        return (run.dots >= 4).then_some(run.closed);
    }
    // Rule "period then ellipsis": `compounds. . . . The` ends after the first
    // period; the ellipsis opens the next sentence.
    if run.spaced
        && run.dots == 4
        && segment
            .get(run.start..)
            .is_some_and(|s| s.starts_with(". "))
    {
        return Some(run.start + 1);
    }
    // Rule "trailing ellipsis": `Then he left... The`, `that.... She`.
    Some(run.closed)
}

/// True for letters in groups of one or two joined by periods, up to 16 bytes:
/// `U.S`, `U.S.A`, `e.g`, `Ph.D`, `a.m`, `z.B` (the final period excluded).
fn is_dotted(word: &str) -> bool {
    word.len() <= 16
        && word.contains('.')
        && word.split('.').all(|part| {
            (1..=2).contains(&part.chars().count()) && part.chars().all(char::is_alphabetic)
        })
}

/// True when the sentence from `first` to `end` is a short introductory phrase
/// (`At 5`, `By 6`): at most four words, the first in [`INTRODUCTORY`].
fn introductory(segment: &str, first: usize, end: usize) -> bool {
    let Some(phrase) = segment
        .get(first..end)
        .filter(|p| p.len() <= LOOKAROUND_BYTES)
    else {
        return false;
    };
    let mut words = phrase.split_whitespace();
    let opener = words
        .next()
        .is_some_and(|w| INTRODUCTORY.iter().any(|i| i.eq_ignore_ascii_case(w)));
    opener && words.count() < 4
}

/// The first byte at or after `at` that is not white space.
fn first_non_space(segment: &str, at: usize) -> usize {
    let rest = segment.get(at..).unwrap_or("");
    at + (rest.len() - rest.trim_start().len())
}

/// The word (maximal run without white space) that ends at byte `end`, not
/// starting before `low` nor more than [`LOOKAROUND_BYTES`] bytes back, with its start.
fn word_before(segment: &str, low: usize, end: usize) -> (usize, &str) {
    let head = segment.get(low..end).unwrap_or("");
    let mut start = head.len();
    while head.len() - start <= LOOKAROUND_BYTES {
        let Some(c) = head.get(..start).and_then(|h| h.chars().next_back()) else {
            break;
        };
        if c.is_whitespace() {
            break;
        }
        start -= c.len_utf8();
    }
    (low + start, head.get(start..).unwrap_or(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dotted_words() {
        for yes in ["U.S", "U.S.A", "e.g", "Ph.D", "a.m", "z.B", "D.C"] {
            assert!(is_dotted(yes), "{yes}");
        }
        for no in ["Jane.Doe@example", "3.14", "example.com", "Mr", "", "U..S"] {
            assert!(!is_dotted(no), "{no}");
        }
    }

    #[test]
    fn words_before_are_bounded() {
        assert_eq!(word_before("say hello", 0, 9), (4, "hello"));
        let long = "x".repeat(200);
        assert!(word_before(&long, 0, 200).1.len() <= LOOKAROUND_BYTES + 1);
    }
}
