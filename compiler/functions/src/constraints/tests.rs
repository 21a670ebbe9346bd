//! Every constraint on known geometry (value and gradient), and the
//! dispatch rules of `contains` and the shape-distance constraints.

use crate::FunctionWarning;
use crate::term_harness::{Case, TermHarness, assert_near, check_cases, shape_list};
use kite_graph::Value;
use kite_library::{FunctionKind, Property, ShapeKind};
use std::f64::consts::PI;

/// The square `[0, 10]²`, counterclockwise.
const SQUARE: [(f64, f64); 4] = [(0.0, 0.0), (10.0, 0.0), (10.0, 10.0), (0.0, 10.0)];
/// A closed chain with one reflex corner, at `(2, 1)`.
const DART: [(f64, f64); 5] = [(0.0, 0.0), (4.0, 0.0), (4.0, 4.0), (2.0, 1.0), (0.0, 4.0)];
/// A 3-4-5 right triangle.
const TRIANGLE: [(f64, f64); 3] = [(0.0, 0.0), (4.0, 0.0), (4.0, 3.0)];

/// Penrose's normalisation shortens a unit normal of a side of length
/// `length` by this factor.
fn normal_scale(length: f64) -> f64 {
    length / (length + 1e-5)
}

/// The turning angles of the dart: only the reflex one is negative.
fn dart_reflex_angle() -> f64 {
    (-12.0f64).atan2(-5.0)
}

/// `Σ (xᵢ − mean)²`.
pub fn spread(values: &[f64]) -> f64 {
    let mean = values.iter().sum::<f64>() / values.len() as f64;
    values.iter().map(|x| (x - mean).powi(2)).sum()
}

/// The turning angles of the 3-4-5 triangle.
pub fn triangle_angles() -> [f64; 3] {
    [PI / 2.0, 12.0f64.atan2(-9.0), 12.0f64.atan2(-16.0)]
}

fn two_circles(h: &mut TermHarness, margin: f64) -> Vec<Value> {
    vec![
        h.circle((0.0, 0.0), 3.0),
        h.circle((10.0, 0.0), 4.0),
        h.num(margin),
    ]
}

fn rect_corners(h: &mut TermHarness, corners: [(f64, f64); 4]) -> Value {
    h.points(&corners)
}

/// The box `[−10, 10] × [−5, 5]` as `[TR, TL, BL, BR]`.
const WIDE_BOX: [(f64, f64); 4] = [(10.0, 5.0), (-10.0, 5.0), (-10.0, -5.0), (10.0, -5.0)];

/// `min_p max(F1(p), F2(p))` of Penrose's implicit ellipses by grid
/// search, zooming in on the best cell.
fn brute_force_min_max(first: [f64; 5], second: [f64; 5]) -> f64 {
    let f = |[a, b, c, x0, y0]: [f64; 5], x: f64, y: f64| {
        a * (x - x0).powi(2) + b * (y - y0).powi(2) - c
    };
    let objective = |x: f64, y: f64| f(first, x, y).max(f(second, x, y));
    let (mut cx, mut cy, mut half) = (0.0, 0.0, 40.0);
    let mut best = f64::INFINITY;
    for _ in 0..12 {
        let steps = 200;
        let (mut bx, mut by) = (cx, cy);
        for i in 0..=steps {
            for j in 0..=steps {
                let x = cx - half + 2.0 * half * i as f64 / steps as f64;
                let y = cy - half + 2.0 * half * j as f64 / steps as f64;
                let value = objective(x, y);
                if value < best {
                    (best, bx, by) = (value, x, y);
                }
            }
        }
        (cx, cy, half) = (bx, by, half / 8.0);
    }
    best
}

/// Penrose's implicit form `[a, b, c, x, y]` of an ellipse scaled by
/// `factor`.
fn implicit(center: (f64, f64), rx: f64, ry: f64, factor: f64) -> [f64; 5] {
    [
        factor * ry / rx,
        factor * rx / ry,
        factor * rx * ry,
        center.0,
        center.1,
    ]
}

