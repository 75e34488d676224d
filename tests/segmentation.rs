//! Sentence segmentation: named case tables (grouped as BASICS, ABBREVIATIONS,
//! QUOTES, LISTS, LAYOUT, NUMBERS, MULTILINGUAL, REGRESSION), the English
//! Golden Rules (tests/data/segmentation/, MIT, with known failures kept in the
//! table), the two sentence-splitting probe texts, and property tests of the offsets.
#![cfg(not(target_arch = "wasm32"))]

use precis::{sentences, sentences_in, Language, Sentence, MAX_SENTENCE_BYTES};
use proptest::prelude::*;

mod fixed_seed;

/// A named case: input and the expected sentences (trimmed).
type Case = (&'static str, &'static str, &'static [&'static str]);

/// Segments `input` in `language`, checks the invariants, returns the texts.
fn split(input: &str, language: Language) -> Vec<&str> {
    let found: Vec<Sentence<'_>> = sentences_in(input, language).collect();
    check_invariants(input, &found);
    found.iter().map(|s| s.text).collect()
}

/// Runs a table, naming the failing case.
fn run(table: &[Case], language: Language) {
    for &(name, input, expected) in table {
        assert_eq!(split(input, language), expected, "case {name:?}: {input:?}");
    }
}

const BASICS: &[Case] = &[
    (
        "two sentences",
        "Hello World. My name is Jonas.",
        &["Hello World.", "My name is Jonas."],
    ),
    ("empty", "", &[]),
    ("white space only", " \n\t \n\n  ", &[]),
    ("no punctuation", "just some words", &["just some words"]),
    (
        "surrounding space trimmed",
        "  Hi there.  \n",
        &["Hi there."],
    ),
    (
        "question exclamation period",
        "What? Yes! No.",
        &["What?", "Yes!", "No."],
    ),
    (
        "double punctuation",
        "Really?! Yes. Hello!! Bye",
        &["Really?!", "Yes.", "Hello!!", "Bye"],
    ),
    (
        "exclamation in a name",
        "She works at Yahoo! in the accounting department.",
        &["She works at Yahoo! in the accounting department."],
    ),
    (
        "lower-case start after period",
        "He said no. and then he left.",
        &["He said no. and then he left."],
    ),
];

