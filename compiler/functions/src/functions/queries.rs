//! Queries about shapes: sizes and corners, clipping, signed distances
//! from points, and distances between shapes.

use super::Answer;
use crate::args::Args;
use crate::error::{FunctionError, FunctionWarning};
use crate::expr::{Num, V2};
use crate::geometry::bbox::rect_corners;
use crate::geometry::minkowski::rect_line_dist;
use crate::geometry::{bbox, properties, shape_distance, signed_distance as sd};
use crate::values::{float, point_list};
use kite_graph::Value;
use kite_library::ShapeKind;

pub fn call(name: &str, args: &Args, warnings: &mut Vec<FunctionWarning>) -> Answer {
    Some(match name {
        "length" => line(args, 0).map(|[start, end]| float(start.dist(end))),
        "bboxPts" => args
            .shape(0)
            .and_then(|shape| bbox(shape, args.scene).map_err(|e| e.in_argument(0)))
            .map(|b| point_list(&b.corners().to_array())),
        "rectPts" => rect_pts(args),
        "noClip" => Ok(Value::ClipData(None)),
        "clip" => clip(args),
        "signedDistance" => with(args, |a| {
            let shape = a.shape(0)?;
            sd::signed_distance(shape, a.point(1)?, a.scene).map_err(|e| e.in_argument(0))
        }),
        "signedDistanceRect" => with(args, |a| Ok(sd::rect(a.corners(0)?, a.point(1)?))),
        "signedDistanceCircle" => with(args, |a| {
            Ok(sd::circle(a.point(0)?, a.real(1)?, a.point(2)?))
        }),
        "signedDistancePolygon" => with(args, |a| {
            sd::polygon(&a.points(0)?, a.point(1)?).map_err(|e| e.in_argument(0))
        }),
        "signedDistanceEllipse" => with(args, |a| {
            Ok(sd::ellipse(
                a.point(0)?,
                a.real(1)?,
                a.real(2)?,
                a.point(3)?,
            ))
        }),
        "signedDistanceLine" => with(args, |a| {
            Ok(sd::segment(a.point(0)?, a.point(1)?, a.point(2)?))
        }),
        "signedDistancePolyline" => with(args, |a| Ok(sd::polyline(&a.points(0)?, a.point(1)?))),
        "signedDistanceGroup" => with(args, |a| {
            sd::group(&a.shapes(0)?, a.point(1)?, a.scene).map_err(|e| e.in_argument(0))
        }),
        "rectLineDist" => with(args, |a| {
            Ok(rect_line_dist(
                a.point(0)?,
                a.point(1)?,
                a.point(2)?,
                a.point(3)?,
            ))
        }),
        "shapeDistance" => distance_between_shapes(args, warnings),
        "shapeDistanceCircles" => with(args, |a| {
            Ok(shape_distance::circles(
                a.point(0)?,
                a.real(1)?,
                a.point(2)?,
                a.real(3)?,
            ))
        }),
        "shapeDistanceRects" => with(args, |a| {
            Ok(shape_distance::rects(a.corners(0)?, a.corners(1)?))
        }),
        "shapeDistanceRectLine" => with(args, |a| {
            Ok(shape_distance::rect_line(
                a.corners(0)?,
                a.point(1)?,
                a.point(2)?,
            ))
        }),
        "shapeDistanceRectlikePolyline" => with(args, |a| {
            Ok(shape_distance::rect_like_polyline(
                a.builder(),
                a.corners(0)?,
                &a.points(1)?,
            ))
        }),
        "shapeDistancePolys" => with(args, |a| {
            shape_distance::polys(a.builder(), &a.points(0)?, &a.points(1)?)
        }),
        "shapeDistanceRectCircle" => with(args, |a| {
            Ok(shape_distance::rect_circle(
                a.corners(0)?,
                a.point(1)?,
                a.real(2)?,
            ))
        }),
        "shapeDistancePolyEllipse" => with(args, |a| {
            shape_distance::poly_ellipse(
                a.builder(),
                &a.points(0)?,
                a.point(1)?,
                a.real(2)?,
                a.real(3)?,
            )
        }),
        "shapeDistanceCircleLine" => with(args, |a| {
            Ok(shape_distance::circle_line(
                a.point(0)?,
                a.real(1)?,
                a.point(2)?,
                a.point(3)?,
            ))
        }),
        "shapeDistanceLines" => with(args, |a| {
            shape_distance::lines(a.point(0)?, a.point(1)?, a.point(2)?, a.point(3)?)
        }),
        _ => return None,
    })
}

