//! Gradients of path data: every point and arc value of every command.

use super::{Call, check, path};
use crate::term_harness::TermHarness;
use kite_graph::{PathCommand, Value};

/// Points in general position.
const POINTS: [(f64, f64); 6] = [
    (0.2, -0.4),
    (2.3, 0.7),
    (3.1, 2.9),
    (1.4, 4.2),
    (-0.8, 3.1),
    (-1.7, 1.2),
];

fn open() -> Value {
    Value::Str("open".into())
}

fn closed() -> Value {
    Value::Str("closed".into())
}

/// Two paths whose ends meet.
fn two_paths(h: &mut TermHarness) -> Value {
    let first = path(
        h,
        &[
            (PathCommand::MoveTo, &[(0.2, -0.4)]),
            (PathCommand::LineTo, &[(2.3, 0.7)]),
        ],
    );
    let second = path(
        h,
        &[
            (PathCommand::MoveTo, &[(2.3, 0.7)]),
            (PathCommand::QuadraticTo, &[(3.1, 2.9), (1.4, 4.2)]),
        ],
    );
    Value::PathDataList(vec![first, second])
}

pub fn calls() -> Vec<Call> {
    vec![
        Call::new("makePath", |h| {
            vec![
                h.point((0.2, -0.4)),
                h.point((4.3, 1.1)),
                h.num(1.3),
                h.num(0.4),
            ]
        }),
        Call::new("pathFromPoints", |h| vec![open(), h.points(&POINTS)]),
        Call::new("pathFromPoints", |h| vec![closed(), h.points(&POINTS[..4])]),
        Call::new("quadraticCurveFromPoints", |h| {
            vec![closed(), h.points(&POINTS[..4])]
        }),
        Call::new("interpolateQuadraticFromPoints", |h| {
            let mut args = vec![open()];
            args.extend(POINTS[..3].iter().map(|&point| h.point(point)));
            args
        }),
        Call::new("cubicCurveFromPoints", |h| vec![open(), h.points(&POINTS)]),
        Call::new("connectPaths", |h| vec![closed(), two_paths(h)]),
        Call::new("concatenatePaths", |h| vec![two_paths(h)]),
        Call::new("joinPaths", |h| vec![two_paths(h)]),
        Call::new("Penrose", |h| {
            vec![
                h.point((0.3, -0.2)),
                h.num(50.3),
                h.num(0.35),
                h.num(0.2),
                h.fixed(5.0),
                Value::Str("ccw".into()),
            ]
        }),
        Call::new("Penrose", |h| {
            vec![
                h.point((0.3, -0.2)),
                h.num(20.7),
                h.num(0.4),
                h.num(-0.3),
                h.fixed(3.0),
                Value::Str("cw".into()),
            ]
        }),
        Call::new("interpolatingSpline", |h| {
            vec![open(), h.points(&POINTS), h.num(0.3)]
        }),
        Call::new("interpolatingSpline", |h| {
            vec![closed(), h.points(&POINTS[..4]), h.num(0.3)]
        }),
        Call::new("arc", |h| {
            vec![
                closed(),
                h.point((0.2, -0.4)),
                h.point((2.3, 0.7)),
                h.point((1.9, 1.3)),
                h.num(17.0),
                h.num(1.0),
                h.num(0.0),
            ]
        }),
        // A small arc counterclockwise, and a large one clockwise.
        Call::new("circularArc", |h| {
            vec![
                closed(),
                h.point((0.3, -0.2)),
                h.num(1.7),
                h.num(0.3),
                h.num(2.1),
            ]
        }),
        Call::new("circularArc", |h| {
            vec![
                open(),
                h.point((0.3, -0.2)),
                h.num(1.7),
                h.num(4.1),
                h.num(0.2),
            ]
        }),
        Call::new("repeatedArcs", |h| {
            vec![
                h.point((1.2, 0.1)),
                h.point((0.3, 1.1)),
                h.point((2.3, 0.4)),
                h.point((0.1, 2.2)),
                h.point((1.1, 0.9)),
                h.fixed(3.0),
                h.num(0.4),
                h.num(0.0),
            ]
        }),
        Call::new("wedge", |h| {
            vec![
                h.point((0.1, -0.1)),
                h.point((1.2, 0.1)),
                h.point((0.3, 1.1)),
                h.point((1.1, 0.9)),
                h.num(17.0),
                h.num(0.0),
                h.num(1.0),
            ]
        }),
        // An odd and an even number of ticks.
        Call::new("ticksOnLine", |h| {
            vec![
                h.point((0.2, -0.4)),
                h.point((4.3, 1.1)),
                h.num(0.3),
                h.fixed(3.0),
                h.num(0.2),
            ]
        }),
        Call::new("ticksOnLine", |h| {
            vec![
                h.point((0.2, -0.4)),
                h.point((4.3, 1.1)),
                h.num(0.3),
                h.fixed(4.0),
                h.num(0.2),
            ]
        }),
        Call::new("orientedSquare", |h| {
            vec![
                h.line((0.1, 0.2), (3.1, 0.5)),
                h.line((0.1, 0.2), (-0.2, 3.2)),
                h.point((0.1, 0.2)),
                h.num(0.5),
            ]
        }),
        Call::new("triangle", |h| {
            vec![
                h.line((0.1, 0.2), (4.3, 0.5)),
                h.line((4.3, 0.5), (1.2, 3.1)),
                h.line((1.2, 3.1), (0.1, 0.2)),
            ]
        }),
    ]
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