const ABBREVIATIONS: &[Case] = &[
    (
        "military ranks before names",
        "Army Spc. John Smith and Pfc. Joe Doe were hurt. Sgt. Maj. Bob Lee and Lt. Col. Ann Roe were not.",
        &[
            "Army Spc. John Smith and Pfc. Joe Doe were hurt.",
            "Sgt. Maj. Bob Lee and Lt. Col. Ann Roe were not.",
        ],
    ),
    (
        "police, civic and political titles",
        "Det. Supt. Jane Roe met Gov. Bill Lee, Sen. Ann Ray and Cllr. Bob Hill. Rep. Tom Fay did not.",
        &[
            "Det. Supt. Jane Roe met Gov. Bill Lee, Sen. Ann Ray and Cllr. Bob Hill.",
            "Rep. Tom Fay did not.",
        ],
    ),
    (
        "retired rank in brackets",
        "Gen. John Smith (Ret.) spoke. Capt. Ann Lee and Adm. Roy Doe listened.",
        &["Gen. John Smith (Ret.) spoke.", "Capt. Ann Lee and Adm. Roy Doe listened."],
    ),
    (
        "titles",
        "Mr. and Mrs. Smith met Dr. Jones and Prof. Lee.",
        &["Mr. and Mrs. Smith met Dr. Jones and Prof. Lee."],
    ),
    (
        "initials",
        "The book is by J. K. Rowling. It sold well.",
        &["The book is by J. K. Rowling.", "It sold well."],
    ),
    (
        "middle initial",
        "My name is Jonas E. Smith.",
        &["My name is Jonas E. Smith."],
    ),
    (
        "pronoun I ends",
        "We make a good team, you and I. Did you see Albert I. Jones?",
        &[
            "We make a good team, you and I.",
            "Did you see Albert I. Jones?",
        ],
    ),
    (
        "degree",
        "Dr. Jones has a Ph.D. from MIT. He teaches.",
        &["Dr. Jones has a Ph.D. from MIT.", "He teaches."],
    ),
    (
        "company mid-sentence",
        "She works at Acme Inc. in Boston.",
        &["She works at Acme Inc. in Boston."],
    ),
    (
        "company ends sentence",
        "They closed the deal with Pitt, Briggs & Co. It closed yesterday.",
        &[
            "They closed the deal with Pitt, Briggs & Co.",
            "It closed yesterday.",
        ],
    ),
    (
        "company before a title",
        "Acme Inc. Chief Executive Jane Roe resigned.",
        &["Acme Inc. Chief Executive Jane Roe resigned."],
    ),
    (
        "figure number",
        "See Fig. 3 for details.",
        &["See Fig. 3 for details."],
    ),
    (
        "page number",
        "Please turn to p. 55.",
        &["Please turn to p. 55."],
    ),
    (
        "volume roman numeral",
        "Read Vol. IV first.",
        &["Read Vol. IV first."],
    ),
    (
        "month",
        "He came on Nov. 5. He left on Dec. 12.",
        &["He came on Nov. 5.", "He left on Dec. 12."],
    ),
    (
        "e.g. and i.e.",
        "Some fruit, e.g. apples, i.e. the red ones.",
        &["Some fruit, e.g. apples, i.e. the red ones."],
    ),
    (
        "U.S. before a name",
        "The U.S. Army arrived.",
        &["The U.S. Army arrived."],
    ),
    (
        "U.S. ends sentence",
        "I live in the U.S. How about you?",
        &["I live in the U.S.", "How about you?"],
    ),
    (
        "U.S.A. mid-sentence",
        "I visited the U.S.A. last year.",
        &["I visited the U.S.A. last year."],
    ),
    (
        "time mid-sentence",
        "The U.S. Army arrived at 5 p.m. on Friday.",
        &["The U.S. Army arrived at 5 p.m. on Friday."],
    ),
    (
        "time ends sentence",
        "He left at 6 P.M. Mr. Smith stayed.",
        &["He left at 6 P.M.", "Mr. Smith stayed."],
    ),
    (
        "time in an opening phrase",
        "At 5 a.m. Mr. Smith went to the bank.",
        &["At 5 a.m. Mr. Smith went to the bank."],
    ),
    (
        "etc. ends sentence",
        "We sold apples, pears, etc. The rest rotted.",
        &["We sold apples, pears, etc.", "The rest rotted."],
    ),
    (
        "versus",
        "It was Smith vs. Jones in court.",
        &["It was Smith vs. Jones in court."],
    ),
    (
        "street abbreviation",
        "St. Michael's Church is on 5th st. near the light.",
        &["St. Michael's Church is on 5th st. near the light."],
    ),
    (
        "apostrophe after abbreviation",
        "That is JFK Jr.'s book.",
        &["That is JFK Jr.'s book."],
    ),
    (
        "district",
        "He lived in Washington D.C. last year.",
        &["He lived in Washington D.C. last year."],
    ),
];

const QUOTES: &[Case] = &[
    (
        "quote closes after period",
        "He said \"Go.\" Then he left.",
        &["He said \"Go.\"", "Then he left."],
    ),
    (
        "parenthesis closes after period",
        "(See below.) Then it rained.",
        &["(See below.)", "Then it rained."],
    ),
    (
        "question in quotes, lower case after",
        "\"Why?\" she asked.",
        &["\"Why?\" she asked."],
    ),
    (
        "single quotes",
        "She said, 'Fine.' Then she left.",
        &["She said, 'Fine.'", "Then she left."],
    ),
    (
        "curly quotes",
        "“It’s over.” He left.",
        &["“It’s over.”", "He left."],
    ),
    (
        "quote then lower case",
        "She turned to him, \"This is great.\" she said.",
        &["She turned to him, \"This is great.\" she said."],
    ),
    (
        "parenthetical sentence inside",
        "He teaches (He worked as an engineer.) at the college.",
        &["He teaches (He worked as an engineer.) at the college."],
    ),
    (
        "quote opens next sentence",
        "It rained. \"Why?\" she asked.",
        &["It rained.", "\"Why?\" she asked."],
    ),
];

