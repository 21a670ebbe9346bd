//! Gradients of queries about shapes: lengths and corners, signed
//! distances from points, and distances between shapes, for every kind of
//! shape a query takes.

use super::{Call, check, path};
use crate::term_harness::{TermHarness, shape_list};
use kite_graph::{PathCommand, Value};
use kite_library::{FunctionKind, Property, ShapeKind, ShapeSet, ValueType};

/// A query point outside every sample shape about the origin, up and to
/// the right: nearest to their corners and ends.
pub const P: (f64, f64) = (4.3, 1.3);
/// A query point above the sample shapes, nearest to the inside of an
/// edge.
pub const Q: (f64, f64) = (0.9, 2.6);
/// A convex quadrilateral about the origin, counterclockwise.
pub const QUAD: [(f64, f64); 4] = [(-1.2, -0.9), (2.1, -0.6), (1.7, 1.4), (-0.8, 1.1)];
/// Where the second shape of a pair sits, clear of the first.
const APART: (f64, f64) = (6.1, 0.9);
/// Where an ellipse sits over a polygon: Penrose's polygon–ellipse
/// distance is NaN once a side faces away from the ellipse's centre by
/// more than `rx · ry`, e.g. when they are well apart.
const OVER: (f64, f64) = (0.1, 0.5);

fn moved(points: &[(f64, f64)], (x, y): (f64, f64)) -> Vec<(f64, f64)> {
    points.iter().map(|&(px, py)| (px + x, py + y)).collect()
}

/// A shape of `kind` about `(x, y)` whose geometry is made of inputs; a
/// rect-like is rotated, a Group holds a circle and a rectangle.
pub fn sample(h: &mut TermHarness, kind: ShapeKind, (x, y): (f64, f64)) -> Value {
    match kind {
        ShapeKind::Circle => h.circle((x + 0.3, y - 0.2), 1.7),
        ShapeKind::Ellipse => h.ellipse((x + 0.3, y - 0.2), 2.3, 1.1),
        ShapeKind::Line => h.line((x - 1.1, y - 0.7), (x + 1.9, y + 0.8)),
        ShapeKind::Polygon | ShapeKind::Polyline => h.poly(kind, &moved(&QUAD, (x, y))),
        ShapeKind::Path => {
            let d = path(
                h,
                &[
                    (PathCommand::MoveTo, &[(x - 1.3, y - 0.4)]),
                    (
                        PathCommand::CubicTo,
                        &[(x - 0.2, y + 1.6), (x + 1.1, y + 1.7), (x + 2.0, y + 0.3)],
                    ),
                    (PathCommand::LineTo, &[(x + 0.7, y - 1.2)]),
                ],
            );
            h.shape(ShapeKind::Path, vec![(Property::D, Value::PathData(d))])
        }
        ShapeKind::Group => {
            let members = group_members(h, (x, y));
            h.group(&members, None)
        }
        rect_like => {
            let properties = vec![
                (Property::Center, h.point((x + 0.3, y - 0.2))),
                (Property::Width, h.num(3.1)),
                (Property::Height, h.num(1.9)),
                (Property::Rotation, h.num(17.0)),
            ];
            h.shape(rect_like, properties)
        }
    }
}

/// A circle and a rectangle about `(x, y)`.
pub fn group_members(h: &mut TermHarness, (x, y): (f64, f64)) -> [Value; 2] {
    [
        sample(h, ShapeKind::Circle, (x - 0.9, y + 0.4)),
        sample(h, ShapeKind::Rectangle, (x + 1.2, y - 0.5)),
    ]
}

/// A rectangle about `(x, y)` as its corners `[TR, TL, BL, BR]`, nearly
/// axis-aligned: the functions read a box off them, and exactly
/// axis-aligned corners would tie at its minima and maxima.
pub fn corners(h: &mut TermHarness, at: (f64, f64)) -> Value {
    h.points(&moved(
        &[(1.8, 0.9), (-1.3, 0.94), (-1.27, -1.1), (1.83, -1.07)],
        at,
    ))
}

