//! `eval`: ROUGE evaluation of the `precis` command-line summarizer on JSON Lines data sets.
//!
//! ```text
//! cargo run --release --example eval -- [DATASET.jsonl] [--all | --algorithm NAME ...]
//!     [--sentences N] [--cli PATH] [--no-build] [--dump DIR] [--limit N] [--predictions FILE ...]
//! cargo run --release --example eval -- --news [DIR]
//! ```
//!
//! Each line of the data set is `{"id", "text", "title"?, "summary"}`, the reference `summary`
//! holding one sentence per line (default: `../shared/data/news/bbc_dev.jsonl` beside the
//! repository). For each algorithm the program runs `precis --jsonl --algorithm NAME` once over
//! the whole data set, sending `{"id", "text", "title"?, "sentences"}` per line, where
//! `sentences` is the number of non-empty lines of the reference (the BBC protocol); with
//! `--sentences N` it passes `--sentences N` to the command instead. It then scores each summary
//! against its reference with ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (module [`rouge`], a port of
//! Google's `rouge-score` 0.1.2 with its Porter stemmer) and prints one Markdown table:
//!
//! ```text
//! | algorithm | R-1 | R-2 | R-L | words | docs | boilerplate | seconds |
//! ```
//!
//! R-1, R-2 and R-L are mean F1 × 100 over all documents (a document without a summary scores
//! 0, as in `../shared/tools/rouge.py`); `words` is the mean number of whitespace-separated words
//! per summary; `boilerplate` counts the summary sentences that [`audit`] takes for a dateline,
//! byline, caption or notice; `seconds` is the wall-clock time of the summarizer's run (process
//! start to exit). The algorithm `oracle` is the greedy extractive oracle ([`oracle`]) over the
//! sentences of `precis --segment`: the ceiling for any extract of that length.
//!
//! `--news [DIR]` evaluates every algorithm, the oracle and CNN at one sentence on the news sets
//! of `DIR` (default `../shared/data/news`): `cnn_dev.jsonl` and `cnndm_train100.jsonl` (Daily
//! Mail) at 3 sentences, `bbc_dev.jsonl` at the reference's length, and prints one table (the
//! README's).
//!
//! Unless `--cli PATH` or `--no-build` is given, it first runs
//! `cargo build --release --bin precis` into the target directory it was itself built in, so the
//! evaluated binary is never stale. `--dump DIR` writes `DIR/ALGORITHM.jsonl` with
//! `{"id", "summary", "reference", "rouge1", "rouge2", "rougeLsum"}` per document (scores as
//! `[precision, recall, f]`), which `../shared/tools/rouge.py DATASET DIR/ALGORITHM.jsonl` and
//! `examples/eval/rouge_check.py` score again for comparison. `--predictions FILE` scores an
//! existing `{"id", "summary"}` file instead of running the command.

mod audit;
mod oracle;
mod porter;
mod rouge;

use std::collections::HashMap;
use std::error::Error;
use std::fs::{self, File};
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;
use std::{env, thread};

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use rouge::{normalize_lines, RougeScores, Scorer};

/// Result type of the program: any error ends it with a message.
type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// The summarizer's algorithms, in the order `--all` evaluates them.
const ALGORITHMS: [&str; 6] = ["hybrid", "textrank", "lexrank", "luhn", "centroid", "lead"];

/// Usage text printed by `--help` and on argument errors.
const USAGE: &str = "\
usage: eval [DATASET.jsonl] [options]
       eval --news [DIR]

Runs `precis --jsonl` over DATASET (default ../shared/data/news/bbc_dev.jsonl) and prints mean
ROUGE-1 / ROUGE-2 / ROUGE-Lsum F1 x100 (rouge-score 0.1.2 with Porter stemming) per algorithm.

