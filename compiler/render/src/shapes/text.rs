//! Text: its glyph outlines in the bundled font, with the ink box centred
//! on `center` (the box the layout measured), in a `<g>` that carries the
//! paint, rotation, title and passthrough attributes.

use crate::attributes::{fill, passthrough, rotate, stroke, title};
use crate::context::Context;
use crate::shape_view::ShapeView;
use crate::shapes::label::{centred_outline, text_style};
use crate::xml::Element;
use kite_library::Property;

pub fn draw_text(view: &ShapeView, context: &Context) -> Element {
    let mut group = Element::new("g");
    fill(view, &mut group);
    stroke(view, &mut group);
    let center = context.screen(view.point(Property::Center));
    rotate(view, center, &mut group);
    let visibility = view.string(Property::Visibility);
    if !visibility.is_empty() {
        group.set("visibility", visibility);
    }
    title(view, &mut group);
    if let Some(outline) = centred_outline(&text_style(view), center) {
        group.push(outline);
    }
    passthrough(view, &mut group);
    group
}
