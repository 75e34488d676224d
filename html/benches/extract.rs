//! How long extracting the article of a page takes, natively: a typical news page (about
//! 110 KB of HTML: scripts and JSON in the head, menus, an article of about 1,000 words,
//! teasers, comments, a footer), the small hand-written test page, and hostile pages.
//!
//! `cargo bench -p precis-html --bench extract`; criterion prints the median-centred
//! estimate of each. The target for the typical page is 5 ms.

#[cfg(not(target_arch = "wasm32"))]
mod bench {
    use criterion::{criterion_group, BenchmarkId, Criterion, Throughput};
    use std::fmt::Write;
    use std::hint::black_box;
    use std::time::Duration;

    /// A deterministic stream of words from a small vocabulary.
    struct Words(u64);

    impl Words {
        const VOCABULARY: &'static [&'static str] = &[
            "the",
            "council",
            "said",
            "on",
            "Monday",
            "that",
            "repairs",
            "to",
            "bridge",
            "would",
            "start",
            "in",
            "April",
            "and",
            "last",
            "six",
            "weeks",
            "drivers",
            "will",
            "use",
            "coast",
            "road",
            "while",
            "engineers",
            "replace",
            "two",
            "cables",
            "of",
            "its",
            "a",
            "survey",
            "found",
            "corrosion",
            "city",
            "buses",
            "extra",
            "shops",
            "worried",
            "about",
            "trade",
            "residents",
            "asked",
            "for",
            "footpath",
            "open",
            "cyclists",
        ];

        fn next(&mut self) -> &'static str {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            let i = (self.0 % Self::VOCABULARY.len() as u64) as usize;
            Self::VOCABULARY.get(i).copied().unwrap_or("the")
        }

        fn sentence(&mut self, words: usize) -> String {
            let mut s = String::new();
            for i in 0..words {
                if i > 0 {
                    s.push(if i % 9 == 0 { ',' } else { ' ' });
                    if i % 9 == 0 {
                        s.push(' ');
                    }
                }
                s.push_str(self.next());
            }
            s.push('.');
            s
        }
    }

    /// A news page of about 110 KB, shaped like the pages of the article extraction benchmark.
    fn typical_page() -> String {
        let mut w = Words(0x9e37_79b9_7f4a_7c15);
        let mut page =
            String::from("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        page.push_str("<title>Harbour bridge to close for repairs | The Coastal Herald</title>");
        for i in 0..40 {
            let _ = write!(
                page,
                "<link rel=\"preload\" href=\"/static/chunk-{i}.js\" as=\"script\">"
            );
        }
        page.push_str("<script>window.__STATE__ = {");
        for i in 0..1000 {
            let _ = write!(
                page,
                "\"key{i}\": {{\"id\": {i}, \"slug\": \"story-{i}\", \"section\": \"news\"}},"
            );
        }
        page.push_str("};</script><style>");
        for i in 0..300 {
            let _ = write!(page, ".c{i} {{ margin: {i}px; color: #{i:03}; }} ");
        }
        page.push_str("</style></head><body class=\"article-page\">");
        page.push_str("<div class=\"cookie-banner\"><p>We use cookies to improve your experience.</p><button>Accept</button></div>");
        page.push_str("<header class=\"site-header\"><nav class=\"main-nav\"><ul>");
        for i in 0..120 {
            let _ = write!(page, "<li class=\"nav-item\"><a class=\"nav-link\" href=\"/section/{i}\">Section {i}</a></li>");
        }
        page.push_str("</ul></nav></header><main><div class=\"layout\"><article class=\"story\">");
        page.push_str(
            "<h1>Harbour bridge to close for repairs</h1><div class=\"byline\">By A. Reporter</div>",
        );
        page.push_str("<div class=\"share-tools\"><a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div><div class=\"story-body\">");
        for p in 0..24 {
            let _ = write!(
                page,
                "<p class=\"para\">{} <a href=\"/topic/{p}\">{}</a> {}</p>",
                w.sentence(22),
                w.sentence(3),
                w.sentence(28)
            );
            if p % 6 == 5 {
                let _ = write!(
                    page,
                    "<figure><img src=\"/img/{p}.jpg\" alt=\"\"><figcaption>{}</figcaption></figure><div class=\"ad-slot\"><p>Advertisement</p></div>",
                    w.sentence(12)
                );
            }
        }
        page.push_str("</div></article><aside class=\"sidebar\"><h2>Most read</h2><ol>");
        for i in 0..30 {
            let _ = write!(
                page,
                "<li><a href=\"/story/{i}\"><img src=\"/t/{i}.jpg\" alt=\"\"><span>{}</span></a></li>",
                w.sentence(8)
            );
        }
        page.push_str("</ol></aside></div><section class=\"comments\"><h2>Comments</h2>");
        for i in 0..20 {
            let _ = write!(page, "<div class=\"comment\" id=\"c{i}\"><div class=\"author\">Reader {i}</div><p>{}</p></div>", w.sentence(25));
        }
        page.push_str("</section></main><footer class=\"site-footer\"><ul>");
        for i in 0..60 {
            let _ = write!(page, "<li><a href=\"/about/{i}\">About link {i}</a></li>");
        }
        page.push_str("</ul><p>© The Coastal Herald</p></footer><script src=\"/static/app.js\"></script></body></html>");
        page
    }

    fn extract(c: &mut Criterion) {
        let typical = typical_page();
        let small = include_str!("../tests/pages/news.html");
        let mut group = c.benchmark_group("extract");
        for (name, page) in [
            ("typical news page", typical.as_str()),
            ("small test page", small),
        ] {
            group.throughput(Throughput::Bytes(page.len() as u64));
            group.bench_with_input(BenchmarkId::from_parameter(name), page, |b, page| {
                b.iter(|| precis_html::extract(black_box(page)))
            });
        }
        group.finish();
    }

    fn hostile(c: &mut Criterion) {
        let nested = format!("{}deep text", "<div>".repeat(100_000));
        let attribute = format!("<p class=\"{}\">text</p>", "x".repeat(10_000_000));
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let junk: String = (0..1_000_000)
            .map(|_| {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                let markup = b"<>/\"'=&;!- ap";
                char::from(markup.get((state % 13) as usize).copied().unwrap_or(b' '))
            })
            .collect();
        let mut group = c.benchmark_group("extract hostile");
        group
            .sample_size(10)
            .measurement_time(Duration::from_secs(5));
        for (name, page) in [
            ("100,000 nested divs", &nested),
            ("10 MB attribute", &attribute),
            ("1 MB of markup junk", &junk),
        ] {
            group.bench_with_input(BenchmarkId::from_parameter(name), page, |b, page| {
                b.iter(|| precis_html::extract(black_box(page)))
            });
        }
        group.finish();
    }

    criterion_group!(benches, extract, hostile);
}

#[cfg(not(target_arch = "wasm32"))]
criterion::criterion_main!(bench::benches);

#[cfg(target_arch = "wasm32")]
fn main() {}
