//! Objectives on where shapes sit relative to each other, by their
//! centres (the `center` property, else the bounding-box centre): offsets
//! in a direction, nearness, repulsion and non-degenerate angles.

use super::vectors::in_direction;
use super::{Answer, EPS_DENOM};
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use crate::geometry::{properties, shape_center};
use kite_library::ShapeKind;
use std::f64::consts::PI;

/// The scale Penrose gives `notTooClose`, whose raw values are small.
const REPEL_WEIGHT: f64 = 10e6;
/// How many points of a Line `notTooClose` samples.
const LINE_SAMPLES: usize = 16;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "above" => offset_along(args, (0.0, 1.0)),
        // Penrose's `below` measures the first shape's offset above the
        // second, exactly like `above`.
        "below" => offset_along(args, (0.0, 1.0)),
        "rightwards" => offset_along(args, (1.0, 0.0)),
        // Penrose's `leftwards` puts the first shape to the right, exactly
        // like `rightwards`.
        "leftwards" => offset_along(args, (1.0, 0.0)),
        "sameCenter" => centers(args).map(|(c1, c2)| c1.dist_squared(c2)),
        "near" => near(args),
        "nearPt" => near_pt(args),
        "notTooClose" => not_too_close(args),
        "nonDegenerateAngle" => non_degenerate_angle(args),
        _ => return None,
    })
}

fn center<'b>(args: &Args<'_, 'b>, index: usize) -> Result<V2<'b>, FunctionError> {
    shape_center(args.shape(index)?, args.scene).map_err(|e| e.in_argument(index))
}

/// The centres of the first two (shape) arguments.
fn centers<'b>(args: &Args<'_, 'b>) -> Result<(V2<'b>, V2<'b>), FunctionError> {
    Ok((center(args, 0)?, center(args, 1)?))
}

/// The first centre `offset` from the second along `direction`.
fn offset_along<'b>(args: &Args<'_, 'b>, (x, y): (f64, f64)) -> Result<Num<'b>, FunctionError> {
    let (c1, c2) = centers(args)?;
    let builder = args.builder();
    let direction = V2::new(builder.num(x), builder.num(y));
    Ok(in_direction(c1, c2, direction, args.real(2)?))
}

/// `|‖c1 − c2‖²| − offset²`.
fn near<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (c1, c2) = centers(args)?;
    Ok(c1.dist_squared(c2).abs() - args.real(2)?.square())
}

/// `‖c1 − (x, y)‖²`.
fn near_pt<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let c1 = center(args, 0)?;
    let target = V2::new(args.real(1)?, args.real(2)?);
    Ok(c1.dist_squared(target))
}

/// Repulsion between centres, `10⁷ / (‖c1 − c2‖² + ε)`; a Line first
/// shape instead repels the second centre from 16 points along it, each
/// with strength `weight`, and the sum is scaled by `weight` again.
fn not_too_close<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let s1 = args.shape(0)?;
    let c2 = center(args, 1)?;
    let weight = args.real(2)?;
    let builder = args.builder();
    let repulsion = if s1.kind == ShapeKind::Line {
        let [start, end] = properties::endpoints(s1, builder).map_err(|e| e.in_argument(0))?;
        let forces: Vec<Num<'b>> = (0..LINE_SAMPLES)
            .map(|k| {
                let t = k as f64 / LINE_SAMPLES as f64;
                let sample = start * (1.0 - t) + end * t;
                weight / (c2.dist_squared(sample) + EPS_DENOM)
            })
            .collect();
        weight * builder.sum(&forces)
    } else {
        let c1 = center(args, 0)?;
        1.0 / (c1.dist_squared(c2) + EPS_DENOM)
    };
    Ok(repulsion * REPEL_WEIGHT)
}

/// `strength·c` for `c = |cos ∠(c0 − c1, c2 − c1)|`, or 0 when `c` is
/// below `range·π/180` (Penrose compares the cosine with an angle).
fn non_degenerate_angle<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (c0, c1, c2) = (center(args, 0)?, center(args, 1)?, center(args, 2)?);
    let (strength, range) = (args.real(3)?, args.real(4)?);
    let cosine = (c0 - c1).normalize().dot((c2 - c1).normalize()).abs();
    Ok(cosine
        .lt(range * (PI / 180.0))
        .select(0.0, strength * cosine))
}
