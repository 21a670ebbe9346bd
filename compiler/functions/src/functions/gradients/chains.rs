//! Gradients of the measures of polygonal chains and the vectors and
//! curves derived from them, and of the t-SNE energy.

use super::{Call, check};
use crate::term_harness::TermHarness;
use kite_graph::Value;

/// An open chain turning left by a different angle at each corner.
const ARC: [(f64, f64); 5] = [(0.0, 0.0), (2.1, 0.3), (3.6, 1.4), (4.2, 3.1), (3.9, 4.8)];
/// An open chain turning both ways, by a different angle at each corner.
const WIGGLE: [(f64, f64); 5] = [(0.0, 0.0), (2.1, 0.3), (3.6, 1.4), (5.3, 1.1), (6.8, 2.0)];
/// A convex pentagon, counterclockwise.
const LOOP: [(f64, f64); 5] = [(0.0, 0.0), (3.1, 0.2), (4.3, 2.2), (2.2, 3.9), (-0.6, 2.4)];
/// An open chain in space, turning differently at each corner.
const HELIX: [&[f64]; 5] = [
    &[1.0, 0.0, 0.0],
    &[0.6, 0.8, 0.4],
    &[-0.3, 0.95, 0.8],
    &[-0.9, 0.4, 1.3],
    &[-0.8, -0.5, 1.7],
];

/// `points` and whether they are closed.
fn chain(h: &mut TermHarness, points: &[(f64, f64)], closed: bool) -> Vec<Value> {
    vec![h.points(points), Value::Bool(closed)]
}

/// `points` and whether they are closed, then a number.
fn chain_with(h: &mut TermHarness, points: &[(f64, f64)], closed: bool, x: f64) -> Vec<Value> {
    let mut args = chain(h, points, closed);
    args.push(h.num(x));
    args
}

pub fn calls() -> Vec<Call> {
    vec![
        Call::new("signedArea", |h| chain(h, &LOOP, true)),
        Call::new("signedArea", |h| chain(h, &WIGGLE, false)),
        Call::new("turningNumber", |h| chain(h, &WIGGLE, false)),
        Call::new("perimeter", |h| chain(h, &LOOP, true)),
        Call::new("perimeter", |h| chain(h, &ARC, false)),
        Call::new("isoperimetricRatio", |h| chain(h, &LOOP, true)),
        Call::new("elasticEnergy", |h| chain(h, &LOOP, true)),
        Call::new("elasticEnergy", |h| chain(h, &WIGGLE, false)),
        Call::new("totalCurvature", |h| {
            let mut args = chain(h, &WIGGLE, false);
            args.push(Value::Bool(true));
            args
        }),
        Call::new("totalCurvature", |h| {
            let mut args = chain(h, &WIGGLE, false);
            args.push(Value::Bool(false));
            args
        }),
        Call::new("lengthK", |h| chain_with(h, &LOOP, true, 1.7)),
        Call::new("maxCurvature", |h| chain(h, &WIGGLE, false)),
        Call::new("pElasticEnergy", |h| chain_with(h, &ARC, false, 2.3)),
        Call::new("inflectionEnergy", |h| chain_with(h, &WIGGLE, false, 2.3)),
        Call::new("tangentVectors", |h| chain(h, &WIGGLE, false)),
        Call::new("tangentVectors", |h| chain(h, &LOOP, true)),
        Call::new("normalVectors", |h| chain(h, &WIGGLE, false)),
        Call::new("normalVectors", |h| {
            vec![h.matrix(&HELIX), Value::Bool(false)]
        }),
        Call::new("binormalVectors", |h| {
            vec![h.matrix(&HELIX), Value::Bool(false)]
        }),
        Call::new("evoluteCurve", |h| chain(h, &ARC, false)),
        Call::new("evoluteCurve", |h| chain(h, &LOOP, true)),
        Call::new("offsetCurve", |h| chain_with(h, &WIGGLE, false, 0.7)),
        Call::new("curvatures", |h| chain(h, &WIGGLE, false)),
        Call::new("curvatures", |h| chain(h, &LOOP, true)),
        Call::new("tsneEnergy", |h| {
            vec![
                h.matrix(&HELIX[..4]),
                h.points(&[(0.3, -0.2), (1.4, 0.6), (0.2, 1.9), (-1.1, 0.8)]),
            ]
        }),
    ]
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