options:
  --algorithm NAME   algorithm to evaluate (repeatable, or comma-separated; default hybrid);
                     `oracle` is the greedy extractive oracle
  --all              evaluate all: hybrid, textrank, lexrank, luhn, centroid, lead
  --sentences N      fixed summary length (default: the reference's sentence count per article)
  --cli PATH         the precis binary to run (default: build and use <target>/release/precis)
  --no-build         do not run `cargo build --release --bin precis` first
  --dump DIR         write DIR/ALGORITHM.jsonl: {id, summary, reference, rouge1, rouge2, rougeLsum}
  --limit N          evaluate only the first N articles
  --predictions FILE score an existing {id, summary} JSON Lines file instead (repeatable)
  --language CODE    the summarizer's language option (default: its own, auto)
  --rouge-language CODE
                     score with XL-Sum's multilingual ROUGE (Unicode words, the language's
                     Snowball stemmer) for that language; the default for a data set whose
                     records give a \"lang\" other than \"en\"
  --news [DIR]       the README's table: every algorithm and the oracle on DIR's cnn_dev.jsonl,
                     cnndm_train100.jsonl (3 sentences) and bbc_dev.jsonl (reference length)
                     (default DIR: ../shared/data/news)
  -h, --help         this help";

/// Command-line options.
#[derive(Debug, Default)]
struct Options {
    /// The data set to evaluate on.
    dataset: Option<PathBuf>,
    /// Algorithms to run, in order.
    algorithms: Vec<String>,
    /// A fixed number of sentences instead of the reference's count.
    sentences: Option<usize>,
    /// An explicit summarizer binary.
    cli: Option<PathBuf>,
    /// Skip building the summarizer.
    no_build: bool,
    /// Directory for per-document dumps.
    dump: Option<PathBuf>,
    /// Evaluate only this many articles.
    limit: Option<usize>,
    /// Prediction files to score instead of running the summarizer.
    predictions: Vec<PathBuf>,
    /// `--news`: the news table, from this directory.
    news: Option<PathBuf>,
    /// The summarizer's `--language`.
    language: Option<String>,
    /// The language of the multilingual ROUGE, when given.
    rouge_language: Option<precis::Language>,
    /// `--help` was given.
    help: bool,
}

impl Options {
    /// Parses the program's arguments (without the program name).
    fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Self> {
        use lexopt::prelude::*;
        let mut options = Options::default();
        let mut parser = lexopt::Parser::from_args(args);
        let mut news = false;
        while let Some(arg) = parser.next()? {
            match arg {
                Short('h') | Long("help") => options.help = true,
                Long("all") => options.algorithms.extend(ALGORITHMS.map(String::from)),
                Long("algorithm") => options.algorithms.extend(
                    parser
                        .value()?
                        .string()?
                        .split(',')
                        .map(str::trim)
                        .filter(|name| !name.is_empty())
                        .map(String::from),
                ),
                Long("sentences") => {
                    options.sentences =
                        Some(parse_count("--sentences", &parser.value()?.string()?)?)
                }
                Long("limit") => {
                    options.limit = Some(parse_count("--limit", &parser.value()?.string()?)?)
                }
                Long("cli") => options.cli = Some(parser.value()?.into()),
                Long("dump") => options.dump = Some(parser.value()?.into()),
                Long("predictions") => options.predictions.push(parser.value()?.into()),
                Long("no-build") => options.no_build = true,
                Long("language") => options.language = Some(parser.value()?.string()?),
                Long("rouge-language") => {
                    options.rouge_language = Some(parser.value()?.string()?.parse()?)
                }
                Long("news") => news = true,
                Value(value) if news && options.news.is_none() => options.news = Some(value.into()),
                Value(value) if !news && options.dataset.is_none() => {
                    options.dataset = Some(value.into())
                }
                _ => return Err(arg.unexpected().into()),
            }
        }
        if news && options.news.is_none() {
            options.news = Some(Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news"));
        }
        let mut seen = Vec::new();
        options.algorithms.retain(|name| {
            let first = !seen.contains(name);
            seen.push(name.clone());
            first
        });
        if options.algorithms.is_empty() && options.predictions.is_empty() {
            options.algorithms.push("hybrid".to_owned());
        }
        Ok(options)
    }
}

/// Parses a positive count given to option `name`.
fn parse_count(name: &str, value: &str) -> Result<usize> {
    match value.parse::<usize>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("{name} needs a positive integer, not {value:?}").into()),
    }
}

