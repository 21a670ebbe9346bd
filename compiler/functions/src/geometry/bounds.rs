//! The box around a diagram's top-level shapes, built over the graph from
//! each shape's bounding box, so the renderer reads the cropped view box
//! as values and no bounding-box rule is written twice.

use super::Scene;
use super::bbox::{BBox, bbox_of};
use crate::expr::Builder;
use kite_graph::{Bounds, ExprGraph, Shape, ShapeId};

/// The union of the boxes of `roots`, as Penrose computes the cropped
/// view box: shapes that have no box (a Path that draws nothing, a Group
/// inside itself) are left out; `None` when none has one.
pub fn diagram_bounds(
    graph: &mut ExprGraph,
    shapes: &[Shape],
    roots: &[ShapeId],
) -> Option<Bounds> {
    Builder::with(graph, |builder| {
        let scene = Scene { builder, shapes };
        let boxes: Vec<BBox> = roots
            .iter()
            .filter_map(|id| bbox_of(*id, scene).ok())
            .collect();
        let union = BBox::union(builder, &boxes)?;
        Some(Bounds {
            left: union.min_x().scalar(),
            bottom: union.min_y().scalar(),
            right: union.max_x().scalar(),
            top: union.max_y().scalar(),
        })
    })
}
