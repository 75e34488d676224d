//! The worst inputs, summarized end to end (`precis::summarize` with
//! default options), to show that each takes a bounded time: a 1 MB line
//! without spaces, 100,000 one-word lines, 10 MB of repeated sentences, 50,000
//! identical sentences of ten content words, and 1 MB of binary junk read as
//! text. `tests/hostile.rs` checks the results at smaller sizes in debug builds.
//!
//! ```sh
//! cargo bench --bench hostile
//! ```
//!
//! Measured 2026-11-27 after the graph rework (2 shared cores, idle; criterion mean): 1 MB
//! line without spaces 23 ms; 100,000 one-word lines 25 ms; 10 MB repeated sentences 380 ms;
//! 50,000 identical sentences 226 ms; 1 MB binary junk (1.9 MB as text) 164 ms. Peak memory
//! of the CLI (`/usr/bin/time -v target/release/precis`): 32 MiB of `"Go now. "` (4.2
//! million identical two-word sentences) 0.67 GB in 6.0 s (5.2 GB before the rework).

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/junk.rs"]
mod junk;

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use super::junk::junk;
    use criterion::{criterion_group, Criterion, Throughput};
    use std::hint::black_box;
    use std::time::Duration;

    /// The hostile texts, by name.
    fn inputs() -> Vec<(&'static str, String)> {
        const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";
        let line: String = junk(1 << 20)
            .into_iter()
            .map(|b| {
                char::from(
                    ALPHABET
                        .get(usize::from(b) % ALPHABET.len())
                        .copied()
                        .unwrap_or(b'a'),
                )
            })
            .collect();
        let lines: String = (0..100_000)
            .map(|i| format!("word{}\n", i % 1000))
            .collect();
        let paragraph = "The council approved the new budget on Tuesday after a long debate. \
                         Spending on schools will rise by four percent next year. \
                         The mayor said the plan balanced growth and care for the city.\n\n";
        let repeats = paragraph.repeat((10 << 20) / paragraph.len());
        let identical = "The council approved the new budget for schools, roads and parks \
                         on Tuesday. "
            .repeat(50_000);
        let binary = String::from_utf8_lossy(&junk(1 << 20)).into_owned();
        vec![
            ("1MB line without spaces", line),
            ("100k one-word lines", lines),
            ("10MB repeated sentences", repeats),
            ("50k identical sentences", identical),
            ("1MB binary junk", binary),
        ]
    }

    fn hostile(c: &mut Criterion) {
        let mut group = c.benchmark_group("hostile");
        group
            .sample_size(10)
            .warm_up_time(Duration::from_secs(1))
            .measurement_time(Duration::from_secs(10));
        let options = precis::Options::default();
        for (name, text) in inputs() {
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function(name, |b| {
                b.iter(|| {
                    precis::summarize(black_box(&text), &options)
                        .map(|s| s.selected().count())
                        .unwrap_or(0)
                })
            });
        }
        group.finish();
    }

    criterion_group!(benches, hostile);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(bench::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
