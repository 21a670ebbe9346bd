//! Functions of vectors and point lists.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2, vector};
use crate::geometry::curves::angle_from;
use crate::values::{float, point, vector as vector_value};
use kite_graph::Value;

pub fn call(name: &str, args: &Args) -> Answer {
    let builder = args.builder();
    Some(match name {
        "normalize" | "unit" => args
            .vector(0)
            .map(|v| vector_value(&vector::normalize(builder, &v))),
        "norm" => args.vector(0).map(|v| float(vector::norm(builder, &v))),
        "normsq" => args
            .vector(0)
            .map(|v| float(vector::norm_squared(builder, &v))),
        "vdist" => two_vectors(args, |v, w| float(vector::dist(builder, &v, &w))),
        "vdistsq" => two_vectors(args, |v, w| float(vector::dist_squared(builder, &v, &w))),
        "dot" => two_vectors(args, |v, w| float(vector::dot(builder, &v, &w))),
        "midpoint" => two_vectors(args, |start, end| {
            vector_value(&vector::scale(0.5, &vector::add(&start, &end)))
        }),
        "angleBetween" => two_vectors(args, |u, v| float(vector::angle_between(builder, &u, &v))),
        "angleFrom" => angle_from_call(args),
        "vmul" => vmul(args),
        "angleOf" => angle_of(args),
        "rot90" => args.point(0).map(|v| point(v.rot90())),
        "rotateBy" => rotate_by(args),
        "unitVector" => args
            .real(0)
            .map(|theta| point(V2::new(theta.cos(), theta.sin()))),
        "ptOnLine" => pt_on_line(args),
        "cross2D" => cross_2d(args),
        "cross" => cross(args),
        "lineLineIntersection" => line_line_intersection(args),
        "sumVectors" => args
            .rows(0)
            .and_then(|rows| sum_vectors(args, &rows).map(|sum| vector_value(&sum))),
        "averagePoint" => args.rows(0).and_then(|rows| {
            let sum = sum_vectors(args, &rows)?;
            Ok(vector_value(&vector::divide(&sum, rows.len() as f64)))
        }),
        "firstPoint" => end_row(args, |rows| rows.first()),
        "lastPoint" => end_row(args, |rows| rows.last()),
        "oneBasedElement" => one_based_element(args),
        "repeat" => repeat(args),
        "centerOfMass" => args.points(0).map(|points| {
            let count = points.len() as f64;
            let xs: Vec<Num> = points.iter().map(|p| p.x).collect();
            let ys: Vec<Num> = points.iter().map(|p| p.y).collect();
            point(V2::new(builder.sum(&xs) / count, builder.sum(&ys) / count))
        }),
        _ => return None,
    })
}

/// Two vectors of one length.
fn two_vectors<'b>(
    args: &Args<'_, 'b>,
    f: impl FnOnce(Vec<Num<'b>>, Vec<Num<'b>>) -> Value,
) -> Result<Value, FunctionError> {
    let (v, w) = (args.vector(0)?, args.vector(1)?);
    args.same_length(0, &v, 1, &w)?;
    Ok(f(v, w))
}

fn vmul(args: &Args) -> Result<Value, FunctionError> {
    Ok(vector_value(&vector::scale(
        args.real(0)?,
        &args.vector(1)?,
    )))
}

fn cross_2d(args: &Args) -> Result<Value, FunctionError> {
    Ok(float(args.point(0)?.cross(args.point(1)?)))
}

fn cross(args: &Args) -> Result<Value, FunctionError> {
    let (u, v) = (args.vector_of(0, 3)?, args.vector_of(1, 3)?);
    Ok(vector_value(&vector::cross3(&u, &v)))
}

/// `n` (fixed) copies of `k`.
fn repeat(args: &Args) -> Result<Value, FunctionError> {
    let n = args.fixed_size(0)?;
    Ok(vector_value(&vec![args.real(1)?; n]))
}

fn angle_from_call(args: &Args) -> Result<Value, FunctionError> {
    let (u, v) = (args.vector_of(0, 2)?, args.vector_of(1, 2)?);
    Ok(float(angle_from(args.builder(), &u, &v)))
}

