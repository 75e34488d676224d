//! `fit`: fits the weights of the default (`hybrid`) scorer on news with reference summaries, and
//! reports cross-validated figures.
//!
//! ```text
//! cargo run --release --features dev --example fit [-- DATA_DIR]
//! ```
//!
//! `DATA_DIR` (default `../shared/data/news` beside the repository) must hold `cnn_dev.jsonl`
//! (CNN stories with their highlights), `cnndm_train100.jsonl` (mostly Daily Mail stories as
//! published) and `bbc_dev.jsonl` (BBC stories with extractive references of about 46% of the
//! article); each line is `{"id", "text", "title"?, "summary"}`, the reference one sentence per
//! line. The program:
//!
//! 1. runs the summarizer's pipeline up to scoring on every article (`precis::dev::prepare`):
//!    the sentences, which may be chosen, and the features of the hybrid model;
//! 2. scores a candidate weight vector by the mean ROUGE-1 F1 (rouge-score 0.1.2 with Porter
//!    stemming, as `examples/eval`) of the top-scored eligible sentences over *tasks*: CNN at 3
//!    sentences, CNN at 1 sentence, the Daily Mail sample at 3 sentences, and BBC at the
//!    reference's sentence count (the large-budget anchor: it keeps centrality in charge of
//!    long extracts). Selection here is by score alone (the summarizer adds a light MMR);
//! 3. searches the weights coordinate by coordinate over fixed grids from fixed starting values,
//!    until no single change helps (deterministic: same data, same weights);
//! 4. prints the weights fitted on CNN (with BBC) and scored on the Daily Mail sample, the
//!    reverse, and the weights fitted on everything, as the Rust constant to paste into
//!    `src/algorithm/hybrid.rs`.
//!
//! The figures it prints are from its own selection (no MMR); `examples/eval` gives the
//! summarizer's own.

#[path = "../eval/porter.rs"]
mod porter;
#[path = "../eval/rouge.rs"]
#[allow(dead_code)]
mod rouge;

use precis::dev::{prepare, Features, Weights};
use precis::Options;
use rouge::{rouge_n, Scorer, Token};
use serde::Deserialize;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// One article with its reference summary.
#[derive(Deserialize)]
struct Article {
    text: String,
    #[serde(default)]
    title: Option<String>,
    summary: String,
}

/// An article ready for fitting: features, eligibility and ROUGE tokens of every sentence.
struct Prepared {
    features: Vec<Features>,
    eligible: Vec<bool>,
    ordinary: usize,
    sentence_tokens: Vec<Vec<Token>>,
    reference_tokens: Vec<Token>,
    reference_sentences: usize,
}

/// A data set and the summary lengths it is scored at.
struct Task<'a> {
    name: &'static str,
    articles: &'a [Prepared],
    /// A fixed number of sentences, or `None` for the reference's count.
    sentences: Option<usize>,
    /// Its share in the objective: each source (CNN, Daily Mail, BBC) counts alike,
    /// CNN's two lengths half each.
    weight: f64,
}

type Result<T> = std::result::Result<T, Box<dyn Error>>;

