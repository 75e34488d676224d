//! `keyphrases`: evaluates the engine's keyphrases on news stories with crowd-chosen keyphrases.
//!
//! ```text
//! cargo run --release --example keyphrases [-- DATASET.jsonl] [--show N] [--predictions FILE]
//! ```
//!
//! `DATASET.jsonl` (default `../shared/data/keyphrases/kpcrowd_dev.jsonl` beside the repository)
//! holds one `{"id", "text", "keyphrases": [gold phrases]}` per line. The program extracts 10
//! keyphrases from every text with the default options and prints precision, recall and F1 at 5
//! and at 10 under the standard protocol (`protocol.rs`), for all stories and for the shorter
//! and longer halves; `--show N` prints the keyphrases of N stories spread over the set beside their
//! gold phrases, `--predictions FILE` writes `{"id", "keyphrases"}` per line for another
//! scorer, and `--language CODE` sets the language.

#[path = "../eval/porter.rs"]
mod porter;
mod protocol;

use protocol::{distinct, Sums};
use serde::Deserialize;
use serde_json::json;
use std::collections::HashSet;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// One story with its gold keyphrases.
#[derive(Deserialize)]
struct Story {
    id: serde_json::Value,
    text: String,
    keyphrases: Vec<String>,
}

const USAGE: &str = "\
usage: keyphrases [DATASET.jsonl] [--show N] [--predictions FILE] [--language CODE]

Extracts 10 keyphrases per story of DATASET ({\"id\", \"text\", \"keyphrases\"} per line; default
../shared/data/keyphrases/kpcrowd_dev.jsonl beside the repository) and prints macro P, R and F1
at 5 and 10 (lower-case, Porter stems, exact match).";

fn main() {
    if let Err(e) = run() {
        eprintln!("keyphrases: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<()> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let (mut dataset, mut show, mut predictions, mut language) = (
        None::<PathBuf>,
        0usize,
        None::<PathBuf>,
        precis::Language::English,
    );
    while let Some(arg) = parser.next()? {
        match arg {
            Short('h') | Long("help") => {
                println!("{USAGE}");
                return Ok(());
            }
            Long("show") => show = parser.value()?.string()?.parse()?,
            Long("predictions") => predictions = Some(parser.value()?.into()),
            Long("language") => language = parser.value()?.string()?.parse()?,
            Value(v) if dataset.is_none() => dataset = Some(v.into()),
            _ => return Err(arg.unexpected().into()),
        }
    }
    let dataset = dataset.unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/keyphrases/kpcrowd_dev.jsonl")
    });
    if !dataset.exists() {
        return Err(format!(
            "{} not found. This evaluation needs a JSON Lines file of stories with gold \
             keyphrases ({{\"id\", \"text\", \"keyphrases\"}} per line), such as the 500N-KPCrowd \
             news set; give its path as the first argument.",
            dataset.display()
        )
        .into());
    }
    let mut stories: Vec<Story> = Vec::new();
    for (n, line) in BufReader::new(File::open(&dataset)?).lines().enumerate() {
        let line = line?;
        if !line.trim().is_empty() {
            stories.push(
                serde_json::from_str(&line)
                    .map_err(|e| format!("{}:{}: {e}", dataset.display(), n + 1))?,
            );
        }
    }
    let options = precis::KeyphraseOptions::default()
        .count(10)
        .language(language);
    let mut out = match &predictions {
        Some(path) => Some(BufWriter::new(File::create(path)?)),
        None => None,
    };
    let mut median_words: Vec<usize> = stories
        .iter()
        .map(|s| precis::word_count(&s.text))
        .collect();
    median_words.sort_unstable();
    let median = median_words
        .get(median_words.len() / 2)
        .copied()
        .unwrap_or(0);
    // [all, shorter half, longer half] × [@5, @10]
    let mut sums = [[Sums::default(); 2]; 3];
    for (i, story) in stories.iter().enumerate() {
        let found = precis::keyphrases(&story.text, &options)?;
        let texts: Vec<String> = found.iter().map(|k| k.text.clone()).collect();
        if let Some(out) = out.as_mut() {
            writeln!(out, "{}", json!({"id": story.id, "keyphrases": texts}))?;
        }
        let predicted = distinct(&texts);
        let gold: HashSet<String> = distinct(&story.keyphrases).into_iter().collect();
        let half = if precis::word_count(&story.text) < median {
            1
        } else {
            2
        };
        for (k, cut) in [5, 10].into_iter().enumerate() {
            for row in [0, half] {
                if let Some(sum) = sums.get_mut(row).and_then(|r| r.get_mut(k)) {
                    sum.add(&predicted, &gold, cut);
                }
            }
        }
        if show > 0
            && i % (stories.len() / show).max(1) == 0
            && i / (stories.len() / show).max(1) < show
        {
            println!("{} ({} words)", story.id, precis::word_count(&story.text));
            for (k, p) in found.iter().enumerate() {
                let hit = if gold.contains(&protocol::normalize(&p.text)) {
                    "✓"
                } else {
                    " "
                };
                println!(
                    "  {hit} {:>2}. {} ({:.2}, ×{})",
                    k + 1,
                    p.text,
                    p.score,
                    p.occurrences.len()
                );
            }
            println!("  gold: {}\n", story.keyphrases.join(" · "));
        }
    }
    println!("{} stories from {}", stories.len(), dataset.display());
    println!("| stories | P@5 | R@5 | F1@5 | P@10 | R@10 | F1@10 |");
    println!("|---|---:|---:|---:|---:|---:|---:|");
    let labels = [
        "all".to_string(),
        format!("shorter half (< {median} words)"),
        format!("longer half (≥ {median} words)"),
    ];
    for (label, row) in labels.iter().zip(&sums) {
        let (p5, r5, f5) = row[0].means();
        let (p10, r10, f10) = row[1].means();
        println!("| {label} ({}) | {p5:.2} | {r5:.2} | **{f5:.2}** | {p10:.2} | {r10:.2} | **{f10:.2}** |", row[0].documents);
    }
    if let Some(mut out) = out {
        out.flush()?;
    }
    Ok(())
}
