//! `pasted`: how well `precis` finds the article inside a whole-page paste.
//!
//! ```text
//! cargo run --release --example pasted -- [PAGES.jsonl] [--algorithm NAME] [--sentences N]
//!     [--language CODE] [--keep-boilerplate] [--half even|odd] [--pages] [--show ID]
//! ```
//!
//! Each line of the data set is `{"id", "text", "article", "url"?}`: `text` is everything a
//! select-all copy of a web page gives (menus, teasers, footers and the article), `article` the
//! article alone (default: `../shared/data/pages/pasted.jsonl` beside the repository, the
//! visible text of the pages of the article extraction benchmark). The program summarizes each
//! `text` with the library (default options unless told otherwise) and prints:
//!
//! - **summary from article**: the share of all summary sentences, pooled over pages, that come
//!   from the article. A sentence comes from the article when its words (`\w+` runs, lower
//!   case) appear in the article in the same order, one after the other.
//! - **kept sentences**: precision and recall of the sentences not marked as boilerplate
//!   against the sentences that come from the article (pooled over pages, sentences with
//!   words only), also weighted by word count.
//! - **kept text**: the article extraction benchmark's metric applied to the non-boilerplate
//!   sentences joined together: 4-token shingles, counts normalised per page, mean precision
//!   and mean recall over pages, F1 of the two means.
//!
//! `--half even|odd` evaluates the pages at even or odd positions only (tune on one half,
//! check on the other); `--pages` adds one line per page; `--show ID` evaluates only the pages
//! whose id starts with ID and prints their sentences, marked `A` (from the article), `B` (boilerplate) and `*`
//! (in the summary).

use std::collections::HashMap;
use std::env;
use std::error::Error;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use precis::{summarize, Algorithm, Language, Options as SummaryOptions, Summary};
use serde::Deserialize;

/// Result type of the program: any error ends it with a message.
type Result<T> = std::result::Result<T, Box<dyn Error>>;

/// Usage text printed by `--help` and on argument errors.
const USAGE: &str = "\
usage: pasted [PAGES.jsonl] [options]

Summarizes the `text` of each {id, text, article} line (default
../shared/data/pages/pasted.jsonl beside the repository) and reports how much of the summary
and of the non-boilerplate sentences comes from the `article`.

options:
  --algorithm NAME    hybrid (default), textrank, lexrank, luhn, centroid, lead
  --sentences N       summary length (default 3)
  --language CODE     en (default), de, fr, es, it, pt, nl
  --keep-boilerplate  summarize without boilerplate detection
  --half even|odd     only the pages at even or odd positions (0-based)
  --pages             one line per page as well
  --show ID           only the pages whose id starts with ID, with their sentences
  -h, --help          this help";

/// One page of the data set.
#[derive(Deserialize)]
struct Page {
    /// The page's identifier.
    id: String,
    /// The page's URL, when known.
    #[serde(default)]
    url: String,
    /// The page's whole visible text.
    text: String,
    /// The article alone (the ground truth).
    article: String,
}

/// Command-line options.
#[derive(Default)]
struct Args {
    dataset: Option<PathBuf>,
    summary: SummaryOptions,
    half: Option<usize>,
    pages: bool,
    show: Option<String>,
}

impl Args {
    fn parse(args: impl IntoIterator<Item = String>) -> Result<Option<Args>> {
        let mut out = Args::default();
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            let mut value = |name: &str| {
                args.next()
                    .ok_or_else(|| format!("{name} needs a value\n\n{USAGE}"))
            };
            match arg.as_str() {
                "-h" | "--help" => return Ok(None),
                "--algorithm" => {
                    let a: Algorithm = value("--algorithm")?.parse()?;
                    out.summary = out.summary.algorithm(a);
                }
                "--sentences" => {
                    let n: usize = value("--sentences")?.parse()?;
                    out.summary = out.summary.sentences(n);
                }
                "--language" => {
                    let l: Language = value("--language")?.parse()?;
                    out.summary = out.summary.language(l);
                }
                "--keep-boilerplate" => out.summary = out.summary.skip_boilerplate(false),
                "--half" => {
                    out.half = Some(match value("--half")?.as_str() {
                        "even" => 0,
                        "odd" => 1,
                        other => return Err(format!("--half: even or odd, not {other:?}").into()),
                    });
                }
                "--pages" => out.pages = true,
                "--show" => out.show = Some(value("--show")?),
                flag if flag.starts_with('-') => {
                    return Err(format!("unknown option {flag}\n\n{USAGE}").into())
                }
                path => out.dataset = Some(PathBuf::from(path)),
            }
        }
        Ok(Some(out))
    }
}

/// The lower-cased `\w+` runs of `text` (letters, digits, marks and `_`).
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// True for combining marks common in the benchmark's languages (Python's `\w` takes them).
fn is_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{0900}'..='\u{0903}' | '\u{093A}'..='\u{094F}')
}

/// The article's words, joined so that a run of words can be searched as a substring.
struct ArticleWords {
    joined: String,
}

