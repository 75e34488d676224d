//! Boilerplate glued to the front of a sentence, split off so that the rest of
//! the sentence is scored and highlighted as usual. Offsets are UTF-8 bytes
//! into the sentence text.
//!
//! - A news dateline opening a paragraph: `WASHINGTON (CNN) -- `,
//!   `(Reuters) - `, `LONDON, England — `.
//! - "Scroll down for video" run into what follows.
//! - A picture caption without a final stop run into the next sentence: after a
//!   position marker (`… was barely recognisable (pictured) Police said …`) or
//!   after a caption label (`Rescued: The dog was pulled out on Tuesday The crew
//!   said …`, the junction being a lower-case word followed by a capitalised
//!   sentence starter).

use crate::language::Language;
use crate::segment::is_sentence_starter;
use crate::token::alphanumeric_runs;
use std::ops::Range;

/// Calls `piece(range, boilerplate)` for each piece of `sentence`, in order: the
/// boilerplate pieces glued to its front, then the rest (never boilerplate by
/// this test). Every range is trimmed of white space and non-empty; together
/// they hold every non-white-space character of `sentence`. `opens_paragraph`
/// allows a dateline.
#[inline(never)]
pub(crate) fn split(
    sentence: &str,
    opens_paragraph: bool,
    language: Language,
    mut piece: impl FnMut(Range<usize>, bool),
) {
    let mut start = 0;
    let mut may_be_dateline = opens_paragraph;
    loop {
        let rest = sentence.get(start..).unwrap_or("");
        let cut = may_be_dateline
            .then(|| dateline(rest, language))
            .flatten()
            .or_else(|| video_prompt(rest))
            .or_else(|| glued_caption(rest, language));
        may_be_dateline = false;
        let Some(end) = cut else { break };
        let after = rest.get(end..).unwrap_or("");
        let next = end + (after.len() - after.trim_start().len());
        if !after.chars().any(char::is_alphanumeric) {
            break; // nothing but punctuation after it: the sentence is what it is
        }
        let piece_text = rest.get(..end).unwrap_or("").trim_end();
        piece(start..start + piece_text.len(), true);
        start += next;
    }
    piece(start..sentence.len(), false);
}

/// The length of a dateline at the front of `s`: an optional place, a source in
/// brackets and an optional dash (`LONDON, England (CNN) -- `, `(Reuters) - `),
/// or a place in capitals and a long dash (`WASHINGTON — `). What follows must
/// start like a sentence.
fn dateline(s: &str, language: Language) -> Option<usize> {
    let place = place_len(s);
    let after_place = s.get(place..)?;
    let skipped = after_place.len() - after_place.trim_start().len();
    let at = place + skipped;
    let rest = s.get(at..)?;
    let end = if let Some(inner) = rest.strip_prefix('(') {
        let close = inner.find(')')?;
        let source = inner.get(..close)?;
        if !is_source(source) || (place == 0 && is_sentence_starter(source, language)) {
            return None;
        }
        let after_source = at + 1 + close + 1;
        after_source + dash_len(s.get(after_source..)?, true)
    } else {
        let place_text = s.get(..place)?;
        let first = place_text.split_whitespace().next()?;
        let capitals = first.trim_end_matches([',', '.']);
        if capitals.chars().count() < 3 || capitals.chars().any(char::is_lowercase) {
            return None;
        }
        match dash_len(rest, false) {
            0 => return None,
            n => at + n,
        }
    };
    starts_like_a_sentence(s.get(end..)?).then_some(end)
}

/// The length of the place names at the front of `s`: at most six words, each
/// starting with a capital (`LONDON,`, `St.`, `New York`), when a bracket or a
/// dash follows them; otherwise 0.
fn place_len(s: &str) -> usize {
    let mut end = 0;
    for (words, (offset, word)) in word_offsets(s).enumerate() {
        if word.starts_with('(') || is_dash(word) {
            return end;
        }
        let capitalised = word.chars().next().is_some_and(char::is_uppercase);
        if !capitalised || words == 6 || offset + word.len() > 60 {
            return 0;
        }
        end = offset + word.len();
    }
    0
}

/// A news source in a dateline's brackets: one to three words, the first
/// capitalised, at most 30 bytes (`CNN`, `EW.com`, `The Hollywood Reporter`).
fn is_source(source: &str) -> bool {
    !source.is_empty()
        && source.len() <= 30
        && source.chars().next().is_some_and(char::is_uppercase)
        && source.split_whitespace().count() <= 3
        && source
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '&' | '-' | '\''))
}

