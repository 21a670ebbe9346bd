//! Polygons and Polylines: their points on screen, scaled by `scale`.

use crate::attributes::{append_transform, fill, passthrough, stroke, title};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

pub fn draw_polygon(view: &ShapeView, context: &Context) -> Element {
    draw_poly(Element::new("polygon"), view, context)
}

pub fn draw_polyline(view: &ShapeView, context: &Context) -> Element {
    draw_poly(Element::new("polyline"), view, context)
}

/// The points are mapped to the screen and then the whole shape is
/// scaled about the screen origin, as in Penrose (so a scale other than 1
/// also moves the shape).
fn draw_poly(mut element: Element, view: &ShapeView, context: &Context) -> Element {
    fill(view, &mut element);
    stroke(view, &mut element);
    title(view, &mut element);
    let scale = view.float(Property::Scale);
    // `scale || 1`: zero and NaN mean no scaling.
    let scale = if scale == 0.0 || scale.is_nan() {
        1.0
    } else {
        scale
    };
    append_transform(&mut element, &format!("scale({})", js_number(scale)));
    let points: Vec<String> = view
        .points(Property::Points)
        .into_iter()
        .flat_map(|point| context.screen(point))
        .map(js_number)
        .collect();
    element.set("points", points.join(","));
    passthrough(view, &mut element);
    element
}
