//! Vectors of any length as slices of numbers, as Penrose's `ops.v*`
//! functions handle them. Callers check that lengths agree.

use super::num::{Builder, Num, Operand};
use super::vec2::NORMALIZE_EPSILON;

pub fn add<'b>(a: &[Num<'b>], b: &[Num<'b>]) -> Vec<Num<'b>> {
    a.iter().zip(b).map(|(&x, &y)| x + y).collect()
}

pub fn sub<'b>(a: &[Num<'b>], b: &[Num<'b>]) -> Vec<Num<'b>> {
    a.iter().zip(b).map(|(&x, &y)| x - y).collect()
}

/// `factor · v`.
pub fn scale<'b>(factor: impl Operand<'b> + Copy, v: &[Num<'b>]) -> Vec<Num<'b>> {
    v.iter()
        .map(|&x| factor.into_num(x.builder()) * x)
        .collect()
}

/// `v / divisor`.
pub fn divide<'b>(v: &[Num<'b>], divisor: impl Operand<'b> + Copy) -> Vec<Num<'b>> {
    v.iter()
        .map(|&x| x / divisor.into_num(x.builder()))
        .collect()
}

pub fn neg<'b>(v: &[Num<'b>]) -> Vec<Num<'b>> {
    v.iter().map(|&x| -x).collect()
}

pub fn dot<'b>(builder: &'b Builder, a: &[Num<'b>], b: &[Num<'b>]) -> Num<'b> {
    let products: Vec<Num<'b>> = a.iter().zip(b).map(|(&x, &y)| x * y).collect();
    builder.sum(&products)
}

pub fn norm_squared<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Num<'b> {
    let squares: Vec<Num<'b>> = v.iter().map(|x| x.square()).collect();
    builder.sum(&squares)
}

pub fn norm<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Num<'b> {
    norm_squared(builder, v).sqrt()
}

pub fn dist<'b>(builder: &'b Builder, a: &[Num<'b>], b: &[Num<'b>]) -> Num<'b> {
    norm(builder, &sub(a, b))
}

pub fn dist_squared<'b>(builder: &'b Builder, a: &[Num<'b>], b: &[Num<'b>]) -> Num<'b> {
    norm_squared(builder, &sub(a, b))
}

/// `v / (‖v‖ + 1e-5)`.
pub fn normalize<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Vec<Num<'b>> {
    divide(v, norm(builder, v) + NORMALIZE_EPSILON)
}

/// `a + amount·direction`.
pub fn moved<'b>(a: &[Num<'b>], amount: Num<'b>, direction: &[Num<'b>]) -> Vec<Num<'b>> {
    add(a, &scale(amount, direction))
}

/// The 3D cross product.
pub fn cross3<'b>(u: &[Num<'b>], v: &[Num<'b>]) -> Vec<Num<'b>> {
    vec![
        u[1] * v[2] - u[2] * v[1],
        u[2] * v[0] - u[0] * v[2],
        u[0] * v[1] - u[1] * v[0],
    ]
}

/// The unsigned angle between `u` and `v` in `[0, π]`; the cosine is
/// scaled by `1 − 1e-10` to keep `acos` defined.
pub fn angle_between<'b>(builder: &'b Builder, u: &[Num<'b>], v: &[Num<'b>]) -> Num<'b> {
    let cosine = dot(builder, &normalize(builder, u), &normalize(builder, v));
    ((1.0 - 1e-10) * cosine).acos()
}
