//! Where a ray `p + t·v` (t ≥ 0) first meets a shape, and the shape's
//! normal there. Misses are points at infinity until [`hit_or_origin`],
//! [`hit_normal`] or [`hit_distance`] make them safe.

use super::Scene;
use super::bbox::Corners;
use super::properties::{self, unsupported};
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

/// A hit point and the unit normal there (infinite point on a miss).
#[derive(Clone, Copy, Debug)]
pub struct Hit<'b> {
    pub point: V2<'b>,
    pub normal: V2<'b>,
}

fn infinite(n: Num<'_>) -> Num<'_> {
    n.abs().equals(f64::INFINITY)
}

/// The hit point, or `p` where the ray misses.
pub fn hit_or_origin<'b>(hit: Hit<'b>, p: V2<'b>) -> V2<'b> {
    V2::new(
        infinite(hit.point.x).select(p.x, hit.point.x),
        infinite(hit.point.y).select(p.y, hit.point.y),
    )
}

/// The normal at the hit facing back towards `p`, or `(0, 0)` on a miss.
pub fn hit_normal<'b>(hit: Hit<'b>, p: V2<'b>) -> V2<'b> {
    let facing = hit.normal.dot(p - hit.point);
    let flip = |n: Num<'b>, coordinate: Num<'b>| {
        infinite(coordinate).select(0.0, facing.lt(0.0).select(-n, n))
    };
    V2::new(
        flip(hit.normal.x, hit.point.x),
        flip(hit.normal.y, hit.point.y),
    )
}

/// The distance from `p` to the hit, `∞` on a miss.
pub fn hit_distance<'b>(hit: Hit<'b>, p: V2<'b>) -> Num<'b> {
    infinite(hit.point.x).select(f64::INFINITY, p.dist(hit.point))
}

/// The first hit of the ray with `shape` (rect-likes by their unrotated
/// frame).
pub fn ray_intersect<'b>(
    shape: &Shape,
    p: V2<'b>,
    v: V2<'b>,
    scene: Scene<'b>,
) -> Result<Hit<'b>, FunctionError> {
    let builder = scene.builder;
    match shape.kind {
        ShapeKind::Circle => Ok(circle(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::R, builder)?,
            p,
            v,
        )),
        kind if kind.is_rect_like() => {
            let center = properties::point(shape, Property::Center, builder)?;
            let half_width = properties::number(shape, Property::Width, builder)? / 2.0;
            let half_height = properties::number(shape, Property::Height, builder)? / 2.0;
            Ok(axis_aligned_rect(
                center.x - half_width,
                center.x + half_width,
                center.y - half_height,
                center.y + half_height,
                p,
                v,
            ))
        }
        ShapeKind::Line => {
            let [start, end] = properties::endpoints(shape, builder)?;
            Ok(segment(start, end, p, v))
        }
        ShapeKind::Polyline => Ok(polyline(&properties::points(shape, builder)?, false, p, v)),
        ShapeKind::Polygon => Ok(polyline(&properties::points(shape, builder)?, true, p, v)),
        ShapeKind::Ellipse => Ok(ellipse(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::Rx, builder)?,
            properties::number(shape, Property::Ry, builder)?,
            p,
            v,
        )),
        ShapeKind::Group => group(&properties::members(shape, scene)?, p, v, scene),
        _ => Err(unsupported(shape, "ray intersection")),
    }
}

pub fn circle<'b>(center: V2<'b>, radius: Num<'b>, p: V2<'b>, v: V2<'b>) -> Hit<'b> {
    let w = v.normalize();
    let u = p - center;
    let b = -u.dot(w);
    let c = u.dot(u) - radius * radius;
    let discriminant = b * b - c;
    let misses = discriminant.lt(0.0);
    let t1 = misses.select(f64::INFINITY, b - discriminant.sqrt());
    let t2 = misses.select(f64::INFINITY, b + discriminant.sqrt());
    let t = t1.gt(0.0).select(t1, t2.gt(0.0).select(t2, f64::INFINITY));
    let point = p + w * t;
    Hit {
        point,
        normal: (point - center).normalize(),
    }
}

