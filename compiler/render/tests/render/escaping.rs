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
    let text = document
        .descendants()
        .find(|node| node.has_tag_name(("http://www.w3.org/2000/svg", "text")))
        .expect("a text element");
    assert_eq!(text.attribute("class"), Some("a\" onload=\"alert(1)"));
    let content: String = text
        .children()
        .filter(|child| child.is_text())
        .filter_map(|child| child.text())
        .collect();
    assert_eq!(content, HOSTILE);
    insta::assert_snapshot!(svg);
}
