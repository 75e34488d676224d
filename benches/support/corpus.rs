//! Generated English-like article text for benchmarks (no third-party text, so
//! no licence question): real English function words for the stop-word path,
//! and content words drawn from a Zipf-distributed synthetic vocabulary so the
//! similarity graph sees a realistic mix of rare and common terms. Paragraphs
//! of 2–6 sentences of 8–35 words, with a topic that drifts every paragraph,
//! numbers and abbreviations, and a title line. Deterministic (fixed seed).

// Indices below are always taken modulo the slice length.
#![allow(clippy::indexing_slicing)]

const FUNCTION_WORDS: &[&str] = &[
    "the", "of", "and", "to", "in", "a", "that", "is", "for", "on", "with", "as", "was", "by",
    "at", "from", "it", "its", "this", "be", "has", "have", "had", "were", "are", "which", "after",
    "but", "not", "their", "said", "would", "will", "also", "more", "than", "about", "into",
    "over", "new",
];
const SYLLABLES: &[&str] = &[
    "ba", "ter", "lon", "mi", "sco", "ra", "ven", "dor", "pli", "ca", "nu", "gre", "sta", "fo",
    "lin", "mar", "qui", "del", "tro", "san", "bel", "cor", "vi", "mun", "pos", "zen", "har",
    "tel",
];
const EXTRAS: &[&str] = &[
    "Mr. Smith",
    "the U.S. market",
    "$37 billion",
    "3.14 percent",
    "e.g. prices",
    "Dr. Jones",
    "5 p.m.",
];

/// A deterministic pseudo-random generator (SplitMix64).
pub struct Rng(u64);

impl Rng {
    /// A generator starting from `seed`.
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    /// The next 64 pseudo-random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n` (`0` when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    /// A Zipf-like rank in `0..n` (probability ∝ 1 / (rank + 1)).
    pub fn zipf(&mut self, n: usize) -> usize {
        let u = (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
        (((n as f64 + 1.0).powf(u) - 1.0) as usize).min(n - 1)
    }
}

/// The synthetic content word of rank `rank`.
fn word(rank: usize) -> String {
    let mut w = String::new();
    let mut r = rank + 1;
    while r > 0 {
        w.push_str(SYLLABLES[r % SYLLABLES.len()]);
        r /= SYLLABLES.len();
    }
    w
}

/// About `bytes` bytes of article-like text.
pub fn article(bytes: usize) -> String {
    const VOCABULARY: usize = 20_000;
    let mut rng = Rng::new(7);
    let mut text = String::from("Council approves new plan for city transport\n\n");
    while text.len() < bytes {
        let topic: Vec<usize> = (0..8).map(|_| rng.zipf(VOCABULARY)).collect();
        for _ in 0..2 + rng.below(5) {
            let words = 8 + rng.below(28);
            let mut sentence = String::new();
            for k in 0..words {
                let piece = match rng.below(10) {
                    0..=3 => FUNCTION_WORDS[rng.below(FUNCTION_WORDS.len())].to_string(),
                    4..=5 => word(topic[rng.below(topic.len())]),
                    6 if rng.below(8) == 0 => EXTRAS[rng.below(EXTRAS.len())].to_string(),
                    _ => word(rng.zipf(VOCABULARY)),
                };
                if k == 0 {
                    let mut c = piece.chars();
                    if let Some(first) = c.next() {
                        sentence.extend(first.to_uppercase());
                        sentence.push_str(c.as_str());
                    }
                } else {
                    sentence.push(' ');
                    sentence.push_str(&piece);
                }
            }
            sentence.push_str(if rng.below(12) == 0 { "?" } else { "." });
            text.push_str(&sentence);
            text.push(' ');
        }
        text.push_str("\n\n");
    }
    text
}

/// About `bytes` bytes of whole-page pastes, one after another: each page has
/// a menu, a section list run together, a byline, an article of about 4 KB
/// (from [`article`]), teaser headlines with blurbs, a comment section and a
/// footer, as a select-all copy of a news page gives them. Deterministic.
pub fn page(bytes: usize) -> String {
    let body = article(bytes.max(4096));
    let paragraphs: Vec<&str> = body
        .split("\n\n")
        .skip(1)
        .filter(|p| !p.is_empty())
        .collect();
    let mut rng = Rng::new(11);
    let mut text = String::new();
    let mut next = 0;
    let headline = |rng: &mut Rng| -> String {
        (0..5 + rng.below(6))
            .map(|_| {
                let w = word(rng.zipf(2_000));
                let mut c = w.chars();
                c.next()
                    .map(|f| f.to_uppercase().chain(c).collect::<String>())
                    .unwrap_or_default()
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    while text.len() < bytes && !paragraphs.is_empty() {
        text.push_str("Skip to content\nSubscribe\nSign In\n");
        text.push_str("News Sport Business Tech Science Health Video Live Topics\n");
        for section in [
            "Home",
            "World",
            "Politics",
            "Opinion",
            "Weather",
            "Obituaries",
        ] {
            text.push_str(section);
            text.push('\n');
        }
        text.push('\n');
        text.push_str(&headline(&mut rng));
        text.push_str("\nBy Jane Roe | 12 March 2024, 06:40\n\n");
        let start = text.len();
        while text.len() - start < 4096 {
            text.push_str(paragraphs[next % paragraphs.len()].trim_end());
            text.push_str("\n\n");
            next += 1;
        }
        text.push_str("Related Stories\n");
        for _ in 0..4 {
            text.push_str(&headline(&mut rng));
            text.push_str("\n\n");
            text.push_str(
                paragraphs[next % paragraphs.len()]
                    .split(". ")
                    .next()
                    .unwrap_or(""),
            );
            text.push_str(".\n\n");
            next += 1;
        }
        text.push_str("Comments\n");
        for name in ["sailor_joe", "kate.m", "annabel", "northshore_dad"] {
            text.push_str(&format!(
                "{name} says:\n12 March 2024 at 08:{:02} am\nGood piece, thanks.\nReply\n",
                rng.below(60)
            ));
        }
        text.push_str("\nAbout Us\nContact\nCareers\nPrivacy Policy\nTerms of Use\n");
        text.push_str("© 2024 Herald Media Group. All rights reserved.\n\n");
    }
    text
}