impl ArticleWords {
    fn new(article: &str) -> ArticleWords {
        ArticleWords {
            joined: format!(" {} ", words(article).join(" ")),
        }
    }

    /// True when `sentence` has words and they appear in the article one after the other.
    /// A paragraph's drop capital that the page's text keeps apart from its word
    /// (`H ong Kong is burning.`) counts as part of it. `None` for a sentence without words.
    fn holds(&self, sentence: &str) -> Option<bool> {
        let mut w = words(sentence);
        if w.is_empty() {
            return None;
        }
        let runs = |w: &[String]| self.joined.contains(&format!(" {} ", w.join(" ")));
        if runs(&w) {
            return Some(true);
        }
        match w.as_mut_slice() {
            [first, second, ..] if first.chars().count() == 1 => {
                second.insert_str(0, first);
                Some(runs(w.get(1..).unwrap_or_default()))
            }
            _ => Some(false),
        }
    }
}

/// The benchmark's `string_shingle_matching`: true positives, false positives and false
/// negatives of 4-token shingles (case kept), normalised to sum to 1.
fn shingle_matching(truth: &str, prediction: &str) -> [f64; 3] {
    let t = shingles(truth);
    let p = shingles(prediction);
    let (mut tp, mut fp, mut fn_) = (0.0, 0.0, 0.0);
    for (key, &tc) in &t {
        let pc = p.get(key).copied().unwrap_or(0);
        tp += tc.min(pc) as f64;
        fn_ += tc.saturating_sub(pc) as f64;
    }
    for (key, &pc) in &p {
        fp += pc.saturating_sub(t.get(key).copied().unwrap_or(0)) as f64;
    }
    let sum = tp + fp + fn_;
    if sum > 0.0 {
        [tp / sum, fp / sum, fn_ / sum]
    } else {
        [0.0; 3]
    }
}

/// The 4-token shingles of `text` with their counts (fewer tokens: one shorter shingle).
fn shingles(text: &str) -> HashMap<String, usize> {
    let tokens: Vec<&str> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '_' || is_mark(c)))
        .filter(|w| !w.is_empty())
        .collect();
    let mut out = HashMap::new();
    let n = 4;
    for i in 0..tokens.len().saturating_sub(n - 1).max(1) {
        let end = (i + n).min(tokens.len());
        if let Some(window) = tokens.get(i..end) {
            if !window.is_empty() {
                *out.entry(window.join(" ")).or_insert(0) += 1;
            }
        }
    }
    out
}

/// The benchmark's precision and recall of one page's `[tp, fp, fn]` (`None` when undefined).
fn precision_recall([tp, fp, fn_]: [f64; 3]) -> (Option<f64>, Option<f64>) {
    let score = |other: f64| {
        if fp == 0.0 && fn_ == 0.0 {
            Some(1.0)
        } else if tp == 0.0 && other == 0.0 {
            Some(0.0)
        } else {
            Some(tp / (tp + other))
        }
    };
    let p = if tp + fp > 0.0 { score(fp) } else { None };
    let r = if tp + fn_ > 0.0 { score(fn_) } else { None };
    (p, r)
}

/// Counts for one page (or pooled over pages).
#[derive(Default, Clone, Copy)]
struct Counts {
    summary: usize,
    summary_from_article: usize,
    /// Sentences (with words): kept and from the article, kept, from the article.
    kept_article: usize,
    kept: usize,
    article: usize,
    /// The same, in words.
    kept_article_words: usize,
    kept_words: usize,
    article_words: usize,
}

impl Counts {
    fn add(&mut self, o: &Counts) {
        self.summary += o.summary;
        self.summary_from_article += o.summary_from_article;
        self.kept_article += o.kept_article;
        self.kept += o.kept;
        self.article += o.article;
        self.kept_article_words += o.kept_article_words;
        self.kept_words += o.kept_words;
        self.article_words += o.article_words;
    }
}

/// `a / b` as a percentage (0 when `b` is 0).
fn percent(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        100.0 * a as f64 / b as f64
    }
}

/// The counts of one summarized page.
fn count(summary: &Summary<'_>, article: &ArticleWords) -> Counts {
    let mut c = Counts::default();
    for s in &summary.sentences {
        let Some(from_article) = article.holds(s.text) else {
            continue;
        };
        let n = words(s.text).len();
        if s.selected {
            c.summary += 1;
            c.summary_from_article += usize::from(from_article);
        }
        if from_article {
            c.article += 1;
            c.article_words += n;
        }
        if !s.boilerplate {
            c.kept += 1;
            c.kept_words += n;
            if from_article {
                c.kept_article += 1;
                c.kept_article_words += n;
            }
        }
    }
    c
}

/// Prints every sentence of a page with its marks.
fn show(page: &Page, summary: &Summary<'_>, article: &ArticleWords) {
    println!("{} {}", page.id, page.url);
    for s in &summary.sentences {
        let a = match article.holds(s.text) {
            Some(true) => 'A',
            Some(false) => '.',
            None => ' ',
        };
        let b = if s.boilerplate { 'B' } else { ' ' };
        let star = if s.selected { '*' } else { ' ' };
        let text: String = s.text.chars().take(110).collect();
        println!("{a}{b}{star} {}", text.replace('\n', " / "));
    }
}

