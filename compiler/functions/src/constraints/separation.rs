//! `overlapping`, `disjoint` and `touching`: constraints on the signed
//! distance between two shapes (spec §7.5), which warn when it is
//! measured between bounding boxes.

use super::Answer;
use crate::args::Args;
use crate::error::{FunctionError, FunctionWarning};
use crate::expr::Num;
use crate::geometry::shape_distance;

pub fn call<'b>(
    name: &str,
    args: &Args<'_, 'b>,
    warnings: &mut Vec<FunctionWarning>,
) -> Answer<'b> {
    let relation: fn(Num<'b>, Num<'b>) -> Num<'b> = match name {
        "overlapping" => |distance, overlap| distance + overlap,
        "disjoint" => |distance, padding| -(distance - padding),
        "touching" => |distance, padding| (distance - padding).abs(),
        _ => return None,
    };
    Some(distance_and_margin(name, args, warnings).map(|(d, margin)| relation(d, margin)))
}

/// The distance between the two shape arguments and the third argument.
fn distance_and_margin<'b>(
    name: &str,
    args: &Args<'_, 'b>,
    warnings: &mut Vec<FunctionWarning>,
) -> Result<(Num<'b>, Num<'b>), FunctionError> {
    let (s1, s2) = (args.shape(0)?, args.shape(1)?);
    let margin = args.real(2)?;
    let distance = shape_distance(s1, s2, args.scene)?;
    if distance.approximated {
        warnings.push(FunctionWarning::BBoxApproximation {
            signature: format!("{name}({}, {})", s1.kind.name(), s2.kind.name()),
        });
    }
    Ok((distance.value, margin))
}
