//! A subtree as plain text, the way a browser lays it out: white space collapsed,
//! blocks on lines of their own, paragraphs separated by a blank line.

use crate::dom::{Dom, NodeId};
use crate::tag::Tag;

/// What separates the text written so far from the next text, strongest kept.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Gap {
    None,
    Space,
    /// Between two cells of a table row.
    Tab,
    Line,
    Paragraph,
}

/// Collects text with layout gaps. Gaps are written only between pieces of text, so
/// the result never starts or ends with white space.
pub(crate) struct TextWriter {
    out: String,
    gap: Gap,
}

impl TextWriter {
    pub(crate) fn new() -> TextWriter {
        TextWriter {
            out: String::new(),
            gap: Gap::None,
        }
    }

    fn gap(&mut self, gap: Gap) {
        self.gap = self.gap.max(gap);
    }

    /// Writes the pending gap before a visible character.
    fn flush(&mut self) {
        if !self.out.is_empty() {
            self.out.push_str(match self.gap {
                Gap::None => "",
                Gap::Space => " ",
                Gap::Tab => "\t",
                Gap::Line => "\n",
                Gap::Paragraph => "\n\n",
            });
        }
        self.gap = Gap::None;
    }

    /// Writes `text`, collapsing runs of white space (see [`is_space`]) to one space.
    pub(crate) fn text(&mut self, text: &str) {
        for word in text.split(is_space) {
            if word.is_empty() {
                self.gap(Gap::Space);
                continue;
            }
            self.flush();
            self.out.push_str(word);
            self.gap = Gap::Space;
        }
        // `split` ends with the text after the last space: no space is pending unless the
        // text ended with one.
        if !text.ends_with(is_space) && self.gap == Gap::Space {
            self.gap = Gap::None;
        }
    }

    /// Writes preformatted `text`: spaces kept, line breaks kept (two or more in a row
    /// make a paragraph break).
    fn preformatted(&mut self, text: &str) {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                self.gap = if self.gap >= Gap::Line {
                    Gap::Paragraph
                } else {
                    Gap::Line
                };
            }
            let line = line.trim_end();
            if !line.trim_start().is_empty() {
                self.flush();
                self.out.push_str(line);
            }
        }
    }

    /// A line break (`<br>`); two in a row make a paragraph break.
    fn line_break(&mut self) {
        self.gap = if self.gap >= Gap::Line {
            Gap::Paragraph
        } else {
            Gap::Line
        };
    }

    /// The text written, without white space at either end (a preformatted block may
    /// start with an indented line).
    pub(crate) fn finish(self) -> String {
        let trimmed = self.out.trim();
        if trimmed.len() == self.out.len() {
            self.out
        } else {
            trimmed.to_string()
        }
    }
}

/// Collapsible white space: HTML's (space, tab, line breaks, form feed) and every other
/// Unicode space, no-break and ideographic spaces included, so that paragraphs come out
/// trimmed.
fn is_space(c: char) -> bool {
    c.is_whitespace()
}

/// How an element's start and end separate its text from the text around it.
fn gap_around(tag: Tag) -> Gap {
    match tag {
        Tag::Li | Tag::Dt | Tag::Dd | Tag::Tr | Tag::Caption | Tag::Figcaption => Gap::Line,
        Tag::Td | Tag::Th => Gap::None, // a tab before every cell but the first
        t if t.is_block() => Gap::Paragraph,
        _ => Gap::None,
    }
}

/// Writes the text of `root` and the nodes below it, leaving out every subtree for which
/// `skip` is true (it is asked about elements only).
pub(crate) fn write_text(
    dom: &Dom,
    root: NodeId,
    out: &mut TextWriter,
    mut skip: impl FnMut(NodeId) -> bool,
) {
    // (node, entering?) pairs: a node is visited on the way down and on the way up.
    let mut stack = vec![(root, true)];
    let mut pre_depth = 0usize;
    while let Some((id, entering)) = stack.pop() {
        let node = dom.node(id);
        if let Some(text) = node.text() {
            if pre_depth > 0 {
                out.preformatted(text);
            } else {
                out.text(text);
            }
            continue;
        }
        let Some(tag) = node.tag() else {
            if entering {
                push_children(dom, id, &mut stack);
            }
            continue;
        };
        if entering {
            if skip(id) {
                continue;
            }
            match tag {
                Tag::Br => out.line_break(),
                Tag::Td | Tag::Th if node.prev_sibling.is_some() => out.gap(Gap::Tab),
                _ => out.gap(gap_around(tag)),
            }
            if tag == Tag::Pre {
                pre_depth += 1;
            }
            stack.push((id, false));
            push_children(dom, id, &mut stack);
        } else {
            if tag == Tag::Pre {
                pre_depth = pre_depth.saturating_sub(1);
            }
            out.gap(gap_around(tag));
        }
    }
}

fn push_children(dom: &Dom, id: NodeId, stack: &mut Vec<(NodeId, bool)>) {
    let start = stack.len();
    stack.extend(dom.children(id).map(|c| (c, true)));
    if let Some(children) = stack.get_mut(start..) {
        children.reverse();
    }
}

/// Collapses the white space of a short piece of text (a title, a heading) to single spaces.
pub(crate) fn collapse(text: &str) -> String {
    let mut out = TextWriter::new();
    out.text(text);
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parse::parse;

    fn text_of(html: &str) -> String {
        let dom = parse(html);
        let mut out = TextWriter::new();
        write_text(&dom, NodeId::DOCUMENT, &mut out, |id| {
            matches!(dom.tag(id), Some(Tag::Skip | Tag::Head))
        });
        out.finish()
    }

    #[test]
    fn blocks_are_paragraphs_and_inline_text_runs_on() {
        assert_eq!(
            text_of("<p>One <b>two</b>\n  three.</p><div>Four<span>five</span></div>"),
            "One two three.\n\nFourfive"
        );
    }

    #[test]
    fn line_breaks_list_items_and_table_cells() {
        assert_eq!(text_of("a<br>b<br><br>c"), "a\nb\n\nc");
        assert_eq!(text_of("<ul><li>x<li>y</ul>z"), "x\ny\n\nz");
        assert_eq!(
            text_of("<table><tr><td>1<td>2<tr><td>3<td>4</table>"),
            "1\t2\n3\t4"
        );
    }

    #[test]
    fn preformatted_text_keeps_its_lines() {
        assert_eq!(
            text_of("<pre>fn main() {\n    go();\n}\n\n// end</pre>"),
            "fn main() {\n    go();\n}\n\n// end"
        );
    }

    #[test]
    fn entities_and_no_break_spaces() {
        assert_eq!(
            text_of("<p>Tom&nbsp;&amp;&nbsp;Jerry &mdash; &#x263A;</p>"),
            "Tom & Jerry — ☺"
        );
    }

    #[test]
    fn scripts_and_styles_are_never_text() {
        assert_eq!(
            text_of("<style>p{}</style><p>a<script>var x = '</p>';</script>b</p>"),
            "ab"
        );
    }
}