/// Reads the data set's pages.
fn read_pages(path: &Path) -> Result<Vec<Page>> {
    let file = File::open(path).map_err(|e| {
        format!(
            "cannot read {}: {e}\nThis evaluation needs the pasted pages of the article extraction \
             benchmark as JSON Lines ({{\"id\", \"text\", \"article\"}} per line), by default at \
             ../shared/data/pages/pasted.jsonl beside the repository; pass another path as the \
             first argument.",
            path.display()
        )
    })?;
    let mut pages = Vec::new();
    for (n, line) in BufReader::new(file).lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let page: Page = serde_json::from_str(&line)
            .map_err(|e| format!("{}:{}: {e}", path.display(), n + 1))?;
        pages.push(page);
    }
    Ok(pages)
}

fn run(args: &Args) -> Result<()> {
    let dataset = args.dataset.clone().unwrap_or_else(|| {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/data/pages/pasted.jsonl")
    });
    let pages = read_pages(&dataset)?;
    let pages: Vec<&Page> = pages
        .iter()
        .enumerate()
        .filter(|(i, _)| args.half.is_none_or(|h| i % 2 == h))
        .map(|(_, p)| p)
        .filter(|p| args.show.as_deref().is_none_or(|id| p.id.starts_with(id)))
        .collect();
    let mut total = Counts::default();
    let (mut precisions, mut recalls) = (Vec::new(), Vec::new());
    for page in &pages {
        let summary = summarize(&page.text, &args.summary)?;
        let article = ArticleWords::new(&page.article);
        if args.show.is_some() {
            show(page, &summary, &article);
        }
        let c = count(&summary, &article);
        total.add(&c);
        let kept: Vec<&str> = summary
            .sentences
            .iter()
            .filter(|s| !s.boilerplate)
            .map(|s| s.text)
            .collect();
        let (p, r) = precision_recall(shingle_matching(&page.article, &kept.join("\n")));
        precisions.extend(p);
        recalls.extend(r);
        if args.pages {
            println!(
                "{:<10} summary {}/{}  kept P {:5.1} R {:5.1}  shingles P {:5.3} R {:5.3}  {}",
                page.id.get(..10).unwrap_or(&page.id),
                c.summary_from_article,
                c.summary,
                percent(c.kept_article, c.kept),
                percent(c.kept_article, c.article),
                p.unwrap_or(f64::NAN),
                r.unwrap_or(f64::NAN),
                page.url
            );
        }
    }
    let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len().max(1) as f64;
    let (p, r) = (mean(&precisions), mean(&recalls));
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    println!("{}: {} pages", dataset.display(), pages.len());
    println!("| measure | value |\n|---|---|");
    println!(
        "| summary from article | {:.1}% ({} of {}) |",
        percent(total.summary_from_article, total.summary),
        total.summary_from_article,
        total.summary
    );
    println!(
        "| kept sentences: precision / recall | {:.1}% / {:.1}% |",
        percent(total.kept_article, total.kept),
        percent(total.kept_article, total.article)
    );
    println!(
        "| kept words: precision / recall | {:.1}% / {:.1}% |",
        percent(total.kept_article_words, total.kept_words),
        percent(total.kept_article_words, total.article_words)
    );
    println!("| kept text (benchmark metric): P / R / F1 | {p:.3} / {r:.3} / {f1:.3} |");
    Ok(())
}

fn main() -> ExitCode {
    match Args::parse(env::args().skip(1)) {
        Ok(None) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Some(args)) => match run(&args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("pasted: {e}");
                ExitCode::FAILURE
            }
        },
        Err(e) => {
            eprintln!("pasted: {e}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sentence_is_from_the_article_when_its_words_run_in_order() {
        let a = ArticleWords::new("The cat sat on the mat. It purred, loudly!");
        assert_eq!(a.holds("the CAT sat"), Some(true));
        assert_eq!(a.holds("mat. It purred"), Some(true));
        assert_eq!(a.holds("cat on the mat"), Some(false));
        assert_eq!(a.holds("the ca"), Some(false));
        assert_eq!(a.holds("T he cat sat"), Some(true));
        assert_eq!(a.holds("T he dog"), Some(false));
        assert_eq!(a.holds("— ·"), None);
    }

    #[test]
    fn shingles_count_like_the_benchmark() {
        assert_eq!(shingles("a b c d e").len(), 2);
        assert_eq!(shingles("a b").get("a b"), Some(&1));
        assert!(shingles("").is_empty());
        let [tp, fp, fn_] = shingle_matching("a b c d e", "a b c d x");
        assert_eq!((tp, fp, fn_), (1.0 / 3.0, 1.0 / 3.0, 1.0 / 3.0));
        assert_eq!(
            precision_recall(shingle_matching("a b c d", "a b c d")),
            (Some(1.0), Some(1.0))
        );
        assert_eq!(precision_recall([0.0, 0.0, 1.0]), (None, Some(0.0)));
    }
}
