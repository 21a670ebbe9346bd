//! The point of a shape nearest to a query point.

use super::Scene;
use super::bbox::{Corners, rect_like_bbox};
use super::properties::{self, unsupported};
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

/// The closest point of `shape` to `p` (rect-likes by their bounding box;
/// an arbitrary one where several are closest).
pub fn closest_point<'b>(
    shape: &Shape,
    p: V2<'b>,
    scene: Scene<'b>,
) -> Result<V2<'b>, FunctionError> {
    let builder = scene.builder;
    match shape.kind {
        ShapeKind::Circle => Ok(circle(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::R, builder)?,
            p,
        )),
        kind if kind.is_rect_like() => Ok(rect(
            rect_like_bbox(properties::rect_frame(shape, builder)?).corners(),
            p,
        )),
        ShapeKind::Line => {
            let [start, end] = properties::endpoints(shape, builder)?;
            Ok(segment(start, end, p))
        }
        ShapeKind::Polyline => Ok(polyline(&properties::points(shape, builder)?, false, p)),
        ShapeKind::Polygon => Ok(polyline(&properties::points(shape, builder)?, true, p)),
        ShapeKind::Ellipse => Ok(ellipse(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::Rx, builder)?,
            properties::number(shape, Property::Ry, builder)?,
            p,
        )),
        ShapeKind::Group => group(&properties::members(shape, scene)?, p, scene),
        _ => Err(unsupported(shape, "closest point")),
    }
}

pub fn circle<'b>(center: V2<'b>, radius: Num<'b>, p: V2<'b>) -> V2<'b> {
    let offset = p - center;
    center + (offset / offset.norm()) * radius
}

/// The closest point of the segment from `a` to `b`.
pub fn segment<'b>(a: V2<'b>, b: V2<'b>, p: V2<'b>) -> V2<'b> {
    let a_to_p = p - a;
    let a_to_b = b - a;
    let t = (a_to_p.dot(a_to_b) / a_to_b.norm_squared()).clamp(0.0, 1.0);
    V2::new(a.x + a_to_b.x * t, a.y + a_to_b.y * t)
}

/// The point nearest `p` among `candidates` (the first of equals wins
/// only if it is strictly nearer; later equals replace it).
fn nearest<'b>(candidates: &[V2<'b>], p: V2<'b>) -> V2<'b> {
    let infinity = p.x.builder().num(f64::INFINITY);
    let mut best = V2::new(infinity, infinity);
    let mut best_distance = infinity;
    for &candidate in candidates {
        let distance = p.dist(candidate);
        best_distance = best_distance.lt(distance).select(best_distance, distance);
        best = V2::select(best_distance.equals(distance), candidate, best);
    }
    best
}

/// The closest point of a chain of segments, closed if `closed`.
pub fn polyline<'b>(points: &[V2<'b>], closed: bool, p: V2<'b>) -> V2<'b> {
    let mut chain = points.to_vec();
    if closed && let Some(&first) = points.first() {
        chain.push(first);
    }
    let candidates: Vec<V2<'b>> = chain
        .windows(2)
        .map(|edge| segment(edge[0], edge[1], p))
        .collect();
    nearest(&candidates, p)
}

/// The closest point on the boundary of an axis-aligned rectangle given by
/// its corners.
pub fn rect<'b>(corners: Corners<'b>, p: V2<'b>) -> V2<'b> {
    let Corners {
        top_right,
        top_left,
        bottom_left,
        ..
    } = corners;
    let left = top_left.x;
    let bottom = bottom_left.y;
    let right = left + (top_right.x - top_left.x);
    let top = bottom + (top_left.y - bottom_left.y);
    let x = p.x.clamp(left, right);
    let y = p.y.clamp(bottom, top);
    let to_left = (x - left).abs();
    let to_right = (x - right).abs();
    let to_bottom = (y - bottom).abs();
    let to_top = (y - top).abs();
    let nearest_side = to_left.min(to_right).min(to_bottom).min(to_top);
    let on_horizontal = nearest_side
        .equals(to_bottom)
        .or(nearest_side.equals(to_top));
    let on_vertical = nearest_side
        .equals(to_left)
        .or(nearest_side.equals(to_right));
    let result_x = nearest_side
        .equals(to_left)
        .select(left, on_horizontal.select(x, right));
    let result_y = nearest_side
        .equals(to_top)
        .select(top, on_vertical.select(y, bottom));
    V2::new(result_x, result_y)
}

/// The closest point of an axis-aligned ellipse, by two Newton steps on
/// the angle.
pub fn ellipse<'b>(center: V2<'b>, a: Num<'b>, b: Num<'b>, p0: V2<'b>) -> V2<'b> {
    let p = p0 - center;
    let mut t = (a * p.y).atan2(b * p.x);
    for _ in 0..2 {
        let a2 = a * a;
        let b2 = b * b;
        let n0 = a * p.x * t.sin();
        let n1 = b * p.y;
        let n2 = (a2 - b2) * t.sin();
        let n3 = t.cos() * (n1 + n2);
        let d0 = a * (p.x * t.cos());
        let d1 = (a2 - b2) * (2.0 * t).cos();
        let d2 = b * (p.y * t.sin());
        t = t - (n3 - n0) / (d1 - d2 - d0);
    }
    V2::new(a * t.cos(), b * t.sin()) + center
}

/// The closest point over a group's members.
pub fn group<'b>(members: &[&Shape], p: V2<'b>, scene: Scene<'b>) -> Result<V2<'b>, FunctionError> {
    let candidates = members
        .iter()
        .map(|member| closest_point(member, p, scene))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(nearest(&candidates, p))
}
