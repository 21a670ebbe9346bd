//! The centre of a shape as Penrose's placement objectives read it.

use super::Scene;
use super::bbox::bbox;
use super::properties;
use crate::error::FunctionError;
use crate::expr::V2;
use kite_graph::Shape;
use kite_library::Property;

/// The shape's `center` property if it has one, else the centre of its
/// bounding box.
pub fn shape_center<'b>(shape: &Shape, scene: Scene<'b>) -> Result<V2<'b>, FunctionError> {
    if shape.property(Property::Center).is_some() {
        properties::point(shape, Property::Center, scene.builder)
    } else {
        Ok(bbox(shape, scene)?.center)
    }
}