/// A number computed from the arguments.
fn with<'a, 'b>(
    args: &Args<'a, 'b>,
    compute: impl FnOnce(&Args<'a, 'b>) -> Result<Num<'b>, FunctionError>,
) -> Result<Value, FunctionError> {
    compute(args).map(float)
}

/// The endpoints of the Line argument `index`.
fn line<'b>(args: &Args<'_, 'b>, index: usize) -> Result<[V2<'b>; 2], FunctionError> {
    properties::endpoints(args.shape(index)?, args.builder()).map_err(|e| e.in_argument(index))
}

/// The rotated corners `[TR, TL, BL, BR]` of a rect-like shape.
fn rect_pts(args: &Args) -> Result<Value, FunctionError> {
    let frame =
        properties::rect_frame(args.shape(0)?, args.builder()).map_err(|e| e.in_argument(0))?;
    let corners = rect_corners(frame.center, frame.width, frame.height, frame.rotation);
    Ok(point_list(&corners.to_array()))
}

/// Clipping to a shape other than a Group.
fn clip(args: &Args) -> Result<Value, FunctionError> {
    if args.shape(0)?.kind == ShapeKind::Group {
        return Err(args.error(0, "cannot be a Group: only single shapes can clip"));
    }
    match args.values.first() {
        Some(Value::Shape(id)) => Ok(Value::ClipData(Some(*id))),
        _ => Err(args.error(0, "must be a shape")),
    }
}

fn distance_between_shapes(
    args: &Args,
    warnings: &mut Vec<FunctionWarning>,
) -> Result<Value, FunctionError> {
    let (s1, s2) = (args.shape(0)?, args.shape(1)?);
    let distance = shape_distance(s1, s2, args.scene)?;
    if distance.approximated {
        warnings.push(FunctionWarning::BBoxApproximation {
            signature: format!("shapeDistance({}, {})", s1.kind.name(), s2.kind.name()),
        });
    }
    Ok(float(distance.value))
}

#[cfg(test)]
mod tests {
    use crate::FunctionWarning;
    use crate::functions::tests::{Harness, assert_rows_close, float_value, rows};
    use kite_graph::Value;
    use kite_library::ShapeKind;

    #[test]
    fn shape_measures() {
        let mut h = Harness::new();
        let line = h.line((0.0, 0.0), (3.0, 4.0));
        let length = h.call("length", &[line]).unwrap();
        assert_eq!(float_value(&h, &length), 5.0);
        let rect = h.rectangle((0.0, 0.0), 4.0, 2.0);
        let corners = h.call("bboxPts", std::slice::from_ref(&rect)).unwrap();
        assert_rows_close(
            &rows(&h, &corners),
            &[&[2.0, 1.0], &[-2.0, 1.0], &[-2.0, -1.0], &[2.0, -1.0]],
        );
        let points = h.call("rectPts", std::slice::from_ref(&rect)).unwrap();
        assert_rows_close(
            &rows(&h, &points),
            &[&[2.0, 1.0], &[-2.0, 1.0], &[-2.0, -1.0], &[2.0, -1.0]],
        );
        let clip = h.call("clip", std::slice::from_ref(&rect)).unwrap();
        assert_eq!(clip, Value::ClipData(Some(kite_graph::ShapeId(1))));
        let group = h.group(&[rect]);
        assert!(h.call("clip", &[group]).is_err());
        assert_eq!(h.call("noClip", &[]).unwrap(), Value::ClipData(None));
        let circle = h.circle((0.0, 0.0), 1.0);
        let error = h.call("rectPts", &[circle]).unwrap_err();
        assert!(
            error.message.contains("must be a Rectangle"),
            "{}",
            error.message
        );
    }

