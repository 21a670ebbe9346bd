//! The document around the shapes: metadata, the cropped view box, draw
//! order, options, and the passthrough attribute rules.

use crate::builder::{DiagramBuilder, Prop};
use crate::{Files, render, render_with};
use kite_library::ShapeKind;
use kite_render::{RenderOptions, render_svg};

#[test]
fn an_empty_diagram_crops_to_the_canvas() {
    let builder = DiagramBuilder::new();
    insta::assert_snapshot!(render(&builder.build(800.0, 700.0)));
}

#[test]
fn cropped_view_box_is_the_union_of_the_shapes() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Circle,
        "`A`.dot",
        vec![
            ("center", Prop::Point(-50.0, 20.0)),
            ("r", Prop::Num(10.0)),
            ("strokeWidth", Prop::Num(2.0)),
        ],
    );
    builder.shape(
        ShapeKind::Line,
        "`A`.edge",
        vec![
            ("start", Prop::Point(0.0, 0.0)),
            ("end", Prop::Point(60.0, -30.0)),
            ("strokeWidth", Prop::Num(4.0)),
        ],
    );
    builder.shape(
        ShapeKind::Rectangle,
        "`A`.tilted",
        vec![
            ("center", Prop::Point(0.0, 40.0)),
            ("width", Prop::Num(20.0)),
            ("height", Prop::Num(10.0)),
            ("rotation", Prop::Num(45.0)),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(300.0, 200.0)));
}

#[test]
fn shapes_are_drawn_in_the_given_order() {
    let mut builder = DiagramBuilder::new();
    let first = builder.shape(ShapeKind::Circle, "`A`.first", vec![]);
    let second = builder.shape(ShapeKind::Rectangle, "`A`.second", vec![]);
    let third = builder.shape(ShapeKind::Text, "`A`.third", vec![]);
    builder.order(vec![third, first, second]);
    let svg = render(&builder.build(100.0, 100.0));
    let positions: Vec<usize> = ["`A`.third", "`A`.first", "`A`.second"]
        .iter()
        .map(|name| svg.find(name).expect("drawn"))
        .collect();
    assert!(positions.is_sorted(), "{svg}");
}

#[test]
fn passthrough_attributes() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Rectangle,
        "`A`.box",
        vec![
            ("strokeLinejoin", Prop::Str("round")),
            ("fillRule", Prop::Str("evenodd")),
            // Written by the renderer already: the renderer's value wins.
            ("fill", Prop::Str("purple")),
            ("transform", Prop::Str("scale(2)")),
            // Appended to.
            ("style", Prop::Str("cursor: pointer;")),
            ("opacity", Prop::Num(0.25)),
            ("strokeMiterlimit", Prop::Num(1e21)),
            ("id", Prop::Str("box")),
            // Skipped: empty, or not an attribute name.
            ("class", Prop::Str("")),
            ("bad name", Prop::Str("x")),
        ],
    );
    builder.shape(
        ShapeKind::Text,
        "`A`.label",
        vec![
            ("style", Prop::Str("letter-spacing: 2px;")),
            ("paintOrder", Prop::Str("stroke")),
        ],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn marker_ids_carry_the_namespace_and_variation() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Line,
        "`A`.arrow",
        vec![
            ("start", Prop::Point(0.0, 0.0)),
            ("end", Prop::Point(20.0, 0.0)),
            ("endArrowhead", Prop::Str("straight")),
        ],
    );
    let options = RenderOptions {
        namespace: "fig 1".to_string(),
        ..RenderOptions::default()
    };
    let svg = render_with(&builder.build(100.0, 100.0), &Files::default(), &options);
    assert!(
        svg.contains("id=\"fig_1-test-_A_.arrow-endArrowId\""),
        "{svg}"
    );
    assert!(
        svg.contains("marker-end=\"url(#fig_1-test-_A_.arrow-endArrowId)\""),
        "{svg}"
    );
}

#[test]
fn a_source_map_marks_each_shape_with_its_index() {
    let mut builder = DiagramBuilder::new();
    builder.shape(ShapeKind::Circle, "`A`.icon", vec![("r", Prop::Num(5.0))]);
    builder.shape(
        ShapeKind::Text,
        "`A`.label",
        vec![("string", Prop::Str("A"))],
    );
    let diagram = builder.build(100.0, 100.0);
    let options = RenderOptions {
        source_map: true,
        ..RenderOptions::default()
    };
    let svg = render_with(&diagram, &Files::default(), &options);
    let document = roxmltree::Document::parse(&svg).unwrap();
    let marked: Vec<(&str, &str)> = document
        .descendants()
        .filter_map(|node| Some((node.tag_name().name(), node.attribute("data-kite-shape")?)))
        .collect();
    assert_eq!(marked, [("circle", "0"), ("g", "1")], "{svg}");
    let plain = render_with(&diagram, &Files::default(), &RenderOptions::default());
    assert!(!plain.contains("data-kite-shape"), "{plain}");
}

#[test]
fn shapes_without_properties_or_values_still_render() {
    let mut builder = DiagramBuilder::new();
    for kind in ShapeKind::ALL {
        builder.shape(kind, &format!("`A`.{}", kind.name()), vec![]);
    }
    let mut diagram = builder.build(100.0, 100.0);
    let with_defaults = render_svg(&diagram, &[], &Files::default());
    roxmltree::Document::parse(&with_defaults).expect("well formed");
    assert!(
        with_defaults.contains("NaN"),
        "numbers without values are NaN"
    );
    for shape in &mut diagram.shapes {
        shape.properties.clear();
    }
    diagram.order.push(kite_graph::ShapeId(99));
    let bare = render_svg(&diagram, &[], &Files::default());
    roxmltree::Document::parse(&bare).expect("well formed");
    assert_eq!(bare.matches("<title>").count(), ShapeKind::ALL.len());
}
