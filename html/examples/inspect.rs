#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]
use std::io::Read;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&path).unwrap())
        .read_to_end(&mut bytes)
        .unwrap();
    let html = String::from_utf8_lossy(&bytes);
    print!("{}", precis_html::dev::explain(&html));
    let a = precis_html::extract(&html);
    println!(
        "TITLE: {}\n---\n{}",
        a.title,
        a.text.get(..a.text.len().min(1500)).unwrap_or("")
    );
}
