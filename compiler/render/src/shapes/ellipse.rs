//! Circles and Ellipses.

use crate::attributes::{fill, passthrough, stroke, title};
use crate::context::Context;
use crate::number::{js_max, js_number};
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

pub fn draw_circle(view: &ShapeView, context: &Context) -> Element {
    let mut circle = Element::new("circle");
    fill(view, &mut circle);
    center(view, context, &mut circle);
    stroke(view, &mut circle);
    title(view, &mut circle);
    circle.set("r", js_number(js_max(0.0, view.float(Property::R))));
    passthrough(view, &mut circle);
    circle
}

pub fn draw_ellipse(view: &ShapeView, context: &Context) -> Element {
    let mut ellipse = Element::new("ellipse");
    fill(view, &mut ellipse);
    center(view, context, &mut ellipse);
    stroke(view, &mut ellipse);
    title(view, &mut ellipse);
    ellipse.set("rx", js_number(js_max(0.0, view.float(Property::Rx))));
    ellipse.set("ry", js_number(js_max(0.0, view.float(Property::Ry))));
    passthrough(view, &mut ellipse);
    ellipse
}

/// `cx` and `cy`: the centre on screen.
fn center(view: &ShapeView, context: &Context, element: &mut Element) {
    let [x, y] = context.screen(view.point(Property::Center));
    element.set("cx", js_number(x));
    element.set("cy", js_number(y));
}
