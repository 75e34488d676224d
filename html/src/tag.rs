//! Element kinds, and what each means for reading: never read, a block of its own, a
//! heading, part of a list or a table, or inline text.

/// The elements extraction tells apart; every other element is [`Tag::Inline`] (a
/// `<span>`, `<b>`, a custom element…) or [`Tag::Block`] (a `<div>`-like container).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[allow(missing_docs)]
pub(crate) enum Tag {
    Html,
    Head,
    Body,
    Title,
    Meta,
    Article,
    Main,
    Section,
    Div,
    /// Any other block container (`<center>`, `<details>`, `<hgroup>`, `<fieldset>`…).
    Block,
    P,
    Pre,
    Blockquote,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Ul,
    Ol,
    Dl,
    Li,
    Dt,
    Dd,
    Table,
    Caption,
    Tr,
    Td,
    Th,
    Figure,
    Figcaption,
    Nav,
    Aside,
    Header,
    Footer,
    Form,
    Address,
    A,
    Br,
    Hr,
    Img,
    /// Read as part of the text around it.
    #[default]
    Inline,
    /// Never read: scripts, styles, embedded documents, form controls, SVG, MathML…
    Skip,
}

impl Tag {
    /// The kind of the HTML element named `name` (lower case, as the parser gives it).
    pub(crate) fn from_name(name: &str) -> Tag {
        match name {
            "html" => Tag::Html,
            "head" => Tag::Head,
            "body" => Tag::Body,
            "title" => Tag::Title,
            "meta" => Tag::Meta,
            "article" => Tag::Article,
            "main" => Tag::Main,
            "section" => Tag::Section,
            "div" => Tag::Div,
            "p" => Tag::P,
            "pre" | "listing" | "xmp" | "plaintext" => Tag::Pre,
            "blockquote" => Tag::Blockquote,
            "h1" => Tag::H1,
            "h2" => Tag::H2,
            "h3" => Tag::H3,
            "h4" => Tag::H4,
            "h5" => Tag::H5,
            "h6" => Tag::H6,
            "ul" | "menu" | "dir" => Tag::Ul,
            "ol" => Tag::Ol,
            "dl" => Tag::Dl,
            "li" => Tag::Li,
            "dt" => Tag::Dt,
            "dd" => Tag::Dd,
            "table" => Tag::Table,
            "caption" => Tag::Caption,
            "tr" => Tag::Tr,
            "td" => Tag::Td,
            "th" => Tag::Th,
            "figure" => Tag::Figure,
            "figcaption" => Tag::Figcaption,
            "nav" => Tag::Nav,
            "aside" => Tag::Aside,
            "header" => Tag::Header,
            "footer" => Tag::Footer,
            "form" => Tag::Form,
            "address" => Tag::Address,
            "a" => Tag::A,
            "br" => Tag::Br,
            "hr" => Tag::Hr,
            "img" | "picture" => Tag::Img,
            "center" | "details" | "summary" | "hgroup" | "fieldset" | "legend" | "thead"
            | "tbody" | "tfoot" | "colgroup" | "search" | "frameset" | "noframes" | "dialog" => {
                Tag::Block
            }
            "script" | "style" | "noscript" | "template" | "iframe" | "frame" | "object"
            | "embed" | "applet" | "canvas" | "video" | "audio" | "source" | "track" | "select"
            | "option" | "optgroup" | "datalist" | "button" | "input" | "textarea" | "link"
            | "base" | "map" | "area" | "param" | "slot" | "svg" | "math" => Tag::Skip,
            _ => Tag::Inline,
        }
    }

    /// Starts a new line or paragraph in the text (a block-level element).
    pub(crate) fn is_block(self) -> bool {
        !matches!(self, Tag::Inline | Tag::A | Tag::Br | Tag::Img | Tag::Skip)
    }

    /// A heading, `<h1>` to `<h6>`.
    pub(crate) fn is_heading(self) -> bool {
        matches!(
            self,
            Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6
        )
    }

    /// A block whose text is read as one paragraph: a paragraph, a heading, a list
    /// item, a table cell, a quotation…
    pub(crate) fn is_paragraph(self) -> bool {
        self.is_heading()
            || matches!(
                self,
                Tag::P
                    | Tag::Pre
                    | Tag::Li
                    | Tag::Dt
                    | Tag::Dd
                    | Tag::Td
                    | Tag::Th
                    | Tag::Caption
                    | Tag::Figcaption
                    | Tag::Address
            )
    }
}
