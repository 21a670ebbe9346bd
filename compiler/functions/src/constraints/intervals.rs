//! Constraints on intervals of the line: containment, and keeping a
//! number or a Line's x-extent out of another interval.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;
use crate::geometry::properties;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "contains1D" => contains_1d_call(args),
        "disjointScalar" => args.reals().map(|[c, left, right]| {
            let inside = c.gt(left).and(c.lt(right));
            inside.select((c - left).abs().min((c - right).abs()), 0.0)
        }),
        "disjointIntervals" => disjoint_intervals(args),
        _ => return None,
    })
}

/// How far `[l2, r2]` sticks out of `[l1, r1]`.
pub fn contains_1d<'b>([l1, r1]: [Num<'b>; 2], [l2, r2]: [Num<'b>; 2]) -> Num<'b> {
    (l1 - l2).max(0.0) + (r2 - r1).max(0.0)
}

fn interval<'b>(args: &Args<'_, 'b>, index: usize) -> Result<[Num<'b>; 2], FunctionError> {
    let numbers = args.vector_of(index, 2)?;
    Ok([numbers[0], numbers[1]])
}

fn contains_1d_call<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    Ok(contains_1d(interval(args, 0)?, interval(args, 1)?))
}

/// The overlap of the x-extents `[start.x, end.x]` of two Lines: 0 when
/// they are apart, else the smaller distance between facing endpoints.
fn disjoint_intervals<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let extent = |index: usize| -> Result<[Num<'b>; 2], FunctionError> {
        let [start, end] = properties::endpoints(args.shape(index)?, args.builder())
            .map_err(|e| e.in_argument(index))?;
        Ok([start.x, end.x])
    };
    let ([l1, r1], [l2, r2]) = (extent(0)?, extent(1)?);
    let apart = r1.lt(l2).or(r2.lt(l1));
    Ok(apart.select(0.0, (l2 - r1).abs().min((l1 - r2).abs())))
}
