//! Objectives on points and vectors: nearness, repulsion, offsets along a
//! direction and distances to a Line.

use super::{Answer, EPS_DENOM};
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2, vector};
use crate::geometry::properties;

/// Penrose's floor on a segment's squared length before projecting onto
/// it (`closestPt_PtSeg`).
const MIN_SQUARED_LENGTH: f64 = 10e-3;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "nearVec" => near_vec(args),
        "repelPt" => repel_pt(args),
        "inDirection" => in_direction_call(args),
        "pointLineDist" => point_line_dist(args),
        _ => return None,
    })
}

/// `(⟨p − reference, direction/‖direction‖⟩ − offset)²`.
pub fn in_direction<'b>(
    p: V2<'b>,
    reference: V2<'b>,
    direction: V2<'b>,
    offset: Num<'b>,
) -> Num<'b> {
    ((p - reference).dot(direction.normalize()) - offset).square()
}

fn in_direction_call<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (p, reference, direction) = (args.point(0)?, args.point(1)?, args.point(2)?);
    Ok(in_direction(p, reference, direction, args.real(3)?))
}

/// `‖v1 − v2‖² − offset²`.
fn near_vec<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (v1, v2) = (args.vector(0)?, args.vector(1)?);
    args.same_length(0, &v1, 1, &v2)?;
    Ok(vector::dist_squared(args.builder(), &v1, &v2) - args.real(2)?.square())
}

/// `weight / (‖a − b‖² + ε)`.
fn repel_pt<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let weight = args.real(0)?;
    let (a, b) = (args.vector(1)?, args.vector(2)?);
    args.same_length(1, &a, 2, &b)?;
    Ok(weight * (1.0 / (vector::dist_squared(args.builder(), &a, &b) + EPS_DENOM)))
}

/// `(distance from the point to the Line − padding)²`.
fn point_line_dist<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let point = args.point(0)?;
    let [start, end] =
        properties::endpoints(args.shape(1)?, args.builder()).map_err(|e| e.in_argument(1))?;
    let padding = args.real(2)?;
    let direction = end - start;
    let squared_length = start.dist_squared(end).max(MIN_SQUARED_LENGTH);
    let t = ((point - start).dot(direction) / (squared_length + EPS_DENOM)).clamp(0.0, 1.0);
    let closest = start + direction * t;
    Ok((closest.dist(point) - padding).square())
}
