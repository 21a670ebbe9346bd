//! Constraints on three points: a right angle at the middle one, and
//! collinearity in any or in the given order.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, vector};

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "perpendicular" => perpendicular(args),
        "collinear" => collinear(args),
        "collinearOrdered" => collinear_ordered(args),
        _ => return None,
    })
}

/// The three vector arguments, of one length.
fn three<'b>(args: &Args<'_, 'b>) -> Result<[Vec<Num<'b>>; 3], FunctionError> {
    let (a, b, c) = (args.vector(0)?, args.vector(1)?, args.vector(2)?);
    args.same_length(0, &a, 1, &b)?;
    args.same_length(0, &a, 2, &c)?;
    Ok([a, b, c])
}

/// `|(q − p)·(r − p)|`.
fn perpendicular<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let [q, p, r] = three(args)?;
    let builder = args.builder();
    Ok(vector::dot(builder, &vector::sub(&q, &p), &vector::sub(&r, &p)).abs())
}

/// `|cross2(c2 − c1, c2 − c3)|` of the first two coordinates.
fn collinear<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let [c1, c2, c3] = three(args)?;
    if c1.len() < 2 {
        return Err(args.error(0, "must have at least 2 numbers"));
    }
    let (u, v) = (vector::sub(&c2, &c1), vector::sub(&c2, &c3));
    Ok((u[0] * v[1] - u[1] * v[0]).abs())
}

/// By the triangle inequality: `max(0, |c1 − c2| + |c2 − c3| − |c1 − c3|)`.
fn collinear_ordered<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let [c1, c2, c3] = three(args)?;
    let builder = args.builder();
    let detour = vector::dist(builder, &c1, &c2) + vector::dist(builder, &c2, &c3);
    Ok((detour - vector::dist(builder, &c1, &c3)).max(0.0))
}