/// One article of the data set.
#[derive(Debug, Deserialize)]
struct Article {
    /// Identifier, echoed by the summarizer (a string, or any JSON value).
    id: Value,
    /// The article body.
    text: String,
    /// The headline, passed through when present.
    #[serde(default)]
    title: Option<String>,
    /// The reference summary, one sentence per line.
    summary: String,
    /// The language of the article, when the data set says (ISO 639-1).
    #[serde(default)]
    lang: Option<String>,
}

/// One line of the summarizer's output or of a predictions file.
#[derive(Debug, Deserialize)]
struct Prediction {
    /// The article's identifier.
    id: Value,
    /// The summary, one sentence per line; absent when the summarizer reported an error.
    #[serde(default)]
    summary: Option<String>,
}

/// One line of the summarizer's input.
#[derive(Debug, Serialize)]
struct Input<'a> {
    /// The article's identifier.
    id: &'a Value,
    /// The article body.
    text: &'a str,
    /// The headline, when the data set has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    /// The summary length, unless a fixed `--sentences` is passed to the command.
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<usize>,
}

/// The key under which an article's summary is looked up: the id's string, or its JSON text.
fn id_key(id: &Value) -> String {
    match id {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Reads a JSON Lines file, one `T` per non-blank line.
fn read_jsonl<T: for<'de> Deserialize<'de>>(path: &Path) -> Result<Vec<T>> {
    let file = File::open(path).map_err(|e| format!("cannot open {}: {e}", path.display()))?;
    let mut rows = Vec::new();
    for (number, line) in BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let row = serde_json::from_str(&line)
            .map_err(|e| format!("{}:{}: {e}", path.display(), number + 1))?;
        rows.push(row);
    }
    Ok(rows)
}

/// The number of sentences of a reference summary: its non-blank lines.
fn reference_sentences(summary: &str) -> usize {
    summary
        .lines()
        .filter(|line| !line.trim().is_empty())
        .count()
}

/// The target directory this program was built in (`<target>/<profile>/examples/eval`).
fn own_target_dir() -> Option<PathBuf> {
    let exe = env::current_exe().ok()?;
    let dir = exe.parent()?.parent()?.parent()?.to_path_buf();
    Some(dir)
}

/// The target directory to build the summarizer in and run it from.
fn target_dir() -> PathBuf {
    own_target_dir()
        .or_else(|| env::var_os("CARGO_TARGET_DIR").map(PathBuf::from))
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("target"))
}

/// Builds the summarizer with `cargo build --release --bin precis` into `target`.
fn build_cli(target: &Path) -> Result<()> {
    let cargo = env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    eprintln!(
        "building: cargo build --release --bin precis --target-dir {}",
        target.display()
    );
    let status = Command::new(cargo)
        .args(["build", "--release", "--bin", "precis", "--target-dir"])
        .arg(target)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .status()?;
    if !status.success() {
        return Err(format!("cargo build --release --bin precis failed: {status}").into());
    }
    Ok(())
}

/// The summarizer binary: `--cli`, else `<target>/release/precis`, built unless `--no-build`.
fn locate_cli(options: &Options) -> Result<PathBuf> {
    if let Some(cli) = &options.cli {
        return Ok(cli.clone());
    }
    let target = target_dir();
    let cli = target
        .join("release")
        .join(format!("precis{}", env::consts::EXE_SUFFIX));
    if !options.no_build || !cli.exists() {
        build_cli(&target)?;
    }
    if !cli.exists() {
        return Err(format!("no summarizer at {}", cli.display()).into());
    }
    Ok(cli)
}

/// Summaries of one run, by id key, and the run's wall-clock seconds.
struct Run {
    /// Summary per id key.
    summaries: HashMap<String, String>,
    /// Wall-clock seconds, when the summarizer was run.
    seconds: Option<f64>,
}

