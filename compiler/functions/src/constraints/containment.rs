//! `contains` (spec §7.6) and the containment constraints it dispatches
//! to, for circles, polygons, points and axis-aligned rectangles given by
//! their corners `[TR, TL, BL, BR]`. Pairs without a rule are compared by
//! their bounding boxes (stroke included), with a warning.

use super::Answer;
use crate::args::Args;
use crate::error::{FunctionError, FunctionWarning};
use crate::expr::{Builder, Num, V2};
use crate::geometry::bbox::{BBox, Corners};
use crate::geometry::convex_partition::convex_partitions;
use crate::geometry::minkowski::contains_convex_polygon_point;
use crate::geometry::{Scene, bbox, properties};
use kite_graph::Shape;
use kite_library::{Property, ShapeKind};

pub fn call<'b>(
    name: &str,
    args: &Args<'_, 'b>,
    warnings: &mut Vec<FunctionWarning>,
) -> Answer<'b> {
    let builder = args.builder();
    Some(match name {
        "contains" => contains_call(args, warnings),
        "containsCircles" => with(args, |a| {
            Ok(circles(
                a.point(0)?,
                a.real(1)?,
                a.point(2)?,
                a.real(3)?,
                a.real(4)?,
            ))
        }),
        "containsPolys" => with(args, |a| {
            polys(builder, &a.points(0)?, &a.points(1)?, a.real(2)?).map_err(|e| e.in_argument(0))
        }),
        "containsPolyCircle" => with(args, |a| {
            poly_circle(builder, &a.points(0)?, a.point(1)?, a.real(2)?, a.real(3)?)
                .map_err(|e| e.in_argument(0))
        }),
        "containsPolyPoint" => with(args, |a| {
            poly_point(builder, &a.points(0)?, a.point(1)?, a.real(2)?)
                .map_err(|e| e.in_argument(0))
        }),
        "containsCirclePoint" => with(args, |a| {
            Ok(circle_point(
                a.point(0)?,
                a.real(1)?,
                a.point(2)?,
                a.real(3)?,
            ))
        }),
        "containsCirclePoly" => with(args, |a| {
            Ok(circle_poly(
                builder,
                a.point(0)?,
                a.real(1)?,
                &a.points(2)?,
                a.real(3)?,
            ))
        }),
        "containsCircleRect" => with(args, |a| {
            // The padding must be a number, though the rule ignores it.
            a.real(3)?;
            Ok(circle_rect(a.point(0)?, a.real(1)?, a.corners(2)?))
        }),
        "containsRectCircle" => with(args, |a| {
            Ok(rect_circle(
                a.corners(0)?,
                a.point(1)?,
                a.real(2)?,
                a.real(3)?,
            ))
        }),
        "containsRects" => with(args, |a| {
            Ok(rects(a.corners(0)?, a.corners(1)?, a.real(2)?))
        }),
        _ => return None,
    })
}

/// A number computed from the arguments.
fn with<'a, 'b>(
    args: &Args<'a, 'b>,
    compute: impl FnOnce(&Args<'a, 'b>) -> Result<Num<'b>, FunctionError>,
) -> Result<Num<'b>, FunctionError> {
    compute(args)
}

/// A containment measure, and whether it was approximated by bounding
/// boxes.
struct Containment<'b> {
    value: Num<'b>,
    approximated: bool,
}

fn contains_call<'b>(
    args: &Args<'_, 'b>,
    warnings: &mut Vec<FunctionWarning>,
) -> Result<Num<'b>, FunctionError> {
    let (s1, s2) = (args.shape(0)?, args.shape(1)?);
    let containment = contains(s1, s2, args.real(2)?, args.scene)?;
    if containment.approximated {
        warnings.push(FunctionWarning::BBoxApproximation {
            signature: format!("contains({}, {})", s1.kind.name(), s2.kind.name()),
        });
    }
    Ok(containment.value)
}

