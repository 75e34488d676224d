//! What the names authors give their blocks (`class`, `id`, `role`, `itemprop`) say:
//! "article-body" is content, "related-stories" or "cookie-banner" is not.

/// Parts of names that mark blocks around an article: navigation, sharing, comments,
/// promotions, notices. Matched anywhere in a name ("relatedStories", "site-footer").
const BOILERPLATE_PARTS: &[&str] = &[
    "advert",
    "affiliate",
    "author",
    "banner",
    "breadcrumb",
    "byline",
    "caption",
    "comment",
    "consent",
    "contributor",
    "cookie",
    "copyright",
    "credit",
    "dateline",
    "disclaimer",
    "disqus",
    "footer",
    "gdpr",
    "masthead",
    "menu",
    "modal",
    "navbar",
    "navigation",
    "newsletter",
    "outbrain",
    "pagination",
    "paywall",
    "popular",
    "popup",
    "promo",
    "recirc",
    "recommend",
    "related",
    "sharing",
    "share",
    "sidebar",
    "signup",
    "skip",
    "sponsor",
    "subscribe",
    "subscription",
    "taboola",
    "timestamp",
    "toolbar",
    "trending",
    "widget",
];

/// Whole words (between `-`, `_`, digits or spaces) that mark boilerplate but are too
/// short to match inside other words ("ad" is in "header", "nav" in "canvas").
const BOILERPLATE_WORDS: &[&str] = &[
    "ad", "ads", "aside", "bio", "date", "extra", "hidden", "hide", "login", "meta", "nav",
    "print", "rating", "sr", "tag", "tags", "teaser", "time", "tools", "topics",
];

/// Parts of names that mark the article itself.
const CONTENT_PARTS: &[&str] = &[
    "article", "blog", "body", "content", "entry", "main", "post", "prose", "story", "text",
];

/// What an element's names say about it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Hint {
    /// A name marks it as boilerplate.
    pub boilerplate: bool,
    /// A name marks it as content.
    pub content: bool,
}

impl Hint {
    /// Reads the lower-case, space-separated names of an element.
    pub(crate) fn of(names: &str) -> Hint {
        if names.is_empty() {
            return Hint::default();
        }
        let part = |list: &[&str]| contains_any(names, list);
        let word = |list: &[&str]| {
            names
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| list.contains(&w))
        };
        Hint {
            boilerplate: part(BOILERPLATE_PARTS) || word(BOILERPLATE_WORDS),
            content: part(CONTENT_PARTS),
        }
    }

    /// The weight of these hints in a block's score: +1 content, −1 boilerplate, 0 both or neither.
    pub(crate) fn weight(self) -> i32 {
        i32::from(self.content) - i32::from(self.boilerplate)
    }
}

/// Whether `names` contains one of `parts` (a single pass over `names`, faster than one
/// substring search per part on these short strings).
fn contains_any(names: &str, parts: &[&str]) -> bool {
    let bytes = names.as_bytes();
    (0..bytes.len()).any(|i| {
        let rest = bytes.get(i..).unwrap_or_default();
        parts.iter().any(|p| {
            let p = p.as_bytes();
            p.first() == rest.first() && rest.starts_with(p)
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_of_boilerplate_blocks() {
        for names in [
            "related-stories",
            "site-footer",
            "cookie-banner",
            "share-tools",
            "ad",
            "ad-slot top",
            "comments",
            "nav",
            "sr-only",
        ] {
            assert!(Hint::of(names).boilerplate, "{names}");
        }
    }

    #[test]
    fn names_of_content_and_lookalikes() {
        for names in ["article-body", "story", "entry-content", "post"] {
            let hint = Hint::of(names);
            assert!(hint.content && !hint.boilerplate, "{names}");
        }
        for names in ["header", "shadow", "canvas-wrap", "loaded", "navy-theme"] {
            assert!(!Hint::of(names).boilerplate, "{names}");
        }
    }
}
