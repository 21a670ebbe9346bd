//! Gradients of the functions of vectors and point lists, and of the
//! centres and radii of triangles.

use super::{Call, check};

const U: [f64; 3] = [0.6, -1.3, 0.4];
const W: [f64; 3] = [-0.2, 0.9, 1.7];
/// Points in general position: no three on a line, no two at one
/// distance from the first.
const POINTS: [(f64, f64); 4] = [(0.2, -0.4), (2.3, 0.7), (1.1, 2.9), (-0.8, 1.6)];
/// A scalene triangle.
const TRIANGLE: [(f64, f64); 3] = [(0.1, 0.2), (4.3, 0.5), (1.2, 3.1)];

pub fn calls() -> Vec<Call> {
    let one_vector =
        ["normalize", "unit", "norm", "normsq"].map(|name| Call::new(name, |h| vec![h.vector(&U)]));
    let two_vectors = ["vdist", "vdistsq", "dot", "midpoint", "angleBetween"]
        .map(|name| Call::new(name, |h| vec![h.vector(&U), h.vector(&W)]));
    let point_lists = [
        "sumVectors",
        "averagePoint",
        "firstPoint",
        "lastPoint",
        "centerOfMass",
    ]
    .map(|name| Call::new(name, |h| vec![h.points(&POINTS)]));
    let triangles = [
        "barycenter",
        "circumcenter",
        "circumradius",
        "incenter",
        "inradius",
    ]
    .map(|name| {
        Call::new(name, |h| {
            TRIANGLE.iter().map(|&vertex| h.point(vertex)).collect()
        })
    });
    let others = [
        Call::new("angleFrom", |h| {
            vec![h.vector(&[1.2, 0.3]), h.vector(&[-0.4, 1.1])]
        }),
        Call::new("vmul", |h| vec![h.num(-1.7), h.vector(&U)]),
        Call::new("angleOf", |h| vec![h.vector(&[-0.7, 1.2])]),
        Call::new("rot90", |h| vec![h.point((0.8, -1.9))]),
        Call::new("rotateBy", |h| vec![h.point((0.8, -1.9)), h.num(0.7)]),
        Call::new("unitVector", |h| vec![h.num(0.7)]),
        Call::new("ptOnLine", |h| {
            vec![h.vector(&[0.2, -0.4]), h.vector(&[2.3, 0.7]), h.num(0.8)]
        }),
        Call::new("cross2D", |h| {
            vec![h.point((1.2, 0.3)), h.point((-0.4, 1.1))]
        }),
        Call::new("cross", |h| vec![h.vector(&U), h.vector(&W)]),
        Call::new("lineLineIntersection", |h| {
            POINTS.iter().map(|&point| h.point(point)).collect()
        }),
        Call::new("oneBasedElement", |h| vec![h.points(&POINTS), h.fixed(2.0)]),
        Call::new("repeat", |h| vec![h.fixed(3.0), h.num(1.3)]),
    ];
    one_vector
        .into_iter()
        .chain(two_vectors)
        .chain(point_lists)
        .chain(triangles)
        .chain(others)
        .collect()
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
