//! Outlines agree with measurements and print deterministically.

use kite_text::{Fonts, TextStyle};

fn label(text: &str) -> TextStyle<'_> {
    TextStyle {
        text,
        family: "sans-serif",
        size_px: 12.0,
        weight: "",
        style: "",
    }
}

#[test]
fn an_outline_is_non_empty_and_its_ink_box_is_the_measurement() {
    let fonts = Fonts::bundled();
    for text in ["A", "Ag", "Hello, world", "αβγ", "x ∈ ℝ"] {
        let outline = fonts.outline(&label(text));
        assert!(
            outline.path_data.starts_with('M'),
            "{text:?}: {}",
            outline.path_data
        );
        assert!(outline.path_data.ends_with('Z'), "{text:?}");
        let (min_x, min_y, max_x, max_y) = outline.ink;
        let metrics = fonts.measure(&label(text));
        assert_eq!(metrics, outline.metrics(), "{text:?}");
        assert_eq!(metrics.width, min_x.abs() + max_x.abs(), "{text:?}");
        assert_eq!(metrics.ascent, -min_y, "{text:?}");
        assert_eq!(metrics.descent, max_y.max(0.0), "{text:?}");
        assert!(
            max_x - min_x > 0.0 && max_x <= outline.advance + 1.0,
            "{text:?}: {outline:?}"
        );
    }
}

#[test]
fn outlines_are_deterministic() {
    let fonts = Fonts::bundled();
    let first = fonts.outline(&label("Hello, world"));
    assert_eq!(first, fonts.outline(&label("Hello, world")));
}

#[test]
fn a_capital_a_outline_is_stable() {
    insta::assert_snapshot!(Fonts::bundled().outline(&label("A")).path_data);
}

#[test]
fn white_space_has_no_outline() {
    let outline = Fonts::bundled().outline(&label("   "));
    assert_eq!(outline.path_data, "");
    assert_eq!(outline.ink, (0.0, 0.0, 0.0, 0.0));
}
