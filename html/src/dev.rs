//! Why the extractor chose what it chose, for people tuning it (the `dev` feature; not a
//! stable API): `cargo run -p precis-html --features dev --example explain -- page.html`.

use crate::dom::NodeId;
use crate::{candidate, measure, parse, tag::Tag};
use std::fmt::Write;

/// The best-scoring blocks with their measures and ancestors, and the blocks chosen.
pub fn explain(html: &str) -> String {
    let dom = parse::parse(html);
    let m = measure::measure(&dom);
    let scores = candidate::score(&dom, &m);
    let mut ranked: Vec<(f64, NodeId)> = m
        .order
        .iter()
        .map(|&id| (scores.get(id), id))
        .filter(|(s, _)| *s > 0.0)
        .collect();
    ranked.sort_by(|a, b| b.0.total_cmp(&a.0));
    let describe = |id: NodeId| {
        let e = dom.node(id).element();
        format!(
            "#{} <{:?} {:?}> {} chars, link density {:.2}, prose {:.1}, {:?}",
            id.0,
            e.map_or(Tag::Inline, |e| e.tag),
            e.map_or("", |e| &e.hints),
            m.chars(id),
            m.link_density(id),
            m.prose(id),
            m.hint(id)
        )
    };
    let path = |id: NodeId| {
        dom.ancestors(id)
            .filter_map(|a| dom.node(a).element())
            .map(|e| format!("{:?}.{}", e.tag, e.hints.split(' ').next().unwrap_or("")))
            .collect::<Vec<_>>()
            .join(" < ")
    };
    let mut out = String::new();
    for (score, id) in ranked.iter().take(8) {
        let _ = writeln!(
            out,
            "{score:8.1} {}\n         in {}",
            describe(*id),
            path(*id)
        );
    }
    for block in candidate::article(&dom, &m, &scores) {
        let _ = writeln!(out, "chosen: {}", describe(block));
    }
    out
}
