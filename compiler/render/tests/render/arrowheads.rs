//! Every arrowhead style on a Line and on a Path, flipped start
//! arrowheads, sizes, and the shortening of Lines.

use crate::builder::{DiagramBuilder, Piece, Prop, Segment};
use crate::render;
use kite_graph::PathCommand;
use kite_library::ShapeKind;

const STYLES: [&str; 8] = [
    "concave",
    "straight",
    "perp",
    "line",
    "doubleLine",
    "loopup",
    "loopdown",
    "loop",
];

#[test]
fn every_style_on_a_line() {
    let mut builder = DiagramBuilder::new();
    for (index, style) in STYLES.into_iter().enumerate() {
        let y = 70.0 - 20.0 * index as f64;
        builder.shape(
            ShapeKind::Line,
            &format!("`{style}`.arrow"),
            vec![
                ("start", Prop::Point(-80.0, y)),
                ("end", Prop::Point(80.0, y)),
                ("strokeWidth", Prop::Num(2.0)),
                ("startArrowhead", Prop::Str(style)),
                ("endArrowhead", Prop::Str(style)),
            ],
        );
    }
    insta::assert_snapshot!(render(&builder.build(200.0, 200.0)));
}

#[test]
fn every_style_on_a_path() {
    let mut builder = DiagramBuilder::new();
    for (index, style) in STYLES.into_iter().enumerate() {
        let y = 70.0 - 20.0 * index as f64;
        builder.shape(
            ShapeKind::Path,
            &format!("`{style}`.curve"),
            vec![
                (
                    "d",
                    Prop::Path(vec![
                        Segment(PathCommand::MoveTo, vec![Piece::Point(-80.0, y)]),
                        Segment(
                            PathCommand::QuadraticTo,
                            vec![Piece::Point(0.0, y + 10.0), Piece::Point(80.0, y)],
                        ),
                    ]),
                ),
                ("strokeColor", Prop::Rgba([0.6, 0.1, 0.1, 0.75])),
                ("endArrowhead", Prop::Str(style)),
            ],
        );
    }
    insta::assert_snapshot!(render(&builder.build(200.0, 200.0)));
}

#[test]
fn flipped_and_sized_arrowheads() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Line,
        "`A`.flipped",
        vec![
            ("start", Prop::Point(0.0, 0.0)),
            ("end", Prop::Point(30.0, 40.0)),
            ("strokeWidth", Prop::Num(3.0)),
            ("startArrowhead", Prop::Str("straight")),
            ("flipStartArrowhead", Prop::Bool(true)),
            ("startArrowheadSize", Prop::Num(1.5)),
            ("endArrowhead", Prop::Str("concave")),
            ("endArrowheadSize", Prop::Num(0.5)),
        ],
    );
    builder.shape(
        ShapeKind::Line,
        "`A`.unknown",
        vec![
            ("start", Prop::Point(-40.0, -40.0)),
            ("end", Prop::Point(40.0, -40.0)),
            ("startArrowhead", Prop::Str("none")),
            ("endArrowhead", Prop::Str("harpoon")),
        ],
    );
    builder.shape(
        ShapeKind::Line,
        "`A`.point",
        vec![
            ("start", Prop::Point(10.0, 10.0)),
            ("end", Prop::Point(10.0, 10.0)),
            ("endArrowhead", Prop::Str("straight")),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 200.0)));
}
