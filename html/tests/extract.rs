//! The extractor on hand-written pages: each page has the blocks real pages have around
//! an article, and the test checks what is kept and what is left out.

use precis_html::{extract, Article};

/// Asserts that the article has every `kept` text and none of the `left_out` ones.
fn check(article: &Article, kept: &[&str], left_out: &[&str]) {
    for k in kept {
        assert!(
            article.text.contains(k),
            "missing {k:?} in:\n{}",
            article.text
        );
    }
    for l in left_out {
        assert!(
            !article.text.contains(l),
            "{l:?} should be left out of:\n{}",
            article.text
        );
    }
}

#[test]
fn news_page_without_nav_cookies_sharing_captions_related_or_comments() {
    let article = extract(include_str!("pages/news.html"));
    assert_eq!(article.title, "Harbour bridge to close for repairs");
    check(
        &article,
        &[
            "The harbour bridge will close to all traffic for six weeks",
            "Diversions planned",
            "Six weeks is a long time for a small shop",
            "reopen one lane early if the work allows it.",
        ],
        &[
            "cookies",
            "Sport",
            "By Mara Quist",
            "2 March 2026",
            "Share on Facebook",
            "30,000 vehicles",
            "Advertisement",
            "newsletter",
            "Related stories",
            "Ferry timetable",
            "potholes",
            "Storm warning",
            "All rights reserved",
        ],
    );
    // The headline is the title, not part of the text.
    assert!(!article.text.contains("Harbour bridge to close for repairs"));
}

#[test]
fn paragraphs_are_separated_by_a_blank_line() {
    let article = extract(include_str!("pages/news.html"));
    let paragraphs: Vec<&str> = article.text.split("\n\n").collect();
    assert_eq!(paragraphs.len(), 6, "{:#?}", paragraphs);
    assert!(paragraphs[0].starts_with("The harbour bridge will close"));
    assert_eq!(paragraphs[2], "Diversions planned");
    assert!(paragraphs.iter().all(|p| p.trim() == *p && !p.is_empty()));
}

#[test]
fn article_in_divs_only() {
    let article = extract(include_str!("pages/div_only.html"));
    assert_eq!(article.title, "Why the old mill still matters");
    check(
        &article,
        &[
            "The old mill on the river has stood empty for almost forty years",
            "it has asked residents for their memories of the mill",
        ],
        &[
            "Categories",
            "Walking club",
            "Powered by",
            "Archive",
            "Posted in",
        ],
    );
}

#[test]
fn form_wrapping_the_whole_page_keeps_the_article() {
    let article = extract(include_str!("pages/form_wrapper.html"));
    check(
        &article,
        &[
            "The town council voted on Tuesday night to keep the central library open",
            "Campaigners welcomed the decision",
        ],
        &["Jobs", "Search", "All rights reserved"],
    );
}

#[test]
fn empty_and_microdata_only_articles_before_the_real_one() {
    let article = extract(include_str!("pages/empty_article.html"));
    assert_eq!(
        article.title,
        "Rain returns after the longest dry spell on record"
    );
    check(
        &article,
        &[
            "Rain fell across the region on Saturday for the first time in 47 days",
            "The water company said the ban on garden hoses would stay in place",
        ],
        &["Climate", "Weather Desk"],
    );
}

#[test]
fn teaser_articles_are_not_the_story() {
    let article = extract(include_str!("pages/teasers.html"));
    check(
        &article,
        &[
            "The town chess club marked its hundredth year on Saturday",
            "who has been a member since 1981.",
        ],
        &["Market hall", "Swimming pool", "Bus fares"],
    );
}

#[test]
fn tables_lists_and_preformatted_text_inside_the_article() {
    let article = extract(include_str!("pages/tables_lists.html"));
    check(
        &article,
        &[
            "Item\tSpending\nPipe repairs\t21 million\nTreatment plants\t15 million",
            "replacing the lead pipes that still serve about 4,000 homes,\nfixing leaks",
            "Total: 48 million\n  of which pipes: 21 million",
            "Council members will debate the budget next month.",
        ],
        &["Tags:", "Money", "Maps"],
    );
}

#[test]
fn tag_soup_is_read_as_a_browser_reads_it() {
    let article = extract(include_str!("pages/tag_soup.html"));
    assert_eq!(article.title, "Night trains are back");
    check(
        &article,
        &[
            "Night trains returned to the northern line this week",
            "if demand stayed high.\n\nPassengers can choose between seats",
            "Tickets go on sale for the summer months next week.",
        ],
        &["Routes", "all rights reserved"],
    );
}

#[test]
fn a_page_without_html_markup_is_read_as_text() {
    let article = extract("Just a line of text, no markup at all.");
    assert_eq!(article.text, "Just a line of text, no markup at all.");
    assert_eq!(article.title, "");
}

#[test]
fn empty_input_gives_an_empty_article() {
    assert_eq!(extract(""), Article::default());
    assert_eq!(extract("<html><body></body></html>"), Article::default());
}

#[test]
fn page_text_keeps_everything_a_reader_sees() {
    let text = precis_html::page_text(include_str!("pages/news.html"));
    for seen in [
        "We use cookies",
        "Sport",
        "Harbour bridge to close",
        "potholes",
        "All rights reserved",
    ] {
        assert!(text.contains(seen), "missing {seen:?}");
    }
    for unseen in ["dataLayer", "position: fixed", "Accept all"] {
        assert!(!text.contains(unseen), "{unseen:?} is not visible text");
    }
}

#[test]
fn misnested_tags_follow_the_html_parsing_rules() {
    // The adoption agency algorithm: </b> inside a paragraph opened within <b>.
    assert_eq!(
        precis_html::page_text("<b>bold<p>para</b>rest</p>"),
        "bold\n\npararest"
    );
    // Foster parenting: text misplaced in a table goes before the table.
    assert_eq!(
        precis_html::page_text("<table>stray<tr><td>cell</table>"),
        "stray\n\ncell"
    );
    // An unclosed <a> is closed by the next one; list items close each other.
    assert_eq!(
        precis_html::page_text("<ul><li><a href=a>one<li><a href=b>two</ul>"),
        "one\ntwo"
    );
}