const LISTS: &[Case] = &[
    (
        "numbered lines",
        "Steps:\n1. Open the box\n2. Take it out\n3. Enjoy",
        &["Steps:", "1. Open the box", "2. Take it out", "3. Enjoy"],
    ),
    (
        "dashed lines",
        "- eggs\n- milk\n- bread",
        &["- eggs", "- milk", "- bread"],
    ),
    (
        "bullets in one line",
        "• one • two • three",
        &["• one", "• two", "• three"],
    ),
    (
        "letters with parenthesis",
        "a) first b) second",
        &["a) first", "b) second"],
    ),
    (
        "letters with period",
        "a. The first item b. The second item",
        &["a. The first item", "b. The second item"],
    ),
    (
        "enclosed numbers",
        "(1) alpha (2) beta",
        &["(1) alpha", "(2) beta"],
    ),
    (
        "numbers in one line",
        "1) The first item 2) The second item",
        &["1) The first item", "2) The second item"],
    ),
    (
        "numbered sentences",
        "1. The first item. 2. The second item.",
        &["1. The first item.", "2. The second item."],
    ),
    (
        "bullet and number",
        "• 9. The first item • 10. The second item",
        &["• 9. The first item", "• 10. The second item"],
    ),
    (
        "wrapped item",
        "- a long item that wraps\n  onto the next line\n- second",
        &["- a long item that wraps\n  onto the next line", "- second"],
    ),
];

const LAYOUT: &[Case] = &[
    ("title line", "Markets rally as inflation cools\nStocks rose on Monday as investors cheered the data. Bonds fell.", &["Markets rally as inflation cools", "Stocks rose on Monday as investors cheered the data.", "Bonds fell."]),
    ("wrapped, lower-case continuation", "The company said on Monday that it\nwould cut 500 jobs.", &["The company said on Monday that it\nwould cut 500 jobs."]),
    ("wrapped, similar lengths", "The deal, announced late on Tuesday by the chief executive of\nAcme Corp, values the group at about four billion dollars.", &["The deal, announced late on Tuesday by the chief executive of\nAcme Corp, values the group at about four billion dollars."]),
    ("byline", "By Jane Doe | March 3, 2024\nThe company said it would cut jobs.", &["By Jane Doe | March 3, 2024", "The company said it would cut jobs."]),
    ("dateline", "LONDON (Reuters) - Britain's economy grew 0.5% in the third quarter. The pound rose.", &["LONDON (Reuters) - Britain's economy grew 0.5% in the third quarter.", "The pound rose."]),
    ("dateline on its own line", "LONDON (Reuters) -\nBritain's economy grew.", &["LONDON (Reuters) -\nBritain's economy grew."]),
    ("no punctuation, paragraphs", "first line here\n\nsecond paragraph without stops", &["first line here", "second paragraph without stops"]),
    ("no punctuation, short lines", "Apples\nPears\nPlums", &["Apples", "Pears", "Plums"]),
    ("windows line ends", "One.\r\n\r\nTwo.\r\n", &["One.", "Two."]),
    ("missing space after period", "The firm announced a restructuring.The firm will cut jobs.", &["The firm announced a restructuring.", "The firm will cut jobs."]),
    ("no split in U.S.A, example.com, Node.js", "He used Node.js at example.com in the U.S.A yesterday.", &["He used Node.js at example.com in the U.S.A yesterday."]),
    ("period line break", "It rained.\nThen it stopped.", &["It rained.", "Then it stopped."]),
];

