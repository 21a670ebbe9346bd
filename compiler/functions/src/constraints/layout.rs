//! `distributeHorizontally` and `distributeVertically`: consecutive
//! bounding boxes of a list of shapes, `padding` apart.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;
use crate::geometry::{BBox, bbox};

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        // Penrose reverses the list for right to left…
        "distributeHorizontally" => distribute(args, |reverse| !reverse, BBox::max_x, BBox::min_x),
        // …but for top to bottom, not bottom to top.
        "distributeVertically" => distribute(args, |reverse| reverse, BBox::max_y, BBox::min_y),
        _ => return None,
    })
}

/// `Σ |far(box_i) + padding − near(box_{i+1})|` over the shapes, in
/// reverse order when `reverses(flag)`.
fn distribute<'b>(
    args: &Args<'_, 'b>,
    reverses: fn(bool) -> bool,
    far: fn(BBox<'b>) -> Num<'b>,
    near: fn(BBox<'b>) -> Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let shapes = args.shapes(0)?;
    let padding = args.real(1)?;
    let mut boxes = shapes
        .into_iter()
        .map(|shape| bbox(shape, args.scene).map_err(|e| e.in_argument(0)))
        .collect::<Result<Vec<_>, _>>()?;
    if reverses(args.boolean(2)?) {
        boxes.reverse();
    }
    let gaps: Vec<Num<'b>> = boxes
        .windows(2)
        .map(|pair| (far(pair[0]) + padding - near(pair[1])).abs())
        .collect();
    Ok(args.builder().sum(&gaps))
}
