//! Every objective on known geometry (value and gradient), and Penrose's
//! quirks that the objectives keep.

use crate::constraints::tests::{spread, triangle_angles};
use crate::term_harness::{Case, TermHarness, assert_near, check_cases};
use kite_graph::Value;
use kite_library::{FunctionKind, ShapeKind};

/// Penrose's `EPS_DENOM`.
const EPS: f64 = 1e-5;
/// A 3-4-5 right triangle.
const TRIANGLE: [(f64, f64); 3] = [(0.0, 0.0), (4.0, 0.0), (4.0, 3.0)];

/// `(4 − 3)²` for centres 4 apart along a unit direction that Penrose's
/// normalisation shortens.
fn offset_by_four() -> f64 {
    (4.0 / (1.0 + EPS) - 3.0f64).powi(2)
}

/// Two circles with centres `first` and `second`, and the offset 3.
fn two_centres(h: &mut TermHarness, first: (f64, f64), second: (f64, f64)) -> Vec<Value> {
    vec![h.circle(first, 1.0), h.circle(second, 2.0), h.num(3.0)]
}

/// `notTooClose` of the Line `(0, 0)–(4, 0)` and a centre `(2, 3)`,
/// weight 2.
fn line_repulsion() -> f64 {
    let forces: f64 = (0..16)
        .map(|k| {
            let x = 4.0 * k as f64 / 16.0;
            2.0 / ((2.0 - x).powi(2) + 9.0 + EPS)
        })
        .sum();
    2.0 * forces * 1e7
}

fn label(h: &mut TermHarness) -> Value {
    h.rect_like(ShapeKind::Text, (2.5, 3.0), 6.0, 2.0)
}

fn cases() -> Vec<Case> {
    vec![
        Case::new("minimal", |h| vec![h.num(3.0)], 3.0),
        Case::new("maximal", |h| vec![h.num(3.0)], -3.0),
        Case::new("equal", |h| vec![h.num(3.0), h.num(5.0)], 4.0),
        Case::new("greaterThan", |h| vec![h.num(1.0), h.num(4.0)], 9.0),
        Case::new("lessThan", |h| vec![h.num(4.0), h.num(1.0)], 9.0),
        Case::new(
            "nearVec",
            |h| vec![h.vector(&[1.0, 2.0]), h.vector(&[4.0, 6.0]), h.num(2.0)],
            21.0,
        ),
        Case::new(
            "repelPt",
            |h| vec![h.num(2.0), h.vector(&[1.0, 2.0]), h.vector(&[4.0, 6.0])],
            2.0 / (25.0 + EPS),
        ),
        Case::new(
            "repelScalar",
            |h| vec![h.num(1.0), h.num(3.0)],
            1.0 / (4.0 + EPS),
        ),
        Case::new(
            "inDirection",
            |h| {
                vec![
                    h.point((3.0, 5.0)),
                    h.point((1.0, 1.0)),
                    h.point((3.0, 4.0)),
                    h.num(2.0),
                ]
            },
            (22.0 / (5.0 + EPS) - 2.0f64).powi(2),
        ),
        Case::new(
            "above",
            |h| two_centres(h, (1.0, 5.0), (0.0, 1.0)),
            offset_by_four(),
        ),
        Case::new(
            "below",
            |h| two_centres(h, (1.0, 5.0), (0.0, 1.0)),
            offset_by_four(),
        ),
        Case::new(
            "rightwards",
            |h| two_centres(h, (5.0, 1.0), (1.0, 0.0)),
            offset_by_four(),
        ),
        Case::new(
            "leftwards",
            |h| two_centres(h, (5.0, 1.0), (1.0, 0.0)),
            offset_by_four(),
        ),
        Case::new(
            "sameCenter",
            |h| {
                let rect = h.rect_like(ShapeKind::Rectangle, (4.0, 6.0), 2.0, 1.0);
                vec![h.circle((1.0, 2.0), 1.0), rect]
            },
            25.0,
        ),
        Case::new(
            "notTooClose",
            |h| {
                vec![
                    h.circle((0.0, 0.0), 1.0),
                    h.circle((3.0, 4.0), 1.0),
                    h.num(10.0),
                ]
            },
            1e7 / (25.0 + EPS),
        ),
        Case::new(
            "notTooClose",
            |h| {
                vec![
                    h.line((0.0, 0.0), (4.0, 0.0)),
                    h.circle((2.0, 3.0), 1.0),
                    h.num(2.0),
                ]
            },
            line_repulsion(),
        ),
        Case::new(
            "near",
            |h| {
                vec![
                    h.circle((0.0, 0.0), 1.0),
                    h.circle((3.0, 4.0), 1.0),
                    h.num(2.0),
                ]
            },
            21.0,
        ),
        Case::new(
            "nearPt",
            |h| vec![h.circle((1.0, 2.0), 1.0), h.num(4.0), h.num(6.0)],
            25.0,
        ),
        Case::new(
            "nonDegenerateAngle",
            |h| {
                vec![
                    h.circle((4.0, 1.0), 1.0),
                    h.circle((0.0, 0.0), 1.0),
                    h.circle((3.0, 2.0), 1.0),
                    h.num(20.0),
                    h.num(10.0),
                ]
            },
            20.0 * 14.0 / ((17f64.sqrt() + EPS) * (13f64.sqrt() + EPS)),
        ),
        Case::new(
            "centerLabelAbove",
            |h| {
                let line = h.line((0.0, 0.0), (4.0, 2.0));
                vec![line, label(h), h.num(2.0)]
            },
            2.0 * (0.25 + 0.04),
        ),
        Case::new(
            "centerLabel",
            |h| {
                let line = h.line((0.0, 0.0), (4.0, 2.0));
                vec![line, label(h), h.num(1.0), h.num(10.0)]
            },
            4.25 - 36.0 + 100.0,
        ),
        Case::new(
            "centerLabel",
            |h| {
                let rect = h.rect_like(ShapeKind::Rectangle, (1.0, 2.0), 8.0, 8.0);
                vec![rect, label(h), h.num(1.0), h.num(10.0)]
            },
            1.5f64.powi(2) + 1.0,
        ),
        Case::new(
            "pointLineDist",
            |h| {
                let line = h.line((0.0, 0.0), (4.0, 0.0));
                vec![h.point((2.0, 3.0)), line, h.num(1.0)]
            },
            {
                let t = 8.0 / (16.0 + EPS);
                ((2.0 - 4.0 * t).hypot(3.0) - 1.0).powi(2)
            },
        ),
        Case::new(
            "isRegular",
            |h| vec![h.points(&TRIANGLE), Value::Bool(true)],
            2.0 + spread(&triangle_angles()),
        ),
        Case::new(
            "isEquilateral",
            |h| vec![h.points(&TRIANGLE), Value::Bool(true)],
            2.0,
        ),
        Case::new(
            "isEquiangular",
            |h| {
                let chain = h.points(&[(0.0, 0.0), (4.0, 0.0), (4.0, 3.0), (1.0, 5.0)]);
                vec![chain, Value::Bool(false)]
            },
            spread(&[std::f64::consts::FRAC_PI_2, 9f64.atan2(6.0)]),
        ),
    ]
}