const NUMBERS: &[Case] = &[
    (
        "money and decimals",
        "The firm paid $37 billion, or $5.50 a share, up 3.14 percent.",
        &["The firm paid $37 billion, or $5.50 a share, up 3.14 percent."],
    ),
    (
        "pounds",
        "It costs £1.6m. The buyer paid cash.",
        &["It costs £1.6m.", "The buyer paid cash."],
    ),
    (
        "money ends sentence",
        "She has $100.00. It is in her bag.",
        &["She has $100.00.", "It is in her bag."],
    ),
    (
        "percent",
        "Prices fell 0.5% in Q3. Wages rose.",
        &["Prices fell 0.5% in Q3.", "Wages rose."],
    ),
    (
        "version",
        "Released v1.2.3 today. Upgrade now.",
        &["Released v1.2.3 today.", "Upgrade now."],
    ),
    (
        "url",
        "Visit https://example.com/a.html?x=1. Then log in.",
        &["Visit https://example.com/a.html?x=1.", "Then log in."],
    ),
    (
        "e-mail",
        "Her email is Jane.Doe@example.com. I sent her an email.",
        &["Her email is Jane.Doe@example.com.", "I sent her an email."],
    ),
    (
        "file names",
        "Open config.yaml and README.md now.",
        &["Open config.yaml and README.md now."],
    ),
    (
        "number sign",
        "You can find it at N°. 1026.253.553. That is where the treasure is.",
        &[
            "You can find it at N°. 1026.253.553.",
            "That is where the treasure is.",
        ],
    ),
];

const MULTILINGUAL: &[(&str, Language, &str, &[&str])] = &[
    (
        "chinese full stops",
        Language::English,
        "今天天气很好。我们去公园吧！你来吗？",
        &["今天天气很好。", "我们去公园吧！", "你来吗？"],
    ),
    (
        "spanish inverted marks",
        Language::Spanish,
        "¿Cómo estás? Bien, gracias. ¡Qué bien!",
        &["¿Cómo estás?", "Bien, gracias.", "¡Qué bien!"],
    ),
    (
        "spanish title",
        Language::Spanish,
        "El Sr. García llegó. La Sra. López no.",
        &["El Sr. García llegó.", "La Sra. López no."],
    ),
    (
        "arabic question mark",
        Language::English,
        "هل أنت بخير؟ نعم.",
        &["هل أنت بخير؟", "نعم."],
    ),
    (
        "greek question mark",
        Language::English,
        "Τι κάνεις\u{37E} Καλά.",
        &["Τι κάνεις\u{37E}", "Καλά."],
    ),
    (
        "hindi danda",
        Language::English,
        "यह अच्छा है। वह आया।",
        &["यह अच्छा है।", "वह आया।"],
    ),
    (
        "french guillemets",
        Language::French,
        "« C'est fini. » Il est parti.",
        &["« C'est fini. »", "Il est parti."],
    ),
    (
        "french single guillemets",
        Language::French,
        "‹ Vraiment ? › Il sourit. ‹ Oui\u{a0}! › Et après\u{202f}?\u{202f}›",
        &[
            "‹ Vraiment ? ›",
            "Il sourit.",
            "‹ Oui\u{a0}! ›",
            "Et après\u{202f}?\u{202f}›",
        ],
    ),
    (
        "french monsieur",
        Language::French,
        "M. Dupont est arrivé. Il pleut.",
        &["M. Dupont est arrivé.", "Il pleut."],
    ),
    (
        "german abbreviations",
        Language::German,
        "Das kostet ca. 5 Euro, z.B. im Laden usw. Das ist gut.",
        &["Das kostet ca. 5 Euro, z.B. im Laden usw.", "Das ist gut."],
    ),
    (
        "german ordinal date",
        Language::German,
        "Am 3. Oktober ist Feiertag. Wir feiern.",
        &["Am 3. Oktober ist Feiertag.", "Wir feiern."],
    ),
    (
        "dutch",
        Language::Dutch,
        "Dhr. Jansen woont in nr. 5. Hij is blij.",
        &["Dhr. Jansen woont in nr. 5.", "Hij is blij."],
    ),
    (
        "italian",
        Language::Italian,
        "Il Dott. Rossi è qui. Lui parla.",
        &["Il Dott. Rossi è qui.", "Lui parla."],
    ),
    (
        "portuguese",
        Language::Portuguese,
        "O Sr. Silva chegou. Ele falou.",
        &["O Sr. Silva chegou.", "Ele falou."],
    ),
];

