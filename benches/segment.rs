//! How fast is sentence segmentation on article-like English text, and is it
//! linear? Segments generated texts of 6 KB, 100 KB and 1 MB and reports
//! throughput in bytes per second (criterion prints MB/s or MiB/s).
//!
//! The texts are generated here, not read from files: a fixed pseudo-random
//! sequence (a 64-bit linear congruential generator) draws from small word
//! lists written for this bench, mixing the structures the segmenter's rules
//! look at: abbreviations (`Mr.`, `U.S.`, `Inc.`, `e.g.`), initials, numbers
//! and money (`$5.50`, `3.14`), quotes, questions, ellipses, list items,
//! headings and paragraph breaks.

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use criterion::{criterion_group, Criterion, Throughput};
    use std::hint::black_box;

    const SUBJECTS: &[&str] = &[
        "The company",
        "Mr. Smith",
        "Dr. Jones",
        "The U.S. government",
        "Acme Inc.",
        "Officials",
        "The minister",
        "Jonas E. Smith",
        "Analysts at Briggs & Co.",
        "The board",
        "She",
        "They",
    ];
    const VERBS: &[&str] = &[
        "said",
        "reported",
        "announced",
        "expected",
        "denied",
        "confirmed",
        "argued",
        "warned",
        "estimated",
        "added",
    ];
    const OBJECTS: &[&str] = &[
        "that profits rose 3.14 percent",
        "a loss of $5.50 a share",
        "sales of $37 billion",
        "growth of 0.5% in Q3",
        "new rules, e.g. on pricing",
        "talks with the E.U. on Nov. 5",
        "a deal worth £1.6m",
        "plans to hire 200 staff",
        "a delay until 5 p.m. on Friday",
        "the results in Fig. 3",
        "that the firm would appeal",
        "a review of the U.S. market",
    ];
    const TAILS: &[&str] = &[
        ".",
        ".",
        ".",
        ".",
        " last year.",
        " in Washington D.C.",
        "...",
        "?",
        "!",
        " (See below.)",
    ];

    /// A 64-bit linear congruential generator (Knuth's MMIX constants).
    struct Lcg(u64);

    impl Lcg {
        fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let i = (self.0 >> 33) as usize % from.len();
            from.get(i).copied().unwrap_or_default()
        }

        fn below(&mut self, n: u64) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (self.0 >> 33) % n
        }
    }

    /// About `bytes` bytes of article-like English.
    pub fn article(bytes: usize) -> String {
        let mut rng = Lcg(42);
        let mut text = String::with_capacity(bytes + 256);
        while text.len() < bytes {
            match rng.below(12) {
                0 => {
                    text.push_str("Markets Rally As Inflation Cools\n");
                }
                1 => {
                    for n in 1..=3 {
                        text.push_str(&format!(
                            "{n}. {} {}\n",
                            rng.pick(SUBJECTS),
                            rng.pick(OBJECTS)
                        ));
                    }
                }
                _ => {
                    for _ in 0..4 + rng.below(4) {
                        if rng.below(5) == 0 {
                            text.push_str(&format!("He said, \"It's {}.\" ", rng.pick(VERBS)));
                        }
                        text.push_str(rng.pick(SUBJECTS));
                        text.push(' ');
                        text.push_str(rng.pick(VERBS));
                        text.push(' ');
                        text.push_str(rng.pick(OBJECTS));
                        text.push_str(rng.pick(TAILS));
                        text.push(' ');
                    }
                }
            }
            text.push_str("\n\n");
        }
        text
    }

    fn segment(c: &mut Criterion) {
        let mut group = c.benchmark_group("segment");
        for (name, size) in [
            ("6KB", 6 * 1024),
            ("100KB", 100 * 1024),
            ("1MB", 1024 * 1024),
        ] {
            let text = article(size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(name, |b| {
                b.iter(|| precis::sentences(black_box(&text)).count())
            });
        }
        group.finish();
    }

    criterion_group!(benches, segment);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(bench::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
