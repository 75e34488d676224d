//! Where the article is: the densest run of prose among the units.
//!
//! Each unit gets a weight — positive for prose, negative for menus, headings,
//! link lists and other debris — and the article is the run of consecutive
//! units with the largest total weight (Kadane's maximum-sum subarray), as in
//! Body Text Extraction (Finn, Kushmerick & Smyth, "Fact or fiction: Content
//! classification for digital libraries", 2001), where tags play the part our
//! non-prose lines play. A paragraph or heading between paragraphs costs less
//! than the prose around it, so the run goes through it; a menu or a list of
//! teasers costs more than any prose beyond it, so the run stops there.

use super::units::{shape, Unit};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// Words a prose unit needs before it weighs anything.
const PROSE_WORDS: f64 = 6.0;
/// Words a prose unit standing alone between non-prose units (a teaser's
/// blurb, a comment between its author and date lines) needs before it
/// weighs anything.
const ISOLATED_WORDS: f64 = 36.0;
/// The fewest words per line of prose (fewer: a list of short lines).
const PROSE_WORDS_PER_LINE: f64 = 5.0;
/// Short lines whose shape recurs this often are a template (comment
/// headers, dates, "Share on …").
const TEMPLATE_REPEATS: u32 = 4;
/// The most words of a line whose shape is compared.
const TEMPLATE_WORDS: usize = 8;
/// Units the article may grow by after its densest run, when they look like
/// its closing lines rather than like a menu (the items of a list ending the
/// article).
const GROWTH: usize = 3;
/// The fewest words of a line without final punctuation the article grows by
/// (fewer: "About us", "Share").
const GROWTH_WORDS: usize = 4;
/// A text is a page (and its debris is cut) when menu-like lines stand on both
/// sides of the article, at least this many on each…
const MENUS_ON_EACH_SIDE: usize = 2;
/// …or when at least this many units outside it are plainly debris.
const DEBRIS_OUTSIDE: usize = 3;

/// What the units say about the article.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Article {
    /// The units of the article's run.
    pub run: Range<usize>,
    /// Whether the text is a whole page with debris, rather than an article.
    pub page: bool,
    /// Per unit: whether it is plainly debris wherever it stands (repeated
    /// text, headlines run together, separators, template lines).
    pub debris: Vec<bool>,
    /// Per unit: its weight (positive for prose).
    pub weights: Vec<f64>,
}

impl Article {
    /// Per unit: whether it stays (it is in the run and not plainly debris, or
    /// the text is not a page).
    pub fn kept(&self) -> Vec<bool> {
        (0..self.weights.len())
            .map(|k| {
                !self.page
                    || (self.run.contains(&k) && !self.debris.get(k).copied().unwrap_or(false))
            })
            .collect()
    }
}

/// What is counted to find repetition: a unit's text, or a short line's shape.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Key<'t> {
    Text(&'t str),
    Shape(u64),
}