fn angle_of(args: &Args) -> Result<Value, FunctionError> {
    let v = args.vector(0)?;
    match v.as_slice() {
        [x, y, ..] => Ok(float(y.atan2(*x))),
        _ => Err(args.error(0, "must have at least two numbers")),
    }
}

/// `(x cos θ + y sin θ, −x sin θ + y cos θ)`: clockwise by `θ` radians.
fn rotate_by(args: &Args) -> Result<Value, FunctionError> {
    let v = args.point(0)?;
    let theta = args.real(1)?;
    let (cos, sin) = (theta.cos(), theta.sin());
    Ok(point(V2::new(
        cos * v.x + sin * v.y,
        -(sin * v.x) + cos * v.y,
    )))
}

/// The point at distance `r` from `p1` towards `p2`.
fn pt_on_line(args: &Args) -> Result<Value, FunctionError> {
    let (p1, p2) = (args.vector(0)?, args.vector(1)?);
    args.same_length(0, &p1, 1, &p2)?;
    let r = args.real(2)?;
    let direction = vector::normalize(args.builder(), &vector::sub(&p2, &p1));
    Ok(vector_value(&vector::moved(&p1, r, &direction)))
}

/// The intersection of the lines through `a0, a1` and `b0, b1`, by cross
/// products of homogeneous coordinates.
fn line_line_intersection(args: &Args) -> Result<Value, FunctionError> {
    let one = args.builder().num(1.0);
    let homogeneous = |index: usize| -> Result<Vec<Num>, FunctionError> {
        let p = args.point(index)?;
        Ok(vec![p.x, p.y, one])
    };
    let line_a = vector::cross3(&homogeneous(0)?, &homogeneous(1)?);
    let line_b = vector::cross3(&homogeneous(2)?, &homogeneous(3)?);
    let x = vector::cross3(&line_a, &line_b);
    Ok(point(V2::new(x[0] / x[2], x[1] / x[2])))
}

fn sum_vectors<'b>(
    args: &Args<'_, 'b>,
    rows: &[Vec<Num<'b>>],
) -> Result<Vec<Num<'b>>, FunctionError> {
    let first = rows
        .first()
        .ok_or_else(|| args.error(0, "must not be empty"))?;
    let zeros = vec![args.builder().num(0.0); first.len()];
    Ok(rows.iter().fold(zeros, |sum, row| vector::add(&sum, row)))
}

fn end_row<'b>(
    args: &Args<'_, 'b>,
    pick: impl for<'r> FnOnce(&'r [Vec<Num<'b>>]) -> Option<&'r Vec<Num<'b>>>,
) -> Result<Value, FunctionError> {
    let rows = args.rows(0)?;
    pick(&rows)
        .map(|row| vector_value(row))
        .ok_or_else(|| args.error(0, "must not be empty"))
}

