//! Point queries against a shape or a described primitive: ray
//! intersections (`rayIntersect*`), closest points (`closestPoint*`) and
//! silhouette points (`closestSilhouette*`).

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use crate::geometry::bbox::Corners;
use crate::geometry::ray::{self, Hit};
use crate::geometry::{closest, silhouette};
use crate::values::{float, point};
use kite_graph::{Shape, Value};

/// What a query is asked about: a shape argument, or a primitive spelled
/// out in the arguments (the suffix of the function's name).
enum Target<'b> {
    Shape(&'b Shape),
    Circle(V2<'b>, Num<'b>),
    Ellipse(V2<'b>, Num<'b>, Num<'b>),
    Line(V2<'b>, V2<'b>),
    Rect(Corners<'b>),
    Poly(Vec<V2<'b>>, bool),
    Polyline(Vec<V2<'b>>),
    Polygon(Vec<V2<'b>>),
    Group(Vec<&'b Shape>),
}

/// The suffixes of the ray and closest-point families.
const RAY_TARGETS: &[&str] = &["", "Circle", "Ellipse", "Line", "Rect", "Poly", "Group"];
/// The suffixes of the silhouette family.
const SILHOUETTE_TARGETS: &[&str] = &[
    "", "Circle", "Ellipse", "Line", "Rect", "Polyline", "Polygon", "Group",
];

/// The target named by `suffix`, if the family has it, and the index of
/// the argument after it.
fn target<'b>(
    args: &Args<'_, 'b>,
    suffix: &str,
    family: &[&str],
) -> Option<Result<(Target<'b>, usize), FunctionError>> {
    let parsed = || -> Result<(Target<'b>, usize), FunctionError> {
        Ok(match suffix {
            "" => (Target::Shape(args.shape(0)?), 1),
            "Circle" => (Target::Circle(args.point(0)?, args.real(1)?), 2),
            "Ellipse" => (
                Target::Ellipse(args.point(0)?, args.real(1)?, args.real(2)?),
                3,
            ),
            "Line" => (Target::Line(args.point(0)?, args.point(1)?), 2),
            "Rect" => (Target::Rect(args.corners(0)?), 1),
            "Poly" => (Target::Poly(args.points(0)?, args.boolean(1)?), 2),
            "Polyline" => (Target::Polyline(args.points(0)?), 1),
            "Polygon" => (Target::Polygon(args.points(0)?), 1),
            _ => (Target::Group(args.shapes(0)?), 1),
        })
    };
    family.contains(&suffix).then(parsed)
}

/// What a ray query returns.
#[derive(Clone, Copy)]
enum RayAnswer {
    Point,
    Distance,
    Normal,
}

pub fn call(name: &str, args: &Args) -> Answer {
    if let Some(rest) = name.strip_prefix("rayIntersect") {
        let (answer, suffix) = if let Some(suffix) = rest.strip_prefix("Normal") {
            (RayAnswer::Normal, suffix)
        } else if let Some(suffix) = rest.strip_suffix("Distance") {
            (RayAnswer::Distance, suffix)
        } else {
            (RayAnswer::Point, rest)
        };
        return target(args, suffix, RAY_TARGETS)
            .map(|t| t.and_then(|(t, next)| ray_query(args, t, next, answer)));
    }
    if let Some(suffix) = name.strip_prefix("closestPoint") {
        return target(args, suffix, RAY_TARGETS)
            .map(|t| t.and_then(|(t, next)| closest_query(args, t, next)));
    }
    if name == "closestSilhouetteDistance" {
        return target(args, "", SILHOUETTE_TARGETS).map(|t| {
            t.and_then(|(t, next)| {
                let p = args.point(next)?;
                Ok(float(silhouette::silhouette_distance(
                    silhouette_of(args, t, p)?,
                    p,
                )))
            })
        });
    }
    if let Some(suffix) = name.strip_prefix("closestSilhouettePoint") {
        return target(args, suffix, SILHOUETTE_TARGETS).map(|t| {
            t.and_then(|(t, next)| {
                let p = args.point(next)?;
                let q = match t {
                    Target::Ellipse(c, rx, ry) => closest::ellipse(c, rx, ry, p),
                    t => silhouette_of(args, t, p)?,
                };
                Ok(point(silhouette::silhouette_or_origin(q, p)))
            })
        });
    }
    None
}

fn ray_query(
    args: &Args,
    target: Target,
    next: usize,
    answer: RayAnswer,
) -> Result<Value, FunctionError> {
    let (p, v) = (args.point(next)?, args.point(next + 1)?);
    let hit: Hit = match target {
        Target::Shape(shape) => {
            ray::ray_intersect(shape, p, v, args.scene).map_err(|e| e.in_argument(0))?
        }
        Target::Circle(c, r) => ray::circle(c, r, p, v),
        Target::Ellipse(c, rx, ry) => ray::ellipse(c, rx, ry, p, v),
        Target::Line(start, end) => ray::segment(start, end, p, v),
        Target::Rect(corners) => ray::rect(corners, p, v),
        Target::Poly(points, closed) => ray::polyline(&points, closed, p, v),
        Target::Group(members) => {
            ray::group(&members, p, v, args.scene).map_err(|e| e.in_argument(0))?
        }
        Target::Polyline(_) | Target::Polygon(_) => {
            return Err(FunctionError::new(
                "ray queries take Poly, not Polyline or Polygon",
            ));
        }
    };
    Ok(match answer {
        RayAnswer::Point => point(ray::hit_or_origin(hit, p)),
        RayAnswer::Distance => float(ray::hit_distance(hit, p)),
        RayAnswer::Normal => point(ray::hit_normal(hit, p)),
    })
}

fn closest_query(args: &Args, target: Target, next: usize) -> Result<Value, FunctionError> {
    let p = args.point(next)?;
    Ok(point(match target {
        Target::Shape(shape) => {
            closest::closest_point(shape, p, args.scene).map_err(|e| e.in_argument(0))?
        }
        Target::Circle(c, r) => closest::circle(c, r, p),
        Target::Ellipse(c, rx, ry) => closest::ellipse(c, rx, ry, p),
        Target::Line(start, end) => closest::segment(start, end, p),
        Target::Rect(corners) => closest::rect(corners, p),
        Target::Poly(points, closed) => closest::polyline(&points, closed, p),
        Target::Group(members) => {
            closest::group(&members, p, args.scene).map_err(|e| e.in_argument(0))?
        }
        Target::Polyline(_) | Target::Polygon(_) => {
            return Err(FunctionError::new(
                "closest-point queries take Poly, not Polyline or Polygon",
            ));
        }
    }))
}

/// The raw silhouette point (at infinity if there is none).
fn silhouette_of<'b>(
    args: &Args<'_, 'b>,
    target: Target<'b>,
    p: V2<'b>,
) -> Result<V2<'b>, FunctionError> {
    Ok(match target {
        Target::Shape(shape) => silhouette::closest_silhouette_point(shape, p, args.scene)
            .map_err(|e| e.in_argument(0))?,
        Target::Circle(c, r) => silhouette::ellipse(c, r, r, p),
        Target::Ellipse(c, rx, ry) => silhouette::ellipse(c, rx, ry, p),
        Target::Line(start, end) => silhouette::segment(start, end, p),
        Target::Rect(corners) => silhouette::rect(corners, p),
        Target::Polyline(points) => silhouette::polyline(&points, p),
        Target::Polygon(points) => silhouette::polygon(&points, p),
        Target::Group(members) => {
            silhouette::group(&members, p, args.scene).map_err(|e| e.in_argument(0))?
        }
        Target::Poly(..) => {
            return Err(FunctionError::new(
                "silhouette queries take Polyline or Polygon, not Poly",
            ));
        }
    })
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close, float_value, numbers};
    use kite_library::Property;

    /// Ray queries step along `v / (‖v‖ + 1e-5)`, so hits are only close.
    fn assert_near(actual: &[f64], expected: &[f64]) {
        let near = actual
            .iter()
            .zip(expected)
            .all(|(a, e)| (a - e).abs() < 1e-3);
        assert!(
            near && actual.len() == expected.len(),
            "{actual:?} vs {expected:?}"
        );
    }
    use kite_graph::Value;
    use kite_library::ShapeKind;

    #[test]
    fn rays_hit_shapes() {
        let mut h = Harness::new();
        let p = h.vector(&[-5.0, 0.0]);
        let right = h.vector(&[1.0, 0.0]);
        let away = h.vector(&[-1.0, 1.0]);
        let shapes = [
            (h.circle((0.0, 0.0), 1.0), -1.0),
            (h.rectangle((0.0, 0.0), 2.0, 2.0), -1.0),
            (h.ellipse((0.0, 0.0), 2.0, 1.0), -2.0),
            (h.line((0.0, -1.0), (0.0, 1.0)), 0.0),
            (
                h.poly(
                    ShapeKind::Polygon,
                    &[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)],
                ),
                -1.0,
            ),
            (
                h.poly(ShapeKind::Polyline, &[(-1.0, -1.0), (-1.0, 1.0)]),
                -1.0,
            ),
        ];
        for (shape, x) in shapes {
            let hit = h
                .call("rayIntersect", &[shape.clone(), p.clone(), right.clone()])
                .unwrap();
            assert_near(&numbers(&h, &hit), &[x, 0.0]);
            let distance = h
                .call(
                    "rayIntersectDistance",
                    &[shape.clone(), p.clone(), right.clone()],
                )
                .unwrap();
            assert!((float_value(&h, &distance) - (x + 5.0)).abs() < 1e-3);
            let normal = h
                .call(
                    "rayIntersectNormal",
                    &[shape.clone(), p.clone(), right.clone()],
                )
                .unwrap();
            let n = numbers(&h, &normal);
            assert!(n[0] < -0.99 && n[1].abs() < 1e-6, "{n:?}");
            let miss = h
                .call("rayIntersect", &[shape.clone(), p.clone(), away.clone()])
                .unwrap();
            assert_close(&numbers(&h, &miss), &[-5.0, 0.0]);
            let far = h
                .call("rayIntersectDistance", &[shape, p.clone(), away.clone()])
                .unwrap();
            assert_eq!(float_value(&h, &far), f64::INFINITY);
        }
        let members = [h.circle((0.0, 0.0), 1.0), h.circle((-3.0, 0.0), 0.5)];
        let group = h.group(&members);
        let hit = h.call("rayIntersect", &[group, p, right]).unwrap();
        assert_near(&numbers(&h, &hit), &[-3.5, 0.0]);
    }

    #[test]
    fn rays_hit_primitives() {
        let mut h = Harness::new();
        let (p, v) = (h.vector(&[-5.0, 0.0]), h.vector(&[1.0, 0.0]));
        let (c, r, rx, ry) = (
            h.vector(&[0.0, 0.0]),
            h.float(1.0),
            h.float(2.0),
            h.float(1.0),
        );
        let (a, b) = (h.vector(&[0.0, -1.0]), h.vector(&[0.0, 1.0]));
        let rect = h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]);
        let square = h.points(&[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]);
        let members = [h.circle((0.0, 0.0), 1.0)];
        let ids = match h.group(&members) {
            Value::Shape(id) => h.shapes[id.index()].properties[&Property::Shapes].clone(),
            _ => unreachable!(),
        };
        let cases: Vec<(&str, Vec<Value>, f64)> = vec![
            ("Circle", vec![c.clone(), r.clone()], -1.0),
            ("Ellipse", vec![c.clone(), rx, ry], -2.0),
            ("Line", vec![a, b], 0.0),
            ("Rect", vec![rect], -1.0),
            ("Poly", vec![square, Value::Bool(true)], -1.0),
            ("Group", vec![ids], -1.0),
        ];
        for (suffix, mut args, x) in cases {
            args.extend([p.clone(), v.clone()]);
            let hit = h.call(&format!("rayIntersect{suffix}"), &args).unwrap();
            assert_near(&numbers(&h, &hit), &[x, 0.0]);
            let distance = h
                .call(&format!("rayIntersect{suffix}Distance"), &args)
                .unwrap();
            assert!(
                (float_value(&h, &distance) - (x + 5.0)).abs() < 1e-3,
                "{suffix}"
            );
            let normal = h
                .call(&format!("rayIntersectNormal{suffix}"), &args)
                .unwrap();
            assert!(numbers(&h, &normal)[0] < -0.99, "{suffix}");
        }
    }

    #[test]
    fn closest_points() {
        let mut h = Harness::new();
        let p = h.vector(&[3.0, 0.5]);
        let shapes = [
            (
                h.circle((0.0, 0.0), 1.0),
                [3.0 / 9.25f64.sqrt(), 0.5 / 9.25f64.sqrt()],
            ),
            (h.rectangle((0.0, 0.0), 2.0, 2.0), [1.0, 0.5]),
            (h.line((0.0, -1.0), (0.0, 1.0)), [0.0, 0.5]),
            (
                h.poly(
                    ShapeKind::Polygon,
                    &[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)],
                ),
                [1.0, 0.5],
            ),
            (
                h.ellipse((0.0, 0.0), 1.0, 1.0),
                [3.0 / 9.25f64.sqrt(), 0.5 / 9.25f64.sqrt()],
            ),
        ];
        for (shape, expected) in shapes {
            let closest = h.call("closestPoint", &[shape, p.clone()]).unwrap();
            let actual = numbers(&h, &closest);
            assert!(
                (actual[0] - expected[0]).abs() < 1e-3 && (actual[1] - expected[1]).abs() < 1e-3,
                "{actual:?}"
            );
        }
        let (c, r) = (h.vector(&[0.0, 0.0]), h.float(2.0));
        let on_circle = h
            .call("closestPointCircle", &[c.clone(), r.clone(), p.clone()])
            .unwrap();
        assert_close(
            &numbers(&h, &on_circle),
            &[6.0 / 9.25f64.sqrt(), 1.0 / 9.25f64.sqrt()],
        );
        let (a, b) = (h.vector(&[0.0, 0.0]), h.vector(&[2.0, 0.0]));
        let on_segment = h.call("closestPointLine", &[a, b, p.clone()]).unwrap();
        assert_close(&numbers(&h, &on_segment), &[2.0, 0.0]);
        let rect = h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]);
        let on_rect = h.call("closestPointRect", &[rect, p.clone()]).unwrap();
        assert_close(&numbers(&h, &on_rect), &[1.0, 0.5]);
        let chain = h.points(&[(0.0, 0.0), (0.0, 2.0)]);
        let on_chain = h
            .call("closestPointPoly", &[chain, Value::Bool(false), p.clone()])
            .unwrap();
        assert_close(&numbers(&h, &on_chain), &[0.0, 0.5]);
        let on_ellipse = h
            .call("closestPointEllipse", &[c, r.clone(), r, p.clone()])
            .unwrap();
        let e = numbers(&h, &on_ellipse);
        assert!((e[0].hypot(e[1]) - 2.0).abs() < 1e-6);
        let members = [h.circle((0.0, 0.0), 1.0), h.circle((3.0, 3.0), 1.0)];
        let ids = match h.group(&members) {
            Value::Shape(id) => h.shapes[id.index()].properties[&Property::Shapes].clone(),
            _ => unreachable!(),
        };
        let in_group = h.call("closestPointGroup", &[ids, p]).unwrap();
        assert_close(&numbers(&h, &in_group), &[3.0, 2.0]);
    }

    #[test]
    fn silhouettes() {
        let mut h = Harness::new();
        let p = h.vector(&[0.0, 2.0]);
        let circle = h.circle((0.0, 0.0), 1.0);
        let tangent = h
            .call("closestSilhouettePoint", &[circle.clone(), p.clone()])
            .unwrap();
        assert_close(&numbers(&h, &tangent), &[0.75f64.sqrt(), 0.5]);
        let distance = h
            .call("closestSilhouetteDistance", &[circle, p.clone()])
            .unwrap();
        assert!((float_value(&h, &distance) - 3f64.sqrt()).abs() < 1e-9);
        let rect = h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]);
        let far = h.vector(&[3.0, 0.0]);
        let corner = h
            .call("closestSilhouettePointRect", &[rect, far.clone()])
            .unwrap();
        assert_close(
            &numbers(&h, &corner)
                .iter()
                .map(|x| x.abs())
                .collect::<Vec<_>>(),
            &[1.0, 1.0],
        );
        let (a, b) = (h.vector(&[0.0, 0.0]), h.vector(&[5.0, 0.0]));
        let end = h
            .call("closestSilhouettePointLine", &[a, b, far.clone()])
            .unwrap();
        assert_close(&numbers(&h, &end), &[5.0, 0.0]);
        let chain = h.points(&[(0.0, 0.0), (1.0, 1.0), (2.0, 0.0)]);
        let on_chain = h
            .call(
                "closestSilhouettePointPolyline",
                &[chain.clone(), far.clone()],
            )
            .unwrap();
        assert_close(&numbers(&h, &on_chain), &[2.0, 0.0]);
        let triangle = h.points(&[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]);
        let on_polygon = h
            .call("closestSilhouettePointPolygon", &[triangle, far.clone()])
            .unwrap();
        assert_close(&numbers(&h, &on_polygon), &[0.0, 1.0]);
        let inside = h.vector(&[0.2, 0.3]);
        let (c, one) = (h.vector(&[0.0, 0.0]), h.float(1.0));
        let none = h
            .call(
                "closestSilhouettePointCircle",
                &[c.clone(), one.clone(), inside.clone()],
            )
            .unwrap();
        assert_close(&numbers(&h, &none), &[0.2, 0.3]);
        let ellipse = h
            .call(
                "closestSilhouettePointEllipse",
                &[c, one.clone(), one, far.clone()],
            )
            .unwrap();
        assert_close(&numbers(&h, &ellipse), &[1.0, 0.0]);
        let members = [h.circle((0.0, 0.0), 1.0)];
        let ids = match h.group(&members) {
            Value::Shape(id) => h.shapes[id.index()].properties[&Property::Shapes].clone(),
            _ => unreachable!(),
        };
        let in_group = h.call("closestSilhouettePointGroup", &[ids, p]).unwrap();
        assert_close(&numbers(&h, &in_group), &[0.75f64.sqrt(), 0.5]);
    }
}