/// The §7.6 dispatch: how far `s2` is from lying inside `s1` shrunk by
/// `padding`.
fn contains<'b>(
    s1: &Shape,
    s2: &Shape,
    padding: Num<'b>,
    scene: Scene<'b>,
) -> Result<Containment<'b>, FunctionError> {
    let builder = scene.builder;
    let circle = |shape: &Shape| -> Result<(V2<'b>, Num<'b>), FunctionError> {
        Ok((
            properties::point(shape, Property::Center, builder)?,
            properties::number(shape, Property::R, builder)?,
        ))
    };
    let points = |shape: &Shape| properties::points(shape, builder);
    let corners = |shape: &Shape| Ok::<_, FunctionError>(bbox(shape, scene)?.corners());
    let value = match (s1.kind, s2.kind) {
        (ShapeKind::Circle, ShapeKind::Circle) => {
            let ((c1, r1), (c2, r2)) = (circle(s1)?, circle(s2)?);
            circles(c1, r1, c2, r2, padding)
        }
        (ShapeKind::Polygon, ShapeKind::Polygon) => {
            polys(builder, &points(s1)?, &points(s2)?, padding)?
        }
        (ShapeKind::Polygon, ShapeKind::Circle) => {
            let (c, r) = circle(s2)?;
            poly_circle(builder, &points(s1)?, c, r, padding)?
        }
        (ShapeKind::Circle, ShapeKind::Polygon) => {
            let (c, r) = circle(s1)?;
            circle_poly(builder, c, r, &points(s2)?, padding)
        }
        (ShapeKind::Circle, kind) if kind.is_rect_like() => {
            let (c, r) = circle(s1)?;
            circle_rect(c, r, corners(s2)?)
        }
        (kind, ShapeKind::Circle) if kind.is_rect_like() => {
            let (c, r) = circle(s2)?;
            rect_circle(corners(s1)?, c, r, padding)
        }
        (ShapeKind::Group, _) => return group(s1, s2, padding, scene),
        (k1, k2) if k1.is_rect_like() && k2.is_rect_like() => {
            rects(corners(s1)?, corners(s2)?, padding)
        }
        _ => {
            return Ok(Containment {
                value: rects(corners(s1)?, corners(s2)?, padding),
                approximated: true,
            });
        }
    };
    Ok(Containment {
        value,
        approximated: false,
    })
}

/// A Group contains `s2` when one of its members does and, if it is
/// clipped, its clip shape does too (checked without padding, as Penrose
/// does).
fn group<'b>(
    group: &Shape,
    s2: &Shape,
    padding: Num<'b>,
    scene: Scene<'b>,
) -> Result<Containment<'b>, FunctionError> {
    let members = properties::members(group, scene)?
        .into_iter()
        .map(|member| contains(member, s2, padding, scene))
        .collect::<Result<Vec<_>, _>>()?;
    let values: Vec<Num<'b>> = members.iter().map(|member| member.value).collect();
    let nearest = scene.builder.min_of(&values);
    let approximated = members.iter().any(|member| member.approximated);
    match properties::clip_shape(group, scene)? {
        None => Ok(Containment {
            value: nearest,
            approximated,
        }),
        Some(clip) => {
            let clipped = contains(clip, s2, scene.builder.num(0.0), scene)?;
            Ok(Containment {
                value: both(nearest, clipped.value),
                approximated: approximated || clipped.approximated,
            })
        }
    }
}

/// Both constraints at once: `√(relu(a)² + relu(b)²)`.
fn both<'b>(a: Num<'b>, b: Num<'b>) -> Num<'b> {
    let relu = |x: Num<'b>| x.lt(0.0).select(0.0, x);
    (relu(a).square() + relu(b).square()).sqrt()
}

/// `‖c1 − c2‖ − (r1 − r2 − padding)`.
pub fn circles<'b>(c1: V2<'b>, r1: Num<'b>, c2: V2<'b>, r2: Num<'b>, padding: Num<'b>) -> Num<'b> {
    c1.dist(c2) - (r1 - r2 - padding)
}

