//! Regularity of polygonal chains (`points`, `closed`): local and global
//! convexity, equal sides and equal turning angles. The objectives of the
//! same names reuse these measures.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, vector};
use crate::geometry::curves::{angle_from, consecutive_pairs, consecutive_triples, turning_number};

type Points<'b> = Vec<Vec<Num<'b>>>;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    let (measure, planar): (Measure<'b>, bool) = match name {
        "isLocallyConvex" => (locally_convex, true),
        "isConvex" => (convex, true),
        "isEquilateral" => (equilateral, false),
        "isEquiangular" => (equiangular, true),
        _ => return None,
    };
    Some(chain(args, planar).map(|(points, closed)| measure(args.builder(), &points, closed)))
}

/// A measure of a chain.
pub type Measure<'b> = fn(&'b Builder, &[Vec<Num<'b>>], bool) -> Num<'b>;

/// The chain's points and `closed` flag; measures of angles need
/// `planar` (2D) points.
pub fn chain<'b>(args: &Args<'_, 'b>, planar: bool) -> Result<(Points<'b>, bool), FunctionError> {
    let points = args.rows(0)?;
    let closed = args.boolean(1)?;
    if planar && points.iter().any(|point| point.len() != 2) {
        return Err(args.error(0, "must be a list of 2D points"));
    }
    Ok((points, closed))
}

/// The signed turning angle at each corner.
fn turning_angles<'b>(builder: &'b Builder, points: &[Vec<Num<'b>>], closed: bool) -> Vec<Num<'b>> {
    consecutive_triples(points.len(), closed)
        .into_iter()
        .map(|(i, j, k)| {
            let incoming = vector::sub(&points[j], &points[i]);
            let outgoing = vector::sub(&points[k], &points[j]);
            angle_from(builder, &incoming, &outgoing)
        })
        .collect()
}

/// `Σ (xᵢ − mean x)²`.
fn spread<'b>(builder: &'b Builder, values: &[Num<'b>]) -> Num<'b> {
    let mean = builder.sum(values) / values.len() as f64;
    let deviations: Vec<Num<'b>> = values.iter().map(|&x| (x - mean).square()).collect();
    builder.sum(&deviations)
}

/// The squares of the turning angles whose sign differs from that of
/// their sum.
pub fn locally_convex<'b>(builder: &'b Builder, points: &[Vec<Num<'b>>], closed: bool) -> Num<'b> {
    let angles = turning_angles(builder, points, closed);
    let winding = builder.sum(&angles).sign();
    let penalties: Vec<Num<'b>> = angles
        .iter()
        .map(|&angle| (winding * angle).le(0.0).select(angle.square(), 0.0))
        .collect();
    builder.sum(&penalties)
}

/// Local convexity plus `(|turning number| − 1)²`.
pub fn convex<'b>(builder: &'b Builder, points: &[Vec<Num<'b>>], closed: bool) -> Num<'b> {
    let turning = turning_number(builder, points, closed);
    locally_convex(builder, points, closed) + (turning.abs() - 1.0).square()
}

/// The spread of the side lengths.
pub fn equilateral<'b>(builder: &'b Builder, points: &[Vec<Num<'b>>], closed: bool) -> Num<'b> {
    let lengths: Vec<Num<'b>> = consecutive_pairs(points.len(), closed)
        .into_iter()
        .map(|(i, j)| vector::dist(builder, &points[i], &points[j]))
        .collect();
    spread(builder, &lengths)
}

/// The spread of the turning angles.
pub fn equiangular<'b>(builder: &'b Builder, points: &[Vec<Num<'b>>], closed: bool) -> Num<'b> {
    spread(builder, &turning_angles(builder, points, closed))
}
