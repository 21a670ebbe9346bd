//! Wrapping results as Style values of the kinds Penrose returns.

use crate::expr::{Num, V2};
use kite_graph::{Scalar, Value};

fn scalars(numbers: &[Num<'_>]) -> Vec<Scalar> {
    numbers.iter().map(|n| n.scalar()).collect()
}

pub fn float(n: Num<'_>) -> Value {
    Value::Float(n.scalar())
}

/// A `VectorV`.
pub fn vector(numbers: &[Num<'_>]) -> Value {
    Value::Vector(scalars(numbers))
}

/// A 2D point as a `VectorV`.
pub fn point(p: V2<'_>) -> Value {
    Value::Vector(vec![p.x.scalar(), p.y.scalar()])
}

/// A `ListV`.
pub fn list(numbers: &[Num<'_>]) -> Value {
    Value::List(scalars(numbers))
}

/// A `MatrixV` of rows.
pub fn matrix(rows: &[Vec<Num<'_>>]) -> Value {
    Value::Matrix(rows.iter().map(|row| scalars(row)).collect())
}

/// An `LListV` of rows.
pub fn list_of_lists(rows: &[Vec<Num<'_>>]) -> Value {
    Value::ListOfLists(rows.iter().map(|row| scalars(row)).collect())
}

/// A `PtListV` of 2D points.
pub fn point_list(points: &[V2<'_>]) -> Value {
    Value::PointList(
        points
            .iter()
            .map(|p| vec![p.x.scalar(), p.y.scalar()])
            .collect(),
    )
}