/// An axis-aligned ellipse, by mapping the ray to the unit circle.
pub fn ellipse<'b>(center: V2<'b>, rx: Num<'b>, ry: Num<'b>, p0: V2<'b>, v0: V2<'b>) -> Hit<'b> {
    let radii = V2::new(rx, ry);
    let unit = circle(
        center.divide(radii),
        rx.builder().num(1.0),
        p0.divide(radii),
        v0.divide(radii),
    );
    let point = unit.point.multiply(radii);
    let normal = V2::new(
        ry / rx * (point.x - center.x),
        rx / ry * (point.y - center.y),
    )
    .normalize();
    Hit { point, normal }
}

/// A segment from `a` to `b`; the normal is `rot90(b − a)` normalised.
pub fn segment<'b>(a: V2<'b>, b: V2<'b>, p: V2<'b>, v: V2<'b>) -> Hit<'b> {
    let u = b - a;
    let w = p - a;
    let d = v.cross(u);
    let s = v.cross(w) / d;
    let t = u.cross(w) / d;
    let misses = t.lt(0.0).or(s.lt(0.0)).or(s.gt(1.0));
    let along = t.lt(0.0).select(
        f64::INFINITY,
        s.lt(0.0)
            .select(f64::INFINITY, s.gt(1.0).select(f64::INFINITY, t)),
    );
    let n = u.rot90().normalize();
    Hit {
        point: p + v * along,
        normal: V2::new(misses.select(0.0, n.x), misses.select(0.0, n.y)),
    }
}

/// A rectangle given by its corners, taken as axis-aligned.
pub fn rect<'b>(corners: Corners<'b>, p: V2<'b>, v: V2<'b>) -> Hit<'b> {
    axis_aligned_rect(
        corners.top_left.x,
        corners.top_right.x,
        corners.bottom_left.y,
        corners.top_left.y,
        p,
        v,
    )
}

fn axis_aligned_rect<'b>(
    x0: Num<'b>,
    x1: Num<'b>,
    y0: Num<'b>,
    y1: Num<'b>,
    p: V2<'b>,
    v: V2<'b>,
) -> Hit<'b> {
    let corners = [
        V2::new(x0, y0),
        V2::new(x1, y0),
        V2::new(x1, y1),
        V2::new(x0, y1),
        V2::new(x0, y0),
    ];
    let hits: Vec<Hit<'b>> = corners
        .windows(2)
        .map(|edge| segment(edge[0], edge[1], p, v))
        .collect();
    nearest(&hits, p, f64::INFINITY)
}

/// The nearest hit of `hits`; before the first, the point is infinite and
/// the normal is `initial_normal` in both coordinates.
fn nearest<'b>(hits: &[Hit<'b>], p: V2<'b>, initial_normal: f64) -> Hit<'b> {
    let builder = p.x.builder();
    let infinity = builder.num(f64::INFINITY);
    let initial = builder.num(initial_normal);
    let mut best = Hit {
        point: V2::new(infinity, infinity),
        normal: V2::new(initial, initial),
    };
    let mut best_distance = infinity;
    for hit in hits {
        let distance = p.dist(hit.point);
        best_distance = best_distance.lt(distance).select(best_distance, distance);
        let take = best_distance.equals(distance);
        best = Hit {
            point: V2::select(take, hit.point, best.point),
            normal: V2::select(take, hit.normal, best.normal),
        };
    }
    best
}

/// A chain of segments, closed back to its start if `closed`.
pub fn polyline<'b>(points: &[V2<'b>], closed: bool, p: V2<'b>, v: V2<'b>) -> Hit<'b> {
    let mut chain = points.to_vec();
    if closed && let Some(&first) = points.first() {
        chain.push(first);
    }
    let hits: Vec<Hit<'b>> = chain
        .windows(2)
        .map(|edge| segment(edge[0], edge[1], p, v))
        .collect();
    nearest(&hits, p, 0.0)
}

/// The nearest hit over a group's members.
pub fn group<'b>(
    members: &[&Shape],
    p: V2<'b>,
    v: V2<'b>,
    scene: Scene<'b>,
) -> Result<Hit<'b>, FunctionError> {
    let hits = members
        .iter()
        .map(|member| ray_intersect(member, p, v, scene))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(nearest(&hits, p, f64::INFINITY))
}
