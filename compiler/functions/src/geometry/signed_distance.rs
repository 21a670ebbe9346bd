//! Signed distances from a point to shapes: negative inside, positive
//! outside (after Inigo Quilez's 2D distance functions).

use super::Scene;
use super::bbox::{Corners, bbox};
use super::properties::{self, unsupported};
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

/// The signed distance from `p` to `shape`: rect-likes by their bounding
/// box, Polygons exactly, Lines and Polylines unsigned, Groups by their
/// nearest member.
pub fn signed_distance<'b>(
    shape: &Shape,
    p: V2<'b>,
    scene: Scene<'b>,
) -> Result<Num<'b>, FunctionError> {
    let builder = scene.builder;
    match shape.kind {
        kind if kind.is_rect_like() => Ok(rect(bbox(shape, scene)?.corners(), p)),
        ShapeKind::Circle => Ok(circle(
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::R, builder)?,
            p,
        )),
        ShapeKind::Polygon => polygon(&properties::points(shape, builder)?, p),
        ShapeKind::Line => {
            let [start, end] = properties::endpoints(shape, builder)?;
            Ok(segment(start, end, p))
        }
        ShapeKind::Polyline => Ok(polyline(&properties::points(shape, builder)?, p)),
        ShapeKind::Group => group(&properties::members(shape, scene)?, p, scene),
        _ => Err(unsupported(shape, "signedDistance")),
    }
}

/// To an axis-aligned rectangle given by its corners.
pub fn rect<'b>(corners: Corners<'b>, p: V2<'b>) -> Num<'b> {
    let Corners {
        top_right,
        top_left,
        bottom_left,
        ..
    } = corners;
    let center = (top_right + bottom_left) * 0.5;
    let half_size = V2::new(
        (top_right.x - top_left.x) / 2.0,
        (top_left.y - bottom_left.y) / 2.0,
    );
    let d = (p - center).abs() - half_size;
    V2::new(d.x.max(0.0), d.y.max(0.0)).norm() + d.x.max(d.y).min(0.0)
}

pub fn circle<'b>(center: V2<'b>, radius: Num<'b>, p: V2<'b>) -> Num<'b> {
    (p - center).norm() - radius
}

/// To a simple polygon, exactly: the winding of the edges decides the sign.
pub fn polygon<'b>(points: &[V2<'b>], p: V2<'b>) -> Result<Num<'b>, FunctionError> {
    let (&first, _) = points
        .split_first()
        .ok_or_else(|| FunctionError::new("a polygon needs at least one point"))?;
    let mut distance = (p - first).dot(p - first);
    let mut sign = first.x.builder().num(1.0);
    let mut j = points.len() - 1;
    for (i, &vertex) in points.iter().enumerate() {
        let edge = points[j] - vertex;
        let w = p - vertex;
        let t = (w.dot(edge) / edge.dot(edge)).clamp(0.0, 1.0);
        let b = w - edge * t;
        distance = distance.min(b.dot(b));
        let above = p.y.ge(vertex.y);
        let below_next = p.y.lt(points[j].y);
        let left = (edge.x * w.y).gt(edge.y * w.x);
        let all = above.and(below_next).and(left);
        let none = (!above).and(!below_next).and(!left);
        sign = all.or(none).select(-1.0 * sign, sign);
        j = i;
    }
    Ok(sign * distance.sqrt())
}

/// To an axis-aligned ellipse (closed form of Quilez's `sdEllipse`).
pub fn ellipse<'b>(center: V2<'b>, rx: Num<'b>, ry: Num<'b>, point: V2<'b>) -> Num<'b> {
    let unswizzled = (point - center).abs();
    let swap = unswizzled.x.gt(unswizzled.y);
    let p = V2::new(
        swap.select(unswizzled.y, unswizzled.x),
        swap.select(unswizzled.x, unswizzled.y),
    );
    let ab = V2::new(swap.select(ry, rx), swap.select(rx, ry));
    let l = ab.y.square() - ab.x.square();
    let m = ab.x * p.x / l;
    let m2 = m.square();
    let n = ab.y * p.y / l;
    let n2 = n.square();
    let c = (m2 + n2 - 1.0) / 3.0;
    let c3 = c * c * c;
    let q = c3 + m2 * (n2 * 2.0);
    let d = c3 + m2 * n2;
    let g = m + m * n2;

    let sqrt3 = l.builder().num(3.0).sqrt();
    let h_if = (q / c3).acos() / 3.0;
    let s_if = h_if.cos() + 2.0;
    let t_if = h_if.sin() * sqrt3;
    let rx_if = (m2 - c * (s_if + t_if)).sqrt();
    let ry_if = (m2 - c * (s_if - t_if)).sqrt();
    let co_if = ry_if + l.sign() * rx_if + g.abs() / (rx_if * ry_if);

    let h = 2.0 * (m * (n * d.sqrt()));
    let one_third = 1.0 / 3.0;
    let s = (q + h).msign() * (q + h).abs().pow(one_third);
    let t = (q - h).msign() * (q - h).abs().pow(one_third);
    let rx_else = -(s + t) - c * 4.0 + 2.0 * m2;
    let ry_else = (s - t) * sqrt3;
    let rm = (rx_else.square() + ry_else.square()).sqrt();
    let co_else = ry_else / (rm - rx_else).sqrt() + 2.0 * (g / rm);

    let co = (d.lt(0.0).select(co_if, co_else) - m) / 2.0;
    let si = (1.0 - co.square()).max(0.0).sqrt();
    let r = ab.multiply(V2::new(co, si));
    (r - p).norm() * (p.y - r.y).msign()
}

/// To a segment (never negative).
pub fn segment<'b>(start: V2<'b>, end: V2<'b>, p: V2<'b>) -> Num<'b> {
    let pa = p - start;
    let ba = end - start;
    let h = (pa.dot(ba) / ba.dot(ba)).clamp(0.0, 1.0);
    (pa - ba * h).norm()
}

/// To the nearest segment of a polyline (`∞` for fewer than two points).
pub fn polyline<'b>(points: &[V2<'b>], p: V2<'b>) -> Num<'b> {
    let builder = p.x.builder();
    let distances: Vec<Num<'b>> = points
        .windows(2)
        .map(|pair| segment(pair[0], pair[1], p))
        .collect();
    builder.min_of(&distances)
}

/// To the nearest member of a group.
pub fn group<'b>(
    members: &[&Shape],
    p: V2<'b>,
    scene: Scene<'b>,
) -> Result<Num<'b>, FunctionError> {
    let distances = members
        .iter()
        .map(|member| signed_distance(member, p, scene))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(scene.builder.min_of(&distances))
}