fn ellipses_reference(
    c1: (f64, f64),
    (rx1, ry1): (f64, f64),
    c2: (f64, f64),
    (rx2, ry2): (f64, f64),
    overlap: f64,
) -> f64 {
    let factor = 1.0 / (1.0 + ((c1.0 - c2.0).powi(2) + (c1.1 - c2.1).powi(2)).sqrt());
    brute_force_min_max(
        implicit(c1, rx1 - overlap, ry1 - overlap, factor * PI / 3.0),
        implicit(c2, rx2, ry2, factor),
    )
}

fn cases() -> Vec<Case> {
    vec![
        Case::new("equal", |h| vec![h.num(3.0), h.num(5.0)], 2.0),
        Case::new(
            "lessThan",
            |h| vec![h.num(3.0), h.num(1.0), h.num(0.5)],
            2.5,
        ),
        Case::new(
            "greaterThan",
            |h| vec![h.num(1.0), h.num(3.0), h.num(0.5)],
            2.5,
        ),
        Case::new("lessThanSq", |h| vec![h.num(4.0), h.num(1.0)], 9.0),
        Case::new("greaterThanSq", |h| vec![h.num(1.0), h.num(4.0)], 9.0),
        Case::new("inRange", |h| vec![h.num(7.0), h.num(1.0), h.num(5.0)], 2.0),
        Case::new(
            "contains1D",
            |h| vec![h.vector(&[0.0, 10.0]), h.vector(&[-2.0, 13.0])],
            5.0,
        ),
        Case::new(
            "disjointScalar",
            |h| vec![h.num(3.0), h.num(1.0), h.num(8.0)],
            2.0,
        ),
        Case::new(
            "perpendicular",
            |h| {
                vec![
                    h.vector(&[3.0, 1.0]),
                    h.vector(&[0.5, 0.2]),
                    h.vector(&[1.0, 2.0]),
                ]
            },
            2.5 * 0.5 + 0.8 * 1.8,
        ),
        Case::new(
            "collinear",
            |h| {
                vec![
                    h.vector(&[0.0, 0.0]),
                    h.vector(&[2.0, 1.0]),
                    h.vector(&[4.0, 3.0]),
                ]
            },
            2.0,
        ),
        Case::new(
            "collinearOrdered",
            |h| {
                vec![
                    h.vector(&[0.0, 0.0]),
                    h.vector(&[3.0, 4.0]),
                    h.vector(&[6.0, 0.0]),
                ]
            },
            4.0,
        ),
        Case::new(
            "onCanvas",
            |h| {
                let properties = vec![
                    (Property::Center, h.point((290.0, 10.0))),
                    (Property::R, h.num(20.0)),
                    (Property::StrokeWidth, h.num(2.0)),
                ];
                let circle = h.shape(ShapeKind::Circle, properties);
                vec![circle, h.fixed(600.0), h.fixed(400.0)]
            },
            11.0,
        ),
        Case::new("overlapping", |h| two_circles(h, 1.0), 4.0),
        Case::new("disjoint", |h| two_circles(h, 0.0), -3.0),
        Case::new("touching", |h| two_circles(h, 1.0), 2.0),
        Case::new(
            "contains",
            |h| {
                vec![
                    h.rect_like(ShapeKind::Rectangle, (0.0, 0.0), 20.0, 10.0),
                    h.circle((8.0, 1.0), 3.0),
                    h.num(0.0),
                ]
            },
            1.0,
        ),
        Case::new(
            "overlappingEllipses",
            |h| {
                vec![
                    h.point((0.0, 0.0)),
                    h.num(3.0),
                    h.num(2.0),
                    h.point((10.0, 1.0)),
                    h.num(4.0),
                    h.num(1.5),
                    h.num(0.0),
                ]
            },
            ellipses_reference((0.0, 0.0), (3.0, 2.0), (10.0, 1.0), (4.0, 1.5), 0.0),
        ),
        Case::new(
            "overlappingCircleEllipse",
            |h| {
                vec![
                    h.point((0.0, 0.0)),
                    h.num(2.0),
                    h.point((6.0, 1.0)),
                    h.num(3.0),
                    h.num(1.5),
                    h.num(0.5),
                ]
            },
            ellipses_reference((0.0, 0.0), (2.0, 2.0), (6.0, 1.0), (3.0, 1.5), 0.5),
        ),
        Case::new(
            "containsCircles",
            |h| {
                vec![
                    h.point((0.0, 0.0)),
                    h.num(5.0),
                    h.point((3.0, 1.0)),
                    h.num(3.0),
                    h.num(1.0),
                ]
            },
            10f64.sqrt() - 1.0,
        ),
        Case::new(
            "containsPolys",
            |h| {
                vec![
                    h.points(&SQUARE),
                    h.points(&[(2.0, 2.0), (12.0, 3.0), (4.0, 8.0)]),
                    h.num(0.5),
                ]
            },
            2.0 * normal_scale(10.0) + 0.5,
        ),
        Case::new(
            "containsPolyCircle",
            |h| {
                vec![
                    h.points(&SQUARE),
                    h.point((8.0, 5.0)),
                    h.num(3.0),
                    h.num(0.0),
                ]
            },
            -2.0 * normal_scale(10.0) + 3.0,
        ),
        Case::new(
            "containsPolyPoint",
            |h| vec![h.points(&SQUARE), h.point((11.0, 4.0)), h.num(0.5)],
            normal_scale(10.0) + 0.5,
        ),
        Case::new(
            "containsCirclePoint",
            |h| {
                vec![
                    h.point((0.0, 0.0)),
                    h.num(5.0),
                    h.point((4.0, 4.0)),
                    h.num(1.0),
                ]
            },
            32f64.sqrt() - 4.0,
        ),
        Case::new(
            "containsCirclePoly",
            |h| {
                vec![
                    h.point((0.0, 0.0)),
                    h.num(5.0),
                    h.points(&[(1.0, 1.0), (4.0, 4.0), (-2.0, 3.0)]),
                    h.num(0.0),
                ]
            },
            32f64.sqrt() - 5.0,
        ),
        Case::new(
            "containsCircleRect",
            |h| {
                let rect = rect_corners(h, [(3.0, 1.5), (-1.0, 1.6), (-1.1, -0.5), (3.1, -0.4)]);
                vec![h.point((0.0, 0.0)), h.num(5.0), rect, h.num(0.0)]
            },
            1.3025f64.sqrt() - (5.0 - 4.2),
        ),
        Case::new(
            "containsRectCircle",
            |h| {
                let rect = rect_corners(h, WIDE_BOX);
                vec![rect, h.point((8.0, 1.0)), h.num(3.0), h.num(0.5)]
            },
            1.5,
        ),
        Case::new(
            "containsRects",
            |h| {
                let outer = rect_corners(h, WIDE_BOX);
                let inner = rect_corners(h, [(12.0, 2.0), (-3.0, 2.0), (-3.0, -7.0), (12.0, -7.0)]);
                vec![outer, inner, h.num(1.0)]
            },
            18.0,
        ),
        Case::new(
            "distributeHorizontally",
            |h| {
                let shapes = [
                    h.circle((0.0, 0.0), 2.0),
                    h.circle((10.0, 1.0), 3.0),
                    h.circle((20.0, -1.0), 1.0),
                ];
                vec![shape_list(&shapes), h.num(1.0), Value::Bool(true)]
            },
            9.0,
        ),
        Case::new(
            "distributeVertically",
            |h| {
                let shapes = [
                    h.circle((0.0, 0.0), 2.0),
                    h.circle((1.0, 10.0), 3.0),
                    h.circle((-1.0, 20.0), 1.0),
                ];
                vec![shape_list(&shapes), h.num(1.0), Value::Bool(true)]
            },
            31.0,
        ),
        Case::new(
            "disjointIntervals",
            |h| {
                vec![
                    h.line((0.0, 0.0), (5.0, 0.0)),
                    h.line((3.0, 1.0), (9.0, 1.0)),
                ]
            },
            2.0,
        ),
        Case::new(
            "isLocallyConvex",
            |h| vec![h.points(&DART), Value::Bool(true)],
            dart_reflex_angle().powi(2),
        ),
        Case::new(
            "isConvex",
            |h| vec![h.points(&DART), Value::Bool(true)],
            dart_reflex_angle().powi(2),
        ),
        Case::new(
            "isEquilateral",
            |h| vec![h.points(&TRIANGLE), Value::Bool(true)],
            2.0,
        ),
        Case::new(
            "isEquiangular",
            |h| vec![h.points(&TRIANGLE), Value::Bool(true)],
            spread(&triangle_angles()),
        ),
    ]
}