/// The sentence ends of other scripts, with the language given (`Some`) or
/// language-neutral (`None`, as for a text whose language is not told).
const SCRIPTS: &[(&str, Option<Language>, &str, &[&str])] = &[
    (
        "armenian full stop",
        Some(Language::Armenian),
        "Քաղաքը մեծ է։ Այնտեղ շատ մարդ կա։",
        &["Քաղաքը մեծ է։", "Այնտեղ շատ մարդ կա։"],
    ),
    (
        "armenian, neutral",
        None,
        "Քաղաքը մեծ է։ Այնտեղ շատ մարդ կա։",
        &["Քաղաքը մեծ է։", "Այնտեղ շատ մարդ կա։"],
    ),
    (
        "urdu full stop",
        None,
        "یہ شہر بڑا ہے۔ یہاں بہت لوگ رہتے ہیں۔",
        &["یہ شہر بڑا ہے۔", "یہاں بہت لوگ رہتے ہیں۔"],
    ),
    (
        "persian question mark",
        Some(Language::Persian),
        "آیا این ممکن است؟ بله، ممکن است.",
        &["آیا این ممکن است؟", "بله، ممکن است."],
    ),
    (
        "ethiopic full stop",
        None,
        "ከተማው ትልቅ ነው። ብዙ ሰዎች ይኖራሉ።",
        &["ከተማው ትልቅ ነው።", "ብዙ ሰዎች ይኖራሉ።"],
    ),
    (
        "greek question mark as a semicolon",
        Some(Language::Greek),
        "Πού είναι ο σταθμός; Είναι κοντά.",
        &["Πού είναι ο σταθμός;", "Είναι κοντά."],
    ),
    (
        "greek question mark",
        Some(Language::Greek),
        "Πού είναι ο σταθμός\u{37E} Είναι κοντά.",
        &["Πού είναι ο σταθμός\u{37E}", "Είναι κοντά."],
    ),
    (
        "myanmar full stop",
        None,
        "မြို့ကြီး ဖြစ်သည်။ လူများစွာ နေထိုင်ကြသည်။",
        &["မြို့ကြီး ဖြစ်သည်။", "လူများစွာ နေထိုင်ကြသည်။"],
    ),
    (
        "khmer full stop",
        None,
        "ទីក្រុងធំ។ មនុស្សច្រើនរស់នៅ។",
        &["ទីក្រុងធំ។", "មនុស្សច្រើនរស់នៅ។"],
    ),
    (
        "hindi danda and question mark",
        Some(Language::Hindi),
        "शहर बड़ा है। क्या यह सच है? हाँ।",
        &["शहर बड़ा है।", "क्या यह सच है?", "हाँ।"],
    ),
    (
        "hebrew",
        Some(Language::Hebrew),
        "העיר גדולה. גרים בה אנשים רבים.",
        &["העיר גדולה.", "גרים בה אנשים רבים."],
    ),
    (
        "japanese quote runs on into its sentence",
        Some(Language::Japanese),
        "彼は「行きます。」と言った。私も行く。",
        &["彼は「行きます。」と言った。", "私も行く。"],
    ),
    (
        "japanese full stops inside a quote",
        Some(Language::Japanese),
        "「はい。そうです。」彼は答えた。",
        &["「はい。そうです。」彼は答えた。"],
    ),
    (
        "chinese quote after a colon ends its sentence",
        Some(Language::Chinese),
        "他说：“我们走吧。”第二天他们出发了。",
        &["他说：“我们走吧。”", "第二天他们出发了。"],
    ),
    (
        "chinese quote before its speaker",
        Some(Language::Chinese),
        "“走吧。”他说。大家都笑了。",
        &["“走吧。”他说。", "大家都笑了。"],
    ),
    (
        "korean",
        Some(Language::Korean),
        "도시는 크다. 사람이 많이 산다? 그렇다!",
        &["도시는 크다.", "사람이 많이 산다?", "그렇다!"],
    ),
    (
        "russian initials and abbreviations",
        Some(Language::Russian),
        "Об этом сообщил А. С. Петров, т. е. глава совета. Решение принято.",
        &[
            "Об этом сообщил А. С. Петров, т. е. глава совета.",
            "Решение принято.",
        ],
    ),
];

