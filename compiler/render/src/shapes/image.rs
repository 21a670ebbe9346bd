//! Images: the SVG file `href` names, inlined in a `<g>` that rotates it
//! and moves it to its box. The caller resolves and reads the file; one
//! that is unavailable or not usable XML is drawn as a built-in "image
//! not found" picture.

use crate::attributes::{passthrough, rotate, title, translate_to_corner};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::svg_inline::{Sizing, inline_svg};
use crate::xml::Element;

/// Drawn in place of an image that cannot be had: a grey card with a red
/// cross and a caption.
const IMAGE_NOT_FOUND: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" preserveAspectRatio="none"><rect x="2" y="2" width="96" height="96" fill="#eeeeee" stroke="#cc0000" stroke-width="4"/><path d="M 20 20 L 80 80 M 80 20 L 20 80" stroke="#cc0000" stroke-width="6"/><text x="50" y="94" font-family="sans-serif" font-size="10" text-anchor="middle" fill="#333333">image not found</text></svg>"##;

pub fn draw_image(view: &ShapeView, context: &mut Context) -> Element {
    let center = context.screen(view.point("center"));
    let suffix = context.next_injection_suffix();
    let sizing = Sizing {
        width: js_number(view.float("width")),
        height: js_number(view.float("height")),
        preserve_aspect_ratio: view.string("preserveAspectRatio"),
    };
    let markup = context
        .resources
        .image(view.string("href"))
        .and_then(|source| inline_svg(&source, &suffix, &sizing))
        .or_else(|| inline_svg(IMAGE_NOT_FOUND, &suffix, &sizing))
        .unwrap_or_default();
    let mut group = Element::new("g");
    rotate(view, center, &mut group);
    translate_to_corner(view, center, &mut group);
    group.push_markup(markup);
    title(view, &mut group);
    passthrough(view, &mut group);
    group
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_picture_is_usable() {
        let sizing = Sizing {
            width: "1".to_string(),
            height: "1".to_string(),
            preserve_aspect_ratio: "",
        };
        assert!(inline_svg(IMAGE_NOT_FOUND, "", &sizing).is_some());
    }
}
