//! `overlappingEllipses` and `overlappingCircleEllipse`: whether two
//! axis-aligned ellipses (the first shrunk by `overlap`) intersect.
//!
//! Penrose writes each ellipse as a scaled implicit function
//! `Fᵢ(p) = aᵢ(x − xᵢ)² + bᵢ(y − yᵢ)² − cᵢ` (the first scaled by `π/3·f`,
//! the second by `f`, with `f = 1/(1 + ‖c1 − c2‖)`) and returns
//! `min_p max(F1(p), F2(p))`, which is at most 0 exactly when the
//! ellipses meet. It finds that minimum among the two centres and the
//! points where `F1 = F2` with parallel gradients, the real roots of a
//! quartic solved by companion-matrix eigenvalues. The graph has no root
//! finder, so this module computes the same minimum by convex duality
//! instead:
//!
//! `min_p max(F1, F2) = max_{λ∈[0,1]} g(λ)`, `g(λ) = min_p (1−λ)F1 + λF2`,
//!
//! where `g` has a closed form (each coordinate is a one-dimensional
//! quadratic) and is concave. The maximum is found by sampling `λ` on a
//! fixed grid, then refining the best sample with Newton steps on `g′`
//! (clamped to `[0, 1]`), all as graph expressions. Every step is
//! differentiable, and at the maximum `g′ = 0` (or `λ` sits on a bound),
//! so the gradient is that of `g` at the optimal `λ`, as the envelope
//! theorem gives for the exact minimum.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use std::f64::consts::PI;

/// Samples of `λ` on `[0, 1]` before refining.
const GRID_INTERVALS: usize = 16;
/// Newton steps from the best sample.
const NEWTON_STEPS: usize = 5;
/// Below this `−g″`, `g` is treated as linear and `λ` goes to a bound.
const FLAT_CURVATURE: f64 = 1e-12;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    Some(match name {
        "overlappingEllipses" => ellipses(args),
        "overlappingCircleEllipse" => circle_ellipse(args),
        _ => return None,
    })
}

fn ellipses<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (c1, rx1, ry1) = (args.point(0)?, args.real(1)?, args.real(2)?);
    let (c2, rx2, ry2) = (args.point(3)?, args.real(4)?, args.real(5)?);
    let overlap = args.real(6)?;
    let factor = 1.0 / (1.0 + c1.dist(c2));
    let first = Quadric::ellipse(c1, rx1 - overlap, ry1 - overlap, factor * (PI / 3.0));
    let second = Quadric::ellipse(c2, rx2, ry2, factor);
    Ok(min_max(&first, &second))
}

fn circle_ellipse<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let (c1, r1) = (args.point(0)?, args.real(1)?);
    let (c2, rx2, ry2) = (args.point(2)?, args.real(3)?, args.real(4)?);
    let overlap = args.real(5)?;
    let factor = 1.0 / (1.0 + c1.dist(c2));
    let first = Quadric::circle(c1, r1 - overlap, factor * (PI / 3.0));
    let second = Quadric::ellipse(c2, rx2, ry2, factor);
    Ok(min_max(&first, &second))
}

/// `a(x − center.x)² + b(y − center.y)² − c`.
struct Quadric<'b> {
    a: Num<'b>,
    b: Num<'b>,
    c: Num<'b>,
    center: V2<'b>,
}

impl<'b> Quadric<'b> {
    /// Penrose's implicit ellipse with radii `rx`, `ry`, scaled by
    /// `factor`.
    fn ellipse(center: V2<'b>, rx: Num<'b>, ry: Num<'b>, factor: Num<'b>) -> Quadric<'b> {
        Quadric {
            a: factor * (ry / rx),
            b: factor * (rx / ry),
            c: factor * (rx * ry),
            center,
        }
    }

    fn circle(center: V2<'b>, r: Num<'b>, factor: Num<'b>) -> Quadric<'b> {
        Quadric {
            a: factor,
            b: factor,
            c: factor * r.square(),
            center,
        }
    }
}

/// One coordinate's part of `g`: `k·λ(1 − λ)/(w1 + λ(w2 − w1))`, the
/// minimum over that coordinate of `(1−λ)w1(t − t1)² + λw2(t − t2)²`,
/// with `k = w1·w2·(t1 − t2)²`.
struct Coordinate<'b> {
    k: Num<'b>,
    w1: Num<'b>,
    slope: Num<'b>,
}

impl<'b> Coordinate<'b> {
    fn new(w1: Num<'b>, w2: Num<'b>, t1: Num<'b>, t2: Num<'b>) -> Coordinate<'b> {
        Coordinate {
            k: w1 * w2 * (t1 - t2).square(),
            w1,
            slope: w2 - w1,
        }
    }

    /// The part and its first two derivatives in `λ`.
    fn at(&self, lambda: Num<'b>) -> [Num<'b>; 3] {
        let weight = self.w1 + lambda * self.slope;
        let u = lambda * (1.0 - lambda);
        let du = 1.0 - 2.0 * lambda;
        let numerator = du * weight - u * self.slope;
        let value = u / weight;
        let first = numerator / weight.square();
        let second =
            (-2.0 * weight.square() - 2.0 * self.slope * numerator) / (weight.square() * weight);
        [self.k * value, self.k * first, self.k * second]
    }
}

/// The dual function `g(λ)` of the pair, with its first two derivatives.
struct Dual<'b> {
    x: Coordinate<'b>,
    y: Coordinate<'b>,
    c1: Num<'b>,
    c2: Num<'b>,
}

impl<'b> Dual<'b> {
    fn new(first: &Quadric<'b>, second: &Quadric<'b>) -> Dual<'b> {
        Dual {
            x: Coordinate::new(first.a, second.a, first.center.x, second.center.x),
            y: Coordinate::new(first.b, second.b, first.center.y, second.center.y),
            c1: first.c,
            c2: second.c,
        }
    }

    fn at(&self, lambda: Num<'b>) -> [Num<'b>; 3] {
        let [x, dx, ddx] = self.x.at(lambda);
        let [y, dy, ddy] = self.y.at(lambda);
        let constant = -self.c1 - lambda * (self.c2 - self.c1);
        [x + y + constant, dx + dy + (self.c1 - self.c2), ddx + ddy]
    }
}

/// `max_{λ∈[0,1]} g(λ)`, which equals `min_p max(F1(p), F2(p))`.
fn min_max<'b>(first: &Quadric<'b>, second: &Quadric<'b>) -> Num<'b> {
    let builder = first.a.builder();
    let dual = Dual::new(first, second);
    let mut best_lambda = builder.num(0.0);
    let mut best_value = dual.at(best_lambda)[0];
    for step in 1..=GRID_INTERVALS {
        let lambda = builder.num(step as f64 / GRID_INTERVALS as f64);
        let value = dual.at(lambda)[0];
        let better = value.gt(best_value);
        best_lambda = better.select(lambda, best_lambda);
        best_value = better.select(value, best_value);
    }
    let mut lambda = best_lambda;
    for _ in 0..NEWTON_STEPS {
        let [_, slope, curvature] = dual.at(lambda);
        lambda = (lambda - slope / curvature.min(-FLAT_CURVATURE)).clamp(0.0, 1.0);
    }
    dual.at(lambda)[0].max(best_value)
}
