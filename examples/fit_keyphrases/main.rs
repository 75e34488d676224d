//! `fit_keyphrases`: fits the weights of the keyphrase model on stories with gold keyphrases,
//! and reports cross-validated figures.
//!
//! ```text
//! cargo run --release --features dev --example fit_keyphrases [-- DATASET.jsonl]
//! ```
//!
//! `DATASET.jsonl` (default `../shared/data/keyphrases/kpcrowd_dev.jsonl` beside the
//! repository) holds `{"id", "text", "keyphrases"}` per line. The program:
//!
//! 1. lists every candidate of every story with the model's signals
//!    (`precis::dev::keyphrase_candidates`), labelled 1 when its shown form matches a gold
//!    phrase under the evaluation's protocol (lower-case, Porter stems, exact match);
//! 2. fits a logistic regression (Newton's method, a light L2 penalty, deterministic) on the
//!    stories at even positions and scores the engine's own keyphrases with those weights on
//!    the stories at odd positions (F1@5 and F1@10, as `examples/keyphrases`), then the
//!    reverse: the held-out figures say how well the weights carry over to unseen stories;
//! 3. fits on every story and prints the weights as the constant of
//!    `src/keyphrase/model.rs`, rounded to one decimal so that they stay readable.
//!
//! Fitting is pointwise (is this candidate a gold phrase?), not on the F1 itself: a handful of
//! signals and a convex fit leave little room to fit the data set's quirks.

// Newton's method on small fixed-size arrays, indexed by loop counters within their bounds.
#![allow(clippy::indexing_slicing, clippy::needless_range_loop)]

#[path = "../eval/porter.rs"]
mod porter;
#[path = "../keyphrases/protocol.rs"]
#[allow(dead_code)]
mod protocol;

use precis::dev::{
    keyphrase_candidates, keyphrases_with, KeyphraseWeights, KEYPHRASE_FEATURES as K,
    KEYPHRASE_FEATURE_NAMES,
};
use precis::Language;
use protocol::{distinct, normalize, Sums};
use serde::Deserialize;
use std::collections::HashSet;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

type Result<T> = std::result::Result<T, Box<dyn Error>>;

#[derive(Deserialize)]
struct Story {
    text: String,
    keyphrases: Vec<String>,
}

/// A story ready for fitting: its candidates' signals and labels, and its gold set.
struct Prepared {
    text: String,
    rows: Vec<([f64; K], bool)>,
    candidates: Vec<([f64; K], String)>,
    gold: HashSet<String>,
}

/// The L2 penalty on the weights (not the bias).
const PENALTY: f64 = 1.0;

fn main() -> Result<()> {
    let path = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("../shared/data/keyphrases/kpcrowd_dev.jsonl")
        });
    if !path.exists() {
        return Err(format!(
            "{} not found: fitting needs stories with gold keyphrases ({{\"id\", \"text\", \
             \"keyphrases\"}} per line), such as the 500N-KPCrowd news set; give its path.",
            path.display()
        )
        .into());
    }
    let mut stories = Vec::new();
    for line in BufReader::new(File::open(&path)?).lines() {
        let line = line?;
        if !line.trim().is_empty() {
            let story: Story = serde_json::from_str(&line)?;
            stories.push(prepare(story));
        }
    }
    let even: Vec<&Prepared> = stories.iter().step_by(2).collect();
    let odd: Vec<&Prepared> = stories.iter().skip(1).step_by(2).collect();
    let all: Vec<&Prepared> = stories.iter().collect();
    println!(
        "{} stories; candidates: {}",
        stories.len(),
        stories.iter().map(|s| s.rows.len()).sum::<usize>()
    );
    println!("| weights | even stories F1@5 / F1@10 | odd stories F1@5 / F1@10 |");
    println!("|---|---:|---:|");
    let row = |name: &str, w: &KeyphraseWeights| {
        let (a5, a10) = evaluate(&even, w);
        let (b5, b10) = evaluate(&odd, w);
        println!("| {name} | {a5:.2} / {a10:.2} | {b5:.2} / {b10:.2} |");
    };
    row("the engine's (DEFAULT)", &KeyphraseWeights::DEFAULT);
    row("fitted on even", &round(fit(&even)));
    row("fitted on odd", &round(fit(&odd)));
    let w = round(fit(&all));
    row("fitted on all", &w);
    let (a5, a10) = ranking_alone(&even, &w);
    let (b5, b10) = ranking_alone(&odd, &w);
    println!("| fitted on all, candidates ranked alone (no merging) | {a5:.2} / {a10:.2} | {b5:.2} / {b10:.2} |");
    println!("\npub const DEFAULT: Weights = Weights {{");
    println!(
        "    features: [{}],",
        w.features.map(|x| format!("{x:.1}")).join(", ")
    );
    println!("    bias: {:.1},\n}};", w.bias);
    for (name, x) in KEYPHRASE_FEATURE_NAMES.iter().zip(w.features) {
        println!("// {name}: {x:.1}");
    }
    Ok(())
}

