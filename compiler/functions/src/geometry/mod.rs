//! Geometry of shapes over the expression graph: bounding boxes, signed
//! distances, ray intersections, closest and silhouette points, and the
//! shape–shape distance that overlap constraints use. Every result is an
//! expression, so gradients flow through it.

pub mod bbox;
pub mod bounds;
pub mod center;
pub mod closest;
pub mod convex_partition;
pub mod curves;
pub mod minkowski;
pub mod properties;
pub mod ray;
pub mod shape_distance;
pub mod signed_distance;
pub mod silhouette;

use crate::error::FunctionError;
use crate::expr::Builder;
use kite_graph::{Shape, ShapeId};

pub use bbox::{BBox, bbox};
pub use bounds::diagram_bounds;
pub use center::shape_center;
pub use shape_distance::{ShapeDistance, shape_distance};

/// What geometry reads: the builder of the graph and the diagram's shapes
/// (Group members are shape ids into them).
#[derive(Clone, Copy, Debug)]
pub struct Scene<'b> {
    pub builder: &'b Builder,
    pub shapes: &'b [Shape],
}

impl<'b> Scene<'b> {
    pub fn shape(&self, id: ShapeId) -> Result<&'b Shape, FunctionError> {
        self.shapes
            .get(id.index())
            .ok_or_else(|| FunctionError::new(format!("there is no shape {}", id.index())))
    }
}
