//! The extraction evaluation command: runs `precis_html::extract` on the pages of the
//! article extraction benchmark (scrapinghub/article-extraction-benchmark) and scores
//! the text with the benchmark's own metric (see `metric.rs`).
//!
//! ```sh
//! cargo run --release -p precis-html --example evaluate                 # ../shared/data/pages
//! cargo run --release -p precis-html --example evaluate -- DIR --per-page
//! cargo run --release -p precis-html --example evaluate -- --predictions output/trafilatura.json
//! ```
//!
//! DIR holds `ground_truth.json` (`{id: {articleBody, url}}`), `html/<id>.html.gz` and
//! optionally `ids.txt` (the ids to score; default: every id of the ground truth).
//! `--predictions FILE` scores the benchmark's output file of another extractor on the
//! same ids instead of running ours (to check the port against the published figures);
//! `--dump FILE` writes our output in that format; `--per-page` lists every page.

mod metric;

use flate2::read::GzDecoder;
use serde_json::{json, Map, Value};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

const USAGE: &str =
    "usage: evaluate [DIR] [--predictions FILE.json] [--dump FILE.json] [--per-page]";

struct Args {
    dir: PathBuf,
    predictions: Option<PathBuf>,
    dump: Option<PathBuf>,
    per_page: bool,
}

fn parse_args() -> Result<Args, String> {
    let mut args = Args {
        dir: PathBuf::from("../shared/data/pages"),
        predictions: None,
        dump: None,
        per_page: false,
    };
    let mut argv = std::env::args().skip(1);
    while let Some(arg) = argv.next() {
        match arg.as_str() {
            "--predictions" => args.predictions = Some(argv.next().ok_or(USAGE)?.into()),
            "--dump" => args.dump = Some(argv.next().ok_or(USAGE)?.into()),
            "--per-page" => args.per_page = true,
            "-h" | "--help" => return Err(USAGE.to_string()),
            flag if flag.starts_with('-') => return Err(format!("unknown flag {flag}\n{USAGE}")),
            dir => args.dir = dir.into(),
        }
    }
    Ok(args)
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("evaluate: {message}");
            ExitCode::from(2)
        }
    }
}

fn read_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))
}

fn read_page(dir: &Path, id: &str) -> Result<String, String> {
    let path = dir.join("html").join(format!("{id}.html.gz"));
    let file =
        std::fs::File::open(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let mut bytes = Vec::new();
    GzDecoder::new(file)
        .read_to_end(&mut bytes)
        .map_err(|e| format!("cannot unzip {}: {e}", path.display()))?;
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// A prediction file of the benchmark: `{id: {articleBody}}` or `{version, output: {…}}`.
fn prediction_texts(value: &Value) -> Option<&Map<String, Value>> {
    let object = value.as_object()?;
    match object.get("output") {
        Some(Value::Object(output)) if object.contains_key("version") => Some(output),
        _ => Some(object),
    }
}

fn run() -> Result<(), String> {
    let args = parse_args()?;
    let truth_path = args.dir.join("ground_truth.json");
    if !truth_path.exists() {
        return Err(format!(
            "no benchmark pages at {}: this command needs the article extraction benchmark's \
             pages (ground_truth.json and html/<id>.html.gz, as in the data folder beside the \
             repository, ../shared/data/pages); give their folder as the first argument",
            args.dir.display()
        ));
    }
    let truth = read_json(&truth_path)?;
    let truth = truth
        .as_object()
        .ok_or("ground_truth.json is not an object")?;
    let ids: Vec<String> = match std::fs::read_to_string(args.dir.join("ids.txt")) {
        Ok(list) => list
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(String::from)
            .collect(),
        Err(_) => truth.keys().cloned().collect(),
    };
    let predictions = match &args.predictions {
        Some(path) => Some(read_json(path)?),
        None => None,
    };
    let predicted = predictions.as_ref().and_then(prediction_texts);

    let mut all = Vec::new();
    let mut rows = Vec::new();
    let mut times = Vec::new();
    let mut dump = Map::new();
    for id in &ids {
        let entry = truth
            .get(id)
            .ok_or_else(|| format!("id {id} is not in ground_truth.json"))?;
        let truth_text = entry
            .get("articleBody")
            .and_then(Value::as_str)
            .unwrap_or("");
        let url = entry.get("url").and_then(Value::as_str).unwrap_or("");
        let text = match predicted {
            Some(p) => p
                .get(id)
                .and_then(|v| v.get("articleBody"))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_string(),
            None => {
                let html = read_page(&args.dir, id)?;
                let start = Instant::now();
                let article = precis_html::extract(&html);
                times.push(start.elapsed().as_secs_f64() * 1000.0);
                article.text
            }
        };
        let counts = metric::compare(truth_text, &text);
        rows.push((
            metric::precision(counts),
            metric::recall(counts),
            url.to_string(),
            id.clone(),
        ));
        dump.insert(id.clone(), json!({"articleBody": text, "url": url}));
        all.push(counts);
    }
    let (f1, p, r) = metric::summary(&all);

    if args.per_page {
        rows.sort_by(|a, b| f(a.0, a.1).total_cmp(&f(b.0, b.1)));
        for (p, r, url, id) in &rows {
            println!(
                "{:.3} P {p:.3} R {r:.3}  {}  {url}",
                f(*p, *r),
                id.get(..8).unwrap_or(id)
            );
        }
        println!();
    }
    let source = match &args.predictions {
        Some(path) => path.display().to_string(),
        None => "precis-html".to_string(),
    };
    println!(
        "{source}: {} pages, F1 {f1:.3}, precision {p:.3}, recall {r:.3}",
        ids.len()
    );
    if !times.is_empty() {
        times.sort_by(f64::total_cmp);
        let median = times.get(times.len() / 2).copied().unwrap_or(0.0);
        let max = times.last().copied().unwrap_or(0.0);
        println!("extraction time per page: median {median:.2} ms, max {max:.2} ms (this build; `cargo bench -p precis-html` for the benchmark)");
    }
    if let Some(path) = &args.dump {
        std::fs::write(
            path,
            serde_json::to_string_pretty(&Value::Object(dump)).unwrap_or_default(),
        )
        .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}

fn f(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}
