//! Times the `summary` crate (0.1.0) on one text, asking for 3 sentences.
//!
//!   summary-peer FILE REPEAT
//!
//! With REPEAT > 1, one warm-up call first, then REPEAT timed calls. Prints one JSON
//! line like the other peers of benches/peers/run.mjs:
//! `{"median_ms": …, "times_ms": […], "summary_sentences": …}`.

use std::num::NonZeroU32;
use std::time::Instant;
use summary::{Language, Summarizer};

fn main() {
    let mut args = std::env::args().skip(1);
    let (Some(file), Some(repeat)) = (args.next(), args.next()) else {
        eprintln!("usage: summary-peer FILE REPEAT");
        std::process::exit(2);
    };
    let repeat: usize = repeat.parse().unwrap_or(1).max(1);
    let text = std::fs::read_to_string(&file).unwrap_or_else(|e| {
        eprintln!("cannot read {file}: {e}");
        std::process::exit(2);
    });
    let n = NonZeroU32::MIN.saturating_add(2);
    let summarizer = Summarizer::new(Language::English);
    if repeat > 1 {
        summarizer.summarize_sentences(&text, n);
    }
    let mut times = Vec::with_capacity(repeat);
    let mut chosen = 0;
    for _ in 0..repeat {
        let start = Instant::now();
        chosen = summarizer.summarize_sentences(&text, n).len();
        times.push(start.elapsed().as_secs_f64() * 1000.0);
    }
    let mut sorted = times.clone();
    sorted.sort_by(f64::total_cmp);
    let median = sorted[sorted.len() / 2];
    let list: Vec<String> = times.iter().map(|t| format!("{t:.4}")).collect();
    println!(
        "{{\"median_ms\": {median:.4}, \"times_ms\": [{}], \"summary_sentences\": {chosen}}}",
        list.join(", ")
    );
}
