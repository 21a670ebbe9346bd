//! What a Text shape asks to be measured or outlined, and the one-element
//! SVG document usvg lays it out from.

use crate::family::resolve_family;

/// The size of a Text whose `fontSize` cannot be read, as Penrose's
/// default `12px`.
pub const DEFAULT_TEXT_SIZE_PX: f64 = 12.0;

/// A string in a font, as a Text shape specifies it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TextStyle<'a> {
    pub text: &'a str,
    /// A CSS family list, resolved with [`resolve_family`].
    pub family: &'a str,
    pub size_px: f64,
    /// A CSS font weight: `""` (normal), `"bold"`, `"700"`, …
    pub weight: &'a str,
    /// A CSS font style: `""` (normal), `"italic"`, `"oblique"`.
    pub style: &'a str,
}

impl<'a> TextStyle<'a> {
    /// Source text shown as it is, in the regular serif face: how TeX that
    /// cannot be typeset is drawn and measured.
    pub fn plain(text: &'a str, size_px: f64) -> TextStyle<'a> {
        TextStyle {
            text,
            family: "serif",
            size_px,
            weight: "",
            style: "",
        }
    }

    /// Whether the text can have any ink at all.
    pub(crate) fn is_drawable(&self) -> bool {
        !self.text.is_empty() && self.size_px.is_finite() && self.size_px > 0.0
    }

    /// An SVG document holding just this text, starting at the origin on the
    /// baseline `y = 0`, with white space kept as written (as canvas
    /// `measureText` does).
    pub(crate) fn svg_document(&self) -> String {
        let mut attributes = format!(
            r#"x="0" y="0" text-anchor="start" xml:space="preserve" font-family="{}" font-size="{}""#,
            resolve_family(self.family),
            self.size_px,
        );
        for (name, value) in [("font-weight", self.weight), ("font-style", self.style)] {
            if !value.trim().is_empty() {
                attributes.push_str(&format!(r#" {name}="{}""#, xml_escape(value.trim())));
            }
        }
        format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><text {attributes}>{}</text></svg>"#,
            xml_escape(self.text),
        )
    }
}

fn xml_escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            _ => escaped.push(c),
        }
    }
    escaped
}