/// Runs `cli --jsonl --algorithm NAME` over all articles and collects its summaries.
fn run_cli(
    cli: &Path,
    algorithm: &str,
    sentences: Option<usize>,
    language: Option<&str>,
    articles: &[Article],
) -> Result<Run> {
    let mut inputs = Vec::with_capacity(articles.len());
    for article in articles {
        let count = reference_sentences(&article.summary);
        let input = Input {
            id: &article.id,
            text: &article.text,
            title: article.title.as_deref(),
            sentences: (sentences.is_none() && count > 0).then_some(count),
        };
        inputs.push(serde_json::to_string(&input)?);
    }

    let mut command = Command::new(cli);
    command.args(["--jsonl", "--algorithm", algorithm]);
    if let Some(language) = language {
        command.args(["--language", language]);
    }
    if let Some(n) = sentences {
        command.args(["--sentences", &n.to_string()]);
    }
    let start = Instant::now();
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", cli.display()))?;
    let stdin = child.stdin.take().ok_or("no stdin pipe")?;
    // Write from another thread so a full stdout pipe cannot deadlock the two processes.
    let writer = thread::spawn(move || -> std::io::Result<()> {
        let mut stdin = BufWriter::new(stdin);
        for line in inputs {
            stdin.write_all(line.as_bytes())?;
            stdin.write_all(b"\n")?;
        }
        stdin.flush()
    });
    let stdout = child.stdout.take().ok_or("no stdout pipe")?;
    let mut summaries = HashMap::new();
    let mut failures = 0usize;
    for (number, line) in BufReader::new(stdout).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let prediction: Prediction = serde_json::from_str(&line)
            .map_err(|e| format!("{algorithm}: output line {}: {e}: {line}", number + 1))?;
        match prediction.summary {
            Some(summary) => {
                summaries.insert(id_key(&prediction.id), summary);
            }
            None => {
                failures += 1;
                if failures <= 3 {
                    eprintln!("{algorithm}: no summary: {line}");
                }
            }
        }
    }
    let status = child.wait()?;
    let seconds = start.elapsed().as_secs_f64();
    let written = writer.join().map_err(|_| "stdin writer panicked")?;
    if !status.success() {
        // precis exits non-zero when it skipped bad lines; keep the summaries it did write.
        let message = format!("{} --algorithm {algorithm} failed: {status}", cli.display());
        if summaries.is_empty() {
            return Err(message.into());
        }
        eprintln!(
            "{message}; scoring the {} summaries it wrote",
            summaries.len()
        );
    }
    if let Err(e) = written {
        eprintln!("{algorithm}: writing to {}: {e}", cli.display());
    }
    if failures > 0 {
        eprintln!("{algorithm}: {failures} articles without a summary (scored 0)");
    }
    Ok(Run {
        summaries,
        seconds: Some(seconds),
    })
}

/// Reads a predictions file (`{"id", "summary"}` per line) as a run.
fn read_predictions(path: &Path) -> Result<Run> {
    let summaries = read_jsonl::<Prediction>(path)?
        .into_iter()
        .map(|p| (id_key(&p.id), p.summary.unwrap_or_default()))
        .collect();
    Ok(Run {
        summaries,
        seconds: None,
    })
}

/// One row of the results table.
struct Row {
    /// Algorithm name or predictions file.
    label: String,
    /// Mean ROUGE-1 F1 × 100.
    rouge1: f64,
    /// Mean ROUGE-2 F1 × 100.
    rouge2: f64,
    /// Mean ROUGE-Lsum F1 × 100.
    rouge_lsum: f64,
    /// Mean words per summary.
    words: f64,
    /// Number of documents.
    docs: usize,
    /// Summary sentences the audit takes for boilerplate.
    boilerplate: usize,
    /// Seconds taken by the summarizer, when it was run.
    seconds: Option<f64>,
}

