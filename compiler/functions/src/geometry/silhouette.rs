//! The closest point of a shape's visibility silhouette as seen from a
//! query point: where sight lines from the point graze the shape. Points
//! at infinity mean there is none until [`silhouette_or_origin`].

use super::Scene;
use super::bbox::{Corners, rect_like_bbox};
use super::properties::{self, unsupported};
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

/// The silhouette point, or `p` where there is none.
pub fn silhouette_or_origin<'b>(q: V2<'b>, p: V2<'b>) -> V2<'b> {
    V2::new(
        q.x.equals(f64::INFINITY).select(p.x, q.x),
        q.y.equals(f64::INFINITY).select(p.y, q.y),
    )
}

/// The distance from `p` to the silhouette point `q`, `∞` if there is none.
pub fn silhouette_distance<'b>(q: V2<'b>, p: V2<'b>) -> Num<'b> {
    q.x.equals(f64::INFINITY)
        .select(f64::INFINITY, V2::dist(p, q))
}

/// The closest silhouette point of `shape` seen from `p`.
pub fn closest_silhouette_point<'b>(
    shape: &Shape,
    p: V2<'b>,
    scene: Scene<'b>,
) -> Result<V2<'b>, FunctionError> {
    let builder = scene.builder;
    match shape.kind {
        ShapeKind::Circle => {
            let radius = properties::number(shape, Property::R, builder)?;
            Ok(ellipse(
                properties::point(shape, Property::Center, builder)?,
                radius,
                radius,
                p,
            ))
        }
        kind if kind.is_rect_like() => Ok(rect(
            rect_like_bbox(properties::rect_frame(shape, builder)?).corners(),
            p,
        )),
        ShapeKind::Line => {
            let [start, end] = properties::endpoints(shape, builder)?;
            Ok(segment(start, end, p))
        }
        ShapeKind::Polyline => Ok(polyline(&properties::points(shape, builder)?, p)),
        ShapeKind::Polygon => Ok(polygon(&properties::points(shape, builder)?, p)),
        ShapeKind::Ellipse => Ok(ellipse(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::Rx, builder)?,
            properties::number(shape, Property::Ry, builder)?,
            p,
        )),
        ShapeKind::Group => group(&properties::members(shape, scene)?, p, scene),
        _ => Err(unsupported(shape, "silhouette point")),
    }
}

/// The nearer endpoint of a segment.
pub fn segment<'b>(start: V2<'b>, end: V2<'b>, p: V2<'b>) -> V2<'b> {
    V2::select(p.dist_squared(start).lt(p.dist_squared(end)), start, end)
}

/// The nearer of the two tangent points from `p` to an axis-aligned
/// ellipse.
pub fn ellipse<'b>(center: V2<'b>, a0: Num<'b>, b0: Num<'b>, p: V2<'b>) -> V2<'b> {
    let p0 = p - center;
    let b = b0 / a0;
    let b2 = b * b;
    let scaled = p0 / a0;
    let (x, y) = (scaled.x, scaled.y);
    let x2 = x * x;
    let y2 = y * y;
    let d = b2 * x2 + y2;
    let e = b2 * (x2 - 1.0) * y2 + y2 * y2;
    let f = b2 * x;
    let g = b2 * y2;
    let none = e.lt(0.0);
    let root = e.sqrt();
    let u = V2::new(
        none.select(f64::INFINITY, a0 * ((f - root) / d)),
        none.select(f64::INFINITY, a0 * ((g + x * b2 * root) / (d * y))),
    );
    let v = V2::new(
        none.select(f64::INFINITY, a0 * ((f + root) / d)),
        none.select(f64::INFINITY, a0 * ((g - x * b2 * root) / (d * y))),
    );
    V2::select(u.dist(p0).lt(v.dist(p0)), u, v) + center
}

/// `b` if it is a silhouette point of the corner `a, b, c` seen from `p`,
/// else the point at infinity.
fn corner<'b>(p: V2<'b>, a: V2<'b>, b: V2<'b>, c: V2<'b>) -> V2<'b> {
    let s = (b - a).cross(p - a) * (c - b).cross(p - b);
    let grazes = s.lt(0.0);
    V2::new(
        grazes.select(b.x, f64::INFINITY),
        grazes.select(b.y, f64::INFINITY),
    )
}

/// Folds candidates into the nearest to `p`, starting from `best`.
fn nearest<'b>(
    mut best: V2<'b>,
    mut best_distance: Num<'b>,
    candidates: &[V2<'b>],
    p: V2<'b>,
) -> (V2<'b>, Num<'b>) {
    for &candidate in candidates {
        let distance = p.dist(candidate);
        best_distance = best_distance.lt(distance).select(best_distance, distance);
        best = V2::select(best_distance.equals(distance), candidate, best);
    }
    (best, best_distance)
}

fn at_infinity<'b>(p: V2<'b>) -> (V2<'b>, Num<'b>) {
    let infinity = p.x.builder().num(f64::INFINITY);
    (V2::new(infinity, infinity), infinity)
}

/// The corners of an axis-aligned rectangle given by its corners.
pub fn rect<'b>(corners: Corners<'b>, p: V2<'b>) -> V2<'b> {
    let (x0, x1) = (corners.top_left.x, corners.top_right.x);
    let (y0, y1) = (corners.bottom_left.y, corners.top_left.y);
    let points = [
        V2::new(x0, y0),
        V2::new(x1, y0),
        V2::new(x1, y1),
        V2::new(x0, y1),
    ];
    polygon(&points, p)
}

/// The interior vertices and the two endpoints of a polyline.
pub fn polyline<'b>(points: &[V2<'b>], p: V2<'b>) -> V2<'b> {
    let corners: Vec<V2<'b>> = points
        .windows(3)
        .map(|triple| corner(p, triple[0], triple[1], triple[2]))
        .collect();
    let (start, start_distance) = at_infinity(p);
    let (best, best_distance) = nearest(start, start_distance, &corners, p);
    let ends: Vec<V2<'b>> = points
        .first()
        .into_iter()
        .chain(points.last())
        .copied()
        .collect();
    nearest(best, best_distance, &ends, p).0
}

/// The vertices of a closed polygon.
pub fn polygon<'b>(points: &[V2<'b>], p: V2<'b>) -> V2<'b> {
    let n = points.len();
    let corners: Vec<V2<'b>> = (0..n)
        .map(|i| corner(p, points[i], points[(i + 1) % n], points[(i + 2) % n]))
        .collect();
    let (start, start_distance) = at_infinity(p);
    nearest(start, start_distance, &corners, p).0
}

/// The nearest silhouette point over a group's members.
pub fn group<'b>(members: &[&Shape], p: V2<'b>, scene: Scene<'b>) -> Result<V2<'b>, FunctionError> {
    let candidates = members
        .iter()
        .map(|member| closest_silhouette_point(member, p, scene))
        .collect::<Result<Vec<_>, _>>()?;
    let (start, start_distance) = at_infinity(p);
    Ok(nearest(start, start_distance, &candidates, p).0)
}
