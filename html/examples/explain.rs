//! Prints why the extractor chose the blocks it chose, then the article:
//! `cargo run -p precis-html --features dev --example explain -- page.html`.

use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: explain PAGE.html");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) => {
            eprintln!("explain: cannot read {path}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let html = String::from_utf8_lossy(&bytes);
    print!("{}", precis_html::dev::explain(&html));
    let article = precis_html::extract(&html);
    println!("\ntitle: {}\n\n{}", article.title, article.text);
    ExitCode::SUCCESS
}