/// Finds the article among `units` of `text`. `noticed` holds, per unit, the
/// words of its sentences that boilerplate cues already mark (a copyright
/// line, a cookie notice, a newsletter prompt): they weigh as debris.
pub(super) fn find<'t>(text: &'t str, units: &[Unit], noticed: &[usize]) -> Article {
    let text_of = |u: &Unit| -> &'t str { text.get(u.bytes.clone()).unwrap_or("") };
    // Each unit's text and short-line shape, numbered: `counts` says how often
    // each number occurs (one lookup per unit).
    let mut numbers: FxHashMap<Key<'t>, usize> =
        FxHashMap::with_capacity_and_hasher(units.len(), Default::default());
    let mut counts: Vec<u32> = Vec::with_capacity(units.len());
    let mut number = |key: Key<'t>| {
        let next = numbers.len();
        let n = *numbers.entry(key).or_insert(next);
        if n == counts.len() {
            counts.push(0);
        }
        if let Some(c) = counts.get_mut(n) {
            *c += 1;
        }
        n
    };
    let keys: Vec<(usize, Option<usize>)> = units
        .iter()
        .map(|u| {
            let copy = number(Key::Text(text_of(u)));
            let template = (u.words <= TEMPLATE_WORDS && u.lines == 1)
                .then(|| number(Key::Shape(shape(text_of(u)))));
            (copy, template)
        })
        .collect();
    let count = |n: usize| counts.get(n).copied().unwrap_or(0);
    let (weights, debris): (Vec<f64>, Vec<bool>) = units
        .iter()
        .zip(&keys)
        .enumerate()
        .map(|(k, (u, &(copy, shape)))| {
            let repeated = count(copy) > 1;
            let template = shape.is_some_and(|s| count(s) >= TEMPLATE_REPEATS);
            let debris = template
                || (repeated && u.words > 0)
                || u.stacked
                || (u.separators >= 2 && u.words < super::units::SHORT_WORDS)
                || u.bars >= 3;
            let noticed = noticed.get(k).copied().unwrap_or(0).min(u.words);
            let w = weight(u, repeated, template);
            let w = if noticed > 0 && noticed == u.words {
                w.min(-(4.0 + 0.5 * u.words as f64))
            } else if w > 0.0 {
                (w - noticed as f64).max(-1.0)
            } else {
                w
            };
            (w, debris)
        })
        .unzip();
    let weights = isolate(&weights);
    let mut run = densest_run(&weights);
    let plain = |k: usize| {
        units.get(k).is_some_and(|u| {
            !u.title_like()
                && (u.terminal || u.words >= GROWTH_WORDS)
                && !debris.get(k).copied().unwrap_or(true)
        })
    };
    for _ in 0..GROWTH {
        if plain(run.end) {
            run.end += 1;
        }
    }
    let menus_before = units
        .get(..run.start)
        .unwrap_or(&[])
        .iter()
        .filter(|u| u.menu_like())
        .count();
    let menus_after = units
        .get(run.end..)
        .unwrap_or(&[])
        .iter()
        .filter(|u| u.menu_like())
        .count();
    let debris_outside = debris
        .iter()
        .enumerate()
        .filter(|&(k, &d)| d && !run.contains(&k))
        .count();
    // Without a run of prose there is no article to cut the page down to.
    let page = !run.is_empty()
        && ((menus_before >= MENUS_ON_EACH_SIDE && menus_after >= MENUS_ON_EACH_SIDE)
            || debris_outside >= DEBRIS_OUTSIDE);
    Article {
        run,
        page,
        debris,
        weights,
    }
}

/// The weight of a unit: its words beyond [`PROSE_WORDS`] for prose, a cost
/// for anything else (more for what looks like a menu, most for repeated
/// text, headlines run together and template lines).
fn weight(u: &Unit, repeated: bool, template: bool) -> f64 {
    let w = u.words as f64;
    if template {
        -(6.0 + w)
    } else if (repeated && u.words < super::units::SHORT_WORDS)
        || u.stacked
        || (u.separators >= 2 && u.words < super::units::SHORT_WORDS)
    {
        -(4.0 + 0.5 * w)
    } else if u.title_like() {
        -(2.0 + 0.5 * w)
    } else if u.terminal && u.words_per_line() >= PROSE_WORDS_PER_LINE && !u.link {
        (w - PROSE_WORDS).max(-1.0)
    } else {
        -(1.0 + 0.1 * w)
    }
}

/// Lowers the weight of prose units that stand alone between non-prose ones
/// by [`ISOLATED_WORDS`] − [`PROSE_WORDS`]: an article's paragraphs follow each
/// other, while teasers and comments alternate with headlines and bylines.
fn isolate(weights: &[f64]) -> Vec<f64> {
    let prose = |k: Option<usize>| k.and_then(|k| weights.get(k)).is_some_and(|&w| w > 0.0);
    weights
        .iter()
        .enumerate()
        .map(|(k, &w)| {
            if w > 0.0 && !prose(k.checked_sub(1)) && !prose(Some(k + 1)) {
                w - (ISOLATED_WORDS - PROSE_WORDS)
            } else {
                w
            }
        })
        .collect()
}