fn main() -> Result<()> {
    let args: Vec<std::ffi::OsString> = std::env::args_os().skip(1).collect();
    let sweep = std::env::var("FIT_SWEEP").ok();
    let dir = args
        .first()
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news"));
    let mut scorer = Scorer::new();
    let mut load = |name: &str| -> Result<Vec<Prepared>> {
        let path = dir.join(name);
        let file = File::open(&path).map_err(|e| {
            format!(
                "{}: {e}\nfit needs the news data sets (cnn_dev.jsonl, cnndm_train100.jsonl, \
                 bbc_dev.jsonl) in DATA_DIR, by default ../shared/data/news beside the repository",
                path.display()
            )
        })?;
        let mut out = Vec::new();
        for line in BufReader::new(file).lines() {
            let line = line?;
            if line.trim().is_empty() {
                continue;
            }
            let article: Article = serde_json::from_str(&line)?;
            out.push(prepare_article(&article, &mut scorer));
        }
        eprintln!("fit: {name}: {} articles", out.len());
        Ok(out)
    };
    let cnn = load("cnn_dev.jsonl")?;
    let dm = load("cnndm_train100.jsonl")?;
    let bbc = load("bbc_dev.jsonl")?;

    let cnn_tasks = [
        Task {
            name: "CNN@3",
            articles: &cnn,
            sentences: Some(3),
            weight: 0.5,
        },
        Task {
            name: "CNN@1",
            articles: &cnn,
            sentences: Some(1),
            weight: 0.5,
        },
    ];
    let dm_tasks = [Task {
        name: "DM@3",
        articles: &dm,
        sentences: Some(3),
        weight: 1.0,
    }];
    let bbc_tasks = [Task {
        name: "BBC@ref",
        articles: &bbc,
        sentences: None,
        weight: 1.0,
    }];
    let all: Vec<&Task> = cnn_tasks
        .iter()
        .chain(&dm_tasks)
        .chain(&bbc_tasks)
        .collect();

    let report = |label: &str, w: &Weights| {
        let cells: Vec<String> = all
            .iter()
            .map(|t| format!("{} {:.2}", t.name, 100.0 * mean_rouge1(t, w)))
            .collect();
        println!("{label}: {}\n    {w:?}", cells.join(", "));
    };
    if let Some(name) = sweep {
        let axis = AXES
            .iter()
            .find(|a| a.name == name)
            .ok_or("FIT_SWEEP: no such weight")?;
        for &v in axis.grid {
            let mut w = Weights::DEFAULT;
            (axis.set)(&mut w, v);
            report(&format!("{name} = {v}"), &w);
        }
        return Ok(());
    }
    report("lead (first eligible sentences)", &LEAD);
    report("start", &START);
    report("current default", &Weights::DEFAULT);

    let on_cnn: Vec<&Task> = cnn_tasks.iter().chain(&bbc_tasks).collect();
    let w_cnn = fit(&on_cnn);
    report("fitted on CNN (+BBC), Daily Mail unseen", &w_cnn);
    let on_dm: Vec<&Task> = dm_tasks.iter().chain(&bbc_tasks).collect();
    let w_dm = fit(&on_dm);
    report("fitted on Daily Mail (+BBC), CNN unseen", &w_dm);
    let w_all = fit(&all);
    report("fitted on all", &w_all);
    println!("\n{w_all:#?}");
    Ok(())
}

/// Runs the pipeline on `article` and tokenizes its sentences and reference for ROUGE.
fn prepare_article(article: &Article, scorer: &mut Scorer) -> Prepared {
    let mut options = Options::default();
    if let Some(title) = &article.title {
        options = options.title(title.clone());
    }
    let p = prepare(&article.text, &options);
    let lines = article.summary.lines().filter(|l| !l.trim().is_empty());
    Prepared {
        ordinary: p.eligible.iter().filter(|&&e| e).count(),
        sentence_tokens: p.sentences.iter().map(|s| scorer.tokenize(s)).collect(),
        reference_tokens: scorer.tokenize(&article.summary),
        reference_sentences: lines.count(),
        features: p.features,
        eligible: p.eligible,
    }
}

/// Mean ROUGE-1 F1 of `task` with weights `w`.
fn mean_rouge1(task: &Task, w: &Weights) -> f64 {
    let mut total = 0.0;
    let mut order: Vec<(f64, usize)> = Vec::new();
    let mut tokens: Vec<Token> = Vec::new();
    for a in task.articles {
        let k = task.sentences.unwrap_or(a.reference_sentences).max(1);
        let budget = (k as f64).min(a.ordinary as f64).max(1.0);
        order.clear();
        order.extend(
            a.features
                .iter()
                .zip(&a.eligible)
                .enumerate()
                .filter(|(_, (_, &e))| e)
                .map(|(i, (f, _))| (precis::dev::linear(f, w, budget, a.ordinary), i)),
        );
        order.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        let mut chosen: Vec<usize> = order.iter().take(k).map(|&(_, i)| i).collect();
        chosen.sort_unstable();
        tokens.clear();
        for i in chosen {
            tokens.extend(a.sentence_tokens.get(i).into_iter().flatten());
        }
        total += rouge_n(&a.reference_tokens, &tokens, 1).fmeasure;
    }
    total / task.articles.len().max(1) as f64
}