/// The library's name of `name`, and the kinds of shape its first
/// parameter takes.
pub fn kinds_taken(name: &str) -> (&'static str, Vec<ShapeKind>) {
    let spec = kite_library::function(FunctionKind::Computation, name)
        .unwrap_or_else(|| panic!("there is no computation function `{name}`"));
    let kinds = ShapeKind::ALL
        .into_iter()
        .filter(|kind| match spec.params[0].ty {
            ValueType::Shape(ShapeSet::Any) => true,
            ValueType::Shape(ShapeSet::Only(kinds)) => kinds.contains(kind),
            other => panic!("`{name}` takes {other:?}, not a shape"),
        })
        .collect();
    (spec.name, kinds)
}

/// A call of `name` on a sample shape of `kind` about the origin, then
/// `rest`.
pub fn on_sample(
    name: &'static str,
    kind: ShapeKind,
    rest: fn(&mut TermHarness) -> Vec<Value>,
) -> Call {
    Call::new(name, move |h| {
        let mut args = vec![sample(h, kind, (0.0, 0.0))];
        args.extend(rest(h));
        args
    })
}

/// One call of `name` per kind of shape its first parameter takes.
pub fn per_kind(name: &str, rest: fn(&mut TermHarness) -> Vec<Value>) -> Vec<Call> {
    let (name, kinds) = kinds_taken(name);
    kinds
        .into_iter()
        .map(|kind| on_sample(name, kind, rest))
        .collect()
}

/// The pairs `shapeDistance` has a rule for, and pairs it bounds by
/// boxes, with where the second shape sits.
const PAIRS: [(ShapeKind, ShapeKind, (f64, f64)); 19] = [
    (ShapeKind::Circle, ShapeKind::Circle, APART),
    (ShapeKind::Rectangle, ShapeKind::Text, APART),
    (ShapeKind::Rectangle, ShapeKind::Line, APART),
    (ShapeKind::Line, ShapeKind::Equation, APART),
    (ShapeKind::Polygon, ShapeKind::Polyline, APART),
    (ShapeKind::Image, ShapeKind::Circle, APART),
    (ShapeKind::Circle, ShapeKind::Rectangle, APART),
    (ShapeKind::Polygon, ShapeKind::Ellipse, OVER),
    (ShapeKind::Ellipse, ShapeKind::Polyline, OVER),
    (ShapeKind::Circle, ShapeKind::Line, APART),
    (ShapeKind::Line, ShapeKind::Circle, APART),
    (ShapeKind::Line, ShapeKind::Line, APART),
    (ShapeKind::Polyline, ShapeKind::Circle, APART),
    (ShapeKind::Circle, ShapeKind::Polyline, APART),
    (ShapeKind::Polyline, ShapeKind::Rectangle, APART),
    (ShapeKind::Text, ShapeKind::Polyline, APART),
    (ShapeKind::Ellipse, ShapeKind::Ellipse, APART),
    (ShapeKind::Group, ShapeKind::Circle, APART),
    (ShapeKind::Path, ShapeKind::Polygon, APART),
];