#[test]
fn every_constraint_has_its_value_and_gradient() {
    check_cases(FunctionKind::Constraint, &cases());
}

/// The value of the constraint `name` on the arguments `build` makes.
fn g(name: &str, build: impl FnOnce(&mut TermHarness) -> Vec<Value>) -> (f64, TermHarness) {
    let mut h = TermHarness::new();
    let args = build(&mut h);
    let output = h.constraint(name, &args).unwrap();
    (h.value(output), h)
}

fn approximated(h: &TermHarness) -> Vec<String> {
    h.warnings
        .iter()
        .map(|FunctionWarning::BBoxApproximation { signature }| signature.clone())
        .collect()
}

#[test]
fn contains_dispatches_like_penrose() {
    let (inside, h) = g("contains", |h| {
        let rect = h.rect_like(ShapeKind::Rectangle, (0.0, 0.0), 20.0, 10.0);
        vec![rect, h.circle((2.0, 1.0), 3.0), h.num(0.0)]
    });
    assert!(inside <= 0.0, "a circle inside a rectangle: {inside}");
    assert!(h.warnings.is_empty());
    let (circles, _) = g("contains", |h| {
        vec![
            h.circle((0.0, 0.0), 5.0),
            h.circle((3.0, 0.0), 1.0),
            h.num(0.5),
        ]
    });
    assert_near("Circle ⊃ Circle", circles, 3.0 - (5.0 - 1.0 - 0.5));
    let (polygons, _) = g("contains", |h| {
        let outer = h.poly(ShapeKind::Polygon, &SQUARE);
        let inner = h.poly(ShapeKind::Polygon, &[(1.0, 1.0), (3.0, 1.0), (2.0, 4.0)]);
        vec![outer, inner, h.num(0.0)]
    });
    assert_near("Polygon ⊃ Polygon", polygons, -normal_scale(10.0));
    let (polygon_circle, _) = g("contains", |h| {
        let outer = h.poly(ShapeKind::Polygon, &SQUARE);
        vec![outer, h.circle((5.0, 5.0), 2.0), h.num(0.0)]
    });
    assert_near(
        "Polygon ⊃ Circle",
        polygon_circle,
        -5.0 * normal_scale(10.0) + 2.0,
    );
    let (circle_polygon, _) = g("contains", |h| {
        let inner = h.poly(ShapeKind::Polygon, &[(0.0, 0.0), (3.0, 0.0), (0.0, 4.0)]);
        vec![h.circle((0.0, 0.0), 5.0), inner, h.num(0.0)]
    });
    assert_near("Circle ⊃ Polygon", circle_polygon, -1.0);
    let (circle_rect, _) = g("contains", |h| {
        let text = h.rect_like(ShapeKind::Text, (1.0, 0.0), 4.0, 2.0);
        vec![h.circle((0.0, 0.0), 5.0), text, h.num(3.0)]
    });
    assert_near(
        "Circle ⊃ Text (padding ignored)",
        circle_rect,
        1.0 - (5.0 - 4.0),
    );
    let (rects, _) = g("contains", |h| {
        let outer = h.rect_like(ShapeKind::Rectangle, (0.0, 0.0), 20.0, 10.0);
        let inner = h.rect_like(ShapeKind::Equation, (9.0, 0.0), 4.0, 2.0);
        vec![outer, inner, h.num(0.0)]
    });
    assert_near("Rectangle ⊃ Equation", rects, 1.0);
}

