//! A small tree of SVG elements and its serialisation. Every attribute
//! value and every text node is escaped on the way out, so no value a
//! Style program chooses can open or close markup.

/// An element: a name, attributes in the order they were first set, and
/// children.
#[derive(Clone, Debug, PartialEq)]
pub struct Element {
    name: &'static str,
    attributes: Vec<(String, String)>,
    children: Vec<Node>,
}

/// A child of an element.
#[derive(Clone, Debug, PartialEq)]
enum Node {
    Element(Element),
    /// Character data, escaped when written.
    Text(String),
    /// Markup checked elsewhere to be well formed (an inlined image),
    /// written as it is.
    Markup(String),
}

impl Element {
    pub fn new(name: &'static str) -> Element {
        Element {
            name,
            attributes: Vec::new(),
            children: Vec::new(),
        }
    }

    /// Sets an attribute the way the DOM's `setAttribute` does: a new
    /// name goes last, an existing one keeps its place and takes the new
    /// value.
    pub fn set(&mut self, name: &str, value: impl Into<String>) {
        let value = value.into();
        match self.attributes.iter_mut().find(|(key, _)| key == name) {
            Some((_, existing)) => *existing = value,
            None => self.attributes.push((name.to_string(), value)),
        }
    }

    /// [`Element::set`], for building an element in one expression.
    pub fn with(mut self, name: &str, value: impl Into<String>) -> Element {
        self.set(name, value);
        self
    }

    pub fn attribute(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn push(&mut self, child: Element) {
        self.children.push(Node::Element(child));
    }

    pub fn push_text(&mut self, text: impl Into<String>) {
        self.children.push(Node::Text(text.into()));
    }

    /// Appends markup that is already well formed.
    pub fn push_markup(&mut self, markup: String) {
        self.children.push(Node::Markup(markup));
    }

    /// Writes the element at the given indentation depth. Elements that
    /// hold text are written on one line, since whitespace around their
    /// text would be part of it; the others put each child on its own
    /// line.
    pub fn write(&self, out: &mut String, depth: usize) {
        indent(out, depth);
        self.write_start_tag(out);
        if self.children.is_empty() {
            out.push_str("/>\n");
            return;
        }
        out.push('>');
        if self.holds_text() {
            for child in &self.children {
                child.write_inline(out);
            }
        } else {
            out.push('\n');
            for child in &self.children {
                match child {
                    Node::Element(element) => element.write(out, depth + 1),
                    Node::Text(_) | Node::Markup(_) => {
                        indent(out, depth + 1);
                        child.write_inline(out);
                        out.push('\n');
                    }
                }
            }
            indent(out, depth);
        }
        out.push_str("</");
        out.push_str(self.name);
        out.push_str(">\n");
    }

    /// `<name attributes`, without the closing `>` or `/>`.
    fn write_start_tag(&self, out: &mut String) {
        out.push('<');
        out.push_str(self.name);
        for (name, value) in &self.attributes {
            out.push(' ');
            out.push_str(name);
            out.push_str("=\"");
            escape_into(value, out);
            out.push('"');
        }
    }

    fn holds_text(&self) -> bool {
        self.children
            .iter()
            .any(|child| matches!(child, Node::Text(_)))
    }

    fn write_inline(&self, out: &mut String) {
        self.write_start_tag(out);
        if self.children.is_empty() {
            out.push_str("/>");
            return;
        }
        out.push('>');
        for child in &self.children {
            child.write_inline(out);
        }
        out.push_str("</");
        out.push_str(self.name);
        out.push('>');
    }
}

impl Node {
    fn write_inline(&self, out: &mut String) {
        match self {
            Node::Element(element) => element.write_inline(out),
            Node::Text(text) => escape_into(text, out),
            Node::Markup(markup) => out.push_str(markup.trim()),
        }
    }
}

fn indent(out: &mut String, depth: usize) {
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// Escapes text for an attribute value or character data: the five
/// markup characters become entities, line breaks and tabs character
/// references (so attribute values keep them), and characters XML 1.0
/// cannot hold at all become U+FFFD.
pub fn escape_into(text: &str, out: &mut String) {
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' => out.push_str("&#9;"),
            character if is_xml_char(character) => out.push(character),
            _ => out.push('\u{FFFD}'),
        }
    }
}

/// Whether XML 1.0 allows the character anywhere in a document.
pub fn is_xml_char(character: char) -> bool {
    matches!(character,
        '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Whether `name` can name an attribute: an XML name, restricted to ASCII
/// letters, digits, `-`, `_`, `.` and `:`, not starting with a digit,
/// `-` or `.`.
pub fn is_attribute_name(name: &str) -> bool {
    let mut characters = name.chars();
    characters
        .next()
        .is_some_and(|first| first.is_ascii_alphabetic() || first == '_' || first == ':')
        && characters.all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn setting_an_attribute_again_keeps_its_place() {
        let mut element = Element::new("rect").with("x", "1").with("y", "2");
        element.set("x", "3");
        let mut out = String::new();
        element.write(&mut out, 0);
        assert_eq!(out, "<rect x=\"3\" y=\"2\"/>\n");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let mut element = Element::new("text").with("data", "a\"b'<c>&\n");
        element.push_text("</text><script>\u{0}");
        let mut out = String::new();
        element.write(&mut out, 0);
        assert_eq!(
            out,
            "<text data=\"a&quot;b&apos;&lt;c&gt;&amp;&#10;\">&lt;/text&gt;&lt;script&gt;\u{FFFD}</text>\n"
        );
    }

    #[test]
    fn attribute_names_are_checked() {
        assert!(is_attribute_name("stroke-linejoin"));
        assert!(is_attribute_name("xlink:href"));
        assert!(!is_attribute_name("1st"));
        assert!(!is_attribute_name("a b"));
        assert!(!is_attribute_name("x\"y"));
        assert!(!is_attribute_name(""));
    }
}