const REGRESSION: &[Case] = &[
    (
        "trailing ellipsis ends",
        "Then he left... The rate rose.",
        &["Then he left...", "The rate rose."],
    ),
    (
        "ellipsis before lower case",
        "He paused... then spoke.",
        &["He paused... then spoke."],
    ),
    (
        "spaced ellipsis mid-sentence",
        "I mean ... well, no . . . I didn't.",
        &["I mean ... well, no . . . I didn't."],
    ),
    (
        "unicode ellipsis ends",
        "Wait… What happened?",
        &["Wait…", "What happened?"],
    ),
    (
        "omission in brackets",
        "\"Bohr [...] used stairways [...]\" (Smith 55).",
        &["\"Bohr [...] used stairways [...]\" (Smith 55)."],
    ),
    (
        "four dots",
        "I never meant that.... She left the store.",
        &["I never meant that....", "She left the store."],
    ),
    (
        "period then spaced ellipsis",
        "It was over. . . . The end came.",
        &["It was over.", ". . . The end came."],
    ),
    (
        "sentence starting with a number",
        "Sales rose. 2024 was good.",
        &["Sales rose.", "2024 was good."],
    ),
];

#[test]
fn basics() {
    run(BASICS, Language::English);
}

#[test]
fn abbreviations() {
    run(ABBREVIATIONS, Language::English);
}

#[test]
fn quotes() {
    run(QUOTES, Language::English);
}

#[test]
fn lists() {
    run(LISTS, Language::English);
}

#[test]
fn layout() {
    run(LAYOUT, Language::English);
}

#[test]
fn numbers() {
    run(NUMBERS, Language::English);
}

#[test]
fn multilingual() {
    for &(name, language, input, expected) in MULTILINGUAL {
        assert_eq!(
            split(input, language),
            expected,
            "case {name:?} ({language}): {input:?}"
        );
    }
}

#[test]
fn scripts() {
    for &(name, language, input, expected) in SCRIPTS {
        let found: Vec<&str> = sentences_in(input, language).map(|s| s.text).collect();
        assert_eq!(found, expected, "case {name:?} ({language:?}): {input:?}");
    }
}

#[test]
fn regression() {
    run(REGRESSION, Language::English);
}

#[test]
fn language_changes_the_abbreviations() {
    let text = "Wir fahren nach Berlin bzw. Hamburg. Siehe Abb. 3 unten.";
    assert_eq!(
        split(text, Language::German),
        [
            "Wir fahren nach Berlin bzw. Hamburg.",
            "Siehe Abb. 3 unten."
        ]
    );
    assert_eq!(
        split(text, Language::English),
        [
            "Wir fahren nach Berlin bzw.",
            "Hamburg.",
            "Siehe Abb.",
            "3 unten."
        ],
        "English does not know bzw. or Abb."
    );
}