fn prepare(story: Story) -> Prepared {
    let gold: HashSet<String> = distinct(&story.keyphrases).into_iter().collect();
    let candidates: Vec<([f64; K], String)> = keyphrase_candidates(&story.text, Language::English)
        .into_iter()
        .map(|c| (c.features, c.text))
        .collect();
    let rows = candidates
        .iter()
        .map(|(x, text)| (*x, gold.contains(&normalize(text))))
        .collect();
    Prepared {
        text: story.text,
        rows,
        candidates,
        gold,
    }
}

/// F1@5 and F1@10 of the engine's keyphrases with weights `w`.
fn evaluate(stories: &[&Prepared], w: &KeyphraseWeights) -> (f64, f64) {
    let (mut at5, mut at10) = (Sums::default(), Sums::default());
    for s in stories {
        let found = keyphrases_with(&s.text, Language::English, 10, w);
        let texts: Vec<String> = found.into_iter().map(|k| k.text).collect();
        let predicted = distinct(&texts);
        at5.add(&predicted, &s.gold, 5);
        at10.add(&predicted, &s.gold, 10);
    }
    (at5.means().2, at10.means().2)
}

/// F1@5 and F1@10 of the candidates ranked by the model alone, without the
/// engine's choice of one phrase per concept (a diagnostic).
fn ranking_alone(stories: &[&Prepared], w: &KeyphraseWeights) -> (f64, f64) {
    let (mut at5, mut at10) = (Sums::default(), Sums::default());
    for s in stories {
        let mut ranked: Vec<(f64, String)> = s
            .candidates
            .iter()
            .map(|(x, text)| {
                let z = w.bias + x.iter().zip(&w.features).map(|(a, b)| a * b).sum::<f64>();
                (z, text.clone())
            })
            .collect();
        ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
        let texts: Vec<String> = ranked.into_iter().map(|(_, t)| t).collect();
        let predicted = distinct(&texts);
        at5.add(&predicted, &s.gold, 5);
        at10.add(&predicted, &s.gold, 10);
    }
    (at5.means().2, at10.means().2)
}

fn round(w: KeyphraseWeights) -> KeyphraseWeights {
    let r = |x: f64| (x * 10.0).round() / 10.0;
    let mut out = w;
    out.features = w.features.map(r);
    out.bias = r(w.bias);
    out
}

/// Logistic regression by Newton's method: weights, then the bias, in one vector.
fn fit(stories: &[&Prepared]) -> KeyphraseWeights {
    const N: usize = K + 1;
    let mut w = [0.0f64; N];
    for _ in 0..25 {
        let mut grad = [0.0f64; N];
        let mut hess = [[0.0f64; N]; N];
        for s in stories {
            for (x, y) in &s.rows {
                let mut v = [1.0f64; N];
                v[..K].copy_from_slice(x);
                let z: f64 = v.iter().zip(&w).map(|(a, b)| a * b).sum();
                let p = 1.0 / (1.0 + (-z).exp());
                let err = f64::from(u8::from(*y)) - p;
                let weight = p * (1.0 - p);
                for i in 0..N {
                    grad[i] += err * v[i];
                    for j in 0..N {
                        hess[i][j] += weight * v[i] * v[j];
                    }
                }
            }
        }
        for i in 0..K {
            grad[i] -= PENALTY * w[i];
            hess[i][i] += PENALTY;
        }
        let step = solve(hess, grad);
        let mut change = 0.0f64;
        for i in 0..N {
            w[i] += step[i];
            change = change.max(step[i].abs());
        }
        if change < 1e-9 {
            break;
        }
    }
    let mut features = [0.0; K];
    features.copy_from_slice(&w[..K]);
    KeyphraseWeights {
        features,
        bias: w[K],
    }
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
fn solve<const N: usize>(mut a: [[f64; N]; N], mut b: [f64; N]) -> [f64; N] {
    for col in 0..N {
        let pivot = (col..N)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let d = a[col][col];
        if d.abs() < 1e-12 {
            continue;
        }
        for row in col + 1..N {
            let f = a[row][col] / d;
            for k in col..N {
                a[row][k] -= f * a[col][k];
            }
            b[row] -= f * b[col];
        }
    }
    let mut x = [0.0; N];
    for col in (0..N).rev() {
        let s: f64 = (col + 1..N).map(|k| a[col][k] * x[k]).sum();
        x[col] = if a[col][col].abs() < 1e-12 {
            0.0
        } else {
            (b[col] - s) / a[col][col]
        };
    }
    x
}
