//! Labels drawn as glyph outlines, so an SVG needs no font to look the
//! same everywhere: Text from the bundled fonts, and the plain-text
//! fallback of TeX the math engine cannot set.

use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;
use kite_text::{DEFAULT_TEXT_SIZE_PX, Fonts, TextStyle, font_size_px};

/// A shape's font size in px, or `default` when it cannot be read.
pub fn size_px(view: &ShapeView, default: f64) -> f64 {
    font_size_px(view.string(Property::FontSize)).unwrap_or(default)
}

/// The font a Text shape's properties ask for.
pub fn text_style<'a>(view: &ShapeView<'a>) -> TextStyle<'a> {
    TextStyle {
        text: view.string(Property::String),
        family: view.string(Property::FontFamily),
        size_px: size_px(view, DEFAULT_TEXT_SIZE_PX),
        weight: view.string(Property::FontWeight),
        style: view.string(Property::FontStyle),
    }
}

/// The outline of `style`'s text with its ink box centred on the screen
/// point `[x, y]`; `None` when it has no ink.
pub fn centred_outline(style: &TextStyle, [x, y]: [f64; 2]) -> Option<Element> {
    let outline = Fonts::bundled().outline(style);
    if outline.path_data.is_empty() {
        return None;
    }
    let (min_x, min_y, max_x, max_y) = outline.ink;
    let mut path = Element::new("path");
    path.set(
        "transform",
        format!(
            "translate({}, {})",
            js_number(x - (min_x + max_x) / 2.0),
            js_number(y - (min_y + max_y) / 2.0)
        ),
    );
    path.set("d", outline.path_data);
    Some(path)
}
