//! Chinese, Japanese and Korean terms. These languages write no spaces between
//! words (Korean writes them between phrases, with particles glued on), so no
//! word list or stemmer applies; instead, as search engines do for CJK text,
//! overlapping character bigrams stand for words: `中华人民` gives `中华`, `华人`,
//! `人民`, and `정부는` gives `정부`, `부는` (sharing `정부` with `정부가`).
//! Katakana words (mostly loanwords) stay whole; Hiragana (Japanese grammar:
//! particles, inflections) makes no terms.

/// The writing system of a character, as far as term making cares.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Script {
    /// Han ideographs (CJK Unified Ideographs and their extensions, compatibility ideographs).
    Han,
    /// Japanese Hiragana.
    Hiragana,
    /// Japanese Katakana, with the prolonged sound mark `ー`.
    Katakana,
    /// Korean Hangul syllables and jamo.
    Hangul,
    /// Anything else.
    Other,
}

/// The [`Script`] of `c`.
pub(crate) fn script(c: char) -> Script {
    match c {
        '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}'
        | '\u{F900}'..='\u{FAFF}'
        | '\u{20000}'..='\u{2FA1F}'
        | '々' => Script::Han,
        '\u{3041}'..='\u{309F}' => Script::Hiragana,
        '\u{30A0}'..='\u{30FF}' | '\u{31F0}'..='\u{31FF}' | '\u{FF66}'..='\u{FF9F}' => {
            Script::Katakana
        }
        '\u{AC00}'..='\u{D7AF}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
            Script::Hangul
        }
        _ => Script::Other,
    }
}

/// True when every character of `word` is of `wanted` script.
pub(crate) fn all_of(word: &str, wanted: Script) -> bool {
    !word.is_empty() && word.chars().all(|c| script(c) == wanted)
}

/// Calls `emit` with each term of `chars` (a run of Han characters or a
/// Hangul word): each overlapping pair of characters, or the character alone
/// when there is only one.
pub(crate) fn bigrams(chars: &[char], mut emit: impl FnMut(&[char])) {
    if let [single] = chars {
        emit(std::slice::from_ref(single));
        return;
    }
    for pair in chars.windows(2) {
        emit(pair);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scripts() {
        assert_eq!(script('中'), Script::Han);
        assert_eq!(script('の'), Script::Hiragana);
        assert_eq!(script('カ'), Script::Katakana);
        assert_eq!(script('ー'), Script::Katakana);
        assert_eq!(script('한'), Script::Hangul);
        assert_eq!(script('a'), Script::Other);
        assert!(all_of("東京", Script::Han));
        assert!(!all_of("東京タワー", Script::Han));
        assert!(!all_of("", Script::Han));
    }

    #[test]
    fn bigrams_overlap_and_single_characters_stay() {
        let run: Vec<char> = "中华人民".chars().collect();
        let mut out = Vec::new();
        bigrams(&run, |b| out.push(b.iter().collect::<String>()));
        assert_eq!(out, ["中华", "华人", "人民"]);
        out.clear();
        bigrams(&['国'], |b| out.push(b.iter().collect::<String>()));
        assert_eq!(out, ["国"]);
        out.clear();
        bigrams(&[], |b| out.push(b.iter().collect::<String>()));
        assert!(out.is_empty());
    }
}
