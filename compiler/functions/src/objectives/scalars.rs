//! Objectives on numbers: extremes, equality, one-sided inequalities and
//! repulsion.

use super::{Answer, EPS_DENOM};
use crate::args::Args;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "minimal" => args.real(0),
        "maximal" => args.real(0).map(|x| -x),
        "equal" => args.reals().map(|[x, y]| (x - y).square()),
        "greaterThan" => args.reals().map(|[x, y]| (y - x).max(0.0).square()),
        "lessThan" => args.reals().map(|[x, y]| (x - y).max(0.0).square()),
        "repelScalar" => args
            .reals()
            .map(|[c, d]| 1.0 / ((c - d).square() + EPS_DENOM)),
        _ => return None,
    })
}
