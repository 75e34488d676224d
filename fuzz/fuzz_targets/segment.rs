//! Segmentation of arbitrary text in every language: the span invariants.
#![no_main]

use libfuzzer_sys::fuzz_target;
use precis::{sentences_in, Language, MAX_SENTENCE_BYTES};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let text = text.as_ref();
    for language in Language::ALL {
        let mut previous_end = 0;
        let mut previous_paragraph = 0;
        let mut count = 0;
        for s in sentences_in(text, language) {
            let span = s.span;
            // Spans slice the input exactly, ordered, non-overlapping.
            assert!(span.start < span.end, "empty span {span:?}");
            assert!(span.start >= previous_end, "overlap at {span:?}");
            assert_eq!(
                text.get(span.start..span.end),
                Some(s.text),
                "slice {span:?}"
            );
            // Trimmed, never empty, capped.
            assert_eq!(s.text.trim(), s.text, "untrimmed {span:?}");
            assert!(s.text.len() <= MAX_SENTENCE_BYTES, "too long {span:?}");
            // Lossless: only white space between sentences.
            let gap = text
                .get(previous_end..span.start)
                .expect("gap on char boundaries");
            assert!(gap.trim().is_empty(), "text lost before {span:?}: {gap:?}");
            // Paragraph numbers never go back and grow by at most one.
            assert!(s.paragraph >= previous_paragraph);
            assert!(count == 0 || s.paragraph <= previous_paragraph + 1);
            previous_end = span.end;
            previous_paragraph = s.paragraph;
            count += 1;
        }
        let tail = text.get(previous_end..).expect("tail on a char boundary");
        assert!(tail.trim().is_empty(), "text lost at the end: {tail:?}");
        assert_eq!(count == 0, text.trim().is_empty());
    }
});
