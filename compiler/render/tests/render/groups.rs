//! Groups: members in the global draw order, clipping, nesting, and
//! Groups that contain themselves.

use crate::builder::{DiagramBuilder, Prop};
use crate::{Files, render, render_with};
use kite_library::ShapeKind;
use kite_render::RenderOptions;

#[test]
fn clipped_group_draws_members_in_global_order() {
    let mut builder = DiagramBuilder::new();
    let back = builder.shape(
        ShapeKind::Rectangle,
        "`A`.back",
        vec![("width", Prop::Num(100.0)), ("height", Prop::Num(60.0))],
    );
    let label = builder.shape(
        ShapeKind::Text,
        "`A`.label",
        vec![("string", Prop::Str("A"))],
    );
    let window = builder.shape(
        ShapeKind::Circle,
        "`A`.window",
        vec![("r", Prop::Num(25.0))],
    );
    let outside = builder.shape(
        ShapeKind::Circle,
        "`B`.dot",
        vec![("center", Prop::Point(70.0, 0.0)), ("r", Prop::Num(5.0))],
    );
    builder.shape(
        ShapeKind::Group,
        "`A`.group",
        vec![
            // Listed top first: drawing follows the global order instead.
            ("shapes", Prop::Shapes(vec![label, window, back])),
            ("clipPath", Prop::Clip(window)),
            ("opacity", Prop::Num(0.5)),
        ],
    );
    let options = RenderOptions {
        namespace: "page1".to_string(),
        ..RenderOptions::default()
    };
    let svg = render_with(&builder.build(200.0, 100.0), &Files::default(), &options);
    assert!(svg.contains("`B`.dot"), "{outside:?} is a root");
    insta::assert_snapshot!(svg);
}

#[test]
fn nested_groups_and_a_group_inside_itself() {
    let mut builder = DiagramBuilder::new();
    let dot = builder.shape(ShapeKind::Circle, "`A`.dot", vec![("r", Prop::Num(5.0))]);
    let arrow = builder.shape(
        ShapeKind::Line,
        "`A`.arrow",
        vec![
            ("start", Prop::Point(0.0, 0.0)),
            ("end", Prop::Point(40.0, 0.0)),
            ("endArrowhead", Prop::Str("straight")),
        ],
    );
    let inner = builder.shape(
        ShapeKind::Group,
        "`A`.inner",
        vec![("shapes", Prop::Shapes(vec![dot, arrow]))],
    );
    let outer_id = kite_graph::ShapeId(3);
    builder.shape(
        ShapeKind::Group,
        "`A`.outer",
        // The outer Group lists itself, and the line a second time
        // through a second Group.
        vec![("shapes", Prop::Shapes(vec![inner, outer_id, arrow]))],
    );
    insta::assert_snapshot!(render(&builder.build(200.0, 100.0)));
}

#[test]
fn an_empty_group_draws_its_title_only() {
    let mut builder = DiagramBuilder::new();
    builder.shape(ShapeKind::Group, "`A`.empty", vec![]);
    insta::assert_snapshot!(render(&builder.build(100.0, 100.0)));
}

#[test]
fn groups_holding_each_other_are_drawn_once_from_the_first() {
    let mut builder = DiagramBuilder::new();
    let dot = builder.shape(ShapeKind::Circle, "`A`.dot", vec![("r", Prop::Num(5.0))]);
    let (first, second) = (kite_graph::ShapeId(1), kite_graph::ShapeId(2));
    builder.shape(
        ShapeKind::Group,
        "`A`.first",
        vec![("shapes", Prop::Shapes(vec![second]))],
    );
    builder.shape(
        ShapeKind::Group,
        "`A`.second",
        vec![("shapes", Prop::Shapes(vec![first, dot]))],
    );
    insta::assert_snapshot!(render(&builder.build(100.0, 100.0)));
}
