//! Input that cannot be typeset gives an error with a clear message,
//! without panicking; an empty label is a zero box.

use kite_math::{MAX_GROUP_DEPTH, MAX_INPUT_BYTES, MathRenderer, engine};

fn error_message(tex: &str) -> String {
    engine().typeset(tex, 16.0).expect_err(tex).message
}

#[test]
fn unsupported_tex_is_an_error() {
    assert_eq!(
        error_message(r"\notacommand{x}"),
        r"unknown command: \notacommand"
    );
    assert_eq!(
        error_message(r"\begin{tikzpicture}\draw (0,0) -- (1,1);\end{tikzpicture}"),
        "unsupported: environment tikzpicture"
    );
    assert_eq!(error_message(r"a \\ \frac{b"), "malformed: unmatched '{'");
    assert_eq!(error_message(r"\textsc"), r"`\textsc` needs an argument");
}

#[test]
fn oversized_input_and_font_sizes_are_errors() {
    let long = "x".repeat(MAX_INPUT_BYTES + 1);
    assert!(error_message(&long).contains("limit is 4096"));
    assert!(engine().typeset("x", 0.0).is_err());
    assert!(engine().typeset("x", f64::NAN).is_err());
}

/// Deep or long input is refused, most of it by the limits that are
/// checked before any typesetting (a bound on the work, not a timing).
#[test]
fn deep_nesting_is_an_error() {
    let braces = "{".repeat(MAX_GROUP_DEPTH + 1) + "x" + &"}".repeat(MAX_GROUP_DEPTH + 1);
    assert!(error_message(&braces).contains("deeper than 64"));
    let roots = r"\sqrt".repeat(1000) + "x";
    assert!(error_message(&roots).contains("limit is 4096"));
    let fractions = r"\frac{1}{".repeat(40) + "x" + &"}".repeat(40);
    assert!(engine().typeset(&fractions, 16.0).is_err());
    let scripts = "x^".repeat(1000) + "x";
    assert!(engine().typeset(&scripts, 16.0).is_err());
}

#[test]
fn an_empty_label_is_a_zero_box() {
    for empty in ["", "  ", "$$", "$ $"] {
        let typeset = engine().typeset(empty, 16.0).unwrap();
        assert_eq!(
            (
                typeset.width,
                typeset.height,
                typeset.ascent,
                typeset.descent
            ),
            (0.0, 0.0, 0.0, 0.0)
        );
        assert!(typeset.body.is_empty());
    }
}
