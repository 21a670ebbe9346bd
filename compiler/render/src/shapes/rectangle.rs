//! Rectangles: a `<rect>` about the centre, with rounded corners and a
//! rotation.

use crate::attributes::{fill, passthrough, rotate, stroke, title};
use crate::context::Context;
use crate::number::{js_max, js_number};
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

pub fn draw_rectangle(view: &ShapeView, context: &Context) -> Element {
    let mut rect = Element::new("rect");
    let center = context.screen(view.point(Property::Center));
    let (width, height) = (view.float(Property::Width), view.float(Property::Height));
    rect.set("x", js_number(center[0] - width / 2.0));
    rect.set("y", js_number(center[1] - height / 2.0));
    rect.set("width", js_number(js_max(0.0, width)));
    rect.set("height", js_number(js_max(0.0, height)));
    fill(view, &mut rect);
    stroke(view, &mut rect);
    title(view, &mut rect);
    rect.set("rx", js_number(view.float(Property::CornerRadius)));
    rotate(view, center, &mut rect);
    passthrough(view, &mut rect);
    rect
}