/// Scores a run against the references, optionally dumping per-document results.
fn score_run(
    label: &str,
    run: &Run,
    articles: &[Article],
    scorer: &mut Scorer,
    dump: Option<&Path>,
) -> Result<Row> {
    let mut dump = match dump {
        Some(dir) => {
            fs::create_dir_all(dir)?;
            let path = dir.join(format!("{label}.jsonl"));
            eprintln!("{label}: writing {}", path.display());
            Some(BufWriter::new(File::create(path)?))
        }
        None => None,
    };
    let (mut r1, mut r2, mut rl, mut words) = (0.0, 0.0, 0.0, 0usize);
    let mut boilerplate = 0usize;
    let mut missing = 0usize;
    for article in articles {
        let summary = run.summaries.get(&id_key(&article.id));
        if summary.is_none() {
            missing += 1;
        }
        let summary = summary.map(String::as_str).unwrap_or_default();
        // Exactly what rouge.py does: score the trimmed non-blank lines of both texts.
        let scores: RougeScores = scorer.score(
            &normalize_lines(&article.summary),
            &normalize_lines(summary),
        );
        r1 += scores.rouge1.fmeasure;
        r2 += scores.rouge2.fmeasure;
        rl += scores.rouge_lsum.fmeasure;
        words += summary.split_whitespace().count();
        for sentence in summary.lines() {
            if let Some(kind) = audit::boilerplate_kind(sentence) {
                boilerplate += 1;
                if env::var_os("EVAL_SHOW_BOILERPLATE").is_some() {
                    eprintln!("{label}: {kind}: {sentence}");
                }
            }
        }
        if let Some(out) = dump.as_mut() {
            let triple = |s: rouge::Score| [s.precision, s.recall, s.fmeasure];
            let line = json!({
                "id": article.id,
                "summary": summary,
                "reference": article.summary,
                "rouge1": triple(scores.rouge1),
                "rouge2": triple(scores.rouge2),
                "rougeLsum": triple(scores.rouge_lsum),
            });
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
        }
    }
    if let Some(mut out) = dump {
        out.flush()?;
    }
    if missing > 0 {
        eprintln!("{label}: {missing} articles missing from the output (scored 0)");
    }
    let docs = articles.len();
    let mean = |total: f64| 100.0 * total / docs.max(1) as f64;
    Ok(Row {
        label: label.to_owned(),
        rouge1: mean(r1),
        rouge2: mean(r2),
        rouge_lsum: mean(rl),
        words: words as f64 / docs.max(1) as f64,
        docs,
        boilerplate,
        seconds: run.seconds,
    })
}

/// The results as a Markdown table.
fn markdown_table(rows: &[Row]) -> String {
    let mut table = String::from(
        "| algorithm | R-1 | R-2 | R-L | words | docs | boilerplate | seconds |\n\
         |---|---:|---:|---:|---:|---:|---:|---:|\n",
    );
    for row in rows {
        let seconds = row
            .seconds
            .map_or_else(|| "–".to_owned(), |s| format!("{s:.2}"));
        table.push_str(&format!(
            "| {} | {:.2} | {:.2} | {:.2} | {:.1} | {} | {} | {} |\n",
            row.label,
            row.rouge1,
            row.rouge2,
            row.rouge_lsum,
            row.words,
            row.docs,
            row.boilerplate,
            seconds
        ));
    }
    table
}

/// One line of `precis --segment --jsonl`.
#[derive(Debug, Deserialize)]
struct Segmented {
    /// The article's identifier.
    id: Value,
    /// Its sentences.
    sentences: Vec<SegmentedSentence>,
}

/// A sentence of [`Segmented`].
#[derive(Debug, Deserialize)]
struct SegmentedSentence {
    /// The sentence text.
    text: String,
}

