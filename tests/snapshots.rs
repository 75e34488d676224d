//! Whole-pipeline snapshots: the sentences each algorithm chooses from
//! articles written for the tests, and the sentences flagged as boilerplate,
//! compared with the files in `tests/snapshots/`. A change of scoring,
//! selection, boilerplate recognition or segmentation shows up here as a diff
//! to read and, when it is intended, to commit:
//!
//! ```sh
//! UPDATE_SNAPSHOTS=1 cargo test --test snapshots   # rewrite the files, then review `git diff`
//! ```
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use precis::{one_line, summarize, Algorithm, Options};
use std::fmt::Write as _;
use std::path::Path;

/// The articles (paths from the repository root).
const ARTICLES: &[&str] = &[
    "tests/data/articles/ferry_fleet.txt",
    "tests/data/articles/water_rates.txt",
    "www/example.txt",
];

/// The summary lengths of every snapshot.
fn lengths() -> [(String, Options); 2] {
    [
        ("3 sentences".to_string(), Options::default().sentences(3)),
        ("100 words".to_string(), Options::default().words(100)),
    ]
}

/// The snapshot of `text`: flagged sentences, then the chosen ones for every
/// algorithm and length, one sentence a line with its index.
fn snapshot(source: &str, text: &str) -> String {
    let mut out = format!(
        "# precis snapshot of {source}: the sentences chosen by each algorithm.\n\
         # Regenerate after an intended change: UPDATE_SNAPSHOTS=1 cargo test --test snapshots\n"
    );
    let all = summarize(text, &Options::default()).unwrap();
    let _ = writeln!(
        out,
        "\n== {} sentences; flagged as boilerplate:",
        all.sentences.len()
    );
    for s in all.sentences.iter().filter(|s| s.boilerplate) {
        let _ = writeln!(out, "[{}] {}", s.index, one_line(s.text));
    }
    for algorithm in Algorithm::ALL {
        for (label, options) in lengths() {
            let summary = summarize(text, &options.algorithm(algorithm)).unwrap();
            let _ = writeln!(out, "\n== {algorithm}, {label}:");
            for s in summary.selected() {
                let _ = writeln!(out, "[{}] {}", s.index, one_line(s.text));
            }
        }
    }
    out
}

/// The first line where `want` and `got` differ, both shown, for the failure message.
fn first_difference(want: &str, got: &str) -> String {
    let (mut w, mut g) = (want.lines(), got.lines());
    for n in 1.. {
        match (w.next(), g.next()) {
            (None, None) => break,
            (a, b) if a == b => continue,
            (a, b) => {
                return format!(
                    "line {n}:\n  snapshot: {}\n  now:      {}",
                    a.unwrap_or("(end)"),
                    b.unwrap_or("(end)")
                )
            }
        }
    }
    "(no difference)".to_string()
}

#[test]
fn chosen_sentences_match_the_snapshots() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v != "0");
    let mut stale = Vec::new();
    for source in ARTICLES {
        let text = std::fs::read_to_string(root.join(source)).unwrap();
        let got = snapshot(source, &text);
        let name = Path::new(source).file_stem().unwrap().to_str().unwrap();
        let file = format!("tests/snapshots/{name}.txt");
        let path = root.join(&file);
        let want = std::fs::read_to_string(&path).unwrap_or_default();
        if want == got {
            continue;
        }
        if update {
            std::fs::write(&path, &got).unwrap();
            eprintln!("updated {file}");
        } else {
            stale.push(format!("{file}: {}", first_difference(&want, &got)));
        }
    }
    assert!(
        stale.is_empty(),
        "the chosen sentences changed; if that is intended, run \
         `UPDATE_SNAPSHOTS=1 cargo test --test snapshots` and review the diff:\n{}",
        stale.join("\n")
    );
}
