//! How long does each pipeline stage take, and does the cost grow linearly?
//! Times segmentation, analysis (segmentation + tokenizing), scoring (every
//! algorithm), selection and the whole `summarize` call on generated articles
//! of 6 KB, 100 KB, 1 MB and 10 MB (see `corpus.rs`); criterion prints MB/s.
//! The `extras` group times a summary with keyphrases and with a focus beside
//! the plain summary, and prints what the keyphrases add to it in percent.
//! The `pages` group times boilerplate detection and the whole call on
//! generated whole-page pastes (menus, teasers, comments and footers around
//! each article) of 100 KB, 1 MB and 10 MB.
//!
//! Run: `cargo bench --features dev --bench pipeline` (add a filter such as
//! `-- end_to_end` to run one group).

#[cfg(not(target_arch = "wasm32"))]
#[path = "support/corpus.rs"]
mod corpus;

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use super::corpus::{article, page};
    use criterion::{criterion_group, BenchmarkId, Criterion, SamplingMode, Throughput};
    use precis::{dev, Algorithm, Language, Length, Options};
    use std::hint::black_box;
    use std::time::Duration;

    const SIZES: [(&str, usize); 4] = [
        ("6KB", 6 * 1024),
        ("100KB", 100 * 1024),
        ("1MB", 1024 * 1024),
        ("10MB", 10 * 1024 * 1024),
    ];

    fn configure<'c>(
        c: &'c mut Criterion,
        name: &str,
        size: usize,
    ) -> criterion::BenchmarkGroup<'c, criterion::measurement::WallTime> {
        let mut group = c.benchmark_group(name);
        if size >= 1024 * 1024 {
            group
                .sampling_mode(SamplingMode::Flat)
                .sample_size(10)
                .measurement_time(Duration::from_secs(8));
        }
        group
    }

    fn stages(c: &mut Criterion) {
        for (label, size) in SIZES {
            let text = article(size);
            let mut group = configure(c, &format!("stages/{label}"), size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            group.bench_function("segment", |b| {
                b.iter(|| precis::sentences(black_box(&text)).count())
            });
            group.bench_function("analyze (segment + tokenize)", |b| {
                b.iter(|| dev::analyze(black_box(&text), Language::English).len())
            });
            let doc = dev::analyze(&text, Language::English);
            group.bench_function("boilerplate", |b| b.iter(|| doc.boilerplate()));
            for algorithm in Algorithm::ALL {
                group.bench_function(BenchmarkId::new("score", algorithm), |b| {
                    b.iter(|| doc.score(algorithm))
                });
            }
            let scores = doc.score(Algorithm::Hybrid);
            group.bench_function("select 3 (MMR)", |b| {
                b.iter(|| doc.select(&scores, Length::Sentences(3), precis::DEFAULT_DIVERSITY))
            });
            group.bench_function("select 20% (MMR)", |b| {
                b.iter(|| doc.select(&scores, Length::Ratio(0.2), precis::DEFAULT_DIVERSITY))
            });
            group.finish();
        }
    }

    fn end_to_end(c: &mut Criterion) {
        for (label, size) in SIZES {
            let text = article(size);
            let mut group = configure(c, "end_to_end", size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let options = Options::default();
            group.bench_function(label, |b| {
                b.iter(|| precis::summarize(black_box(&text), &options))
            });
            group.finish();
        }
    }

    /// What keyphrases add to a summary (the target: at most 20% on 1 MB), and
    /// what a focus adds.
    fn extras(c: &mut Criterion) {
        for (label, size) in SIZES {
            let text = article(size);
            let mut group = configure(c, &format!("extras/{label}"), size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let cases = [
                ("summary", Options::default()),
                ("summary + 10 keyphrases", Options::default().keyphrases(10)),
                (
                    "summary + focus",
                    Options::default().focus("the market prices"),
                ),
            ];
            for (name, options) in cases {
                group.bench_function(name, |b| {
                    b.iter(|| precis::summarize(black_box(&text), &options))
                });
            }
            let options = precis::KeyphraseOptions::default();
            group.bench_function("10 keyphrases alone", |b| {
                b.iter(|| precis::keyphrases(black_box(&text), &options))
            });
            group.finish();
            report_keyphrase_cost(label, size, &text);
        }
    }

    /// Prints what 10 keyphrases add to a summary of `text`: the median ratio
    /// of paired runs (with and without keyphrases back to back, in turn
    /// first), which a busy machine slows alike.
    fn report_keyphrase_cost(label: &str, size: usize, text: &str) {
        // Only when the benchmark filter (if any) selects this group's keyphrases.
        let id = format!("extras/{label}/summary + 10 keyphrases");
        let mut filters = std::env::args().skip(1).filter(|a| !a.starts_with('-'));
        if filters.next().is_some_and(|f| !id.contains(&f)) {
            return;
        }
        let rounds = if size > 1024 * 1024 { 3 } else { 25 };
        let time = |options: &Options| {
            let start = std::time::Instant::now();
            let _ = black_box(precis::summarize(black_box(text), options));
            start.elapsed().as_secs_f64() * 1e3
        };
        let (plain, with) = (Options::default(), Options::default().keyphrases(10));
        let (mut summary, mut keyphrases) = (f64::MAX, f64::MAX);
        let mut ratios = Vec::with_capacity(rounds);
        for round in 0..rounds {
            let (a, b) = if round % 2 == 0 {
                let a = time(&plain);
                (a, time(&with))
            } else {
                let b = time(&with);
                (time(&plain), b)
            };
            ratios.push(b / a.max(f64::MIN_POSITIVE));
            summary = summary.min(a);
            keyphrases = keyphrases.min(b);
        }
        ratios.sort_unstable_by(f64::total_cmp);
        let median = ratios.get(ratios.len() / 2).copied().unwrap_or(1.0);
        println!(
            "extras/{label}: 10 keyphrases add {:+.0}% to the summary (median ratio of \
             {rounds} paired runs; fastest {keyphrases:.2} against {summary:.2} ms; target on \
             1MB: at most +20%)",
            (median - 1.0) * 100.0,
        );
    }

    /// Whole-page pastes (menus, teasers, comments, footers around each
    /// article): boilerplate and page-debris detection, and the whole call.
    fn pages(c: &mut Criterion) {
        for (label, size) in SIZES.into_iter().skip(1) {
            let text = page(size);
            let mut group = configure(c, "pages", size);
            group.throughput(Throughput::Bytes(text.len() as u64));
            let doc = dev::analyze(&text, Language::English);
            group.bench_function(BenchmarkId::new("boilerplate", label), |b| {
                b.iter(|| doc.boilerplate())
            });
            let options = Options::default();
            group.bench_function(BenchmarkId::new("end_to_end", label), |b| {
                b.iter(|| precis::summarize(black_box(&text), &options))
            });
            group.finish();
        }
    }

    criterion_group!(benches, end_to_end, stages, extras, pages);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(bench::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
