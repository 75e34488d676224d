//! Lead: earlier sentences score higher. The classic news baseline ("Lead-k":
//! the first k sentences), hard to beat on news because journalists put the key
//! facts first (see Liu & Lapata, 2019, for its standing on CNN/DailyMail).

use crate::document::Document;

/// `1 / (1 + i)` for sentence `i`.
pub(super) fn score(doc: &Document<'_>) -> Vec<f64> {
    (0..doc.len()).map(|i| 1.0 / (1.0 + i as f64)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::language::Language;

    #[test]
    fn scores_fall_with_position() {
        let doc = Document::new("A b. C d. E f.", Language::English, None);
        assert_eq!(score(&doc), vec![1.0, 0.5, 1.0 / 3.0]);
    }
}
