//! Inlining an SVG file into the document, as Penrose's renderer and
//! SVGInject do: the file is read token by token; its XML declaration,
//! processing instructions, doctype and comments are dropped; the first
//! `<svg>` gets the Image's size; every `id` gets a suffix that is unique
//! to this inlining, and the references to ids (`url(#…)` anywhere in an
//! attribute or a `<style>` sheet, and `href` or `xlink:href` values
//! starting with `#`) get the same suffix. A stray `&` or `<` is escaped
//! and a character XML cannot hold is replaced, so the result is always
//! well formed; a file whose tags do not nest, or that has no `<svg>`, is
//! refused.

use crate::xml::{escape_into, is_xml_char};

/// The attributes the first `<svg>` is given.
pub struct Sizing<'a> {
    pub width: String,
    pub height: String,
    /// Set only when not empty.
    pub preserve_aspect_ratio: &'a str,
}

/// The markup to inline, or `None` if `source` is not usable XML.
pub fn inline_svg(source: &str, id_suffix: &str, sizing: &Sizing) -> Option<String> {
    let mut inliner = Inliner {
        rest: source,
        out: String::with_capacity(source.len()),
        open: Vec::new(),
        sized: false,
        id_suffix,
        sizing,
    };
    while !inliner.rest.is_empty() {
        inliner.token()?;
    }
    (inliner.open.is_empty() && inliner.sized).then_some(inliner.out)
}

struct Inliner<'s, 'o> {
    rest: &'s str,
    out: String,
    /// The elements open at this point, innermost last.
    open: Vec<&'s str>,
    /// Whether the first `<svg>` has been seen.
    sized: bool,
    id_suffix: &'o str,
    sizing: &'o Sizing<'o>,
}

impl<'s> Inliner<'s, '_> {
    fn token(&mut self) -> Option<()> {
        if let Some(rest) = self.rest.strip_prefix("<?") {
            self.rest = after(rest, "?>")?;
        } else if let Some(rest) = self.rest.strip_prefix("<!--") {
            self.rest = after(rest, "-->")?;
        } else if self.rest.starts_with("<![CDATA[") {
            let end = self.rest.find("]]>")? + "]]>".len();
            self.out.push_str(&self.rest[..end]);
            self.rest = &self.rest[end..];
        } else if let Some(rest) = self.rest.strip_prefix("<!") {
            self.rest = after_doctype(rest)?;
        } else if let Some(rest) = self.rest.strip_prefix("</") {
            self.end_tag(rest)?;
        } else if let Some(rest) = self.rest.strip_prefix('<') {
            self.start_tag(rest)?;
        } else {
            let end = self.rest.find('<').unwrap_or(self.rest.len());
            let text = &self.rest[..end];
            if self.open.last() == Some(&"style") {
                let rewritten = rewrite_urls(text, self.id_suffix);
                repair_into(&rewritten, &mut self.out);
            } else {
                repair_into(text, &mut self.out);
            }
            self.rest = &self.rest[end..];
        }
        Some(())
    }

    fn end_tag(&mut self, rest: &'s str) -> Option<()> {
        let (name, rest) = split_name(rest)?;
        let rest = rest.trim_start().strip_prefix('>')?;
        if self.open.pop() != Some(name) {
            return None;
        }
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
        self.rest = rest;
        Some(())
    }

    fn start_tag(&mut self, rest: &'s str) -> Option<()> {
        let (name, mut rest) = split_name(rest)?;
        let mut attributes: Vec<(&str, String)> = Vec::new();
        let self_closing = loop {
            let trimmed = rest.trim_start();
            if let Some(after_end) = trimmed.strip_prefix("/>") {
                rest = after_end;
                break true;
            }
            if let Some(after_end) = trimmed.strip_prefix('>') {
                rest = after_end;
                break false;
            }
            if trimmed.len() == rest.len() {
                // Attributes must be separated by whitespace.
                return None;
            }
            let (attribute, after_name) = split_name(trimmed)?;
            let after_equals = after_name.trim_start().strip_prefix('=')?.trim_start();
            let quote = after_equals
                .chars()
                .next()
                .filter(|c| *c == '"' || *c == '\'')?;
            let value_and_rest = &after_equals[1..];
            let end = value_and_rest.find(quote)?;
            if attributes
                .iter()
                .any(|(existing, _)| *existing == attribute)
            {
                return None;
            }
            let value = self.rewrite_attribute(attribute, &value_and_rest[..end]);
            attributes.push((attribute, value));
            rest = &value_and_rest[end + 1..];
        };
        if name == "svg" && !self.sized {
            self.sized = true;
            self.size(&mut attributes);
        }
        self.out.push('<');
        self.out.push_str(name);
        for (attribute, value) in &attributes {
            self.out.push(' ');
            self.out.push_str(attribute);
            self.out.push_str("=\"");
            self.out.push_str(value);
            self.out.push('"');
        }
        self.out.push_str(if self_closing { "/>" } else { ">" });
        if !self_closing {
            self.open.push(name);
        }
        self.rest = rest;
        Some(())
    }

    /// An attribute value with its references rewritten, written for a
    /// double-quoted attribute.
    fn rewrite_attribute(&self, attribute: &str, raw: &str) -> String {
        let mut value = rewrite_urls(raw, self.id_suffix);
        let reference = matches!(attribute, "href" | "xlink:href") && value.trim().starts_with('#');
        if attribute == "id" {
            value.push_str(self.id_suffix);
        } else if reference {
            value = format!("{}{}", value.trim(), self.id_suffix);
        }
        let mut written = String::with_capacity(value.len());
        repair_into(
            &value.replace('<', "&lt;").replace('"', "&quot;"),
            &mut written,
        );
        written
    }

    /// Sets `width`, `height` and a non-empty `preserveAspectRatio`,
    /// replacing values the file has.
    fn size(&self, attributes: &mut Vec<(&str, String)>) {
        let mut set = |name: &'static str, value: &str| {
            let mut escaped = String::new();
            escape_into(value, &mut escaped);
            match attributes
                .iter_mut()
                .find(|(existing, _)| *existing == name)
            {
                Some((_, existing)) => *existing = escaped,
                None => attributes.push((name, escaped)),
            }
        };
        set("width", &self.sizing.width);
        set("height", &self.sizing.height);
        if !self.sizing.preserve_aspect_ratio.is_empty() {
            set("preserveAspectRatio", self.sizing.preserve_aspect_ratio);
        }
    }
}

