//! Reading a shape's properties as expressions, with errors that name the
//! shape and the property when one is missing.

use super::Scene;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, V2};
use kite_graph::{PathCmd, Shape, ShapeId, Value};
use kite_library::Property;

fn missing(shape: &Shape, property: Property, what: &str) -> FunctionError {
    FunctionError::new(format!(
        "the {} `{}` has no {what} `{property}`",
        shape.kind.name(),
        shape.name
    ))
}

pub fn number<'b>(
    shape: &Shape,
    property: Property,
    builder: &'b Builder,
) -> Result<Num<'b>, FunctionError> {
    shape
        .float(property)
        .map(|scalar| builder.wrap(scalar))
        .ok_or_else(|| missing(shape, property, "number"))
}

pub fn point<'b>(
    shape: &Shape,
    property: Property,
    builder: &'b Builder,
) -> Result<V2<'b>, FunctionError> {
    match shape.numbers(property) {
        Some([x, y]) => Ok(V2::new(builder.wrap(*x), builder.wrap(*y))),
        _ => Err(missing(shape, property, "2D point")),
    }
}

/// The `points` of a Polygon or Polyline (2D each).
pub fn points<'b>(shape: &Shape, builder: &'b Builder) -> Result<Vec<V2<'b>>, FunctionError> {
    let rows = shape
        .property(Property::Points)
        .and_then(Value::as_rows)
        .ok_or_else(|| missing(shape, Property::Points, "point list"))?;
    rows.iter()
        .map(|row| match row.as_slice() {
            [x, y] => Ok(V2::new(builder.wrap(*x), builder.wrap(*y))),
            _ => Err(missing(shape, Property::Points, "list of 2D points")),
        })
        .collect()
}

/// The `start` and `end` of a Line.
pub fn endpoints<'b>(shape: &Shape, builder: &'b Builder) -> Result<[V2<'b>; 2], FunctionError> {
    Ok([
        point(shape, Property::Start, builder)?,
        point(shape, Property::End, builder)?,
    ])
}

/// The `d` of a Path.
pub fn path_data(shape: &Shape) -> Result<&[PathCmd], FunctionError> {
    match shape.property(Property::D) {
        Some(Value::PathData(commands)) => Ok(commands),
        _ => Err(missing(shape, Property::D, "path data")),
    }
}

/// The members of a Group, by id.
pub fn member_ids(shape: &Shape) -> Result<&[ShapeId], FunctionError> {
    match shape.property(Property::Shapes) {
        Some(Value::ShapeList(ids)) => Ok(ids),
        _ => Err(missing(shape, Property::Shapes, "shape list")),
    }
}

/// The members of a Group.
pub fn members<'b>(shape: &Shape, scene: Scene<'b>) -> Result<Vec<&'b Shape>, FunctionError> {
    member_ids(shape)?
        .iter()
        .map(|&id| scene.shape(id))
        .collect()
}

/// The id of the shape a Group is clipped to, if any.
pub fn clip_id(shape: &Shape) -> Result<Option<ShapeId>, FunctionError> {
    match shape.property(Property::ClipPath) {
        Some(Value::ClipData(clip)) => Ok(*clip),
        None => Ok(None),
        Some(_) => Err(missing(shape, Property::ClipPath, "clip data")),
    }
}

/// The shape a Group is clipped to, if any.
pub fn clip_shape<'b>(shape: &Shape, scene: Scene<'b>) -> Result<Option<&'b Shape>, FunctionError> {
    clip_id(shape)?.map(|id| scene.shape(id)).transpose()
}

/// The frame of a rect-like shape (Rectangle, Text, Equation, Image).
#[derive(Clone, Copy, Debug)]
pub struct RectFrame<'b> {
    pub center: V2<'b>,
    pub width: Num<'b>,
    pub height: Num<'b>,
    /// Degrees, clockwise about the centre.
    pub rotation: Num<'b>,
}

pub fn rect_frame<'b>(shape: &Shape, builder: &'b Builder) -> Result<RectFrame<'b>, FunctionError> {
    Ok(RectFrame {
        center: point(shape, Property::Center, builder)?,
        width: number(shape, Property::Width, builder)?,
        height: number(shape, Property::Height, builder)?,
        rotation: number(shape, Property::Rotation, builder)?,
    })
}

/// An error for a shape kind a query does not handle.
pub fn unsupported(shape: &Shape, query: &str) -> FunctionError {
    FunctionError::new(format!(
        "{query} does not support the {} `{}`",
        shape.kind.name(),
        shape.name
    ))
}