/// The length of a dash after white space at the front of `s`, with the white
/// space after it: `--`, `—`, `–` and, when `hyphen` allows it, `-`.
fn dash_len(s: &str, hyphen: bool) -> usize {
    let trimmed = s.trim_start();
    let lead = s.len() - trimmed.len();
    let dash = ["--", "—", "–"]
        .into_iter()
        .chain(hyphen.then_some("-"))
        .find(|d| trimmed.starts_with(d));
    match dash {
        Some(d) => {
            let after = trimmed.get(d.len()..).unwrap_or("");
            let space = after.len() - after.trim_start().len();
            // A hyphen must stand apart: `- The`, not `-year-old`.
            if d == "-" && space == 0 {
                return 0;
            }
            lead + d.len() + space
        }
        None => 0,
    }
}

fn is_dash(word: &str) -> bool {
    matches!(word, "--" | "—" | "–" | "-")
}

/// The length of "Scroll down for video" (any case, with a stop or colon) at
/// the front of `s`.
fn video_prompt(s: &str) -> Option<usize> {
    const PROMPT: &str = "scroll down for video";
    let head = s.get(..PROMPT.len())?;
    if !head.eq_ignore_ascii_case(PROMPT) {
        return None;
    }
    let after = s.get(PROMPT.len()..)?;
    if !(after.is_empty()
        || after.starts_with(|c: char| c.is_whitespace() || matches!(c, '.' | ':' | '!')))
    {
        return None;
    }
    // Its own stop, possibly set off by a space: `Scroll down for video .`
    let stop = after.trim_start();
    let punctuation = stop.len() - stop.trim_start_matches(['.', ':', '!']).len();
    Some(if punctuation > 0 {
        s.len() - stop.len() + punctuation
    } else {
        PROMPT.len()
    })
}

/// The length of a picture caption without a final stop at the front of `s`,
/// run into the sentence after it (see the module doc).
fn glued_caption(s: &str, language: Language) -> Option<usize> {
    after_position_marker(s).or_else(|| {
        if let Some(label) = teaser_label_len(s) {
            // A teaser's headline often ends in a tag: `(exclusive)`, `(video)`,
            // and the next sentence may start with any capitalised word.
            return first_break(s, label, |before, word| {
                is_junction(before, word, language)
                    || (before.ends_with(')') && is_capitalised(word))
            });
        }
        let label = caption_label_len(s)?;
        junction(s, label, language)
    })
}

/// Labels of a link to another story, lower-case.
const TEASER_LABELS: &[&str] = &["read more:", "see also:", "related:", "watch:", "listen:"];

/// The length of a teaser label at the front of `s` (`Read more: `), when a
/// capitalised headline follows.
fn teaser_label_len(s: &str) -> Option<usize> {
    let label = TEASER_LABELS.iter().find(|l| {
        s.get(..l.len())
            .is_some_and(|head| head.eq_ignore_ascii_case(l))
    })?;
    let after = s.get(label.len()..)?;
    (after.starts_with(' ') && starts_like_a_sentence(after.trim_start())).then_some(label.len())
}

/// Words that say where a person or thing is in a picture: `(pictured)`,
/// `(left)`, `(far right)`, `(centre, in red)`.
const POSITION_WORDS: &[&str] = &[
    "pictured", "left", "right", "centre", "center", "above", "below", "top", "bottom", "inset",
    "front", "back", "middle",
];

/// True when `bracketed` (the text between brackets) names a place in a picture.
pub(crate) fn is_position_marker(bracketed: &str) -> bool {
    let is = |w: &str, list: &[&str]| list.iter().any(|p| w.eq_ignore_ascii_case(p));
    let count = alphanumeric_runs(bracketed).count();
    let first = alphanumeric_runs(bracketed).next().unwrap_or("");
    (count <= 4 && is(first, &["pictured", "far"]))
        || (count <= 2 && alphanumeric_runs(bracketed).any(|w| is(w, POSITION_WORDS)))
}

