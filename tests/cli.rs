//! The command-line program, run as a user runs it: arguments, exit codes,
//! messages, and output that agrees with the library.
#![cfg(not(target_arch = "wasm32"))]
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing)]

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// Runs `precis` with `args`, `input` on standard input.
fn precis<I, S>(args: I, input: &str) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let mut child = Command::new(env!("CARGO_BIN_EXE_precis"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    // The program may exit before reading its input (an argument error): a
    // broken pipe here is expected then.
    let _ = child.stdin.take().unwrap().write_all(input.as_bytes());
    child.wait_with_output().unwrap()
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

const ARTICLE: &str =
    "The harbour ferry will run again from June, the port authority said on Monday. \
    The ferry stopped two years ago after its engine failed. \
    Tickets will cost the same as a bus fare. \
    The port authority bought a second-hand engine from a shipyard in the north.";

#[test]
fn help_and_version_exit_zero() {
    let help = precis(["--help"], "");
    assert!(help.status.success());
    assert!(stdout(&help).contains("--sentences N"), "{}", stdout(&help));
    let version = precis(["-V"], "");
    assert!(version.status.success());
    assert_eq!(
        stdout(&version),
        format!("precis {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn flags_take_values_with_a_space_or_an_equals_sign() {
    let spaced = precis(["--sentences", "2", "--algorithm", "luhn"], ARTICLE);
    let joined = precis(["--sentences=2", "--algorithm=luhn"], ARTICLE);
    assert!(spaced.status.success(), "{}", stderr(&spaced));
    assert_eq!(stdout(&spaced).lines().count(), 2);
    assert_eq!(stdout(&spaced), stdout(&joined));
}

#[test]
fn argument_errors_exit_2_with_a_message() {
    let cases: &[(&[&str], &str)] = &[
        (&["--frobnicate"], "invalid option '--frobnicate'"),
        (&["--ratio"], "missing argument for option '--ratio'"),
        (
            &["--ratio", "lots"],
            "invalid option \"ratio\": expected a number, got \"lots\"",
        ),
        (
            &["--ratio", "1.5"],
            "invalid option \"ratio\": expected a number in (0, 1], got 1.5",
        ),
        (
            &["--sentences", "2", "--words", "50"],
            "conflicting options \"sentences\" and \"words\"",
        ),
        (&["a.txt", "b.txt"], "give at most one FILE"),
        (&["--jsonl", "a.txt"], "--jsonl reads standard input"),
        (&["--json=yes"], "unexpected argument for option '--json'"),
    ];
    for (args, want) in cases {
        let out = precis(*args, ARTICLE);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(stdout(&out).is_empty(), "{args:?}");
        let message = stderr(&out);
        assert!(
            message.starts_with("precis: ") && message.contains(want),
            "{args:?}: {message}"
        );
        assert!(message.contains("precis --help"), "{args:?}: {message}");
    }
}

#[cfg(unix)]
#[test]
fn a_non_utf8_argument_is_an_error_not_a_panic() {
    use std::ffi::OsStr;
    use std::os::unix::ffi::OsStrExt;
    let bad = OsStr::from_bytes(b"caf\xe9");
    // As a flag's value: refused with a message.
    let out = precis([OsStr::new("--title"), bad], ARTICLE);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("invalid unicode"), "{}", stderr(&out));
    // As a file name: a name like any other (here, of a file that does not exist).
    let out = precis([bad], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).starts_with("precis: cannot read caf"),
        "{}",
        stderr(&out)
    );
    assert!(!stderr(&out).contains("panicked"), "{}", stderr(&out));
}

#[test]
fn a_dash_reads_standard_input() {
    let dash = precis(["-"], ARTICLE);
    let none = precis(Vec::<&str>::new(), ARTICLE);
    assert!(dash.status.success());
    assert_eq!(stdout(&dash), stdout(&none));
    assert_eq!(stdout(&dash).lines().count(), 3);
}

#[test]
fn summaries_and_sentences_print_as_the_library_prints_them() {
    // Double spaces, tabs and hard-wrapped lines: only line breaks become spaces.
    let text = "The harbour  ferry will run again from June, the port\nauthority said on Monday.\n\
        The ferry\tstopped two years ago after its engine failed.  Tickets will cost the same\n  \
        as a bus fare. The port authority bought a second-hand engine from a shipyard.";
    for args in [&["--sentences", "2"][..], &["--ratio", "1"][..]] {
        let out = precis(args, text);
        assert!(out.status.success(), "{}", stderr(&out));
        let options = if args[0] == "--ratio" {
            precis::Options::default().ratio(1.0)
        } else {
            precis::Options::default().sentences(2)
        };
        let summary = precis::summarize(text, &options).unwrap();
        assert_eq!(stdout(&out), format!("{}\n", summary.text()), "{args:?}");
        assert!(stdout(&out).contains("harbour  ferry"), "{args:?}");
    }
    let out = precis(["--segment"], text);
    let want: String = precis::sentences(text)
        .map(|s| format!("{}\n", precis::one_line(s.text)))
        .collect();
    assert_eq!(stdout(&out), want);
    assert!(stdout(&out).contains("ferry\tstopped"));
}

const PAGE: &str = "<html><head><title>Ferry returns | Port News</title></head><body>\
    <nav><a href=/>Home</a> <a href=/sport>Sport</a></nav><article><h1>Ferry returns</h1>\
    <p>The harbour ferry will run again from June, the port authority said on Monday.</p>\
    <p>The ferry stopped two years ago after its engine failed.</p></article>\
    <footer>All rights reserved</footer></body></html>";

#[test]
fn extract_prints_the_article_of_a_page() {
    let text = precis(["--extract"], PAGE);
    assert!(text.status.success(), "{}", stderr(&text));
    assert_eq!(
        stdout(&text),
        "The harbour ferry will run again from June, the port authority said on Monday.\n\n\
         The ferry stopped two years ago after its engine failed.\n"
    );
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&precis(["--extract", "--json"], PAGE))).unwrap();
    assert_eq!(json["title"], "Ferry returns");
    assert!(json["text"].as_str().unwrap().ends_with("engine failed."));
}

#[test]
fn html_summarizes_the_titled_article_and_refuses_jsonl() {
    let summary = precis(["--html", "--sentences", "1"], PAGE);
    assert!(summary.status.success(), "{}", stderr(&summary));
    // The summary of the title line, a blank line and the article.
    let document = "Ferry returns\n\n\
        The harbour ferry will run again from June, the port authority said on Monday.\n\n\
        The ferry stopped two years ago after its engine failed.";
    assert_eq!(precis_html::extract(PAGE).titled_text(), document);
    let expected = precis::summarize(document, &precis::Options::default().sentences(1)).unwrap();
    assert_eq!(stdout(&summary), format!("{}\n", expected.text()));
    let refused = precis(["--html", "--jsonl"], "");
    assert_eq!(refused.status.code(), Some(2));
    assert!(stderr(&refused).contains("--extract and --html read one page"));
}

#[test]
fn extract_decodes_a_page_in_a_declared_legacy_encoding() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_precis"))
        .arg("--extract")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let page = b"<meta charset=windows-1252><p>Caf\xe9 owners in Orl\xe9ans welcomed the new pedestrian zone.</p>";
    child.stdin.take().unwrap().write_all(page).unwrap();
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        String::from_utf8(output.stdout).unwrap(),
        "Café owners in Orléans welcomed the new pedestrian zone.\n"
    );
}
