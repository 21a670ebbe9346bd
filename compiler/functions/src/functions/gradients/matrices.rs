//! Gradients of matrices, transformations, and the projection of 3D
//! points to the canvas.

use super::{Call, check};

const M2: [&[f64]; 2] = [&[2.1, 0.3], &[-0.7, 1.6]];
const M3: [&[f64]; 3] = [&[2.1, 0.3, -0.4], &[0.5, 1.7, 0.6], &[-0.2, 0.4, 1.9]];
const M4: [&[f64]; 4] = [
    &[2.1, 0.3, -0.4, 0.2],
    &[0.5, 1.7, 0.6, -0.3],
    &[-0.2, 0.4, 1.9, 0.7],
    &[0.3, -0.6, 0.1, 2.3],
];
/// A perspective-like projection: the homogeneous coordinate of the
/// projected point stays far from zero.
const PROJECTION: [&[f64]; 4] = [
    &[1.3, 0.1, 0.2, 0.05],
    &[0.1, 1.6, -0.1, 0.2],
    &[0.1, 0.2, -1.1, -0.4],
    &[0.05, -0.1, -1.0, 0.2],
];
const U: [f64; 3] = [0.6, -1.3, 0.4];
const W: [f64; 3] = [-0.2, 0.9, 1.7];
const ROWS: [&[f64]; 2] = [&[0.6, -1.3, 0.4], &[-0.2, 0.9, 1.7]];
const VIEWPORT: [f64; 4] = [10.0, 20.0, 640.0, 480.0];

/// `n` generic numbers.
fn numbers(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| 0.3 + 0.37 * i as f64 - 0.05 * (i * i) as f64)
        .collect()
}

pub fn calls() -> Vec<Call> {
    let square = [
        ("trace", M3.as_slice()),
        ("determinant", &M2),
        ("determinant", &M3),
        ("determinant", &M4),
        ("inverse", &M2),
        ("inverse", &M3),
        ("inverse", &M4),
        ("toHomogeneousMatrix", &M2),
    ]
    .map(|(name, m)| Call::new(name, move |h| vec![h.matrix(m)]));
    let reals = [
        ("matrix", 6),
        ("matrix3d", 16),
        ("rotate", 3),
        ("rotate2d", 1),
        ("scale", 2),
        ("scale2d", 2),
        ("scale3d", 3),
        ("scale3dh", 3),
        ("skew", 2),
        ("skew2d", 2),
        ("translate", 2),
        ("translate3dh", 3),
    ]
    .map(|(name, n)| {
        Call::new(name, move |h| {
            numbers(n).iter().map(|&x| h.num(x)).collect()
        })
    });
    let vector_pairs = ["outerProduct", "shear", "shear3d"]
        .map(|name| Call::new(name, |h| vec![h.vector(&U), h.vector(&W)]));
    let projections = ["project", "projectDepth"].map(|name| {
        Call::new(name, |h| {
            vec![
                h.vector(&[0.4, -0.3, -3.7]),
                h.matrix(&M4),
                h.matrix(&PROJECTION),
                h.vector(&VIEWPORT),
            ]
        })
    });
    let others = [
        Call::new("diagonal", |h| vec![h.vector(&U)]),
        Call::new("crossProductMatrix", |h| vec![h.vector(&U)]),
        Call::new("mul", |h| vec![h.matrix(&ROWS), h.vector(&W)]),
        Call::new("matrixMultiplyList", |h| {
            vec![h.matrix(&M3), h.matrix(&ROWS)]
        }),
        Call::new("fromHomogeneous", |h| vec![h.vector(&[1.2, -0.7, 1.9])]),
        Call::new("fromHomogeneousList", |h| {
            vec![h.matrix(&[&[1.2, -0.7, 1.9], &[0.4, 2.2, -1.3]])]
        }),
        Call::new("toHomogeneous", |h| vec![h.vector(&U)]),
        Call::new("toHomogeneousList", |h| vec![h.matrix(&ROWS)]),
        Call::new("rotate3d", |h| vec![h.num(0.7), h.vector(&U)]),
        Call::new("rotate3dh", |h| vec![h.num(0.7), h.vector(&U)]),
        Call::new("shear2d", |h| {
            vec![h.vector(&[0.6, -1.3]), h.vector(&[-0.2, 0.9])]
        }),
        Call::new("lookAt", |h| {
            vec![
                h.vector(&[0.4, 1.1, 5.2]),
                h.vector(&[-0.3, 0.2, 0.1]),
                h.vector(&[0.1, 1.0, 0.2]),
            ]
        }),
        Call::new("ortho", |h| {
            [-2.1, 3.4, -1.3, 2.6, 0.7, 23.0].map(|x| h.num(x)).to_vec()
        }),
        Call::new("perspective", |h| {
            vec![h.num(47.0), h.num(1.3), h.num(0.7), h.num(23.0)]
        }),
        Call::new("projectList", |h| {
            vec![
                h.matrix(&[&[0.4, -0.3, -3.7], &[-0.6, 0.5, -2.9]]),
                h.matrix(&M4),
                h.matrix(&PROJECTION),
                h.vector(&VIEWPORT),
            ]
        }),
    ];
    square
        .into_iter()
        .chain(reals)
        .chain(vector_pairs)
        .chain(projections)
        .chain(others)
        .collect()
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