/// The text after the first `end` in `text`.
fn after<'s>(text: &'s str, end: &str) -> Option<&'s str> {
    let start = text.find(end)? + end.len();
    Some(&text[start..])
}

/// The text after a `<!DOCTYPE …>` (or other `<!…>` declaration), whose
/// internal subset in brackets and quoted strings may hold `>`.
fn after_doctype(text: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut quote = None;
    for (index, character) in text.char_indices() {
        match (quote, character) {
            (Some(open), c) if c == open => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(character),
            (None, '[') => depth += 1,
            (None, ']') => depth = depth.saturating_sub(1),
            (None, '>') if depth == 0 => return Some(&text[index + 1..]),
            _ => {}
        }
    }
    None
}

/// An element or attribute name at the start of `text`, and the text
/// after it.
fn split_name(text: &str) -> Option<(&str, &str)> {
    let end = text
        .find(|c: char| !(c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
        .unwrap_or(text.len());
    let name = &text[..end];
    let first = name.chars().next()?;
    (first.is_alphabetic() || first == '_' || first == ':').then_some((name, &text[end..]))
}

/// `url(#id)`, `url("#id")` and `url('#id')` become `url(#id<suffix>)`.
fn rewrite_urls(text: &str, suffix: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("url(") {
        out.push_str(&rest[..start]);
        let after_open = &rest[start + "url(".len()..];
        match url_reference(after_open) {
            Some((id, after_close)) => {
                out.push_str("url(#");
                out.push_str(id);
                out.push_str(suffix);
                out.push(')');
                rest = after_close;
            }
            None => {
                out.push_str("url(");
                rest = after_open;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The id of `#id)`, `"#id")` or `'#id')` at the start of `text`, and the
/// text after the `)`. Ids start with a letter and go on with letters,
/// digits, `_`, `:`, `.` and `-`.
fn url_reference(text: &str) -> Option<(&str, &str)> {
    let quote = text.chars().next().filter(|c| *c == '"' || *c == '\'');
    let text = &text[quote.map_or(0, char::len_utf8)..];
    let text = text.strip_prefix('#')?;
    let end = text
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '_' | ':' | '.' | '-')))
        .unwrap_or(text.len());
    let id = &text[..end];
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        return None;
    }
    let mut rest = &text[end..];
    if let Some(quote) = quote {
        rest = rest.strip_prefix(quote)?;
    }
    Some((id, rest.strip_prefix(')')?))
}

/// Copies character data, escaping a `&` that does not start a
/// predefined entity or a character reference to an XML character and
/// the `>` of a `]]>`, and replacing characters XML cannot hold.
fn repair_into(text: &str, out: &mut String) {
    let mut rest = text;
    while let Some(character) = rest.chars().next() {
        if character == '&' {
            match reference_length(rest) {
                Some(length) => {
                    out.push_str(&rest[..length]);
                    rest = &rest[length..];
                }
                None => {
                    out.push_str("&amp;");
                    rest = &rest[1..];
                }
            }
        } else {
            if character == '>' && out.ends_with("]]") {
                out.push_str("&gt;");
            } else if is_xml_char(character) {
                out.push(character);
            } else {
                out.push('\u{FFFD}');
            }
            rest = &rest[character.len_utf8()..];
        }
    }
}

/// The length of a well-formed reference at the start of `text` (which
/// starts with `&`).
fn reference_length(text: &str) -> Option<usize> {
    let end = text.find(';')?;
    let body = &text[1..end];
    let valid = match body.strip_prefix('#') {
        Some(number) => {
            let code = match number.strip_prefix('x') {
                Some(hex) => u32::from_str_radix(hex, 16).ok(),
                None => number.parse::<u32>().ok(),
            };
            number.chars().all(|c| c.is_ascii_alphanumeric())
                && code.and_then(char::from_u32).is_some_and(is_xml_char)
        }
        None => matches!(body, "amp" | "lt" | "gt" | "quot" | "apos"),
    };
    valid.then_some(end + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sizing() -> Sizing<'static> {
        Sizing {
            width: "40".to_string(),
            height: "30".to_string(),
            preserve_aspect_ratio: "",
        }
    }

    #[test]
    fn prolog_doctype_and_comments_are_dropped() {
        let source =
            "<?xml version='1.0'?>\n<!DOCTYPE svg [<!ENTITY a \"<>\">]><!-- c --><svg width='1'/>";
        assert_eq!(
            inline_svg(source, "--inject-1", &sizing()).as_deref(),
            Some("\n<svg width=\"40\" height=\"30\"/>")
        );
    }

    #[test]
    fn ids_and_references_get_the_suffix() {
        let source = "<svg><defs><linearGradient id=\"g\"/></defs>\
            <rect fill=\"url(#g)\" style='fill: url(\"#g\")'/><use xlink:href=\" #g\"/>\
            <style>.a { fill: url(#g) }</style></svg>";
        let inlined = inline_svg(source, "--inject-2", &sizing()).expect("well formed");
        assert_eq!(
            inlined,
            "<svg width=\"40\" height=\"30\"><defs><linearGradient id=\"g--inject-2\"/></defs>\
            <rect fill=\"url(#g--inject-2)\" style=\"fill: url(#g--inject-2)\"/>\
            <use xlink:href=\"#g--inject-2\"/><style>.a { fill: url(#g--inject-2) }</style></svg>"
        );
    }

    #[test]
    fn stray_ampersands_are_escaped() {
        let source = "<svg><text a=\"x & y &amp; &#0;\">R&D &lt; &#x41; ]]></text></svg>";
        assert_eq!(
            inline_svg(source, "", &sizing()).as_deref(),
            Some(
                "<svg width=\"40\" height=\"30\"><text a=\"x &amp; y &amp; &amp;#0;\">\
                 R&amp;D &lt; &#x41; ]]&gt;</text></svg>"
            )
        );
    }

    #[test]
    fn malformed_files_are_refused() {
        for source in [
            "<svg><g></svg>",
            "<svg>",
            "<g/>",
            "plain text",
            "<svg a=\"1\" a=\"2\"/>",
            "<svg a=\"1\"b=\"2\"/>",
            "<svg a=1/>",
            "<svg><!-- open",
            "",
        ] {
            assert_eq!(inline_svg(source, "", &sizing()), None, "{source}");
        }
    }
}
