//! Discrete differential geometry of polygonal chains (points of any
//! dimension): lengths, areas, curvatures, tangents and normals, after
//! Crane, Wardetzky and Hass, "A Glimpse into Discrete Differential
//! Geometry".

use crate::error::FunctionError;
use crate::expr::vector;
use crate::expr::{Builder, Num};
use std::f64::consts::PI;

type Point<'b> = Vec<Num<'b>>;

/// How the curvature at a vertex is approximated from its corner.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Curvature {
    /// The turning angle (signed for 2D chains).
    Angle,
    /// `2 sin(angle / 2)`.
    SteinerLineSegment,
    /// `2 sin(angle / 2)` over the distance between the outer points.
    OsculatingCircle,
    /// The change of unit tangent over the distance between edge midpoints.
    FiniteDifferences,
}

/// The curvature at `p2` of the corner `p1, p2, p3`.
pub fn curvature<'b>(
    builder: &'b Builder,
    p1: &[Num<'b>],
    p2: &[Num<'b>],
    p3: &[Num<'b>],
    mode: Curvature,
) -> Num<'b> {
    let v1 = vector::sub(p2, p1);
    let v2 = vector::sub(p3, p2);
    let angle = if p1.len() == 2 {
        angle_from(builder, &v1, &v2)
    } else {
        vector::angle_between(builder, &v1, &v2)
    };
    match mode {
        Curvature::Angle => angle,
        Curvature::SteinerLineSegment => 2.0 * (angle / 2.0).sin(),
        Curvature::OsculatingCircle => 2.0 * (angle / 2.0).sin() / vector::dist(builder, p1, p3),
        Curvature::FiniteDifferences => {
            let t12 = vector::normalize(builder, &v1);
            let t23 = vector::normalize(builder, &v2);
            let p12 = vector::scale(0.5, &vector::add(p1, p2));
            let p23 = vector::scale(0.5, &vector::add(p2, p3));
            let spacing = vector::dist(builder, &p12, &p23);
            angle.sign() * (vector::dist(builder, &t23, &t12) / spacing)
        }
    }
}

/// The signed angle from `u` to `v` of 2D vectors.
pub fn angle_from<'b>(builder: &'b Builder, u: &[Num<'b>], v: &[Num<'b>]) -> Num<'b> {
    let cross = u[0] * v[1] - u[1] * v[0];
    cross.atan2(vector::dot(builder, u, v))
}

/// Consecutive pairs of indices, wrapping around if `closed`.
pub fn consecutive_pairs(count: usize, closed: bool) -> Vec<(usize, usize)> {
    let pairs = if closed {
        count
    } else {
        count.saturating_sub(1)
    };
    (0..pairs).map(|i| (i, (i + 1) % count)).collect()
}

/// Consecutive triples of indices, wrapping around if `closed`.
pub fn consecutive_triples(count: usize, closed: bool) -> Vec<(usize, usize, usize)> {
    let triples = if closed {
        count
    } else {
        count.saturating_sub(2)
    };
    (0..triples)
        .map(|i| (i, (i + 1) % count, (i + 2) % count))
        .collect()
}

fn corner_curvatures<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    mode: Curvature,
) -> Vec<Num<'b>> {
    consecutive_triples(points.len(), closed)
        .into_iter()
        .map(|(i, j, k)| curvature(builder, &points[i], &points[j], &points[k], mode))
        .collect()
}

