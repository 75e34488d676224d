//! Character classes the segmenter reasons with: sentence terminals, closing and
//! opening punctuation, list bullets. Pure functions of one `char`.

/// How a terminal character ends (or may end) a sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Terminal {
    /// `.` and `…`: ambiguous, decided by the period and ellipsis rules.
    Dot,
    /// `!`, `?` and their doubled forms (`‼`, `⁈`): end a sentence unless a
    /// lower-case word follows (`"Why?" she asked.`).
    Bang,
    /// Question marks of scripts without letter case (Arabic `؟`, Greek `;`
    /// U+037E, Devanagari danda `।` `॥`): like [`Terminal::Bang`].
    Uncased,
    /// Full-width CJK terminals (`。！？．｡`) and the full stops of other
    /// scripts (Armenian `։`, Urdu `۔`, Ethiopic `።`, Myanmar `။`, Tibetan `།`,
    /// Khmer `។`, …): they are never abbreviation or decimal points, so they
    /// always end a sentence, with or without a space after.
    FullWidth,
}

/// The terminal class of `c`, if it can end a sentence.
pub(super) fn terminal(c: char) -> Option<Terminal> {
    match c {
        '.' | '…' => Some(Terminal::Dot),
        '!' | '?' | '‼' | '⁇' | '⁈' | '⁉' => Some(Terminal::Bang),
        '؟' | '\u{037E}' | '।' | '॥' => Some(Terminal::Uncased),
        '。' | '！' | '？' | '．' | '｡' => Some(Terminal::FullWidth),
        // Armenian full stop; Arabic full stop (Urdu); Syriac end of paragraph
        // and full stops; N'Ko exclamation mark; Tibetan shad; Myanmar section
        // (the full stop); Ethiopic full stop, question mark and paragraph
        // separator; Khmer khan and bariyoosan; Mongolian full stops; Lisu and
        // Vai full stops and question mark.
        '\u{0589}'
        | '\u{06D4}'
        | '\u{0700}'..='\u{0702}'
        | '\u{07F9}'
        | '\u{0F0D}'
        | '\u{104B}'
        | '\u{1362}'
        | '\u{1367}'
        | '\u{1368}'
        | '\u{17D4}'
        | '\u{17D5}'
        | '\u{1803}'
        | '\u{1809}'
        | '\u{A4FF}'
        | '\u{A60E}'
        | '\u{A60F}' => Some(Terminal::FullWidth),
        _ => None,
    }
}

/// True for the first UTF-8 byte of every character [`terminal`] accepts, so the
/// scanner can skip all other bytes without decoding them.
pub(super) const fn is_terminal_lead_byte(b: u8) -> bool {
    // '.' '!' '?'; 0xCD: U+037E; 0xD6: U+0589; 0xD8: U+061F; 0xDB: U+06D4;
    // 0xDC: U+0700-2; 0xDF: U+07F9; 0xE0: U+0964/5, U+0F0D; 0xE1: U+104B,
    // U+1362/7/8, U+17D4/5, U+1803/9; 0xE2: U+2026, U+203C, U+2047-9;
    // 0xE3: U+3002; 0xEA: U+A4FF, U+A60E/F; 0xEF: U+FF01, U+FF0E, U+FF1F, U+FF61.
    matches!(
        b,
        b'.' | b'!'
            | b'?'
            | 0xCD
            | 0xD6
            | 0xD8
            | 0xDB
            | 0xDC
            | 0xDF
            | 0xE0
            | 0xE1
            | 0xE2
            | 0xE3
            | 0xEA
            | 0xEF
    )
}

/// Punctuation that closes a quotation or bracket and so stays with the
/// sentence it ends: `He said "Go."`, `(See below.)`.
pub(super) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '”'
            | '’'
            | '»'
            | '›'
            | ')'
            | ']'
            | '}'
            | '」'
            | '』'
            | '）'
            | '】'
            | '〕'
            | '〉'
            | '》'
            | '｣'
    )
}

/// Punctuation that opens a quotation or bracket, skipped to find the first
/// letter of a word (`"Why?"`, `(See`, `¿Qué`).
pub(super) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '‘'
            | '„'
            | '‚'
            | '«'
            | '‹'
            | '('
            | '['
            | '{'
            | '¿'
            | '¡'
            | '「'
            | '『'
            | '（'
            | '【'
            | '〔'
            | '〈'
            | '《'
    )
}

/// Bullets that start a list item. `inline` bullets (not `-`, `*`, `+`) also
/// separate items written on one line: `• one • two`.
pub(super) fn bullet(c: char) -> Option<Bullet> {
    match c {
        '-' | '*' | '+' => Some(Bullet { c, inline: false }),
        '•' | '◦' | '‣' | '⁃' | '▪' | '▫' | '●' | '○' | '■' | '□' | '►' | '➢' | '✓' | '✔' => {
            Some(Bullet { c, inline: true })
        }
        _ => None,
    }
}

/// A list bullet character.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Bullet {
    /// The bullet itself.
    pub c: char,
    /// Whether a repeat of this bullet inside a line starts a new item.
    pub inline: bool,
}

/// True for a roman numeral of up to eight letters, upper case (`IV`, `XII`),
/// as in `Vol. IV` or `Ch. XII`.
pub(super) fn is_roman_numeral(word: &str) -> bool {
    !word.is_empty()
        && word.len() <= 8
        && word
            .bytes()
            .all(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C' | b'D' | b'M'))
}
