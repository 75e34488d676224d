#![allow(clippy::unwrap_used, clippy::indexing_slicing, missing_docs)]
use std::io::Read;
use std::time::Instant;
fn main() {
    let dir = "/work/shared/data/pages/html";
    let mut pages = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let mut b = Vec::new();
        flate2::read::GzDecoder::new(std::fs::File::open(e.unwrap().path()).unwrap())
            .read_to_end(&mut b)
            .unwrap();
        pages.push(String::from_utf8_lossy(&b).into_owned());
    }
    let mut tp = Vec::new();
    let mut te = Vec::new();
    for _ in 0..3 {
        for p in &pages {
            let t = Instant::now();
            let n = precis_html::extract(p).text.len();
            tp.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(n);
            let t = Instant::now();
            let a = precis_html::extract(p);
            te.push(t.elapsed().as_secs_f64() * 1e3);
            std::hint::black_box(a);
        }
    }
    tp.sort_by(f64::total_cmp);
    te.sort_by(f64::total_cmp);
    println!(
        "parse median {:.2} extract median {:.2}",
        tp[tp.len() / 2],
        te[te.len() / 2]
    );
}