#[test]
fn every_objective_has_its_value_and_gradient() {
    check_cases(FunctionKind::Objective, &cases());
}

/// The energy of the objective `name` on the arguments `build` makes.
fn energy(name: &str, build: impl FnOnce(&mut TermHarness) -> Vec<Value>) -> f64 {
    let mut h = TermHarness::new();
    let args = build(&mut h);
    let output = h.objective(name, &args).unwrap();
    h.value(output)
}

#[test]
fn below_and_leftwards_point_the_way_penrose_does() {
    let above = |h: &mut TermHarness| two_centres(h, (0.0, 4.0), (0.0, 0.0));
    assert_near("top above", energy("above", above), offset_by_four());
    assert_near("bottom above", energy("below", above), offset_by_four());
    let right = |h: &mut TermHarness| two_centres(h, (4.0, 0.0), (0.0, 0.0));
    assert_near(
        "left right of",
        energy("leftwards", right),
        offset_by_four(),
    );
}

#[test]
fn non_degenerate_angle_compares_a_cosine_with_radians() {
    let angle = |h: &mut TermHarness, second: (f64, f64)| {
        vec![
            h.circle((1.0, 0.0), 1.0),
            h.circle((0.0, 0.0), 1.0),
            h.circle(second, 1.0),
            h.fixed(20.0),
            h.fixed(10.0),
        ]
    };
    // cos 85° ≈ 0.087 < 10·π/180 ≈ 0.175: no energy.
    let right = 85f64.to_radians();
    assert_eq!(
        energy("nonDegenerateAngle", |h| angle(
            h,
            (right.cos(), right.sin())
        )),
        0.0
    );
    // cos 75° ≈ 0.259 is above it, though 75° is far from degenerate.
    let wide = 75f64.to_radians();
    let value = energy("nonDegenerateAngle", |h| angle(h, (wide.cos(), wide.sin())));
    assert!(value > 5.0, "{value}");
}

#[test]
fn shapes_without_a_center_use_their_bounding_box() {
    let value = energy("nearPt", |h| {
        let polygon = h.poly(ShapeKind::Polygon, &[(0.0, 0.0), (4.0, 0.0), (4.0, 2.0)]);
        vec![polygon, h.fixed(0.0), h.fixed(0.0)]
    });
    assert_near("bounding-box centre (2, 1)", value, 5.0);
}
