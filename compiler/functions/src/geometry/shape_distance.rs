//! The signed distance between two shapes (spec §7.5): positive is the
//! gap, negative the depth of overlap. Pairs without an exact rule fall
//! back to their bounding boxes, and say so.

use super::Scene;
use super::bbox::{BBox, Corners, bbox, rect_like_bbox};
use super::convex_partition::convex_partitions;
use super::minkowski::{
    overlapping_polygon_ellipse, overlapping_polygon_points, rect_line_dist, rectangle_difference,
    rectangle_signed_distance,
};
use super::properties;
use super::signed_distance;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, V2};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

/// A shape–shape distance, and whether it was approximated by bounding
/// boxes.
#[derive(Clone, Copy, Debug)]
pub struct ShapeDistance<'b> {
    pub value: Num<'b>,
    pub approximated: bool,
}

fn is_poly_like(kind: ShapeKind) -> bool {
    matches!(kind, ShapeKind::Polygon | ShapeKind::Polyline)
}

fn exact(value: Num<'_>) -> ShapeDistance<'_> {
    ShapeDistance {
        value,
        approximated: false,
    }
}

/// The signed distance between `s1` and `s2`.
pub fn shape_distance<'b>(
    s1: &Shape,
    s2: &Shape,
    scene: Scene<'b>,
) -> Result<ShapeDistance<'b>, FunctionError> {
    let builder = scene.builder;
    let (t1, t2) = (s1.kind, s2.kind);
    let rect_corners = |shape: &Shape| -> Result<Corners<'b>, FunctionError> {
        Ok(rect_like_bbox(properties::rect_frame(shape, builder)?).corners())
    };
    let circle = |shape: &Shape| -> Result<(V2<'b>, Num<'b>), FunctionError> {
        Ok((
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::R, builder)?,
        ))
    };
    let ellipse = |shape: &Shape| -> Result<(V2<'b>, Num<'b>, Num<'b>), FunctionError> {
        Ok((
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::Rx, builder)?,
            properties::number(shape, Property::Ry, builder)?,
        ))
    };
    let line = |shape: &Shape| properties::endpoints(shape, builder);
    let points = |shape: &Shape| properties::points(shape, builder);
    let value = match (t1, t2) {
        (ShapeKind::Circle, ShapeKind::Circle) => {
            let ((c1, r1), (c2, r2)) = (circle(s1)?, circle(s2)?);
            circles(c1, r1, c2, r2)
        }
        _ if t1.is_rect_like() && t2.is_rect_like() => rects(rect_corners(s1)?, rect_corners(s2)?),
        (_, ShapeKind::Line) if t1.is_rect_like() => {
            let [start, end] = line(s2)?;
            rect_line(rect_corners(s1)?, start, end)
        }
        (ShapeKind::Line, _) if t2.is_rect_like() => {
            let [start, end] = line(s1)?;
            rect_line(rect_corners(s2)?, start, end)
        }
        _ if is_poly_like(t1) && is_poly_like(t2) => polys(builder, &points(s1)?, &points(s2)?)?,
        (_, ShapeKind::Circle) if t1.is_rect_like() => {
            let (c, r) = circle(s2)?;
            rect_circle(rect_corners(s1)?, c, r)
        }
        (ShapeKind::Circle, _) if t2.is_rect_like() => {
            let (c, r) = circle(s1)?;
            rect_circle(rect_corners(s2)?, c, r)
        }
        (_, ShapeKind::Ellipse) if is_poly_like(t1) => {
            let (c, rx, ry) = ellipse(s2)?;
            poly_ellipse(builder, &points(s1)?, c, rx, ry)?
        }
        (ShapeKind::Ellipse, _) if is_poly_like(t2) => {
            let (c, rx, ry) = ellipse(s1)?;
            poly_ellipse(builder, &points(s2)?, c, rx, ry)?
        }
        (ShapeKind::Circle, ShapeKind::Line) => {
            let ((c, r), [start, end]) = (circle(s1)?, line(s2)?);
            circle_line(c, r, start, end)
        }
        (ShapeKind::Line, ShapeKind::Circle) => {
            let ((c, r), [start, end]) = (circle(s2)?, line(s1)?);
            circle_line(c, r, start, end)
        }
        (ShapeKind::Line, ShapeKind::Line) => {
            let ([start1, end1], [start2, end2]) = (line(s1)?, line(s2)?);
            lines(start1, end1, start2, end2)?
        }
        (ShapeKind::Polyline, ShapeKind::Circle) => {
            let (c, r) = circle(s2)?;
            circle_polyline(builder, c, r, &points(s1)?)
        }
        (ShapeKind::Circle, ShapeKind::Polyline) => {
            let (c, r) = circle(s1)?;
            circle_polyline(builder, c, r, &points(s2)?)
        }
        (ShapeKind::Polyline, _) if t2.is_rect_like() => {
            rect_like_polyline(builder, bbox(s2, scene)?.corners(), &points(s1)?)
        }
        (_, ShapeKind::Polyline) if t1.is_rect_like() => {
            rect_like_polyline(builder, bbox(s1, scene)?.corners(), &points(s2)?)
        }
        _ => {
            return Ok(ShapeDistance {
                value: rects(bbox(s1, scene)?.corners(), bbox(s2, scene)?.corners()),
                approximated: true,
            });
        }
    };
    Ok(exact(value))
}