#[test]
fn contains_falls_back_to_bounding_boxes_with_a_warning() {
    let (value, h) = g("contains", |h| {
        let outer = h.rect_like(ShapeKind::Rectangle, (0.0, 0.0), 20.0, 10.0);
        vec![outer, h.ellipse((9.0, 0.0), 2.0, 1.0), h.num(0.0)]
    });
    assert_near("Rectangle ⊃ Ellipse", value, 1.0);
    assert_eq!(approximated(&h), ["contains(Rectangle, Ellipse)"]);
}

#[test]
fn groups_contain_through_a_member_and_their_clip() {
    let (member, h) = g("contains", |h| {
        let far = h.circle((100.0, 0.0), 5.0);
        let near = h.circle((0.0, 0.0), 5.0);
        let group = h.group(&[far, near], None);
        vec![group, h.circle((3.0, 0.0), 1.0), h.num(0.0)]
    });
    assert_near("the nearer member", member, 3.0 - 4.0);
    assert!(h.warnings.is_empty());
    let (clipped, _) = g("contains", |h| {
        let member = h.circle((0.0, 0.0), 5.0);
        let clip = h.circle((10.0, 0.0), 5.0);
        let group = h.group(&[member], Some(&clip));
        vec![group, h.circle((3.0, 0.0), 3.0), h.num(0.0)]
    });
    let (member_g, clip_g) = (3.0f64 - 2.0, 7.0f64 - 2.0);
    assert_near("member and clip", clipped, member_g.hypot(clip_g));
    let (inside_both, _) = g("contains", |h| {
        let member = h.circle((0.0, 0.0), 5.0);
        let clip = h.circle((1.0, 0.0), 5.0);
        let group = h.group(&[member], Some(&clip));
        vec![group, h.circle((0.5, 0.0), 1.0), h.num(0.0)]
    });
    assert_eq!(inside_both, 0.0);
    let (_, h) = g("contains", |h| {
        let member = h.ellipse((0.0, 0.0), 5.0, 4.0);
        let group = h.group(&[member], None);
        vec![group, h.circle((3.0, 0.0), 1.0), h.num(0.0)]
    });
    assert_eq!(approximated(&h), ["contains(Group, Circle)"]);
}

