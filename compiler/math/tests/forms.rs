//! Golden snapshots of the labels Penrose diagrams use most: AutoLabel-style
//! names and common forms, with their boxes in px at 20 px.

mod common;

use common::FORMS;
use kite_math::{MathRenderer, Typeset, engine};

const FONT_SIZE_PX: f64 = 20.0;

fn typeset(tex: &str) -> Typeset {
    engine()
        .typeset(tex, FONT_SIZE_PX)
        .unwrap_or_else(|error| panic!("{tex}: {error}"))
}

fn describe(tex: &str, typeset: &Typeset) -> String {
    format!(
        "tex: {tex}\nwidth: {:.2}\nheight: {:.2}\nascent: {:.2}\ndescent: {:.2}\n\n{}\n",
        typeset.width,
        typeset.height,
        typeset.ascent,
        typeset.descent,
        typeset.body.replace("/>", "/>\n"),
    )
}

#[test]
fn common_forms_match_their_snapshots() {
    for (name, tex) in FORMS {
        insta::assert_snapshot!(name, describe(tex, &typeset(tex)));
    }
}

/// Single glyphs are as wide as in Computer Modern, the font MathJax uses,
/// and sit in MathJax's table row: 0.75 em above the baseline, 0.25 em below.
#[test]
fn glyph_boxes_match_computer_modern_in_a_mathjax_row() {
    let widths = [
        ("A", 0.75),
        ("x", 0.572),
        (r"\alpha", 0.64),
        (r"\Gamma", 0.625),
        (r"\mathbb{R}", 0.722),
    ];
    for (tex, width) in widths {
        let typeset = typeset(tex);
        let em = |px: f64| px / FONT_SIZE_PX;
        assert!((em(typeset.width) - width).abs() < 0.01, "{tex} width");
        assert!((em(typeset.ascent) - 0.75).abs() < 1e-9, "{tex} ascent");
        assert!((em(typeset.descent) - 0.25).abs() < 1e-9, "{tex} descent");
    }
}

#[test]
fn boxes_are_consistent_and_scale_with_the_font_size() {
    for (_, tex) in FORMS {
        let small = typeset(tex);
        let large = engine().typeset(tex, 2.0 * FONT_SIZE_PX).unwrap();
        assert!(small.width > 0.0 && small.ascent > 0.0, "{tex}");
        assert!((small.height - (small.ascent + small.descent)).abs() < 1e-9);
        assert!((large.width - 2.0 * small.width).abs() < 1e-9, "{tex}");
        assert!((large.descent - 2.0 * small.descent).abs() < 1e-9, "{tex}");
    }
}

#[test]
fn shapes_of_the_forms_are_plausible() {
    let subscript = typeset("x_1");
    assert!(subscript.width > typeset("x").width);
    let fraction = typeset(r"\frac{a}{b}");
    assert!(fraction.ascent > typeset("a").ascent && fraction.descent > typeset("a").descent);
    let sum = typeset(r"\sum_{i=1}^n x_i");
    assert!(sum.height > 2.0 * FONT_SIZE_PX, "display-style limits");
    let two_lines = typeset(r"a \\ b");
    assert!(two_lines.height > 2.0 * typeset("a").height);
    assert_eq!(typeset(r"\textsc{abc}"), typeset(r"\text{ABC}"));
    assert_eq!(typeset(r"$x_1$"), subscript);
}