fn one_based_element(args: &Args) -> Result<Value, FunctionError> {
    let rows = args.rows(0)?;
    let i = args.fixed_count(1)?;
    i.checked_sub(1)
        .and_then(|index| rows.get(index))
        .map(|row| vector_value(row))
        .ok_or_else(|| {
            args.error(
                1,
                format!("is {i}, not between 1 and the {} points", rows.len()),
            )
        })
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close, float_value, numbers};
    use std::f64::consts::FRAC_PI_2;

    #[test]
    fn vector_functions() {
        let mut h = Harness::new();
        let v = h.vector(&[3.0, 4.0]);
        let w = h.vector(&[1.0, 0.0]);
        let scale = 1.0 / (5.0 + 1e-5);
        let normalized = h.call("normalize", std::slice::from_ref(&v)).unwrap();
        assert_close(&numbers(&h, &normalized), &[3.0 * scale, 4.0 * scale]);
        let unit = h.call("unit", std::slice::from_ref(&v)).unwrap();
        assert_close(&numbers(&h, &unit), &[3.0 * scale, 4.0 * scale]);
        let checks = [
            ("norm", vec![v.clone()], 5.0),
            ("normsq", vec![v.clone()], 25.0),
            ("vdist", vec![v.clone(), w.clone()], (4.0f64 + 16.0).sqrt()),
            ("vdistsq", vec![v.clone(), w.clone()], 20.0),
            ("dot", vec![v.clone(), w.clone()], 3.0),
            ("cross2D", vec![w.clone(), v.clone()], 4.0),
            ("angleOf", vec![v.clone()], 4f64.atan2(3.0)),
            ("angleFrom", vec![w.clone(), v.clone()], 4f64.atan2(3.0)),
        ];
        for (name, args, expected) in checks {
            let value = h.call(name, &args).unwrap();
            assert!((float_value(&h, &value) - expected).abs() < 1e-9, "{name}");
        }
        let between = h.call("angleBetween", &[w.clone(), v.clone()]).unwrap();
        assert!((float_value(&h, &between) - 4f64.atan2(3.0)).abs() < 1e-4);
        let two = h.float(2.0);
        let scaled = h.call("vmul", &[two, v.clone()]).unwrap();
        assert_close(&numbers(&h, &scaled), &[6.0, 8.0]);
        let turned = h.call("rot90", std::slice::from_ref(&v)).unwrap();
        assert_close(&numbers(&h, &turned), &[-4.0, 3.0]);
        let quarter = h.float(FRAC_PI_2);
        let rotated = h.call("rotateBy", &[w.clone(), quarter.clone()]).unwrap();
        assert_close(&numbers(&h, &rotated), &[0.0, -1.0]);
        let direction = h.call("unitVector", &[quarter]).unwrap();
        assert_close(&numbers(&h, &direction), &[0.0, 1.0]);
        let middle = h.call("midpoint", &[v.clone(), w.clone()]).unwrap();
        assert_close(&numbers(&h, &middle), &[2.0, 2.0]);
        let origin = h.vector(&[0.0, 0.0]);
        let five = h.float(5.0);
        let along = h.call("ptOnLine", &[origin, v.clone(), five]).unwrap();
        assert_close(
            &numbers(&h, &along),
            &[3.0 * 5.0 * scale, 4.0 * 5.0 * scale],
        );
        let x = h.vector(&[1.0, 0.0, 0.0]);
        let y = h.vector(&[0.0, 1.0, 0.0]);
        let z = h.call("cross", &[x, y]).unwrap();
        assert_close(&numbers(&h, &z), &[0.0, 0.0, 1.0]);
        let short = h.vector(&[1.0]);
        assert_eq!(h.call("dot", &[v, short]).unwrap_err().argument, Some(1));
    }

    #[test]
    fn line_intersection_and_point_lists() {
        let mut h = Harness::new();
        let args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[2.0, 2.0]),
            h.vector(&[0.0, 2.0]),
            h.vector(&[2.0, 0.0]),
        ];
        let crossing = h.call("lineLineIntersection", &args).unwrap();
        assert_close(&numbers(&h, &crossing), &[1.0, 1.0]);
        let points = h.points(&[(0.0, 0.0), (2.0, 0.0), (4.0, 6.0)]);
        for (name, expected) in [
            ("sumVectors", [6.0, 6.0]),
            ("averagePoint", [2.0, 2.0]),
            ("firstPoint", [0.0, 0.0]),
            ("lastPoint", [4.0, 6.0]),
            ("centerOfMass", [2.0, 2.0]),
        ] {
            let value = h.call(name, std::slice::from_ref(&points)).unwrap();
            assert_close(&numbers(&h, &value), &expected);
        }
        let two = h.float(2.0);
        let second = h.call("oneBasedElement", &[points.clone(), two]).unwrap();
        assert_close(&numbers(&h, &second), &[2.0, 0.0]);
        let zero = h.float(0.0);
        assert!(h.call("oneBasedElement", &[points, zero]).is_err());
        let three = h.float(3.0);
        let k = h.float(1.5);
        let repeated = h.call("repeat", &[three, k]).unwrap();
        assert_close(&numbers(&h, &repeated), &[1.5, 1.5, 1.5]);
    }
}
