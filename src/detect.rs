//! Language detection from scripts, distinctive letters and stop words, with
//! no data of its own.
//!
//! 1. The letters of a sample of the text (at most [`SAMPLE_BYTES`], taken from
//!    [`SAMPLE_WINDOWS`] places) are counted by script. Too few letters, or no
//!    script with [`MIN_SCRIPT_SHARE`] of them, and the text is too short or
//!    too mixed to tell.
//! 2. A script that only one language writes settles it (Greek, Armenian,
//!    Tamil, Hangul; Han with Kana is Japanese, without it Chinese).
//! 3. Otherwise (Latin, Cyrillic, Arabic, Hebrew, Devanagari) each word of the
//!    sample votes for the languages of that script whose stop-word list holds
//!    it, a vote split between the lists that share the word (`de` is French,
//!    Spanish, Portuguese, Dutch and Romanian; `af` only Danish), and a word
//!    written with a letter only one of them uses (Ukrainian `і`, Turkish `ı`,
//!    Polish `ł`, Persian `گ`) adds [`LETTER_VOTE`] for it. The language with
//!    the most votes wins if it has [`MIN_VOTES`], leads the next by
//!    [`MIN_LEAD`] times and [`MIN_MARGIN`] votes, and its stop words (or
//!    letters) are in [`MIN_COVERAGE`] of the words: a language precis does not
//!    know (Slovak, Marathi, Yiddish) is not taken for a neighbour.
//! 4. The two halves of the sample are told on their own: if either is told
//!    as another language, the text is mixed, and not told.
//!
//! Stop words are a few hundred very frequent words that every text of a
//! language is full of (a third to a half of its running words), and the lists
//! of related languages differ in exactly those (Danish `af`, `efter`, `hvad`;
//! Norwegian `av`, `etter`, `hva`), so an article is told apart with a wide
//! margin. The README gives the accuracy on the test texts.

use crate::language::Language;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The most text looked at, in bytes: enough for any article, and bounded so
/// that detection costs the same on a book.
const SAMPLE_BYTES: usize = 32 * 1024;
/// A longer text is sampled in this many evenly spaced windows, so that a text
/// that changes language is seen as mixed.
const SAMPLE_WINDOWS: usize = 4;
/// Fewer letters than this in the sample, and the text is too short to tell.
const MIN_LETTERS: usize = 16;
/// The share of the letters (in percent) that one script must have.
const MIN_SCRIPT_SHARE: usize = 60;
/// The share of the Han and Kana letters (in percent) that must be Kana for
/// Japanese: Japanese writes its grammar in Hiragana, Chinese has none.
const MIN_KANA_SHARE: usize = 10;
/// The fewest stop-word votes a language needs.
const MIN_VOTES: f64 = 3.0;
/// How many times the votes of the runner-up the winner needs.
const MIN_LEAD: f64 = 1.2;
/// The vote of a word written with a letter that only one of the languages of
/// its script uses (Ukrainian `і`, Turkish `ı`, Persian `گ`…).
const LETTER_VOTE: f64 = 0.5;
/// How many votes more than the runner-up the winner needs.
const MIN_MARGIN: f64 = 1.5;
/// The share of the sample's words (in percent) that must be stop words of
/// the winner.
const MIN_COVERAGE: usize = 10;

/// The scripts the detector tells apart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Armenian,
    Hebrew,
    Arabic,
    Devanagari,
    Tamil,
    Han,
    Kana,
    Hangul,
    /// Letters of any other script (Thai, Georgian, Ethiopic, …).
    Other,
}

/// Every [`Script`], in index order.
const SCRIPTS: [Script; 12] = [
    Script::Latin,
    Script::Cyrillic,
    Script::Greek,
    Script::Armenian,
    Script::Hebrew,
    Script::Arabic,
    Script::Devanagari,
    Script::Tamil,
    Script::Han,
    Script::Kana,
    Script::Hangul,
    Script::Other,
];

/// The script of a letter.
fn script(c: char) -> Script {
    match c {
        'a'..='z' | 'A'..='Z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' => Script::Latin,
        '\u{0370}'..='\u{03FF}' | '\u{1F00}'..='\u{1FFF}' => Script::Greek,
        '\u{0400}'..='\u{052F}' => Script::Cyrillic,
        '\u{0530}'..='\u{058F}' => Script::Armenian,
        '\u{0590}'..='\u{05FF}' => Script::Hebrew,
        '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => {
            Script::Arabic
        }
        '\u{0900}'..='\u{097F}' => Script::Devanagari,
        '\u{0B80}'..='\u{0BFF}' => Script::Tamil,
        _ => match crate::cjk::script(c) {
            crate::cjk::Script::Han => Script::Han,
            crate::cjk::Script::Hiragana | crate::cjk::Script::Katakana => Script::Kana,
            crate::cjk::Script::Hangul => Script::Hangul,
            crate::cjk::Script::Other => Script::Other,
        },
    }
}