/// The end of the first position marker in `s` that is followed by a
/// capitalised word (the next sentence), after at least two words of caption.
fn after_position_marker(s: &str) -> Option<usize> {
    let mut from = 0;
    while let Some(open) = s.get(from..)?.find('(').map(|i| from + i) {
        let close = open + 1 + s.get(open + 1..)?.find(')')?;
        from = close + 1;
        let bracketed = s.get(open + 1..close)?;
        if close - open > 40 || !is_position_marker(bracketed) {
            continue;
        }
        let before = s.get(..open)?;
        let after = s.get(close + 1..)?;
        let spaced = after.starts_with(char::is_whitespace);
        if before.split_whitespace().count() >= 2
            && spaced
            && starts_like_a_sentence(after.trim_start())
        {
            return Some(close + 1);
        }
    }
    None
}

/// The length of a caption label at the front of `s`, colon included: one to
/// four words, the first capitalised, none a verb of saying, then `: ` and a
/// capital (`Rescued: The dog…`, `In the lead: Jose…`).
pub(crate) fn caption_label_len(s: &str) -> Option<usize> {
    let colon = s.get(..s.len().min(40))?.find(':')?;
    let label = s.get(..colon)?;
    let words: Vec<&str> = label.split_whitespace().collect();
    let first = words.first()?;
    if words.len() > 4
        || !first.chars().next().is_some_and(char::is_uppercase)
        || words.iter().any(|w| {
            !w.chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
        })
        || words
            .iter()
            .any(|w| SAYING.iter().any(|v| w.eq_ignore_ascii_case(v)))
    {
        return None;
    }
    let after = s.get(colon + 1..)?;
    (after.starts_with(' ') && starts_like_a_sentence(after.trim_start())).then_some(colon + 1)
}

/// Verbs that introduce a quotation with a colon (`He said: "…"`), so that the
/// words before the colon are no caption label.
const SAYING: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "wrote",
    "writes",
    "read",
    "reads",
    "asked",
    "asks",
    "explained",
    "tweeted",
    "posted",
    "stated",
    "warned",
    "insisted",
    "replied",
    "continued",
    "noted",
    "claimed",
    "announced",
    "declared",
    "statement",
    "message",
    "note",
];

/// The end of the caption after a label: the first word ending in a lower-case
/// letter or digit that is followed by a capitalised sentence starter of two
/// letters or more (`… on Tuesday The crew said …`).
fn junction(s: &str, from: usize, language: Language) -> Option<usize> {
    first_break(s, from, |before, word| is_junction(before, word, language))
}

/// True when `word`, after `before`, starts a sentence run into a caption:
/// `before` ends in a lower-case letter or digit and `word` is a capitalised
/// sentence starter of two letters or more.
fn is_junction(before: &str, word: &str, language: Language) -> bool {
    let ends_plainly = before
        .chars()
        .next_back()
        .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
    let bare = word.trim_end_matches(|c: char| !c.is_alphanumeric());
    ends_plainly && is_capitalised(word) && is_sentence_starter(bare, language)
}

/// True when `word` starts with a capital letter and has two letters or digits
/// or more.
fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
        && word.chars().filter(|c| c.is_alphanumeric()).count() >= 2
}

/// The end of the first word after `from` in `s` for which `is_break(word,
/// next word)` holds, as a byte offset into `s`.
fn first_break(s: &str, from: usize, is_break: impl Fn(&str, &str) -> bool) -> Option<usize> {
    let mut previous: Option<(usize, &str)> = None;
    for (offset, word) in word_offsets(s.get(from..)?) {
        if let Some((end, before)) = previous {
            if is_break(before, word) {
                return Some(from + end);
            }
        }
        previous = Some((offset + word.len(), word));
    }
    None
}

/// True when `s` starts with a capital letter or digit, possibly after an
/// opening quote or bracket.
fn starts_like_a_sentence(s: &str) -> bool {
    s.trim_start_matches(['"', '\'', '“', '‘', '«', '[', '('])
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
}