    #[test]
    fn signed_distances() {
        let mut h = Harness::new();
        let p = h.vector(&[3.0, 0.0]);
        let cases = vec![
            (h.circle((0.0, 0.0), 1.0), 2.0),
            (h.rectangle((0.0, 0.0), 2.0, 2.0), 2.0),
            (h.line((0.0, -1.0), (0.0, 1.0)), 3.0),
            (
                h.poly(
                    ShapeKind::Polygon,
                    &[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)],
                ),
                2.0,
            ),
            (h.poly(ShapeKind::Polyline, &[(0.0, 0.0), (1.0, 0.0)]), 2.0),
        ];
        for (shape, expected) in cases {
            let value = h.call("signedDistance", &[shape, p.clone()]).unwrap();
            assert!(
                (float_value(&h, &value) - expected).abs() < 1e-12,
                "{expected}"
            );
        }
        let inside = h.vector(&[0.5, 0.0]);
        let square = h.points(&[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]);
        let polygon = h
            .call("signedDistancePolygon", &[square, inside.clone()])
            .unwrap();
        assert_eq!(float_value(&h, &polygon), -0.5);
        let (center, two, one) = (h.vector(&[0.0, 0.0]), h.float(2.0), h.float(1.0));
        let ellipse = h
            .call(
                "signedDistanceEllipse",
                &[center.clone(), two, one.clone(), p.clone()],
            )
            .unwrap();
        assert!((float_value(&h, &ellipse) - 1.0).abs() < 1e-9);
        let circle = h
            .call("signedDistanceCircle", &[center, one, inside])
            .unwrap();
        assert_eq!(float_value(&h, &circle), -0.5);
        let (start, end) = (h.vector(&[0.0, -1.0]), h.vector(&[0.0, 1.0]));
        let segment = h
            .call("signedDistanceLine", &[start, end, p.clone()])
            .unwrap();
        assert_eq!(float_value(&h, &segment), 3.0);
        let chain = h.points(&[(0.0, 5.0), (0.0, 1.0), (1.0, 1.0)]);
        let polyline = h
            .call("signedDistancePolyline", &[chain, p.clone()])
            .unwrap();
        assert!((float_value(&h, &polyline) - 5f64.sqrt()).abs() < 1e-12);
        let rect = h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]);
        let box_distance = h.call("signedDistanceRect", &[rect, p.clone()]).unwrap();
        assert_eq!(float_value(&h, &box_distance), 2.0);
        let members = [h.circle((0.0, 0.0), 1.0), h.circle((3.0, 1.0), 0.5)];
        let ids = members
            .iter()
            .map(|m| match m {
                Value::Shape(id) => *id,
                _ => unreachable!(),
            })
            .collect();
        let group = h
            .call("signedDistanceGroup", &[Value::ShapeList(ids), p])
            .unwrap();
        assert!((float_value(&h, &group) - 0.5).abs() < 1e-12);
    }

    #[test]
    fn shape_distances() {
        let mut h = Harness::new();
        let c1 = h.circle((0.0, 0.0), 1.0);
        let c2 = h.circle((5.0, 0.0), 1.0);
        let r1 = h.rectangle((0.0, 0.0), 2.0, 2.0);
        let r2 = h.rectangle((5.0, 0.0), 2.0, 2.0);
        let l1 = h.line((4.0, -1.0), (4.0, 1.0));
        let l2 = h.line((0.0, 3.0), (2.0, 3.0));
        let e = h.ellipse((5.0, 0.0), 2.0, 2.0);
        let square = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)];
        let shifted = square.map(|(x, y)| (x + 5.0, y));
        let p1 = h.poly(ShapeKind::Polygon, &square);
        let p2 = h.poly(ShapeKind::Polygon, &shifted);
        let cases = [
            (c1.clone(), c2.clone(), 3.0),
            (r1.clone(), r2.clone(), 3.0),
            (r1.clone(), l1.clone(), 3.0),
            (l1.clone(), r1.clone(), 3.0),
            (p1.clone(), p2.clone(), 3.0),
            (r1.clone(), c2.clone(), 3.0),
            (c1.clone(), l1.clone(), 3.0),
            (l1.clone(), l2.clone(), (4.0f64 - 2.0).hypot(3.0 - 1.0)),
        ];
        for (s1, s2, expected) in cases {
            let value = h.call("shapeDistance", &[s1, s2]).unwrap();
            let actual = float_value(&h, &value);
            assert!((actual - expected).abs() < 1e-4, "{expected} vs {actual}");
        }
        let poly_ellipse = h.call("shapeDistance", &[p2, e]).unwrap();
        assert!(
            float_value(&h, &poly_ellipse) < 0.0,
            "{}",
            float_value(&h, &poly_ellipse)
        );
        assert!(h.warnings.is_empty());
        let approximated = h.call("shapeDistance", &[p1, c2]).unwrap();
        assert!((float_value(&h, &approximated) - 3.0).abs() < 1e-9);
        assert_eq!(
            h.warnings,
            vec![FunctionWarning::BBoxApproximation {
                signature: "shapeDistance(Polygon, Circle)".into()
            }]
        );
    }

    #[test]
    fn shape_distance_helpers() {
        let mut h = Harness::new();
        let rect1 = h.points(&[(1.0, 1.0), (-1.0, 1.0), (-1.0, -1.0), (1.0, -1.0)]);
        let rect2 = h.points(&[(6.0, 1.0), (4.0, 1.0), (4.0, -1.0), (6.0, -1.0)]);
        let rects = h
            .call("shapeDistanceRects", &[rect1.clone(), rect2])
            .unwrap();
        assert_eq!(float_value(&h, &rects), 3.0);
        let (start, end) = (h.vector(&[3.0, -5.0]), h.vector(&[3.0, 5.0]));
        let rect_line = h
            .call(
                "shapeDistanceRectLine",
                &[rect1.clone(), start.clone(), end.clone()],
            )
            .unwrap();
        assert!((float_value(&h, &rect_line) - 2.0).abs() < 1e-12);
        let (bl, tr) = (h.vector(&[-1.0, -1.0]), h.vector(&[1.0, 1.0]));
        let raw = h
            .call("rectLineDist", &[bl, tr, start.clone(), end.clone()])
            .unwrap();
        assert!((float_value(&h, &raw) - 2.0).abs() < 1e-12);
        let chain = h.points(&[(3.0, -5.0), (3.0, 5.0), (10.0, 5.0)]);
        let polyline = h
            .call("shapeDistanceRectlikePolyline", &[rect1.clone(), chain])
            .unwrap();
        assert!((float_value(&h, &polyline) - 2.0).abs() < 1e-12);
        let (c, r) = (h.vector(&[4.0, 0.0]), h.float(1.0));
        let rect_circle = h
            .call("shapeDistanceRectCircle", &[rect1, c.clone(), r.clone()])
            .unwrap();
        assert_eq!(float_value(&h, &rect_circle), 2.0);
        let circle_line = h
            .call(
                "shapeDistanceCircleLine",
                &[c.clone(), r.clone(), start.clone(), end.clone()],
            )
            .unwrap();
        assert_eq!(float_value(&h, &circle_line), 0.0);
        let (c0, r2) = (h.vector(&[0.0, 0.0]), h.float(2.0));
        let circles = h
            .call(
                "shapeDistanceCircles",
                &[c0.clone(), r.clone(), c.clone(), r2],
            )
            .unwrap();
        assert_eq!(float_value(&h, &circles), 1.0);
        let (a0, a1) = (h.vector(&[0.0, -5.0]), h.vector(&[0.0, 5.0]));
        let lines = h.call("shapeDistanceLines", &[a0, a1, start, end]).unwrap();
        assert!((float_value(&h, &lines) - 3.0).abs() < 1e-12);
        let triangle = h.points(&[(0.0, 0.0), (1.0, 0.0), (0.0, 1.0)]);
        let far = h.points(&[(5.0, 0.0), (6.0, 0.0), (5.0, 1.0)]);
        let polys = h
            .call("shapeDistancePolys", &[triangle.clone(), far])
            .unwrap();
        assert!(
            (float_value(&h, &polys) - 4.0).abs() < 1e-4,
            "{}",
            float_value(&h, &polys)
        );
        let square = h.points(&[(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]);
        let (ce, two) = (h.vector(&[0.0, 0.0]), h.float(2.0));
        let ellipse = h
            .call("shapeDistancePolyEllipse", &[square, ce, two.clone(), two])
            .unwrap();
        let overlap = float_value(&h, &ellipse);
        let root = (1.0f64 / 13.0).sqrt();
        assert!(
            (overlap + (1.0 - root) / (2.0 * root) + 1.0).abs() < 1e-4,
            "{overlap}"
        );
    }
}
