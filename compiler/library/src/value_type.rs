//! The types of function parameters and results, and parameter defaults.

use crate::shapes::ShapeKind;

/// The type a library function expects of an argument, or returns.
///
/// These are the library's own parameter types: `Real2` accepts a vector,
/// list or tuple of length two, `Real2N` a matrix or list of points, and so on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValueType {
    /// Any scalar.
    Real,
    /// A scalar meant to lie in `[0, 1]` (not enforced).
    Unit,
    /// A scalar meant to be a positive integer (not enforced).
    PosInt,
    /// A scalar meant to be a natural number (not enforced).
    Nat,
    /// A vector of length two.
    Real2,
    /// A vector of length three.
    Real3,
    /// A vector of any length.
    RealN,
    /// A list of two-dimensional points.
    Real2N,
    /// A matrix, or a list of equal-length vectors.
    RealNM,
    Color,
    String,
    /// The string `"rgb"` or `"hsv"`.
    ColorType,
    /// The string `"open"` or `"closed"`.
    PathType,
    Boolean,
    ShapeList,
    PathDataList,
    /// Path data, as drawn by a `Path` shape's `d`.
    PathCmd,
    /// A Group's clipping setting.
    ClipData,
    /// A shape of one of the given kinds.
    Shape(ShapeSet),
}

/// Which shape kinds a shape parameter accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ShapeSet {
    Any,
    Only(&'static [ShapeKind]),
}

/// The value an omitted trailing argument takes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum DefaultValue {
    Number(f64),
    Boolean(bool),
    String(&'static str),
    Vector(&'static [f64]),
}