/// The words of `s` (split at white space) with their byte offsets.
fn word_offsets(s: &str) -> impl Iterator<Item = (usize, &str)> {
    s.split_whitespace()
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `sentence` as (text, boilerplate).
    fn pieces(sentence: &str, opens_paragraph: bool) -> Vec<(&str, bool)> {
        let mut out = Vec::new();
        split(sentence, opens_paragraph, Language::English, |range, b| {
            out.push((&sentence[range], b));
        });
        out
    }

    #[test]
    fn a_teaser_link_glued_to_a_sentence_is_split_off_after_its_tag() {
        assert_eq!(
            pieces(
                "Read more: Singer sues to protect his hit song (exclusive) Williams also testified about the song.",
                false
            ),
            [
                ("Read more: Singer sues to protect his hit song (exclusive)", true),
                ("Williams also testified about the song.", false),
            ]
        );
        // A caption's bracket is no junction unless a sentence starter follows.
        assert_eq!(
            pieces("Rescued: The dog (right) Williams watched.", false).len(),
            2
        );
    }

    #[test]
    fn datelines_are_split_off_at_a_paragraph_start() {
        for (text, dateline, rest) in [
            (
                "(CNN)Share, and your gift will be multiplied.",
                "(CNN)",
                "Share, and your gift will be multiplied.",
            ),
            (
                "(CNN) -- Ralph Mata was a lieutenant.",
                "(CNN) --",
                "Ralph Mata was a lieutenant.",
            ),
            (
                "WASHINGTON (CNN) -- The president spoke.",
                "WASHINGTON (CNN) --",
                "The president spoke.",
            ),
            (
                "LONDON, England (Reuters) - Shares fell.",
                "LONDON, England (Reuters) -",
                "Shares fell.",
            ),
            (
                "NEW YORK — Stocks rose on Monday.",
                "NEW YORK —",
                "Stocks rose on Monday.",
            ),
            ("(EW.com) -- It was a hit.", "(EW.com) --", "It was a hit."),
            (
                "(CNN)[Breaking news update] The ship was found.",
                "(CNN)",
                "[Breaking news update] The ship was found.",
            ),
        ] {
            assert_eq!(
                pieces(text, true),
                [(dateline, true), (rest, false)],
                "{text}"
            );
            assert_eq!(pieces(text, false), [(text, false)], "{text}");
        }
    }

    #[test]
    fn brackets_and_dashes_in_prose_are_no_dateline() {
        for text in [
            "(But) Villa is not an old guy, he said.",
            "The firm (Acme) said profits rose.",
            "Anna Smith - the mayor - spoke.",
            "NATO-led troops arrived on Monday.",
            "The 29-year-old left the pitch.",
            "Paris (France) is lovely in spring.",
        ] {
            assert_eq!(pieces(text, true), [(text, false)], "{text}");
        }
    }

    #[test]
    fn a_piece_is_never_split_from_mere_punctuation() {
        assert_eq!(
            pieces("Scroll down for video .", false),
            [("Scroll down for video .", false)]
        );
        assert_eq!(
            pieces("Scroll down for video . The crew said it was cold.", false),
            [
                ("Scroll down for video .", true),
                ("The crew said it was cold.", false)
            ]
        );
    }

    #[test]
    fn the_video_prompt_is_split_off() {
        assert_eq!(
            pieces("Scroll down for video Rescued: The dog was pulled from the river by two firefighters on Tuesday The crew said it was cold.", false),
            [
                ("Scroll down for video", true),
                ("Rescued: The dog was pulled from the river by two firefighters on Tuesday", true),
                ("The crew said it was cold.", false)
            ]
        );
    }

    #[test]
    fn captions_glued_to_the_next_sentence_are_split_off() {
        assert_eq!(
            pieces("Mr Todd's car was barely recognisable (pictured) Police said he had drunk four pints.", false),
            [
                ("Mr Todd's car was barely recognisable (pictured)", true),
                ("Police said he had drunk four pints.", false)
            ]
        );
        assert_eq!(
            pieces("Packed: Crowds line the seafront during the three-day festival The organisers said it was a record.", false),
            [
                ("Packed: Crowds line the seafront during the three-day festival", true),
                ("The organisers said it was a record.", false)
            ]
        );
    }

    #[test]
    fn position_words_and_colons_in_prose_are_kept() {
        for text in [
            "Prince William (left) and Harry (right) attended the service.",
            "The map was presented in 1974 by Arno Peters (pictured).",
            "He said: \"It was fine.\" They left.",
            "The reason: He was late for the meeting on Monday.",
            "Note: The figures for Tuesday It shows are wrong.",
            "Rescued: The dog was pulled from the river on Tuesday.",
            "Vitamins: Take vitamin A The doctor said so.",
        ] {
            let got = pieces(text, false);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
        }
    }
}
