//! Equations. There is no TeX engine yet, so an Equation is drawn as a
//! placeholder: its TeX source as text, centred in the Equation's box, in
//! its fill colour and font size, inside the `<g>` that would hold the
//! typeset formula.

use crate::attributes::{fill, passthrough, rotate, title, translate_to_corner};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::xml::Element;

pub fn draw_equation(view: &ShapeView, context: &Context) -> Element {
    let center = context.screen(view.point("center"));
    let mut group = Element::new("g");
    rotate(view, center, &mut group);
    translate_to_corner(view, center, &mut group);
    title(view, &mut group);
    group.push(placeholder(view));
    passthrough(view, &mut group);
    group
}

/// The TeX source centred on the middle of the box, in the group's
/// translated coordinates.
fn placeholder(view: &ShapeView) -> Element {
    let mut text = Element::new("text");
    fill(view, &mut text);
    text.set("x", js_number(view.float("width") / 2.0));
    text.set("y", js_number(view.float("height") / 2.0));
    text.set("font-size", view.string("fontSize"));
    text.set("text-anchor", "middle");
    text.set("dominant-baseline", "central");
    text.push_text(view.string("string"));
    text
}
