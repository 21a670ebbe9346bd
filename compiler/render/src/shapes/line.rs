//! Lines: a `<line>` in a `<g>` that also holds its arrowhead markers.
//! The line is shortened at each end that has an arrowhead, so the tip of
//! the arrowhead, not the line's butt, ends at the endpoint.

use super::arrow_markers::Arrowheads;
use crate::attributes::{passthrough, stroke, title};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

pub fn draw_line(view: &ShapeView, context: &mut Context) -> Element {
    let arrowheads = Arrowheads::of(view);
    let [start, end] = shortened_endpoints(view, &arrowheads);
    let [x1, y1] = context.screen(start);
    let [x2, y2] = context.screen(end);
    let mut line = Element::new("line")
        .with("x1", js_number(x1))
        .with("y1", js_number(y1))
        .with("x2", js_number(x2))
        .with("y2", js_number(y2));
    stroke(view, &mut line);
    let mut group = Element::new("g");
    arrowheads.attach(view, context, &mut group, &mut line);
    group.push(line);
    title(view, &mut group);
    passthrough(view, &mut group);
    group
}

/// The endpoints moved towards each other to make room for the
/// arrowheads: by the part of the arrowhead beyond its reference point
/// (before it, for a flipped start arrowhead), times the arrowhead size
/// and the stroke width. A line of zero length is left as it is.
fn shortened_endpoints(view: &ShapeView, arrowheads: &Arrowheads) -> [[f64; 2]; 2] {
    let [sx, sy] = view.point(Property::Start);
    let [ex, ey] = view.point(Property::End);
    let thickness = view.float(Property::StrokeWidth);
    let length = ((sx - ex).powi(2) + (sy - ey).powi(2)).sqrt();
    if length == 0.0 {
        return [[sx, sy], [ex, ey]];
    }
    let start = match arrowheads.start {
        Some(arrowhead) => {
            let beyond = if view.bool(Property::FlipStartArrowhead) {
                arrowhead.ref_x
            } else {
                arrowhead.width - arrowhead.ref_x
            };
            let room = beyond * view.float(Property::StartArrowheadSize) * thickness;
            [
                sx - room / length * (sx - ex),
                sy - room / length * (sy - ey),
            ]
        }
        None => [sx, sy],
    };
    let end = match arrowheads.end {
        Some(arrowhead) => {
            let room = (arrowhead.width - arrowhead.ref_x)
                * view.float(Property::EndArrowheadSize)
                * thickness;
            [
                ex - room / length * (ex - sx),
                ey - room / length * (ey - sy),
            ]
        }
        None => [ex, ey],
    };
    [start, end]
}
