use std::io::Read;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let mut bytes = Vec::new();
    let file = std::fs::File::open(&path).unwrap();
    flate2::read::GzDecoder::new(file).read_to_end(&mut bytes).unwrap();
    let html = String::from_utf8_lossy(&bytes);
    if std::env::args().nth(2).is_some() { print!("{}", precis_html::dump_tree(&html)); return; }
    print!("{}", precis_html::inspect(&html));
    let a = precis_html::extract(&html);
    println!("TITLE: {}\n---\n{}", a.title, a.text.get(..a.text.len().min(1500)).unwrap_or(""));
}