/// The run of `weights` with the largest sum (Kadane's algorithm); the
/// earliest such run, empty when no weight is positive.
fn densest_run(weights: &[f64]) -> Range<usize> {
    let (mut best, mut best_run) = (0.0, 0..0);
    let (mut sum, mut start) = (0.0, 0);
    for (k, &w) in weights.iter().enumerate() {
        if sum <= 0.0 {
            sum = 0.0;
            start = k;
        }
        sum += w;
        if sum > best {
            best = sum;
            best_run = start..k + 1;
        }
    }
    best_run
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::debris::units::units;
    use crate::document::Document;
    use crate::language::Language;

    fn article_of(text: &str) -> (Article, Vec<String>) {
        let doc = Document::new(text, Language::English, None);
        let units = units(&doc);
        let texts = units
            .iter()
            .map(|u| text[u.bytes.clone()].to_string())
            .collect();
        (find(text, &units, &[]), texts)
    }

    const PARAGRAPHS: &str = "The council approved the new budget on Tuesday after a long debate that ran late into the night.\n\n\
        Spending on schools will rise by four percent next year, and the money for roads will stay the same.\n\n\
        The mayor said the plan balanced growth with care for the older parts of the city and its parks.";

    #[test]
    fn the_densest_run_is_kadane() {
        assert_eq!(densest_run(&[-1.0, 2.0, -1.0, 3.0, -5.0, 1.0]), 1..4);
        assert_eq!(densest_run(&[-1.0, -2.0]), 0..0);
        assert_eq!(densest_run(&[]), 0..0);
    }

    #[test]
    fn prose_between_menus_is_the_article() {
        let text = format!(
            "Home\nNews\nSport\nWeather\nVideo\n\n{PARAGRAPHS}\n\nAbout us\nContact\nPrivacy Policy\nCareers"
        );
        let (article, texts) = article_of(&text);
        assert!(article.page);
        let kept: Vec<&str> = texts
            .iter()
            .zip(article.kept())
            .filter(|(_, k)| *k)
            .map(|(t, _)| t.as_str())
            .collect();
        assert_eq!(kept, PARAGRAPHS.split("\n\n").collect::<Vec<_>>());
    }

    #[test]
    fn an_article_alone_is_not_a_page() {
        let text = format!("Budget approved\n\nBy Jane Roe\n\n{PARAGRAPHS}\n\nWhat comes next\n\n- a vote in May\n- hearings in June");
        let (article, _) = article_of(&text);
        assert!(!article.page);
        assert!(article.kept().iter().all(|&k| k));
    }

    const MORE: &str =
        "Critics argued that the budget ignored the rising cost of housing across the city.\n\n\
        A final vote is expected next month, after public hearings in each of the nine districts.";

    #[test]
    fn headings_inside_the_article_stay() {
        let text = format!(
            "Home\nNews\nSport\n\n{PARAGRAPHS}\n\nWhat Comes Next\n\n{MORE}\n\nAbout Us\nContact\nCareers"
        );
        let (article, texts) = article_of(&text);
        let heading = texts.iter().position(|t| t == "What Comes Next").unwrap();
        assert!(article.page && article.kept()[heading]);
    }

    #[test]
    fn teasers_after_the_article_are_left_out() {
        let mut text = format!("Home\nNews\nSport\n\n{PARAGRAPHS}\n\nMore stories\n");
        for i in 0..6 {
            text.push_str(&format!(
                "\nTeaser headline number {i} about another story\n\nA one-sentence blurb of that other story, in twenty words or so, to tempt the reader.\n"
            ));
        }
        text.push_str("\nAbout us\nContact\nCareers");
        let (article, texts) = article_of(&text);
        let kept: Vec<&String> = texts
            .iter()
            .zip(article.kept())
            .filter(|(_, k)| *k)
            .map(|(t, _)| t)
            .collect();
        assert_eq!(kept.len(), 3, "{kept:?}");
    }

    #[test]
    fn lines_marked_by_cues_weigh_as_debris() {
        let text = format!("Home\nNews\nSport\n\n{PARAGRAPHS}\n\nAbout us\nContact\nCareers");
        let doc = Document::new(&text, Language::English, None);
        let units = units(&doc);
        let plain = find(&text, &units, &[]);
        let mut noticed = vec![0; units.len()];
        noticed[3] = units[3].words;
        let marked = find(&text, &units, &noticed);
        assert!(plain.weights[3] > 0.0 && marked.weights[3] < 0.0);
        assert_eq!(marked.run, 4..6, "the marked paragraph leaves the run");
    }

    #[test]
    fn repeated_template_lines_are_debris() {
        let mut text = format!("Home\nNews\nSport\n\n{PARAGRAPHS}\n\n3 comments\n");
        for name in ["joe", "ann", "kim", "lee"] {
            text.push_str(&format!(
                "\n{name} says:\nNovember 19, 2019 at 6:34 am\nGreat article, thanks for writing it.\n"
            ));
        }
        let (article, texts) = article_of(&text);
        for (t, d) in texts.iter().zip(&article.debris) {
            if t.ends_with("says:") || t.starts_with("November") {
                assert!(d, "{t}");
            }
        }
        assert!(texts
            .iter()
            .zip(article.kept())
            .all(|(t, k)| !k || !t.contains("Great article")));
    }
}