#[test]
fn paragraphs_count_blocks_with_sentences() {
    let text = "\n\nTitle\nOne. Two.\n  \t\nThree.\n\n\n\nFour.";
    let found: Vec<(&str, usize)> = sentences(text).map(|s| (s.text, s.paragraph)).collect();
    assert_eq!(
        found,
        [
            ("Title", 0),
            ("One.", 0),
            ("Two.", 0),
            ("Three.", 1),
            ("Four.", 2)
        ]
    );
}

#[test]
fn probe_a() {
    let text = "Mr. Smith paid $5.50 for the U.S. edition on Nov. 5. He said, \"It's fine.\" Then he left... \
                The rate rose 3.14 percent, e.g. in Washington D.C. last year. Dr. Jones has a Ph.D. from MIT. \
                Was it worth it? Yes!";
    assert_eq!(
        split(text, Language::English),
        [
            "Mr. Smith paid $5.50 for the U.S. edition on Nov. 5.",
            "He said, \"It's fine.\"",
            "Then he left...",
            "The rate rose 3.14 percent, e.g. in Washington D.C. last year.",
            "Dr. Jones has a Ph.D. from MIT.",
            "Was it worth it?",
            "Yes!",
        ]
    );
}

#[test]
fn probe_b() {
    let text = "The U.S. Army arrived at 5 p.m. on Friday. She works at Acme Inc. in Boston. \"Why?\" she asked. \
                See Fig. 3 for details. Prices fell 0.5% in Q3.";
    assert_eq!(
        split(text, Language::English),
        [
            "The U.S. Army arrived at 5 p.m. on Friday.",
            "She works at Acme Inc. in Boston.",
            "\"Why?\" she asked.",
            "See Fig. 3 for details.",
            "Prices fell 0.5% in Q3.",
        ]
    );
}

#[test]
fn spans_are_exact_byte_offsets() {
    let text = "😀 Hi. Ça va? Oui.";
    let spans: Vec<(usize, usize)> = sentences(text)
        .map(|s| (s.span.start, s.span.end))
        .collect();
    assert_eq!(spans, [(0, 8), (9, 16), (17, 21)]);
}

#[test]
fn long_text_without_punctuation_is_capped() {
    let text = "word ".repeat(100_000);
    let found: Vec<Sentence<'_>> = sentences(&text).collect();
    check_invariants(&text, &found);
    assert!(found.len() > 100);
    let unbroken = "x".repeat(20_000);
    let found: Vec<Sentence<'_>> = sentences(&unbroken).collect();
    check_invariants(&unbroken, &found);
    assert_eq!(found.len(), 20_000_usize.div_ceil(MAX_SENTENCE_BYTES));
}

// ---------------------------------------------------------------------------
// Golden Rules

/// The English Golden Rules (pySBD / Pragmatic Segmenter, MIT; see the README
/// beside the file).
const GOLDEN_EN: &str = include_str!("data/segmentation/golden_en.jsonl");

/// Golden Rules this segmenter fails, by line number (from 1), with the reason.
/// The test asserts that exactly these fail.
const KNOWN_FAILURES: &[(usize, &str)] = &[];

/// One line of the golden-rules file.
#[derive(serde::Deserialize)]
struct GoldenRule {
    text: String,
    expected: Vec<String>,
}

#[test]
fn golden_rules_en() {
    let mut failed = Vec::new();
    let mut total = 0;
    for (n, line) in GOLDEN_EN
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
    {
        total += 1;
        let rule: GoldenRule = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("golden rule {}: not JSON: {e}", n + 1));
        let found = split(&rule.text, Language::English);
        let expected: Vec<&str> = rule.expected.iter().map(|s| s.trim()).collect();
        if found != expected {
            eprintln!(
                "golden rule {}: {:?}\n  expected {expected:?}\n  found    {found:?}",
                n + 1,
                rule.text
            );
            failed.push(n + 1);
        }
    }
    assert_eq!(total, 48);
    let known: Vec<usize> = KNOWN_FAILURES.iter().map(|&(n, _)| n).collect();
    assert_eq!(
        failed, known,
        "golden rules failing (left) vs KNOWN_FAILURES (right)"
    );
}