/// The greedy oracle's summaries of `articles` (see [`oracle`]), over the sentences of
/// `cli --segment --jsonl`.
fn oracle_run(
    cli: &Path,
    sentences: Option<usize>,
    language: Option<&str>,
    articles: &[Article],
    scorer: &mut Scorer,
) -> Result<Run> {
    let mut command = Command::new(cli);
    command.args(["--segment", "--jsonl"]);
    if let Some(language) = language {
        command.args(["--language", language]);
    }
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .map_err(|e| format!("cannot run {}: {e}", cli.display()))?;
    let stdin = child.stdin.take().ok_or("no stdin pipe")?;
    let inputs: Vec<String> = articles
        .iter()
        .map(|a| serde_json::to_string(&json!({"id": a.id, "text": a.text})))
        .collect::<std::result::Result<_, _>>()?;
    let writer = thread::spawn(move || -> std::io::Result<()> {
        let mut stdin = BufWriter::new(stdin);
        for line in inputs {
            stdin.write_all(line.as_bytes())?;
            stdin.write_all(b"\n")?;
        }
        stdin.flush()
    });
    let stdout = child.stdout.take().ok_or("no stdout pipe")?;
    let mut segmented: HashMap<String, Vec<String>> = HashMap::new();
    for line in BufReader::new(stdout).lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let s: Segmented = serde_json::from_str(&line)?;
        segmented.insert(
            id_key(&s.id),
            s.sentences.into_iter().map(|x| x.text).collect(),
        );
    }
    child.wait()?;
    writer.join().map_err(|_| "stdin writer panicked")??;
    let mut summaries = HashMap::new();
    for article in articles {
        let key = id_key(&article.id);
        let k = sentences.unwrap_or_else(|| reference_sentences(&article.summary));
        let sents = segmented.get(&key).map(Vec::as_slice).unwrap_or_default();
        summaries.insert(key, oracle::summary(sents, &article.summary, k, scorer));
    }
    Ok(Run {
        summaries,
        seconds: None,
    })
}

/// Runs `algorithm` (or the oracle) over `articles` and scores it; `language` is the
/// summarizer's language option.
#[allow(clippy::too_many_arguments)]
fn evaluate(
    cli: &Path,
    algorithm: &str,
    sentences: Option<usize>,
    language: Option<&str>,
    articles: &[Article],
    scorer: &mut Scorer,
    dump: Option<&Path>,
) -> Result<Row> {
    let run = if algorithm == "oracle" {
        oracle_run(cli, sentences, language, articles, scorer)?
    } else {
        run_cli(cli, algorithm, sentences, language, articles)?
    };
    let started = Instant::now();
    let row = score_run(algorithm, &run, articles, scorer, dump)?;
    eprintln!(
        "{algorithm}: summarized in {:.2} s, scored in {:.2} s",
        row.seconds.unwrap_or_default(),
        started.elapsed().as_secs_f64()
    );
    Ok(row)
}

/// The news sets of `--news`: (column title, file, fixed sentence count).
const NEWS: [(&str, &str, Option<usize>); 4] = [
    ("CNN dev, 3 sentences", "cnn_dev.jsonl", Some(3)),
    (
        "Daily Mail sample, 3 sentences",
        "cnndm_train100.jsonl",
        Some(3),
    ),
    ("BBC dev, reference length", "bbc_dev.jsonl", None),
    ("CNN dev, 1 sentence", "cnn_dev.jsonl", Some(1)),
];