/// The languages written in `script` among which stop words decide, or the
/// one language a script stands for.
fn candidates(script: Script) -> &'static [Language] {
    match script {
        Script::Latin => &[
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
        ],
        Script::Cyrillic => &[Language::Russian, Language::Ukrainian],
        Script::Arabic => &[Language::Arabic, Language::Persian],
        Script::Greek => &[Language::Greek],
        Script::Armenian => &[Language::Armenian],
        Script::Hebrew => &[Language::Hebrew],
        Script::Devanagari => &[Language::Hindi],
        Script::Tamil => &[Language::Tamil],
        Script::Hangul => &[Language::Korean],
        Script::Han | Script::Kana | Script::Other => &[],
    }
}

/// The language of a script that no other language writes (among the
/// languages of the world, not only precis's): its letters settle it. Hebrew
/// letters also write Yiddish, Devanagari writes Marathi and Nepali: those are
/// checked by their stop words.
fn sole_language(script: Script) -> Option<Language> {
    match script {
        Script::Greek => Some(Language::Greek),
        Script::Armenian => Some(Language::Armenian),
        Script::Tamil => Some(Language::Tamil),
        Script::Hangul => Some(Language::Korean),
        _ => None,
    }
}

/// The languages (among precis's) whose alphabet has `c`, a letter that only a
/// few of the languages of its script use (lower case), as a bit mask: Turkish
/// `ı ğ`, Romanian `ș ț`, Polish `ł ą ę`, Czech `ř ě ů`, Ukrainian `і ї є ґ`,
/// Russian `ы э ъ ё`, Persian `پ چ ژ گ ک ی`, Arabic `ة ى`…
fn letter_languages(c: char) -> u32 {
    use Language as L;
    let set = |languages: &[Language]| languages.iter().fold(0, |mask, &l| mask | bit(l));
    match c {
        'ß' => set(&[L::German]),
        'æ' | 'ø' => set(&[L::Danish, L::Norwegian]),
        'å' => set(&[L::Danish, L::Norwegian, L::Swedish]),
        'ä' => set(&[L::German, L::Swedish, L::Finnish]),
        'ő' | 'ű' => set(&[L::Hungarian]),
        'ı' | 'ğ' => set(&[L::Turkish]),
        'ş' => set(&[L::Turkish, L::Romanian]),
        'ș' | 'ț' | 'ă' => set(&[L::Romanian]),
        'ł' | 'ą' | 'ę' | 'ś' | 'ź' | 'ż' | 'ń' => set(&[L::Polish]),
        'ř' | 'ě' | 'ů' => set(&[L::Czech]),
        'ñ' => set(&[L::Spanish]),
        'ã' | 'õ' => set(&[L::Portuguese]),
        'œ' => set(&[L::French]),
        'і' | 'ї' | 'є' | 'ґ' => set(&[L::Ukrainian]),
        'ы' | 'э' | 'ъ' | 'ё' => set(&[L::Russian]),
        'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' => set(&[L::Persian]),
        'ة' | 'ى' => set(&[L::Arabic]),
        _ => 0,
    }
}

/// The languages of the distinctive letters of the lower-cased `word` (see
/// [`letter_languages`]): those that have all of them.
fn word_letter_languages(word: &str) -> u32 {
    word.chars()
        .map(letter_languages)
        .filter(|&mask| mask != 0)
        .fold(None, |all: Option<u32>, mask| {
            Some(all.map_or(mask, |a| a & mask))
        })
        .unwrap_or(0)
}

/// The language of `text`, or `None` when the text is too short or too mixed
/// to tell, or in a language precis does not know. An article of a few
/// sentences is enough.
///
/// ```
/// use precis::{detect_language, Language};
/// let text = "Le gouvernement a présenté mardi son projet de budget pour l'année prochaine. \
///             Les dépenses de santé augmenteront, a indiqué le ministre.";
/// assert_eq!(detect_language(text), Some(Language::French));
/// assert_eq!(detect_language("OK."), None);
/// ```
pub fn detect_language(text: &str) -> Option<Language> {
    let windows = sample(text);
    let language = detect_in(&windows)?;
    // A text that changes language is mixed: its halves must not disagree.
    let (first, second) = halves(&windows);
    let disagrees = |half: &[&str]| detect_in(half).is_some_and(|l| l != language);
    if disagrees(&first) || disagrees(&second) {
        return None;
    }
    Some(language)
}

