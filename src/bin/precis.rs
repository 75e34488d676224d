//! `precis`: the command-line summarizer, for batch work and evaluation.
//!
//! Run `precis --help` for usage. Byte offsets printed by `--segment --jsonl`
//! and `--json` are UTF-8 byte offsets into the input text.

use lexopt::prelude::*;
use precis::{
    detect_language, one_line, sentences_in, summarize, Keyphrase, OptionValues, Options, Summary,
};
use serde_json::{json, Value};
use std::io::{self, BufRead, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "\
precis: extractive summaries of articles

USAGE:
    precis [OPTIONS] [FILE]        summarize FILE (or standard input), one sentence per line
    precis --keyphrases N [FILE]   the N keyphrases of FILE, best first, one per line
    precis --jsonl [OPTIONS]       summarize JSON Lines from standard input
    precis --extract [FILE]        print the article of an HTML page (FILE or standard input)
    precis --html [OPTIONS] [FILE] summarize the article of an HTML page

INPUT AND OUTPUT:
    --jsonl                read {\"id\", \"text\", \"title\"?, \"sentences\"?} per line, write
                           {\"id\", \"summary\", \"language\"} per line (summary sentences
                           joined with \"\\n\"); a line's \"sentences\" overrides --sentences
    --segment              print the sentences instead of a summary (with --jsonl:
                           {\"id\", \"sentences\": [{\"start\", \"end\", \"text\"}]}, byte offsets;
                           a line with \"expected\": [sentences] also gets \"matches\", and
                           the number of matching lines is reported on standard error)
    --json                 print the whole result as JSON: the language (ISO 639-1 code,
                           null when it could not be told) and every sentence with its
                           byte offsets, score, word count, and whether it is selected
                           or boilerplate; with --keyphrases, each keyphrase with its
                           score and occurrences (byte offsets); with --focus, whether
                           it was found; with --extract: {\"title\", \"text\"}
    --keyphrases N         print the N best keyphrases instead of the summary (with
                           --json: beside it; with --jsonl: a \"keyphrases\" list per line)
    --extract              print the article text of an HTML page, paragraphs separated
                           by a blank line, without the title
    --html                 read FILE as an HTML page and summarize its article: the title
                           line, a blank line and the article text (offsets refer to it)

SUMMARY OPTIONS:
    --sentences N          at most N sentences (default 3)
    --ratio R              this share of the sentences, 0 < R <= 1
    --words N              at most N words
    --algorithm NAME       hybrid (default), textrank, lexrank, luhn, centroid, lead
    --language CODE        auto (default: detect it, language-neutral when it cannot
                           be told) or an ISO 639-1 code: en de fr es it pt nl da no
                           sv fi hu ro tr pl cs ru uk el hy ar fa he hi ta zh ja ko
    --diversity D          redundancy avoidance in [0, 1] (default 0.15)
    --title TEXT           the article's title (its repeat in the text is not chosen)
    --keep-boilerplate     allow copyright lines, captions, prompts… to be chosen
    --include-title        allow the title line to be chosen
    --focus TEXT           a phrase or question the summary should be about; when the
                           text never mentions it, the ordinary summary (and a note on
                           standard error; with --json, \"focus\": {\"found\": false})

    -h, --help             print this help
    -V, --version          print the version
";

/// What the command line asked for.
#[derive(Default)]
struct Args {
    values: OptionValues,
    jsonl: bool,
    segment: bool,
    json: bool,
    extract: bool,
    html: bool,
    /// The input file; standard input when `None` or `-`. Any file name the
    /// system allows, UTF-8 or not.
    file: Option<PathBuf>,
}

/// What to do, once the arguments are read.
enum Command {
    Run(Box<Args>),
    Help,
    Version,
}

fn main() -> ExitCode {
    let args = match parse_args(lexopt::Parser::from_env()) {
        Ok(Command::Run(args)) => *args,
        Ok(Command::Help) => {
            print!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Ok(Command::Version) => {
            println!("precis {}", env!("CARGO_PKG_VERSION"));
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("precis: {message}\n\nRun `precis --help` for usage.");
            return ExitCode::from(2);
        }
    };
    match run(args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(message) => {
            eprintln!("precis: {message}");
            ExitCode::FAILURE
        }
    }
}

/// Reads the arguments (`--name value` or `--name=value`); the first problem
/// is returned as a message.
fn parse_args(mut parser: lexopt::Parser) -> Result<Command, String> {
    let mut args = Args::default();
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        let values = &mut args.values;
        match arg {
            Short('h') | Long("help") => return Ok(Command::Help),
            Short('V') | Long("version") => return Ok(Command::Version),
            Long("jsonl") => args.jsonl = true,
            Long("segment") => args.segment = true,
            Long("json") => args.json = true,
            Long("extract") => args.extract = true,
            Long("html") => args.html = true,
            Long("keep-boilerplate") => values.skip_boilerplate = Some(false),
            Long("include-title") => values.include_title = Some(true),
            Long("sentences") => values.sentences = Some(number(&mut parser, "sentences")?),
            Long("ratio") => values.ratio = Some(number(&mut parser, "ratio")?),
            Long("words") => values.words = Some(number(&mut parser, "words")?),
            Long("diversity") => values.diversity = Some(number(&mut parser, "diversity")?),
            Long("algorithm") => values.algorithm = Some(string(&mut parser)?),
            Long("language") => values.language = Some(string(&mut parser)?),
            Long("title") => values.title = Some(string(&mut parser)?),
            Long("keyphrases") => values.keyphrases = Some(number(&mut parser, "keyphrases")?),
            Long("focus") => values.focus = Some(string(&mut parser)?),
            Value(file) => {
                if args.file.replace(PathBuf::from(file)).is_some() {
                    return Err("give at most one FILE".to_string());
                }
            }
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    if args.segment && args.values.keyphrases.is_some() {
        return Err("give --segment or --keyphrases, not both".to_string());
    }
    if args.jsonl && (args.extract || args.html) {
        return Err("--extract and --html read one page; do not give --jsonl".to_string());
    }
    if args.jsonl && args.file.is_some() {
        return Err("--jsonl reads standard input; do not give a FILE".to_string());
    }
    // Check the options once, up front, so a bad flag fails before any input is read.
    args.values
        .clone()
        .into_options()
        .map_err(|e| e.to_string())?;
    Ok(Command::Run(Box::new(args)))
}

/// The value of the flag just read, as text.
fn string(parser: &mut lexopt::Parser) -> Result<String, String> {
    parser
        .value()
        .and_then(|value| value.string())
        .map_err(|e| e.to_string())
}

/// The value of the flag just read, as a number; errors name the `option`.
fn number(parser: &mut lexopt::Parser, option: &str) -> Result<f64, String> {
    let text = string(parser)?;
    text.parse::<f64>()
        .map_err(|_| format!("invalid option \"{option}\": expected a number, got {text:?}"))
}

/// Runs the command; `Ok(false)` when some JSON Lines input was rejected.
fn run(args: Args) -> Result<bool, String> {
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let ok = if args.jsonl {
        run_jsonl(&args, io::stdin().lock(), &mut out)?
    } else if args.extract {
        let page = read_bytes(args.file.as_deref())?;
        let article = precis_html::extract(&precis_html::decode(&page));
        let printed = if args.json {
            writeln!(
                out,
                "{}",
                json!({"title": article.title, "text": article.text})
            )
        } else {
            writeln!(out, "{}", article.text)
        };
        printed.map_err(|e| e.to_string())?;
        true
    } else {
        let text = if args.html {
            let page = read_bytes(args.file.as_deref())?;
            precis_html::extract(&precis_html::decode(&page)).titled_text()
        } else {
            read_input(args.file.as_deref())?
        };
        let options = args
            .values
            .clone()
            .into_options()
            .map_err(|e| e.to_string())?;
        write_document(&args, &options, &text, &mut out).map_err(|e| e.to_string())?;
        true
    };
    out.flush().map_err(|e| e.to_string())?;
    Ok(ok)
}

fn read_input(file: Option<&Path>) -> Result<String, String> {
    Ok(String::from_utf8_lossy(&read_bytes(file)?).into_owned())
}

/// The bytes of `file`, or of standard input when it is `None` or `-`.
fn read_bytes(file: Option<&Path>) -> Result<Vec<u8>, String> {
    Ok(match file {
        Some(path) if path != Path::new("-") => {
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?
        }
        _ => {
            let mut buf = Vec::new();
            io::stdin()
                .read_to_end(&mut buf)
                .map_err(|e| format!("cannot read standard input: {e}"))?;
            buf
        }
    })
}

/// Summarizes (or segments) one plain-text document.
fn write_document(
    args: &Args,
    options: &Options,
    text: &str,
    out: &mut impl Write,
) -> io::Result<()> {
    if args.segment {
        let language = options.language.or_else(|| detect_language(text));
        for s in sentences_in(text, language) {
            if args.json {
                writeln!(
                    out,
                    "{}",
                    json!({"start": s.span.start, "end": s.span.end, "text": s.text})
                )?;
            } else {
                writeln!(out, "{}", one_line(s.text))?;
            }
        }
        return Ok(());
    }
    let summary = summarize(text, options).map_err(io::Error::other)?;
    if summary.focus.is_some_and(|f| !f.found) && !args.json {
        eprintln!("precis: the text does not mention the focus; this is the ordinary summary");
    }
    if args.json {
        let sentences: Vec<Value> = summary
            .sentences
            .iter()
            .map(|s| {
                json!({"index": s.index, "start": s.span.start, "end": s.span.end, "text": s.text,
                       "score": s.score, "selected": s.selected, "boilerplate": s.boilerplate,
                       "wordCount": s.word_count})
            })
            .collect();
        let language = summary.language.map(|l| l.code());
        let mut result =
            json!({"summary": summary.text(), "language": language, "sentences": sentences});
        add_extras(&mut result, &summary, options, true);
        writeln!(out, "{result}")
    } else if options.keyphrases > 0 {
        for k in &summary.keyphrases {
            writeln!(out, "{}", k.text)?;
        }
        Ok(())
    } else if summary.selected().next().is_some() {
        writeln!(out, "{}", summary.text())
    } else {
        Ok(())
    }
}

/// Adds the keyphrases (when asked for; with their scores and occurrences when
/// `detailed`) and what became of the focus (when given) to a JSON result.
fn add_extras(result: &mut Value, summary: &Summary<'_>, options: &Options, detailed: bool) {
    let Some(map) = result.as_object_mut() else {
        return;
    };
    if options.keyphrases > 0 {
        let keyphrases: Vec<Value> = summary
            .keyphrases
            .iter()
            .map(|k| {
                if detailed {
                    keyphrase_json(k)
                } else {
                    json!(k.text)
                }
            })
            .collect();
        map.insert("keyphrases".to_string(), Value::Array(keyphrases));
    }
    if let Some(focus) = summary.focus {
        map.insert(
            "focus".to_string(),
            json!({"found": focus.found, "sentences": focus.sentences}),
        );
    }
}

/// A keyphrase as JSON: its text, score and occurrences (byte offsets).
fn keyphrase_json(k: &Keyphrase) -> Value {
    let occurrences: Vec<Value> = k
        .occurrences
        .iter()
        .map(|o| json!({"start": o.start, "end": o.end}))
        .collect();
    json!({"text": k.text, "score": k.score, "occurrences": occurrences})
}

/// Processes JSON Lines; bad lines are reported on standard error and skipped.
fn run_jsonl(args: &Args, input: impl BufRead, out: &mut impl Write) -> Result<bool, String> {
    let mut all_ok = true;
    let (mut checked, mut matched) = (0usize, 0usize);
    for (n, line) in input.lines().enumerate() {
        let line = line.map_err(|e| format!("cannot read standard input: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        match jsonl_record(args, &line) {
            Ok(record) => {
                if let Some(matches) = record.get("matches").and_then(Value::as_bool) {
                    checked += 1;
                    matched += usize::from(matches);
                }
                writeln!(out, "{record}").map_err(|e| e.to_string())?;
            }
            Err(message) => {
                eprintln!("precis: line {}: {message}", n + 1);
                all_ok = false;
            }
        }
    }
    if checked > 0 {
        eprintln!(
            "precis: segmentation matches the expected sentences on {matched} of {checked} lines"
        );
    }
    Ok(all_ok)
}

/// The output record for one input line.
fn jsonl_record(args: &Args, line: &str) -> Result<Value, String> {
    let input: Value = serde_json::from_str(line).map_err(|e| format!("not JSON: {e}"))?;
    let id = input.get("id").cloned().unwrap_or(Value::Null);
    let text = input
        .get("text")
        .and_then(Value::as_str)
        .ok_or("missing string field \"text\"")?;
    let mut values = args.values.clone();
    if let Some(title) = input.get("title").and_then(Value::as_str) {
        values.title = Some(title.to_string());
    }
    if let Some(n) = input.get("sentences").filter(|v| !v.is_null()) {
        let n = n
            .as_f64()
            .ok_or_else(|| format!("invalid option \"sentences\": expected a number, got {n}"))?;
        values.sentences = Some(n);
        values.ratio = None;
        values.words = None;
    }
    let options = values.into_options().map_err(|e| e.to_string())?;
    if args.segment {
        let language = options.language.or_else(|| detect_language(text));
        let found: Vec<precis::Sentence<'_>> = sentences_in(text, language).collect();
        let sentences: Vec<Value> = found
            .iter()
            .map(|s| json!({"start": s.span.start, "end": s.span.end, "text": s.text}))
            .collect();
        let mut record = serde_json::Map::new();
        record.insert("id".to_string(), id);
        record.insert("sentences".to_string(), Value::Array(sentences));
        // A segmentation test case: report whether the sentences are the expected ones.
        if let Some(expected) = input.get("expected").and_then(Value::as_array) {
            let expected: Vec<&str> = expected
                .iter()
                .map(|e| e.as_str().unwrap_or("").trim())
                .collect();
            let got: Vec<&str> = found.iter().map(|s| s.text).collect();
            record.insert("matches".to_string(), Value::Bool(got == expected));
        }
        return Ok(Value::Object(record));
    }
    let summary = summarize(text, &options).map_err(|e| e.to_string())?;
    let language = summary.language.map(|l| l.code());
    let mut record = json!({"id": id, "summary": summary.text(), "language": language});
    add_extras(&mut record, &summary, &options, false);
    Ok(record)
}
