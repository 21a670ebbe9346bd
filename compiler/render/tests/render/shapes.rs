//! One snapshot per shape type, and the rules for numbers and colours.

use crate::builder::{DiagramBuilder, Piece, Prop, Segment};
use crate::render;
use kite_graph::PathCommand;
use kite_library::ShapeKind;

#[test]
fn circle_and_ellipse() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Circle,
        "`A`.dot",
        vec![
            ("center", Prop::Point(-100.0, 50.0)),
            ("r", Prop::Num(20.5)),
            ("strokeWidth", Prop::Num(2.0)),
            ("strokeColor", Prop::Rgba([0.0, 0.0, 1.0, 1.0])),
            ("fillColor", Prop::Rgba([1.0, 0.0, 0.0, 0.3])),
        ],
    );
    builder.shape(
        ShapeKind::Ellipse,
        "`A`.oval",
        vec![
            ("center", Prop::Point(100.0, -50.0)),
            ("rx", Prop::Num(30.0)),
            ("ry", Prop::Num(-1.0)),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(400.0, 300.0)));
}

#[test]
fn rectangle_with_rounded_corners_and_rotation() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Rectangle,
        "`A`.box",
        vec![
            ("center", Prop::Point(10.0, 20.0)),
            ("width", Prop::Num(80.0)),
            ("height", Prop::Num(40.0)),
            ("cornerRadius", Prop::Num(5.0)),
            ("rotation", Prop::Num(30.0)),
            ("fillColor", Prop::NoPaint),
            ("strokeColor", Prop::Rgba([0.2, 0.4, 0.6, 1.0])),
            ("strokeWidth", Prop::Num(3.0)),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(400.0, 300.0)));
}

#[test]
fn polygon_and_polyline() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Polygon,
        "`A`.triangle",
        vec![(
            "points",
            Prop::Points(vec![[0.0, 0.0], [50.0, 0.0], [25.0, 40.0]]),
        )],
    );
    builder.shape(
        ShapeKind::Polyline,
        "`A`.zigzag",
        vec![
            (
                "points",
                Prop::Points(vec![[-50.0, -50.0], [-25.0, -25.0], [0.0, -50.0]]),
            ),
            ("scale", Prop::Num(2.0)),
            ("strokeLinecap", Prop::Str("round")),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 200.0)));
}

#[test]
fn dashed_lines() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Line,
        "`A`.dashed",
        vec![
            ("start", Prop::Point(-50.0, 0.0)),
            ("end", Prop::Point(50.0, 0.0)),
            ("strokeStyle", Prop::Str("dashed")),
        ],
    );
    builder.shape(
        ShapeKind::Line,
        "`A`.pattern",
        vec![
            ("start", Prop::Point(-50.0, 20.0)),
            ("end", Prop::Point(50.0, 20.0)),
            ("strokeStyle", Prop::Str("dashed")),
            ("strokeDasharray", Prop::Str("2 1 4")),
            ("strokeLinecap", Prop::Str("square")),
            ("strokeWidth", Prop::Num(2.5)),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn path_with_every_command() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Path,
        "`A`.curve",
        vec![
            (
                "d",
                Prop::Path(vec![
                    Segment(PathCommand::MoveTo, vec![Piece::Point(-80.0, 0.0)]),
                    Segment(PathCommand::LineTo, vec![Piece::Point(-60.0, 20.0)]),
                    Segment(
                        PathCommand::QuadraticTo,
                        vec![Piece::Point(-50.0, 40.0), Piece::Point(-40.0, 20.0)],
                    ),
                    Segment(
                        PathCommand::SmoothQuadraticTo,
                        vec![Piece::Point(-20.0, 20.0)],
                    ),
                    Segment(
                        PathCommand::CubicTo,
                        vec![
                            Piece::Point(-10.0, 40.0),
                            Piece::Point(0.0, 40.0),
                            Piece::Point(10.0, 20.0),
                        ],
                    ),
                    Segment(
                        PathCommand::SmoothCubicTo,
                        vec![Piece::Point(30.0, 0.0), Piece::Point(40.0, 20.0)],
                    ),
                    Segment(
                        PathCommand::Arc,
                        vec![
                            Piece::Values(vec![20.0, 20.0, 0.0, 0.0, 1.0]),
                            Piece::Point(80.0, 20.0),
                        ],
                    ),
                    Segment(PathCommand::Close, vec![]),
                ]),
            ),
            ("fillColor", Prop::Rgba([0.9, 0.9, 0.1, 0.5])),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn text_with_and_without_a_measured_size() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Text,
        "`A`.label",
        vec![
            ("center", Prop::Point(0.0, 10.0)),
            ("string", Prop::Str("Hello")),
        ],
    );
    builder.shape(
        ShapeKind::Text,
        "`B`.label",
        vec![
            ("center", Prop::Point(0.0, -20.0)),
            ("string", Prop::Str("World")),
            ("width", Prop::Num(30.25)),
            ("height", Prop::Num(12.0)),
            ("ascent", Prop::Num(9.0)),
            ("descent", Prop::Num(3.0)),
            ("rotation", Prop::Num(-45.0)),
            ("fontFamily", Prop::Str("Palatino")),
            ("fontStyle", Prop::Str("italic")),
            ("fontWeight", Prop::Str("bold")),
            ("lineHeight", Prop::Str("1.5")),
            ("visibility", Prop::Str("visible")),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn equations_are_typeset_as_glyph_paths() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Equation,
        "`x`.tex",
        vec![
            ("center", Prop::Point(20.0, 10.0)),
            ("string", Prop::Str("\\frac{a}{b}")),
            ("fillColor", Prop::Rgba([0.0, 0.5, 0.0, 1.0])),
        ],
    );
    builder.shape(
        ShapeKind::Equation,
        "`y`.tex",
        vec![
            ("center", Prop::Point(-20.0, -10.0)),
            ("string", Prop::Str("x^2")),
            ("width", Prop::Num(20.0)),
            ("height", Prop::Num(10.0)),
            ("rotation", Prop::Num(90.0)),
            ("fontSize", Prop::Str("24px")),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn hsva_colours() {
    let mut builder = DiagramBuilder::new();
    for (index, hue) in [0.0, 120.0, 240.0, -60.0].into_iter().enumerate() {
        builder.shape(
            ShapeKind::Circle,
            &format!("`C{index}`.dot"),
            vec![
                ("center", Prop::Point(-60.0 + 40.0 * index as f64, 0.0)),
                ("r", Prop::Num(10.0)),
                ("fillColor", Prop::Hsva([hue, 100.0, 75.0, 0.8])),
                ("strokeColor", Prop::Hsva([hue + 180.0, 50.0, 50.0, 1.0])),
            ],
        );
    }
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn numbers_that_are_not_finite_print_as_javascript_prints_them() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Circle,
        "`A`.odd",
        vec![
            ("center", Prop::Point(f64::NAN, 1e-7)),
            ("r", Prop::Num(f64::INFINITY)),
            ("fillColor", Prop::Rgba([f64::NAN, 2.0, -1.0, f64::NAN])),
        ],
    );
    builder.shape(
        ShapeKind::Rectangle,
        "`A`.huge",
        vec![
            ("center", Prop::Point(1e21, -0.0)),
            ("width", Prop::Num(f64::NEG_INFINITY)),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}