/// The first and second halves of the sample `windows`: the windows of each
/// half, or the one window cut in two (at a `char` boundary).
fn halves<'a>(windows: &[&'a str]) -> (Vec<&'a str>, Vec<&'a str>) {
    match windows {
        [one] => {
            let mut middle = one.len() / 2;
            while !one.is_char_boundary(middle) {
                middle += 1;
            }
            let (a, b) = one.split_at(middle);
            (vec![a], vec![b])
        }
        _ => {
            let (a, b) = windows.split_at(windows.len() / 2);
            (a.to_vec(), b.to_vec())
        }
    }
}

/// The language of the sample `windows` (see the module documentation), if it
/// can be told.
fn detect_in(windows: &[&str]) -> Option<Language> {
    let mut letters = [0usize; SCRIPTS.len()];
    for window in windows {
        for c in window.chars().filter(|c| c.is_alphabetic()) {
            if let Some(n) = letters.get_mut(script(c) as usize) {
                *n += 1;
            }
        }
    }
    let total: usize = letters.iter().sum();
    if total < MIN_LETTERS {
        return None;
    }
    let count = |s: Script| letters.get(s as usize).copied().unwrap_or(0);
    // Han and Kana are one writing system: Japanese mixes them.
    let cjk = count(Script::Han) + count(Script::Kana);
    if cjk * 100 >= total * MIN_SCRIPT_SHARE {
        return Some(if count(Script::Kana) * 100 >= cjk * MIN_KANA_SHARE {
            Language::Japanese
        } else {
            Language::Chinese
        });
    }
    let dominant = SCRIPTS
        .into_iter()
        .filter(|&s| !matches!(s, Script::Han | Script::Kana))
        .max_by_key(|&s| count(s))?;
    if count(dominant) * 100 < total * MIN_SCRIPT_SHARE {
        return None;
    }
    if let Some(language) = sole_language(dominant) {
        return Some(language);
    }
    vote(windows, candidates(dominant))
}

/// At most [`SAMPLE_BYTES`] of `text`: all of it, or [`SAMPLE_WINDOWS`] evenly
/// spaced windows, each cut at `char` boundaries.
fn sample(text: &str) -> Vec<&str> {
    if text.len() <= SAMPLE_BYTES {
        return vec![text];
    }
    let width = SAMPLE_BYTES / SAMPLE_WINDOWS;
    let step = text.len() / SAMPLE_WINDOWS;
    (0..SAMPLE_WINDOWS)
        .filter_map(|i| {
            let mut start = i * step;
            while !text.is_char_boundary(start) {
                start += 1;
            }
            let mut end = (start + width).min(text.len());
            while !text.is_char_boundary(end) {
                end -= 1;
            }
            text.get(start..end)
        })
        .collect()
}

/// The language among `candidates` whose stop words the words of `windows`
/// vote for (see the module documentation), if the vote is clear.
fn vote(windows: &[&str], candidates: &[Language]) -> Option<Language> {
    let lists = stop_word_languages();
    let mask: u32 = candidates.iter().map(|&l| bit(l)).fold(0, |a, b| a | b);
    let mut votes = [0f64; Language::ALL.len()];
    let mut hits = [0usize; Language::ALL.len()];
    let mut words = 0usize;
    let mut lower = String::new();
    for word in windows
        .iter()
        .flat_map(|w| w.split(|c: char| !c.is_alphanumeric() && !is_mark(c)))
        .filter(|w| !w.is_empty())
    {
        if is_initial(word) {
            // "D Hickie", "J. White", "O'Driscoll": a name's initial, not a
            // one-letter word (French "y", "l'", Spanish "y", "a").
            continue;
        }
        words += 1;
        lower.clear();
        crate::token::fold_case(word, &mut lower);
        let lettered = word_letter_languages(&lower) & mask;
        let languages = lists.get(lower.as_str()).copied().unwrap_or(0) & mask;
        if lettered.count_ones() == 1 {
            let i = lettered.trailing_zeros() as usize;
            if let (Some(v), Some(h)) = (votes.get_mut(i), hits.get_mut(i)) {
                *v += LETTER_VOTE;
                if languages & lettered == 0 {
                    *h += 1;
                }
            }
        }
        if languages == 0 {
            continue;
        }
        let share = 1.0 / f64::from(languages.count_ones());
        for (i, (v, h)) in votes.iter_mut().zip(hits.iter_mut()).enumerate() {
            if languages & (1 << i) != 0 {
                *v += share;
                *h += 1;
            }
        }
    }
    let mut ranked: Vec<(usize, f64)> = votes.iter().copied().enumerate().collect();
    ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let (best, best_votes) = ranked.first().copied()?;
    let runner_up = ranked.get(1).map_or(0.0, |r| r.1);
    let covered = hits.get(best).copied().unwrap_or(0) * 100 >= words * MIN_COVERAGE;
    let clear = best_votes >= MIN_VOTES
        && best_votes >= MIN_LEAD * runner_up
        && best_votes - runner_up >= MIN_MARGIN
        && covered;
    clear.then(|| Language::ALL.get(best).copied()).flatten()
}