#[test]
fn shape_distance_constraints_warn_about_bounding_boxes() {
    let (value, h) = g("disjoint", |h| {
        let polygon = h.poly(ShapeKind::Polygon, &SQUARE);
        vec![polygon, h.circle((20.0, 5.0), 2.0), h.num(1.0)]
    });
    assert_near("disjoint(Polygon, Circle)", value, 1.0 - 8.0);
    assert_eq!(approximated(&h), ["disjoint(Polygon, Circle)"]);
    let (touching, h) = g("touching", |h| two_circles(h, 3.0));
    assert_near("touching", touching, 0.0);
    assert!(h.warnings.is_empty());
}

#[test]
fn distributing_reverses_like_penrose() {
    let (right_to_left, _) = g("distributeHorizontally", |h| {
        let shapes = [
            h.circle((0.0, 0.0), 2.0),
            h.circle((10.0, 1.0), 3.0),
            h.circle((20.0, -1.0), 1.0),
        ];
        vec![shape_list(&shapes), h.num(1.0), Value::Bool(false)]
    });
    assert_near("right to left", right_to_left, 31.0);
    let (bottom_to_top, _) = g("distributeVertically", |h| {
        let shapes = [
            h.circle((0.0, 0.0), 2.0),
            h.circle((1.0, 10.0), 3.0),
            h.circle((-1.0, 20.0), 1.0),
        ];
        vec![shape_list(&shapes), h.num(1.0), Value::Bool(false)]
    });
    assert_near("bottom to top", bottom_to_top, 9.0);
}