/// `--news`: every algorithm and the oracle on every news set, as one Markdown table of
/// R-1 / R-2 / R-L per set, and the boilerplate sentences the audit finds in the summaries.
fn run_news(dir: &Path, options: &Options) -> Result<()> {
    /// One algorithm's line of the table.
    struct Line {
        algorithm: &'static str,
        cells: Vec<String>,
        boilerplate: usize,
    }
    let cli = locate_cli(options)?;
    let mut scorer = Scorer::new();
    let mut lines: Vec<Line> = ALGORITHMS
        .iter()
        .copied()
        .chain(["oracle"])
        .map(|algorithm| Line {
            algorithm,
            cells: Vec::new(),
            boilerplate: 0,
        })
        .collect();
    for (title, file, sentences) in NEWS {
        let path = dir.join(file);
        let mut articles: Vec<Article> = read_jsonl(&path).map_err(|e| {
            format!(
                "{e}\n--news needs the news data sets (cnn_dev.jsonl, cnndm_train100.jsonl, \
                 bbc_dev.jsonl) in {}",
                dir.display()
            )
        })?;
        if let Some(limit) = options.limit {
            articles.truncate(limit);
        }
        eprintln!("{title}: {} articles", articles.len());
        // One sentence is only reported for the default and its baselines.
        let one = sentences == Some(1);
        for line in &mut lines {
            if one && !["hybrid", "lead", "oracle"].contains(&line.algorithm) {
                line.cells.push(String::new());
                continue;
            }
            let row = evaluate(
                &cli,
                line.algorithm,
                sentences,
                options.language.as_deref(),
                &articles,
                &mut scorer,
                None,
            )?;
            line.boilerplate += row.boilerplate;
            line.cells.push(if one {
                format!("{:.2}", row.rouge1)
            } else {
                format!(
                    "{:.2} / {:.2} / {:.2}",
                    row.rouge1, row.rouge2, row.rouge_lsum
                )
            });
        }
    }
    let mut table = String::from("| algorithm |");
    for (title, _, _) in NEWS {
        table.push_str(&format!(" {title} |"));
    }
    table.push_str(" boilerplate chosen |\n|---|");
    table.push_str(&"---:|".repeat(NEWS.len() + 1));
    table.push('\n');
    for line in &lines {
        let (name, boilerplate) = match line.algorithm {
            "hybrid" => ("hybrid (default)", line.boilerplate.to_string()),
            "oracle" => ("oracle", "–".to_owned()),
            other => (other, line.boilerplate.to_string()),
        };
        table.push_str(&format!(
            "| {name} | {} | {boilerplate} |\n",
            line.cells.join(" | ")
        ));
    }
    print!("{table}");
    Ok(())
}

/// The ROUGE scorer for `articles`: XL-Sum's multilingual one for `--rouge-language`, or for
/// the language the records give (`"lang"`) when it is not English, with that language;
/// rouge-score's otherwise.
fn scorer_for(
    options: &Options,
    articles: &[Article],
) -> Result<(Scorer, Option<precis::Language>)> {
    let given = match options.rouge_language {
        Some(language) => Some(language),
        None => match articles.first().and_then(|a| a.lang.as_deref()) {
            Some(code) if code != "en" => Some(code.parse::<precis::Language>()?),
            _ => None,
        },
    };
    Ok(match given {
        Some(language) => {
            eprintln!(
                "ROUGE: multilingual (XL-Sum), language {language}; references split into \
                 sentences by precis"
            );
            (Scorer::multilingual(language), Some(language))
        }
        None => (Scorer::new(), None),
    })
}

/// Puts each sentence of each reference summary on a line of its own (as precis segments it
/// in `language`), so that its sentence count is the summary length and ROUGE-Lsum sees its
/// sentences: the references of non-English sets (OrangeSum's, XL-Sum's) are paragraphs.
fn split_references(articles: &mut [Article], language: precis::Language) {
    for article in articles {
        let lines: Vec<&str> = precis::sentences_in(&article.summary, language)
            .map(|s| s.text)
            .collect();
        article.summary = lines
            .iter()
            .map(|s| precis::one_line(s))
            .collect::<Vec<_>>()
            .join("\n");
    }
}

