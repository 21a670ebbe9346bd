//! Constraints between two numbers: equality, inequalities (with padding
//! or a squared penalty) and ranges.

use super::Answer;
use crate::args::Args;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "equal" => args.reals().map(|[x, y]| (x - y).abs()),
        "lessThan" => args.reals().map(|[x, y, padding]| x - y + padding),
        "greaterThan" => args.reals().map(|[x, y, padding]| y - x + padding),
        "lessThanSq" => args
            .reals()
            .map(|[x, y]| x.lt(y).select(0.0, (x - y).square())),
        "greaterThanSq" => args
            .reals()
            .map(|[x, y]| y.lt(x).select(0.0, (y - x).square())),
        "inRange" => args.reals().map(|[x, low, high]| {
            x.lt(high).select(0.0, x - high) + low.lt(x).select(0.0, low - x)
        }),
        _ => return None,
    })
}