/// The largest over the convex parts of the polygon of how far `point` is
/// outside the part shrunk by `padding`: like Penrose, every part must
/// contain the point.
pub fn poly_point<'b>(
    builder: &'b Builder,
    points: &[V2<'b>],
    point: V2<'b>,
    padding: Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let parts = convex_partitions(points)?;
    Ok(parts_point(builder, &parts, point, padding))
}

fn parts_point<'b>(
    builder: &'b Builder,
    parts: &[Vec<V2<'b>>],
    point: V2<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    let outside: Vec<Num<'b>> = parts
        .iter()
        .map(|part| contains_convex_polygon_point(part, point, padding))
        .collect();
    builder.max_of(&outside)
}

/// Every vertex of the second polygon inside the first.
pub fn polys<'b>(
    builder: &'b Builder,
    points1: &[V2<'b>],
    points2: &[V2<'b>],
    padding: Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let parts = convex_partitions(points1)?;
    let outside: Vec<Num<'b>> = points2
        .iter()
        .map(|&point| parts_point(builder, &parts, point, padding))
        .collect();
    Ok(builder.max_of(&outside))
}

/// The circle's centre inside the polygon shrunk by `padding + r`.
pub fn poly_circle<'b>(
    builder: &'b Builder,
    points: &[V2<'b>],
    center: V2<'b>,
    radius: Num<'b>,
    padding: Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    poly_point(builder, points, center, padding + radius)
}

/// `‖point − c‖ + padding − r`.
pub fn circle_point<'b>(
    center: V2<'b>,
    radius: Num<'b>,
    point: V2<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    point.dist(center) + padding - radius
}

/// Every vertex of the polygon inside the circle.
pub fn circle_poly<'b>(
    builder: &'b Builder,
    center: V2<'b>,
    radius: Num<'b>,
    points: &[V2<'b>],
    padding: Num<'b>,
) -> Num<'b> {
    let outside: Vec<Num<'b>> = points
        .iter()
        .map(|&point| circle_point(center, radius, point, padding))
        .collect();
    builder.max_of(&outside)
}

/// Penrose's crude rule: the rectangle as the circle about its centre
/// whose radius is its larger side; no padding.
pub fn circle_rect<'b>(center: V2<'b>, radius: Num<'b>, rect: Corners<'b>) -> Num<'b> {
    let b = BBox::from_points(&rect.to_array()).expect("four corners");
    let zero = radius.builder().num(0.0);
    circles(center, radius, b.center, b.width.max(b.height), zero)
}

/// The larger of the x and y violations of the circle's centre against
/// the rectangle shrunk by `r + padding`.
pub fn rect_circle<'b>(
    rect: Corners<'b>,
    center: V2<'b>,
    radius: Num<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    let (top_left, bottom_right) = (rect.top_left, rect.bottom_right);
    let half_width = 0.5 * (bottom_right.x - top_left.x);
    let half_height = 0.5 * (top_left.y - bottom_right.y);
    let rect_center = (top_left + bottom_right) / 2.0;
    let offset = center - rect_center;
    let x = offset.x.abs() - (half_width - radius - padding);
    let y = offset.y.abs() - (half_height - radius - padding);
    x.max(y)
}

/// The sum over the four sides of the squared amount by which `rect2`
/// (grown by `padding`) crosses the side of `rect1`.
pub fn rects<'b>(rect1: Corners<'b>, rect2: Corners<'b>, padding: Num<'b>) -> Num<'b> {
    let (left1, right1) = (rect1.top_left.x, rect1.bottom_right.x);
    let (bottom1, top1) = (rect1.bottom_right.y, rect1.top_left.y);
    let (left2, right2) = (rect2.top_left.x, rect2.bottom_right.x);
    let (bottom2, top2) = (rect2.bottom_right.y, rect2.top_left.y);
    let beyond =
        |inner: Num<'b>, outer: Num<'b>| inner.lt(outer).select(0.0, (inner - outer).square());
    beyond(left1, left2 - padding)
        + beyond(right2 + padding, right1)
        + beyond(bottom1, bottom2 - padding)
        + beyond(top2 + padding, top1)
}
