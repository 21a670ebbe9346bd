//! Gradients of the point queries: where a ray first hits a shape (and
//! the normal and distance there), the closest point, and the closest
//! silhouette point, for every kind of shape and every primitive.

use super::shapes::{P, Q, QUAD, corners, group_members, kinds_taken, on_sample, per_kind};
use super::{Call, check};
use crate::term_harness::{TermHarness, shape_list};
use kite_graph::Value;
use kite_library::{FunctionKind, ShapeKind};

/// The direction of the rays from [`P`]: every sample shape and
/// primitive about the origin is hit away from its corners.
const V: (f64, f64) = (-1.0, -0.31);

/// Builds some of a call's arguments.
type Args = fn(&mut TermHarness) -> Vec<Value>;

/// The primitives spelled out in the arguments, by the suffix of the
/// functions' names, matching the sample shapes.
const TARGETS: [(&str, Args); 8] = [
    ("Circle", |h| vec![h.point((0.3, -0.2)), h.num(1.7)]),
    ("Ellipse", |h| {
        vec![h.point((0.3, -0.2)), h.num(2.3), h.num(1.1)]
    }),
    ("Line", |h| vec![h.point((-1.1, -0.7)), h.point((1.9, 0.8))]),
    ("Rect", |h| vec![corners(h, (0.0, 0.0))]),
    ("Poly", |h| vec![h.points(&QUAD), Value::Bool(true)]),
    ("Polyline", |h| vec![h.points(&QUAD)]),
    ("Polygon", |h| vec![h.points(&QUAD)]),
    ("Group", |h| {
        let members = group_members(h, (0.0, 0.0));
        vec![shape_list(&members)]
    }),
];

/// A ray from [`P`].
fn ray(h: &mut TermHarness) -> Vec<Value> {
    vec![h.point(P), h.point(V)]
}

/// The query point [`P`].
fn point(h: &mut TermHarness) -> Vec<Value> {
    vec![h.point(P)]
}

/// The query point [`Q`].
fn above(h: &mut TermHarness) -> Vec<Value> {
    vec![h.point(Q)]
}

/// A point inside the sample circle, which has no silhouette from there.
///
/// From a point outside a circle its two tangent points are equally near,
/// so which one the closest silhouette point is falls to rounding, and
/// finite differences jump between them: circles' silhouette points are
/// checked from inside (the point itself), and their tangent points
/// through `closestSilhouetteDistance`, which both share.
fn inside(h: &mut TermHarness) -> Vec<Value> {
    vec![h.point((0.5, 0.1))]
}

/// The query of a silhouette point: from inside for circles.
fn silhouette_query(is_circle: bool) -> Args {
    if is_circle { inside } else { point }
}

/// The calls of each family on each primitive it has a function for.
fn on_primitives() -> Vec<Call> {
    let mut calls = Vec::new();
    for (suffix, target) in TARGETS {
        let families: [(String, Args); 6] = [
            (format!("rayIntersect{suffix}"), ray),
            (format!("rayIntersect{suffix}Distance"), ray),
            (format!("rayIntersectNormal{suffix}"), ray),
            (format!("closestPoint{suffix}"), point),
            (format!("closestPoint{suffix}"), above),
            (
                format!("closestSilhouettePoint{suffix}"),
                silhouette_query(suffix == "Circle"),
            ),
        ];
        for (name, query) in families {
            if let Some(spec) = kite_library::function(FunctionKind::Computation, &name) {
                calls.push(Call::new(spec.name, move |h| {
                    let mut args = target(h);
                    args.extend(query(h));
                    args
                }));
            }
        }
    }
    calls
}

fn silhouette_points() -> Vec<Call> {
    let (name, kinds) = kinds_taken("closestSilhouettePoint");
    kinds
        .into_iter()
        .map(|kind| on_sample(name, kind, silhouette_query(kind == ShapeKind::Circle)))
        .collect()
}

pub fn calls() -> Vec<Call> {
    [
        per_kind("rayIntersect", ray),
        per_kind("rayIntersectDistance", ray),
        per_kind("rayIntersectNormal", ray),
        per_kind("closestPoint", point),
        per_kind("closestPoint", above),
        silhouette_points(),
        per_kind("closestSilhouetteDistance", point),
        on_primitives(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

#[test]
fn gradients_match_finite_differences() {
    check(&calls());
}