/// Evaluates every requested algorithm and prediction file and prints the table.
fn run(options: &Options) -> Result<()> {
    if let Some(dir) = &options.news {
        return run_news(dir, options);
    }
    let dataset = options.dataset.clone().unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/news/bbc_dev.jsonl")
    });
    let mut articles: Vec<Article> = read_jsonl(&dataset)?;
    if let Some(limit) = options.limit {
        articles.truncate(limit);
    }
    eprintln!(
        "{}: {} articles; summary length: {}",
        dataset.display(),
        articles.len(),
        options.sentences.map_or_else(
            || "the reference's sentence count".to_owned(),
            |n| format!("{n} sentences")
        )
    );

    let (mut scorer, language) = scorer_for(options, &articles)?;
    if let Some(language) = language {
        split_references(&mut articles, language);
    }
    let mut rows = Vec::new();
    for path in &options.predictions {
        let label = path.file_stem().map_or_else(
            || path.display().to_string(),
            |s| s.to_string_lossy().into(),
        );
        let run = read_predictions(path)?;
        rows.push(score_run(
            &label,
            &run,
            &articles,
            &mut scorer,
            options.dump.as_deref(),
        )?);
    }
    if !options.algorithms.is_empty() {
        let cli = locate_cli(options)?;
        eprintln!("summarizer: {}", cli.display());
        for algorithm in &options.algorithms {
            rows.push(evaluate(
                &cli,
                algorithm,
                options.sentences,
                options.language.as_deref(),
                &articles,
                &mut scorer,
                options.dump.as_deref(),
            )?);
        }
    }
    print!("{}", markdown_table(&rows));
    Ok(())
}

fn main() {
    let options = match Options::parse(env::args_os().skip(1)) {
        Ok(options) => options,
        Err(e) => {
            eprintln!("eval: {e}\n\n{USAGE}");
            std::process::exit(2);
        }
    };
    if options.help {
        println!("{USAGE}");
        return;
    }
    if let Err(e) = run(&options) {
        eprintln!("eval: {e}");
        std::process::exit(1);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Options {
        Options::parse(args.iter().map(std::ffi::OsString::from)).unwrap()
    }

    #[test]
    fn options_default_to_hybrid_and_reference_length() {
        let o = parse(&["data.jsonl"]);
        assert_eq!(o.dataset, Some(PathBuf::from("data.jsonl")));
        assert_eq!(o.algorithms, ["hybrid"]);
        assert_eq!(o.sentences, None);
    }

    #[test]
    fn options_collect_algorithms_without_duplicates() {
        let o = parse(&[
            "--algorithm",
            "lead,luhn",
            "--algorithm=lead",
            "--sentences=3",
        ]);
        assert_eq!(o.algorithms, ["lead", "luhn"]);
        assert_eq!(o.sentences, Some(3));
        assert_eq!(parse(&["--all"]).algorithms, ALGORITHMS);
    }

    #[test]
    fn options_reject_bad_input() {
        let parse_err =
            |args: &[&str]| Options::parse(args.iter().map(std::ffi::OsString::from)).is_err();
        assert!(parse_err(&["--sentences", "0"]));
        assert!(parse_err(&["--sentences"]));
        assert!(parse_err(&["--bogus"]));
        assert!(parse_err(&["a.jsonl", "b.jsonl"]));
    }

    #[test]
    fn reference_sentences_counts_non_blank_lines() {
        assert_eq!(reference_sentences("One.\nTwo.\n\n  \nThree."), 3);
        assert_eq!(reference_sentences(""), 0);
    }

    #[test]
    fn ids_key_by_string_or_json() {
        assert_eq!(id_key(&json!("bbc-1")), "bbc-1");
        assert_eq!(id_key(&json!(7)), "7");
    }

    #[test]
    fn table_has_the_readme_header() {
        let rows = [Row {
            label: "lead".into(),
            rouge1: 63.956,
            rouge2: 50.0,
            rouge_lsum: 62.7,
            words: 180.04,
            docs: 1114,
            boilerplate: 2,
            seconds: Some(1.234),
        }];
        let table = markdown_table(&rows);
        let mut lines = table.lines();
        assert_eq!(
            lines.next(),
            Some("| algorithm | R-1 | R-2 | R-L | words | docs | boilerplate | seconds |")
        );
        assert_eq!(
            lines.nth(1),
            Some("| lead | 63.96 | 50.00 | 62.70 | 180.0 | 1114 | 2 | 1.23 |")
        );
    }
}