/// `‖c1 − c2‖ − (r1 + r2)`.
pub fn circles<'b>(c1: V2<'b>, r1: Num<'b>, c2: V2<'b>, r2: Num<'b>) -> Num<'b> {
    c1.dist(c2) - (r1 + r2)
}

/// Between two axis-aligned rectangles given by their corners.
pub fn rects<'b>(rect1: Corners<'b>, rect2: Corners<'b>) -> Num<'b> {
    let zero = rect1.top_left.x.builder().num(0.0);
    let [bottom_left, top_right] = rectangle_difference(rect1, rect2, zero);
    rectangle_signed_distance(bottom_left, top_right)
}

/// The box around a rectangle's corners.
fn corner_box(rect: Corners<'_>) -> BBox<'_> {
    BBox::from_points(&rect.to_array()).expect("four corners")
}

/// Between an axis-aligned rectangle and a segment.
pub fn rect_line<'b>(rect: Corners<'b>, start: V2<'b>, end: V2<'b>) -> Num<'b> {
    let bbox = corner_box(rect);
    let half = V2::new(bbox.width / 2.0, bbox.height / 2.0);
    rect_line_dist(bbox.center - half, bbox.center + half, start, end)
}

/// Between an axis-aligned rectangle and the nearest segment of a polyline.
pub fn rect_like_polyline<'b>(
    builder: &'b Builder,
    rect: Corners<'b>,
    points: &[V2<'b>],
) -> Num<'b> {
    points
        .windows(2)
        .fold(builder.num(f64::INFINITY), |nearest, segment| {
            nearest.min(rect_line_dist(
                rect.bottom_left,
                rect.top_right,
                segment[0],
                segment[1],
            ))
        })
}

/// Between two simple polygons, over their convex parts.
pub fn polys<'b>(
    builder: &'b Builder,
    points1: &[V2<'b>],
    points2: &[V2<'b>],
) -> Result<Num<'b>, FunctionError> {
    overlapping_polygon_points(builder, points1, points2, builder.num(0.0))
}

/// Between an axis-aligned rectangle and a circle.
pub fn rect_circle<'b>(rect: Corners<'b>, center: V2<'b>, radius: Num<'b>) -> Num<'b> {
    let bbox = corner_box(rect);
    let half = V2::new(bbox.width / 2.0, bbox.height / 2.0);
    let offset = bbox.center - center;
    rectangle_signed_distance(offset - half, offset + half) - radius
}

/// Between a simple polygon and an axis-aligned ellipse, over the
/// polygon's convex parts.
pub fn poly_ellipse<'b>(
    builder: &'b Builder,
    points: &[V2<'b>],
    center: V2<'b>,
    rx: Num<'b>,
    ry: Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let zero = builder.num(0.0);
    let distances: Vec<Num<'b>> = convex_partitions(points)?
        .iter()
        .map(|part| overlapping_polygon_ellipse(part, center, rx, ry, zero))
        .collect();
    Ok(builder.min_of(&distances))
}

/// The distance from a circle's centre to a segment, minus its radius.
pub fn circle_line<'b>(center: V2<'b>, radius: Num<'b>, start: V2<'b>, end: V2<'b>) -> Num<'b> {
    let u = center - start;
    let v = end - start;
    let h = u.x.builder().num(0.0).max((u.dot(v) / v.dot(v)).min(1.0));
    (u - v * h).norm() - radius
}

/// Between a circle and the nearest segment of a polyline.
pub fn circle_polyline<'b>(
    builder: &'b Builder,
    center: V2<'b>,
    radius: Num<'b>,
    points: &[V2<'b>],
) -> Num<'b> {
    points
        .windows(2)
        .fold(builder.num(f64::INFINITY), |nearest, segment| {
            nearest.min(circle_line(center, radius, segment[0], segment[1]))
        })
}

/// Between two segments: the signed distance from the origin to their
/// Minkowski difference, a parallelogram.
pub fn lines<'b>(
    start1: V2<'b>,
    end1: V2<'b>,
    start2: V2<'b>,
    end2: V2<'b>,
) -> Result<Num<'b>, FunctionError> {
    let origin = V2::new(start1.x.builder().num(0.0), start1.x.builder().num(0.0));
    signed_distance::polygon(
        &[start1 - start2, start1 - end2, end1 - end2, end1 - start2],
        origin,
    )
}