fn shape_distances() -> Vec<Call> {
    let pairs = PAIRS.map(|(first, second, at)| {
        Call::new("shapeDistance", move |h| {
            vec![sample(h, first, (0.0, 0.0)), sample(h, second, at)]
        })
    });
    let primitives = [
        Call::new("shapeDistanceCircles", |h| {
            vec![
                h.point((0.3, -0.2)),
                h.num(1.7),
                h.point((5.1, 2.3)),
                h.num(1.2),
            ]
        }),
        Call::new("shapeDistanceRects", |h| {
            vec![corners(h, (0.0, 0.0)), corners(h, APART)]
        }),
        Call::new("shapeDistanceRectLine", |h| {
            vec![
                corners(h, (0.0, 0.0)),
                h.point((3.9, -1.4)),
                h.point((4.4, 2.3)),
            ]
        }),
        Call::new("shapeDistanceRectlikePolyline", |h| {
            vec![corners(h, (0.0, 0.0)), h.points(&moved(&QUAD, APART))]
        }),
        Call::new("shapeDistancePolys", |h| {
            vec![h.points(&QUAD), h.points(&moved(&QUAD, APART))]
        }),
        Call::new("shapeDistanceRectCircle", |h| {
            vec![corners(h, (0.0, 0.0)), h.point((5.1, 2.3)), h.num(1.2)]
        }),
        Call::new("shapeDistancePolyEllipse", |h| {
            vec![h.points(&QUAD), h.point((0.4, 0.3)), h.num(2.3), h.num(1.1)]
        }),
        Call::new("shapeDistanceCircleLine", |h| {
            vec![
                h.point((0.3, -0.2)),
                h.num(1.2),
                h.point((2.9, -1.4)),
                h.point((4.4, 2.3)),
            ]
        }),
        Call::new("shapeDistanceLines", |h| {
            vec![
                h.point((-1.1, -0.7)),
                h.point((1.9, 0.8)),
                h.point((2.9, -1.4)),
                h.point((4.4, 2.3)),
            ]
        }),
    ];
    pairs.into_iter().chain(primitives).collect()
}

/// The signed distances from a point to primitives, outside and inside.
fn signed_distances() -> Vec<Call> {
    vec![
        Call::new("signedDistanceRect", |h| {
            vec![corners(h, (0.0, 0.0)), h.point(P)]
        }),
        Call::new("signedDistanceRect", |h| {
            vec![corners(h, (0.0, 0.0)), h.point((0.4, 0.3))]
        }),
        Call::new("signedDistanceCircle", |h| {
            vec![h.point((0.3, -0.2)), h.num(1.7), h.point(P)]
        }),
        Call::new("signedDistancePolygon", |h| {
            vec![h.points(&QUAD), h.point(P)]
        }),
        Call::new("signedDistancePolygon", |h| {
            vec![h.points(&QUAD), h.point((0.4, 0.3))]
        }),
        Call::new("signedDistanceEllipse", |h| {
            vec![h.point((0.3, -0.2)), h.num(2.3), h.num(1.1), h.point(P)]
        }),
        Call::new("signedDistanceEllipse", |h| {
            vec![
                h.point((0.3, -0.2)),
                h.num(2.3),
                h.num(1.1),
                h.point((0.9, 0.1)),
            ]
        }),
        Call::new("signedDistanceLine", |h| {
            vec![h.point((-1.1, -0.7)), h.point((1.9, 0.8)), h.point(P)]
        }),
        Call::new("signedDistanceLine", |h| {
            vec![h.point((-1.1, -0.7)), h.point((1.9, 0.8)), h.point(Q)]
        }),
        Call::new("signedDistancePolyline", |h| {
            vec![h.points(&QUAD), h.point(P)]
        }),
        Call::new("signedDistancePolyline", |h| {
            vec![h.points(&QUAD), h.point(Q)]
        }),
        Call::new("signedDistanceGroup", |h| {
            let members = group_members(h, (0.0, 0.0));
            vec![shape_list(&members), h.point(P)]
        }),
        Call::new("rectLineDist", |h| {
            vec![
                h.point((-1.3, -1.1)),
                h.point((1.8, 0.9)),
                h.point((2.9, -1.4)),
                h.point((4.4, 2.3)),
            ]
        }),
    ]
}

pub fn calls() -> Vec<Call> {
    let clipped_box = Call::new("bboxPts", |h| {
        let members = group_members(h, (0.0, 0.0));
        let clip = sample(h, ShapeKind::Ellipse, (1.9, 0.1));
        vec![h.group(&members, Some(&clip))]
    });
    [
        per_kind("length", |_| vec![]),
        per_kind("bboxPts", |_| vec![]),
        vec![clipped_box],
        per_kind("rectPts", |_| vec![]),
        per_kind("signedDistance", |h| vec![h.point(P)]),
        per_kind("signedDistance", |h| vec![h.point(Q)]),
        signed_distances(),
        shape_distances(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