// ---------------------------------------------------------------------------
// Properties

/// Spans slice the input exactly, texts are trimmed and non-empty, spans are
/// ordered and non-overlapping, no sentence exceeds the cap, paragraphs never
/// decrease, and no non-white-space character is lost.
fn check_invariants(input: &str, found: &[Sentence<'_>]) {
    let mut previous_end = 0;
    let mut previous_paragraph = 0;
    for s in found {
        assert_eq!(s.span.slice(input), s.text, "{s:?} in {input:?}");
        assert_eq!(input.get(s.span.start..s.span.end), Some(s.text), "{s:?}");
        assert!(!s.text.is_empty(), "{s:?}");
        assert_eq!(s.text.trim(), s.text, "{s:?}");
        assert!(s.span.start >= previous_end, "{s:?} overlaps");
        assert!(s.text.len() <= MAX_SENTENCE_BYTES, "{} bytes", s.text.len());
        assert!(s.paragraph >= previous_paragraph, "{s:?}");
        previous_end = s.span.end;
        previous_paragraph = s.paragraph;
    }
    let kept: String = found
        .iter()
        .flat_map(|s| s.text.chars())
        .filter(|c| !c.is_whitespace())
        .collect();
    let all: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    assert_eq!(kept, all, "characters lost");
}

/// Fragments of sentence-like text.
const SENTENCE_ALPHABET: &[&str] = &[
    "a", "B", ".", " ", "\n", "\n\n", "?", "\"", "Mr.", "3.1", "…", "。", "1.", "• ", "(", ")",
    "U.S.", "e.g.",
];

/// Fragments of hard Unicode: combining marks, emoji ZWJ sequences, RTL text,
/// control characters, odd white space and punctuation.
const UNICODE_ALPHABET: &[&str] = &[
    "e\u{301}",
    "\u{301}",
    "👩\u{200D}👩\u{200D}👧",
    "🇫🇷",
    "שָׁלוֹם",
    "مرحبا",
    "\u{200F}",
    "\u{0}",
    "\u{7}",
    "\r",
    "\u{85}",
    "\u{2028}",
    "\u{2029}",
    "\u{a0}",
    "\u{3000}",
    "\t",
    "。",
    "！",
    "؟",
    "\u{37E}",
    "¿",
    "«",
    "»",
    " ",
    ".",
];

fn fragments(alphabet: &'static [&'static str]) -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(alphabet), 0..80).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(fixed_seed::config(512))]

    #[test]
    fn arbitrary_strings_keep_the_invariants(text in any::<String>()) {
        for language in Language::ALL {
            check_invariants(&text, &sentences_in(&text, language).collect::<Vec<_>>());
        }
    }

    #[test]
    fn printable_unicode_keeps_the_invariants(text in "\\PC{0,200}") {
        check_invariants(&text, &sentences(&text).collect::<Vec<_>>());
    }

    #[test]
    fn sentence_like_text_keeps_the_invariants(text in fragments(SENTENCE_ALPHABET)) {
        for language in [Language::English, Language::German] {
            check_invariants(&text, &sentences_in(&text, language).collect::<Vec<_>>());
        }
    }

    #[test]
    fn hard_unicode_keeps_the_invariants(
        text in prop::collection::vec(
            prop_oneof![prop::sample::select(UNICODE_ALPHABET), prop::sample::select(SENTENCE_ALPHABET)], 0..120,
        ).prop_map(|v| v.concat())
    ) {
        check_invariants(&text, &sentences(&text).collect::<Vec<_>>());
    }

    #[test]
    fn long_unpunctuated_text_is_capped(word in "[a-zé😀]{1,12}", repeat in 300usize..1500, space in any::<bool>()) {
        let sep = if space { " " } else { "" };
        let text = vec![word; repeat].join(sep);
        check_invariants(&text, &sentences(&text).collect::<Vec<_>>());
    }
}
