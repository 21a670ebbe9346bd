//! Paths: a `<path>`, wrapped in a `<g>` with its markers when it has
//! arrowheads. Unlike a Line, a Path is not shortened for its arrowheads.

use super::arrow_markers::Arrowheads;
use super::path_data::path_string;
use crate::attributes::{fill, passthrough, stroke, title};
use crate::context::Context;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

pub fn draw_path(view: &ShapeView, context: &mut Context) -> Element {
    let mut path = Element::new("path");
    fill(view, &mut path);
    stroke(view, &mut path);
    path.set("d", path_string(view.path_data(Property::D), view, context));
    let arrowheads = Arrowheads::of(view);
    let mut outer = if arrowheads.any() {
        let mut group = Element::new("g");
        arrowheads.attach(view, context, &mut group, &mut path);
        group.push(path);
        group
    } else {
        path
    };
    title(view, &mut outer);
    passthrough(view, &mut outer);
    outer
}
