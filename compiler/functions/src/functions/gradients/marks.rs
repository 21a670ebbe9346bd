//! Gradients of the points of annotation marks, and of the arc sweep
//! flag, a step.

use super::{Call, check};
use kite_graph::Value;

pub fn calls() -> Vec<Call> {
    vec![
        Call::new("midpointOffset", |h| {
            vec![h.line((0.2, -0.4), (4.3, 1.1)), h.num(0.6)]
        }),
        Call::new("chevron", |h| {
            vec![h.line((0.2, -0.4), (4.3, 1.1)), h.num(0.6)]
        }),
        Call::new("innerPointOffset", |h| {
            vec![
                h.point((0.2, 0.1)),
                h.point((3.1, 0.4)),
                h.point((0.5, 2.7)),
                h.num(0.6),
            ]
        }),
        Call::new("unitMark", |h| {
            vec![
                h.line((0.2, -0.4), (4.3, 1.1)),
                h.line((-1.3, 2.2), (1.7, 3.9)),
                h.num(0.6),
            ]
        }),
        Call::new("unitMark2", |h| {
            vec![
                h.points(&[(0.2, -0.4), (4.3, 1.1)]),
                Value::Str("start".into()),
                h.num(0.6),
            ]
        }),
        Call::new("unitMark2", |h| {
            vec![
                h.points(&[(0.2, -0.4), (4.3, 1.1)]),
                Value::Str("end".into()),
                h.num(0.6),
            ]
        }),
        // Counterclockwise, then clockwise.
        Call::new("arcSweepFlag", |h| {
            vec![
                h.point((0.1, 0.2)),
                h.point((2.3, 0.7)),
                h.point((0.6, 2.9)),
            ]
        }),
        Call::new("arcSweepFlag", |h| {
            vec![
                h.point((0.1, 0.2)),
                h.point((0.6, 2.9)),
                h.point((2.3, 0.7)),
            ]
        }),
    ]
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