#[test]
fn ellipse_overlap_matches_the_minimum_of_the_implicit_functions() {
    let configurations = [
        ((0.0, 0.0), (3.0, 2.0), (4.0, 1.0), (2.0, 1.0), 0.0),
        ((0.0, 0.0), (3.0, 2.0), (0.5, 0.2), (1.0, 4.0), 0.3),
        ((-2.0, 1.0), (1.0, 1.0), (7.0, -3.0), (2.0, 5.0), 0.0),
        ((0.0, 0.0), (2.0, 1.0), (0.0, 0.0), (1.0, 2.0), 0.0),
        ((0.0, 0.0), (2.0, 2.0), (0.0, 0.0), (2.0, 2.0), 0.0),
    ];
    for (index, (c1, r1, c2, r2, overlap)) in configurations.into_iter().enumerate() {
        let (value, _) = g("overlappingEllipses", |h| {
            vec![
                h.point(c1),
                h.num(r1.0),
                h.num(r1.1),
                h.point(c2),
                h.num(r2.0),
                h.num(r2.1),
                h.num(overlap),
            ]
        });
        let expected = ellipses_reference(c1, r1, c2, r2, overlap);
        assert_near(&format!("configuration {index}"), value, expected);
    }
    let moved =
        |dx: f64| ellipses_reference((0.0, 0.0), (3.0, 2.0), (4.0 + dx, 1.0), (2.0, 1.0), 0.0);
    let mut h = TermHarness::new();
    let args = vec![
        h.point((0.0, 0.0)),
        h.num(3.0),
        h.num(2.0),
        h.point((4.0, 1.0)),
        h.num(2.0),
        h.num(1.0),
        h.num(0.0),
    ];
    let output = h.constraint("overlappingEllipses", &args).unwrap();
    let gradient = h.check_gradient("overlappingEllipses", output);
    let reference = (moved(1e-3) - moved(-1e-3)) / 2e-3;
    assert!(
        (gradient[4] - reference).abs() < 1e-4 * (1.0 + reference.abs()),
        "d/dc2.x: {} vs the exact minimum's {reference}",
        gradient[4]
    );
    let (apart, _) = g("overlappingCircleEllipse", |h| {
        let c1 = h.point((0.0, 0.0));
        vec![
            c1,
            h.num(1.0),
            h.point((5.0, 0.0)),
            h.num(2.0),
            h.num(1.0),
            h.num(0.0),
        ]
    });
    assert!(apart > 0.0);
    let (meeting, _) = g("overlappingCircleEllipse", |h| {
        let c1 = h.point((0.0, 0.0));
        vec![
            c1,
            h.num(1.0),
            h.point((2.5, 0.0)),
            h.num(2.0),
            h.num(1.0),
            h.num(0.0),
        ]
    });
    assert!(meeting < 0.0);
}

#[test]
fn polygon_measures_need_planar_points_where_they_measure_angles() {
    let mut h = TermHarness::new();
    let chain = Value::Matrix(vec![
        vec![h.input(0.0), h.input(0.0), h.input(0.0)],
        vec![h.input(1.0), h.input(0.0), h.input(0.0)],
        vec![h.input(1.0), h.input(2.0), h.input(0.0)],
    ]);
    let error = h
        .constraint("isEquiangular", &[chain.clone(), Value::Bool(false)])
        .unwrap_err();
    assert_eq!(
        error.message,
        "argument 1 (`points`) of `isEquiangular` must be a list of 2D points"
    );
    let sides = h
        .constraint("isEquilateral", &[chain, Value::Bool(false)])
        .unwrap();
    assert_near("3D sides", h.value(sides), 0.5);
}

#[test]
fn arguments_are_checked_and_named() {
    let mut h = TermHarness::new();
    let circle = h.circle((0.0, 0.0), 1.0);
    let padding = h.fixed(0.0);
    let error = h
        .constraint("disjoint", &[circle.clone(), Value::Bool(true), padding])
        .unwrap_err();
    assert_eq!(
        error.message,
        "argument 2 (`s2`) of `disjoint` must be a shape, not a boolean"
    );
    assert_eq!(error.argument, Some(1));
    let error = h
        .constraint("disjointIntervals", &[circle.clone(), circle])
        .unwrap_err();
    assert_eq!(
        error.message,
        "argument 1 (`s1`) of `disjointIntervals` must be a Line, not a Circle"
    );
    let error = h.constraint("noSuchConstraint", &[]).unwrap_err();
    assert_eq!(error.message, "there is no constraint `noSuchConstraint`");
    let error = h.constraint("equal", &[]).unwrap_err();
    assert_eq!(error.message, "`equal` takes 2 arguments, not 0");
}