/// Weights that rank the eligible sentences by position alone: Lead-k.
const LEAD: Weights = Weights {
    lede: 100.0,
    lede_decay: 1.0,
    lede_ramp: 1.0,
    centrality: 0.0,
    large_budget: 1e9,
    length: 0.0,
    summary_words: 75.0,
    short: 0.0,
    short_words: 8.0,
    opening_floor: -1.0,
    opening_span: 0.2,
};

/// The weights the searches start from: a moderate lede with a slow decay, and two
/// strong ledes with faster decays.
const STARTS: &[Weights] = &[
    START,
    Weights {
        lede: 3.0,
        lede_decay: 5.0,
        lede_ramp: 3.0,
        ..START
    },
    Weights {
        lede: 4.0,
        lede_decay: 3.0,
        lede_ramp: 3.0,
        ..START
    },
];

/// The first starting point.
const START: Weights = Weights {
    lede: 1.5,
    lede_decay: 7.0,
    lede_ramp: 1.0,
    centrality: 1.0,
    large_budget: 0.3,
    length: 0.4,
    summary_words: 75.0,
    short: 0.5,
    short_words: 8.0,
    opening_floor: -1.0,
    opening_span: 0.2,
};

/// One weight and the values the search tries for it.
struct Axis {
    name: &'static str,
    get: fn(&Weights) -> f64,
    set: fn(&mut Weights, f64),
    grid: &'static [f64],
}

macro_rules! axis {
    ($field:ident, $grid:expr) => {
        Axis {
            name: stringify!($field),
            get: |w| w.$field,
            set: |w, v| w.$field = v,
            grid: $grid,
        }
    };
}

/// The search space.
const AXES: &[Axis] = &[
    axis!(lede, &[0.0, 0.5, 1.0, 1.5, 2.0, 2.5, 3.0, 4.0]),
    axis!(lede_decay, &[2.0, 3.0, 5.0, 7.0, 10.0, 15.0]),
    axis!(lede_ramp, &[1.0, 2.0, 3.0, 4.0, 5.0]),
    axis!(centrality, &[0.25, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0]),
    axis!(large_budget, &[0.1, 0.2, 0.3, 0.4, 0.5, 0.7]),
    axis!(length, &[0.0, 0.2, 0.4, 0.7, 1.0]),
    axis!(summary_words, &[45.0, 60.0, 75.0, 90.0, 120.0]),
    axis!(short, &[0.0, 0.25, 0.5, 1.0, 2.0]),
    axis!(short_words, &[5.0, 8.0, 12.0]),
    axis!(opening_floor, &[-1.0, 0.0, 0.1, 0.2, 0.3]),
    axis!(opening_span, &[0.2, 0.4, 0.6, 0.8]),
];

/// Coordinate search from each of [`STARTS`]: for each weight in turn, the grid value that most
/// raises the weighted mean ROUGE-1 of `tasks`, repeated until a full round changes nothing (at
/// most 4 rounds); the best end point wins.
fn fit(tasks: &[&Task]) -> Weights {
    let total: f64 = tasks.iter().map(|t| t.weight).sum();
    let objective = |w: &Weights| {
        tasks
            .iter()
            .map(|t| t.weight * mean_rouge1(t, w))
            .sum::<f64>()
            / total
    };
    let mut best: Option<(f64, Weights)> = None;
    for start in STARTS {
        let mut w = *start;
        let mut score = objective(&w);
        for _ in 0..4 {
            let mut changed = false;
            for axis in AXES {
                for &v in axis.grid {
                    if (axis.get)(&w) == v {
                        continue;
                    }
                    let mut candidate = w;
                    (axis.set)(&mut candidate, v);
                    let s = objective(&candidate);
                    if s > score + 1e-9 {
                        score = s;
                        w = candidate;
                        changed = true;
                    }
                }
                eprintln!(
                    "fit: {:>16} = {:<5} mean R-1 {:.3}",
                    axis.name,
                    (axis.get)(&w),
                    100.0 * score
                );
            }
            if !changed {
                break;
            }
        }
        if best.is_none_or(|(b, _)| score > b) {
            best = Some((score, w));
        }
    }
    best.map_or(START, |(_, w)| w)
}
