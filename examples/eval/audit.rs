//! An audit of chosen sentences for boilerplate, written apart from the engine's own detection
//! so that it can catch what the engine misses: datelines (`(CNN) --`), bylines (`By . Jane
//! Doe .`), publication times, photo captions (a position marker run into the next sentence, a
//! labelled caption, a line that had no final stop and got a spaced one, `Photo:`), and notices
//! (`Scroll down for video`, `Advertisement`, `Read more`, corrections, disclaimers, prompts).

/// Why `sentence` looks like boilerplate, or `None`.
pub fn boilerplate_kind(sentence: &str) -> Option<&'static str> {
    let s = sentence.trim();
    let lower = s.to_lowercase();
    let words: Vec<&str> = s.split_whitespace().collect();
    let first = lower.split_whitespace().next().unwrap_or("");
    if lower.starts_with("(cnn)")
        || lower.get(..60).unwrap_or(&lower).contains("(cnn) --")
        || lower.get(..40).unwrap_or(&lower).contains("(reuters)")
        || lower.get(..40).unwrap_or(&lower).contains("(ap)")
    {
        return Some("dateline");
    }
    if first == "by"
        && words.len() <= 10
        && words
            .iter()
            .skip(1)
            .all(|w| !w.starts_with(|c: char| c.is_lowercase()) || ["and", "for", "of"].contains(w))
    {
        return Some("byline");
    }
    if ["published:", "updated:", "published", "updated", "last"].contains(&first)
        && (lower.contains(':') || lower.contains("updated"))
        && lower.chars().any(|c| c.is_ascii_digit())
    {
        return Some("dateline");
    }
    if s.ends_with(" .") || s.ends_with(" ") {
        return Some("caption (no final stop)");
    }
    for marker in [
        "(pictured)",
        "(left)",
        "(right)",
        "(centre)",
        "(center)",
        "(above)",
        "(below)",
    ] {
        if let Some(at) = lower.find(marker) {
            let after = s.get(at + marker.len()..).unwrap_or("").trim_start();
            if after.starts_with(|c: char| c.is_uppercase()) {
                return Some("caption (glued)");
            }
            if label(s) {
                return Some("caption (labelled)");
            }
        }
    }
    const NOTICES: &[&str] = &[
        "scroll down for video",
        "share this article",
        "read more",
        "see more:",
        "click here",
        "contributed to this report",
        "views expressed",
        "opinions expressed",
        "story has been updated",
        "story has been corrected",
        "article has been updated",
        "follow us",
        "like us on facebook",
        "email your story",
        "accepting comments",
        "all rights reserved",
        "photo:",
        "©",
    ];
    if first.trim_matches(|c: char| !c.is_alphanumeric()) == "advertisement" && words.len() <= 3 {
        return Some("notice");
    }
    if let Some(n) = NOTICES.iter().find(|n| lower.contains(*n)) {
        return Some(if n.contains("photo") {
            "caption (credit)"
        } else {
            "notice"
        });
    }
    None
}

/// True when `s` opens with a caption label: one to four words, the first capitalised, and a
/// colon (`Heads up: …`).
fn label(s: &str) -> bool {
    let Some(colon) = s.get(..s.len().min(40)).and_then(|h| h.find(':')) else {
        return false;
    };
    let head: Vec<&str> = s.get(..colon).unwrap_or("").split_whitespace().collect();
    head.len() <= 4
        && head
            .first()
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_of_boilerplate_are_named() {
        for (sentence, kind) in [
            ("(CNN) -- The storm hit.", Some("dateline")),
            ("By . Daily Mail Reporter .", Some("byline")),
            (
                "PUBLISHED: . 14:11 EST, 25 October 2013 .",
                Some("dateline"),
            ),
            (
                "Campaign: Magic Johnson at a rally .",
                Some("caption (no final stop)"),
            ),
            (
                "His car (pictured) Police said he was drunk.",
                Some("caption (glued)"),
            ),
            (
                "Heads up: Smith (left) jumps for the ball.",
                Some("caption (labelled)"),
            ),
            ("Scroll down for video", Some("notice")),
            ("By contrast, the city grew.", None),
            ("The map was drawn by Peters (pictured).", None),
            ("The council met on Monday.", None),
            ("Advertisement", Some("notice")),
            ("The boys were shown dozens of advertisements.", None),
        ] {
            assert_eq!(boilerplate_kind(sentence), kind, "{sentence}");
        }
    }
}
