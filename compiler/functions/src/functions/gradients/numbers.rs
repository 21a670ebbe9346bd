//! Gradients of the functions of numbers: elementary functions and the
//! reductions of a vector to one number.

use super::{Call, check};

/// Each function of one number, at a point inside its domain and off its
/// jumps.
const UNARY: &[(&str, f64)] = &[
    ("acosh", 1.7),
    ("acos", 0.3),
    ("asin", 0.3),
    ("asinh", 0.7),
    ("atan", 0.7),
    ("atanh", 0.3),
    ("cbrt", 1.7),
    ("ceil", 1.3),
    ("cos", 0.7),
    ("cosh", 0.7),
    ("exp", 0.7),
    ("expm1", 0.7),
    ("floor", 1.3),
    ("log", 1.7),
    ("log2", 1.7),
    ("log10", 1.7),
    ("log1p", 0.7),
    ("round", 1.3),
    ("sign", -0.7),
    ("sin", 0.7),
    ("sinh", 0.7),
    ("tan", 0.7),
    ("tanh", 0.7),
    ("trunc", -1.3),
    ("sqr", -0.7),
    ("sqrt", 1.7),
    ("abs", -0.7),
    ("toRadians", 30.3),
    ("toDegrees", 0.7),
];

/// Each function of two numbers, at a generic pair.
const BINARY: &[(&str, f64, f64)] = &[
    ("mod", 7.3, 2.1),
    ("mod", -7.3, 2.1),
    ("atan2", -1.3, 0.6),
    ("pow", 1.7, 2.3),
    ("max", 1.3, 0.6),
    ("min", 1.3, 0.6),
    ("average2", 1.3, 0.6),
];

/// A vector with one largest and one smallest entry.
const XS: [f64; 4] = [0.3, -1.2, 2.5, 0.9];

pub fn calls() -> Vec<Call> {
    let unary = UNARY
        .iter()
        .map(|&(name, x)| Call::new(name, move |h| vec![h.num(x)]));
    let binary = BINARY
        .iter()
        .map(|&(name, x, y)| Call::new(name, move |h| vec![h.num(x), h.num(y)]));
    let reductions = ["sum", "maxList", "minList", "average"]
        .map(|name| Call::new(name, |h| vec![h.vector(&XS)]));
    unary
        .chain(binary)
        .chain(reductions)
        .chain([Call::new("get", |h| vec![h.vector(&XS), h.fixed(2.0)])])
        .collect()
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
