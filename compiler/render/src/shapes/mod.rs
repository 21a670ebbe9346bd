//! One module per family of shapes; [`draw`] picks the one a shape needs.

mod arrow_markers;
mod ellipse;
mod equation;
mod group;
pub(crate) mod image;
mod label;
mod line;
mod path;
mod path_data;
mod polygon;
mod rectangle;
mod text;

use crate::context::Context;
use crate::xml::Element;
use kite_graph::ShapeId;
use kite_library::ShapeKind;

/// The element that draws the shape; `None` for an id the diagram does
/// not have, and for a Group met again inside itself. With a source map,
/// the element carries `data-kite-shape`, the shape's index.
pub fn draw(context: &mut Context, id: ShapeId) -> Option<Element> {
    let mut element = draw_shape(context, id)?;
    if context.options.source_map {
        element.set("data-kite-shape", id.0.to_string());
    }
    Some(element)
}

fn draw_shape(context: &mut Context, id: ShapeId) -> Option<Element> {
    let view = context.view(id)?;
    Some(match view.shape.kind {
        ShapeKind::Circle => ellipse::draw_circle(&view, context),
        ShapeKind::Ellipse => ellipse::draw_ellipse(&view, context),
        ShapeKind::Rectangle => rectangle::draw_rectangle(&view, context),
        ShapeKind::Line => line::draw_line(&view, context),
        ShapeKind::Polygon => polygon::draw_polygon(&view, context),
        ShapeKind::Polyline => polygon::draw_polyline(&view, context),
        ShapeKind::Path => path::draw_path(&view, context),
        ShapeKind::Text => text::draw_text(&view, context),
        ShapeKind::Equation => equation::draw_equation(&view, context),
        ShapeKind::Image => image::draw_image(id, &view, context),
        ShapeKind::Group => group::draw_group(id, &view, context)?,
    })
}
