//! Objectives that place a label (a rect-like shape) at a Line's midpoint
//! or a shape's centre.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;
use crate::geometry::{bbox, properties, shape_center};
use kite_library::ShapeKind;

/// How far above the midpoint `centerLabelAbove` puts the label's centre,
/// in label heights.
const HEIGHTS_ABOVE: f64 = 1.1;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "centerLabelAbove" => center_label_above(args),
        "centerLabel" => center_label(args),
        _ => return None,
    })
}

/// `w·((mx − bx)² + (my + 1.1·h − by)²)` for the Line's midpoint `m` and
/// the label's box centre `b` and height `h`.
fn center_label_above<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let [start, end] =
        properties::endpoints(args.shape(0)?, args.builder()).map_err(|e| e.in_argument(0))?;
    let label = bbox(args.shape(1)?, args.scene).map_err(|e| e.in_argument(1))?;
    let weight = args.real(2)?;
    let mid = (start + end) / 2.0;
    let horizontal = (mid.x - label.center.x).square();
    let vertical = (mid.y + label.height * HEIGHTS_ABOVE - label.center.y).square();
    Ok((horizontal + vertical) * weight)
}

/// For a Line: `‖mid − b‖² − width(b)² + padding²`, the label's box
/// centre `b` about its width from the midpoint; otherwise the squared
/// distance between the centres. Penrose ignores `w` in both.
fn center_label<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (s1, s2) = (args.shape(0)?, args.shape(1)?);
    // `w` must be a number, though it is ignored.
    args.real(2)?;
    let padding = args.real(3)?;
    let builder = args.builder();
    if s1.kind == ShapeKind::Line {
        let [start, end] = properties::endpoints(s1, builder).map_err(|e| e.in_argument(0))?;
        let label = bbox(s2, args.scene).map_err(|e| e.in_argument(1))?;
        let mid = (start + end) / 2.0;
        Ok(mid.dist_squared(label.center) - label.width.square() + padding.square())
    } else {
        let c1 = shape_center(s1, args.scene).map_err(|e| e.in_argument(0))?;
        let c2 = shape_center(s2, args.scene).map_err(|e| e.in_argument(1))?;
        Ok(c1.dist_squared(c2))
    }
}