/// The dual edge length at each corner, `½‖p1 − p2‖‖p2 − p3‖`.
fn corner_weights<'b>(builder: &'b Builder, points: &[Point<'b>], closed: bool) -> Vec<Num<'b>> {
    consecutive_triples(points.len(), closed)
        .into_iter()
        .map(|(i, j, k)| {
            0.5 * (vector::dist(builder, &points[i], &points[j])
                * vector::dist(builder, &points[j], &points[k]))
        })
        .collect()
}

pub fn perimeter<'b>(builder: &'b Builder, points: &[Point<'b>], closed: bool) -> Num<'b> {
    let lengths: Vec<Num<'b>> = consecutive_pairs(points.len(), closed)
        .into_iter()
        .map(|(i, j)| vector::dist(builder, &points[i], &points[j]))
        .collect();
    builder.sum(&lengths)
}

/// The signed area enclosed by a 2D chain (shoelace formula).
pub fn signed_area<'b>(builder: &'b Builder, points: &[Point<'b>], closed: bool) -> Num<'b> {
    let terms: Vec<Num<'b>> = consecutive_pairs(points.len(), closed)
        .into_iter()
        .map(|(i, j)| points[i][0] * points[j][1] - points[i][1] * points[j][0])
        .collect();
    0.5 * builder.sum(&terms)
}

/// The sum of turning angles, or of their magnitudes if not `signed`.
pub fn total_curvature<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    signed: bool,
) -> Num<'b> {
    let angles = corner_curvatures(builder, points, closed, Curvature::Angle);
    if signed {
        builder.sum(&angles)
    } else {
        let magnitudes: Vec<Num<'b>> = angles.into_iter().map(Num::abs).collect();
        builder.sum(&magnitudes)
    }
}

pub fn turning_number<'b>(builder: &'b Builder, points: &[Point<'b>], closed: bool) -> Num<'b> {
    total_curvature(builder, points, closed, true) / (2.0 * PI)
}

pub fn isoperimetric_ratio<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Num<'b> {
    perimeter(builder, points, closed).square() / signed_area(builder, points, closed)
}

/// The discrete integral of `|κ|^p` (of `κ²` when `p` is `None`).
pub fn elastic_energy<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    p: Option<Num<'b>>,
) -> Num<'b> {
    let curvatures = corner_curvatures(builder, points, closed, Curvature::SteinerLineSegment);
    let weights = corner_weights(builder, points, closed);
    let terms: Vec<Num<'b>> = curvatures
        .into_iter()
        .zip(weights)
        .map(|(kappa, weight)| {
            let power = match p {
                Some(p) => kappa.pow(p),
                None => kappa.square(),
            };
            power * weight
        })
        .collect();
    builder.sum(&terms)
}

/// The sum of edge lengths raised to `k`.
pub fn length_k<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    k: Num<'b>,
) -> Num<'b> {
    let terms: Vec<Num<'b>> = consecutive_pairs(points.len(), closed)
        .into_iter()
        .map(|(i, j)| vector::dist(builder, &points[i], &points[j]).pow(k))
        .collect();
    builder.sum(&terms)
}

pub fn max_curvature<'b>(builder: &'b Builder, points: &[Point<'b>], closed: bool) -> Num<'b> {
    let magnitudes: Vec<Num<'b>> =
        corner_curvatures(builder, points, closed, Curvature::OsculatingCircle)
            .into_iter()
            .map(Num::abs)
            .collect();
    builder.max_of(&magnitudes)
}

/// The sum of `|κ₂ − κ₁|^p` over consecutive corners.
pub fn inflection_energy<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    p: Num<'b>,
) -> Num<'b> {
    let curvatures = corner_curvatures(builder, points, closed, Curvature::SteinerLineSegment);
    let terms: Vec<Num<'b>> = consecutive_pairs(curvatures.len(), closed)
        .into_iter()
        .map(|(i, j)| (curvatures[j] - curvatures[i]).abs().pow(p))
        .collect();
    builder.sum(&terms)
}

fn too_few(count: usize, needed: usize, what: &str) -> Result<(), FunctionError> {
    if count < needed {
        return Err(FunctionError::new(format!(
            "{what} needs at least {needed} points, not {count}"
        )));
    }
    Ok(())
}

/// A unit tangent per point (central differences; the ends wrap around
/// if `closed`, else use one-sided differences).
pub fn tangent_vectors<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Point<'b>>, FunctionError> {
    too_few(points.len(), 2, "a chain's tangents")?;
    let n = points.len();
    let direction =
        |from: &[Num<'b>], to: &[Num<'b>]| vector::normalize(builder, &vector::sub(to, from));
    let mut tangents = vec![if closed {
        direction(&points[n - 1], &points[1])
    } else {
        direction(&points[0], &points[1])
    }];
    tangents.extend((1..n - 1).map(|i| direction(&points[i - 1], &points[i + 1])));
    tangents.push(if closed {
        direction(&points[n - 2], &points[0])
    } else {
        direction(&points[n - 2], &points[n - 1])
    });
    Ok(tangents)
}

