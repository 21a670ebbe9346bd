//! Golden SVGs: the hand-written trios in `tests/fixtures/render`, which
//! together use every shape type, arrowhead and layering form, each
//! checked against its annotated diagnostics and rendered at the initial
//! state of the empty variation.

use kite_db::trio_elaboration;
use kite_diagnostics::{HumanOptions, render_human};
use kite_render::{ImageUnavailable, Resources, render_svg};
use kite_tests::trio_fixtures;

/// The one image the fixtures can use.
struct FixtureImages;

impl Resources for FixtureImages {
    fn image(&self, href: &str) -> Result<String, ImageUnavailable> {
        (href == "star.svg").then(|| {
            concat!(
                r#"<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">"#,
                r##"<defs><linearGradient id="gold"><stop offset="0" stop-color="#fc0"/></linearGradient></defs>"##,
                r##"<path d="M5 0 L6 4 L10 4 L7 6 L8 10 L5 7 L2 10 L3 6 L0 4 L4 4 Z" fill="url(#gold)"/></svg>"##
            )
            .to_string()
        })
        .ok_or_else(|| ImageUnavailable::Missing(format!("no fixture image {href}")))
    }
}

#[test]
fn render_fixtures_match_their_golden_svgs() {
    let fixtures = trio_fixtures("render");
    assert!(fixtures.len() >= 3, "expected the render fixtures");
    for fixture in &fixtures {
        let (db, trio) = fixture.load();
        let elaboration = trio_elaboration(&db, trio);
        let diagnostics = kite_db::trio_diagnostics(&db, trio);
        let report = render_human(diagnostics, &db.sources(), HumanOptions { color: false });
        assert_eq!(
            fixture.locate(diagnostics),
            fixture.expected,
            "{}: unexpected diagnostics\n{report}",
            fixture.name
        );
        let diagram = elaboration
            .diagram
            .as_ref()
            .unwrap_or_else(|| panic!("{} does not elaborate\n{report}", fixture.name));
        let svg = render_svg(diagram, diagram.graph.initial_values(), &FixtureImages);
        roxmltree::Document::parse(&svg)
            .unwrap_or_else(|error| panic!("{}: malformed SVG: {error}\n{svg}", fixture.name));
        let again = render_svg(diagram, diagram.graph.initial_values(), &FixtureImages);
        assert_eq!(
            svg, again,
            "{}: rendering is not deterministic",
            fixture.name
        );
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(format!("render__{}", fixture.name), svg);
        });
    }
}
