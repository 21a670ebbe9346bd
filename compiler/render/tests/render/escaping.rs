//! Text a Style program chooses (shape names, strings, passthrough
//! values) is escaped: it can never open, close or inject markup.

use crate::builder::{DiagramBuilder, Prop};
use crate::render;
use kite_library::ShapeKind;

const HOSTILE: &str = "</text><script>alert(\"x\" & 'y')</script><!--";

#[test]
fn hostile_text_is_escaped() {
    let mut builder = DiagramBuilder::new();
    builder.shape(
        ShapeKind::Text,
        HOSTILE,
        vec![
            ("string", Prop::Str(HOSTILE)),
            ("fontFamily", Prop::Str("\"/><script>")),
            ("class", Prop::Str("a\" onload=\"alert(1)")),
            ("style", Prop::Str("fill: red;\n</style>")),
        ],
    );
    builder.shape(
        ShapeKind::Line,
        "`x\"><script>`.arrow",
        vec![
            ("start", Prop::Point(-10.0, 0.0)),
            ("end", Prop::Point(10.0, 0.0)),
            ("endArrowhead", Prop::Str("concave")),
        ],
    );
    builder.shape(
        ShapeKind::Equation,
        "`E`.tex",
        vec![("string", Prop::Str("a < b && c > d"))],
    );
    let svg = render(&builder.build(100.0, 100.0));
    let document = roxmltree::Document::parse(&svg).expect("well formed");
    assert!(
        document
            .descendants()
            .all(|node| node.tag_name().name() != "script"),
        "no element was injected"
    );
    // Text is drawn as glyph outlines: what a Style chooses survives only
    // in attributes and titles, escaped.
    let group = document
        .descendants()
        .find(|node| node.attribute("class").is_some())
        .expect("the Text's group");
    assert_eq!(group.attribute("class"), Some("a\" onload=\"alert(1)"));
    let title: String = group
        .children()
        .find(|child| child.has_tag_name(("http://www.w3.org/2000/svg", "title")))
        .and_then(|title| title.text())
        .expect("a title")
        .to_string();
    assert_eq!(title, HOSTILE);
    insta::assert_snapshot!(svg);
}