/// Whether `word` is one capital letter: an initial of a name, far more often
/// than a one-letter word at the start of a sentence.
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// True for combining marks that are part of words in Indic scripts (vowel
/// signs, virama), which `char::is_alphanumeric` does not count.
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}' | '\u{0951}'..='\u{0957}'
        | '\u{0962}' | '\u{0963}' | '\u{0B82}' | '\u{0BBE}'..='\u{0BCD}' | '\u{0BD7}'
        | '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{05B0}'..='\u{05C7}' | '\u{200C}')
}

/// The bit of `language` in the masks of [`stop_word_languages`].
fn bit(language: Language) -> u32 {
    1 << (language as u32)
}

/// Each stop word of every language, with the languages whose list holds it as
/// a bit mask (bit `i` for `Language::ALL[i]`). Built on first use.
fn stop_word_languages() -> &'static FxHashMap<&'static str, u32> {
    static MAP: OnceLock<FxHashMap<&'static str, u32>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = FxHashMap::default();
        for language in Language::ALL {
            for word in language.stop_words() {
                *map.entry(word).or_insert(0) |= bit(language);
            }
        }
        map
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_fit_in_the_masks() {
        assert!(Language::ALL.len() <= 32);
        for (i, l) in Language::ALL.into_iter().enumerate() {
            assert_eq!(l as usize, i, "Language::ALL is in declaration order");
        }
    }

    #[test]
    fn samples_are_bounded_and_cut_at_char_boundaries() {
        let text = "é".repeat(SAMPLE_BYTES);
        let windows = sample(&text);
        assert_eq!(windows.len(), SAMPLE_WINDOWS);
        assert!(windows.iter().map(|w| w.len()).sum::<usize>() <= SAMPLE_BYTES);
        assert_eq!(sample("short"), ["short"]);
    }

    #[test]
    fn scripts_of_letters() {
        assert_eq!(script('é'), Script::Latin);
        assert_eq!(script('ж'), Script::Cyrillic);
        assert_eq!(script('λ'), Script::Greek);
        assert_eq!(script('ա'), Script::Armenian);
        assert_eq!(script('ש'), Script::Hebrew);
        assert_eq!(script('ع'), Script::Arabic);
        assert_eq!(script('क'), Script::Devanagari);
        assert_eq!(script('த'), Script::Tamil);
        assert_eq!(script('字'), Script::Han);
        assert_eq!(script('の'), Script::Kana);
        assert_eq!(script('한'), Script::Hangul);
        assert_eq!(script('ก'), Script::Other);
    }

    #[test]
    fn too_short_or_mixed_texts_are_not_told() {
        assert_eq!(detect_language(""), None);
        assert_eq!(detect_language("Yes."), None);
        assert_eq!(detect_language("12345 67890 !!!"), None);
        let mixed = "The council met on Monday. Der Rat tagte am Montag. \
                     Le conseil s'est réuni lundi. El consejo se reunió el lunes.";
        assert_eq!(detect_language(mixed), None);
    }

    #[test]
    fn initials_do_not_vote() {
        // A team sheet: its second half is names with initials ("D Hickie",
        // "O'Driscoll"), whose letters are one-letter French stop words.
        let report = "The coach named five new players in the squad for the opening match on \
            Saturday. He said that the young centre had earned his place after a strong season \
            with his club, and that the team would be announced on the morning of the game. ";
        let sheet = "Squad: B O'Driscoll (Leinster), D Hickie (Leinster), A Horgan (Munster), \
            S Horgan (Leinster), D Humphreys (Ulster), K Maggs (Ulster), G Murphy (Leicester), \
            R O'Gara (Munster), S Payne (Munster), P Stringer (Munster), J Kelly (Munster), \
            N McMillan (Ulster), T Howe (Ulster), K Gleeson (Leinster), L Moody (Leicester).";
        assert_eq!(
            detect_language(&format!("{report}{sheet}")),
            Some(Language::English)
        );
        assert!(is_initial("D") && is_initial("É"));
        assert!(!is_initial("a") && !is_initial("Dr") && !is_initial(""));
    }
}