/// A unit principal normal per point: the change of the tangent.
pub fn principal_normal_vectors<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Point<'b>>, FunctionError> {
    too_few(points.len(), 3, "a chain's principal normals")?;
    let tangents = tangent_vectors(builder, points, closed)?;
    let n = tangents.len();
    let change =
        |from: &[Num<'b>], to: &[Num<'b>]| vector::normalize(builder, &vector::sub(to, from));
    let interior: Vec<Point<'b>> = (1..n - 1)
        .map(|i| change(&tangents[i - 1], &tangents[i + 1]))
        .collect();
    let (first, last) = if closed {
        (
            change(&tangents[n - 1], &tangents[1]),
            change(&tangents[n - 2], &tangents[0]),
        )
    } else {
        (interior[0].clone(), interior[interior.len() - 1].clone())
    };
    let mut normals = vec![first];
    normals.extend(interior);
    normals.push(last);
    Ok(normals)
}

/// Normals per point: tangents turned 90° for 2D chains, principal normals
/// otherwise.
pub fn normal_vectors<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Point<'b>>, FunctionError> {
    if points.first().is_some_and(|point| point.len() == 2) {
        Ok(tangent_vectors(builder, points, closed)?
            .into_iter()
            .map(|t| vec![-t[1], t[0]])
            .collect())
    } else {
        principal_normal_vectors(builder, points, closed)
    }
}

/// Binormals `tangent × normal` per point of a 3D chain.
pub fn binormal_vectors<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Point<'b>>, FunctionError> {
    if points.iter().any(|point| point.len() != 3) {
        return Err(FunctionError::new("binormals need 3D points"));
    }
    let tangents = tangent_vectors(builder, points, closed)?;
    let normals = principal_normal_vectors(builder, points, closed)?;
    Ok(tangents
        .iter()
        .zip(&normals)
        .map(|(t, n)| vector::cross3(t, n))
        .collect())
}

/// The curvature at each point (finite differences; the ends wrap around
/// if `closed`, else repeat their neighbours).
pub fn curvatures<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Num<'b>>, FunctionError> {
    too_few(points.len(), 3, "a chain's curvatures")?;
    let n = points.len();
    let at = |i: usize, j: usize, k: usize| {
        curvature(
            builder,
            &points[i],
            &points[j],
            &points[k],
            Curvature::FiniteDifferences,
        )
    };
    let interior: Vec<Num<'b>> = (1..n - 1).map(|i| at(i - 1, i, i + 1)).collect();
    let (first, last) = if closed {
        (at(n - 1, 0, 1), at(n - 2, n - 1, 0))
    } else {
        (interior[0], interior[interior.len() - 1])
    };
    let mut all = vec![first];
    all.extend(interior);
    all.push(last);
    Ok(all)
}

/// The centres of curvature: each point moved by `1/κ` along its
/// principal normal.
pub fn evolute_curve<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
) -> Result<Vec<Point<'b>>, FunctionError> {
    let normals = principal_normal_vectors(builder, points, closed)?;
    let kappas = curvatures(builder, points, closed)?;
    Ok(points
        .iter()
        .zip(normals.iter().zip(kappas))
        .map(|(p, (n, kappa))| vector::add(p, &vector::scale(1.0 / kappa, n)))
        .collect())
}

/// Each point moved by `magnitude` along its normal.
pub fn offset_curve<'b>(
    builder: &'b Builder,
    points: &[Point<'b>],
    closed: bool,
    magnitude: Num<'b>,
) -> Result<Vec<Point<'b>>, FunctionError> {
    let normals = normal_vectors(builder, points, closed)?;
    Ok(points
        .iter()
        .zip(&normals)
        .map(|(p, n)| vector::add(p, &vector::scale(magnitude, n)))
        .collect())
}
