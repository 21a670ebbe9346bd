//! Arbitrary TeX-like input never panics: it typesets or is an error, and a
//! typeset box is finite and consistent.

use kite_math::{MathRenderer, engine};
use proptest::prelude::*;

const PIECES: [&str; 32] = [
    "x",
    "1",
    " ",
    "{",
    "}",
    "^",
    "_",
    "'",
    "&",
    "$",
    "[",
    "]",
    "(",
    r"\\",
    r"\frac",
    r"\sqrt",
    r"\left(",
    r"\right)",
    r"\vec",
    r"\textsc",
    r"\text{",
    r"\mathbb",
    r"\overset",
    r"\sum",
    r"\alpha",
    r"\color{red}",
    r"\begin{pmatrix}",
    r"\end{pmatrix}",
    r"\cancel",
    r"\boxed",
    r"\{",
    r"\,",
];

fn tex_like() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(&PIECES[..]), 0..24)
        .prop_map(|pieces| pieces.concat())
}

proptest! {
    // A fixed seed: the same 2,000 cases on every run and machine.
    #![proptest_config(ProptestConfig {
        cases: 2000,
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x7465_7821),
        ..ProptestConfig::default()
    })]

    #[test]
    fn tex_like_input_never_panics(tex in tex_like()) {
        if let Ok(typeset) = engine().typeset(&tex, 16.0) {
            prop_assert!(typeset.width.is_finite() && typeset.height.is_finite());
            prop_assert!(typeset.ascent >= 0.0 && typeset.descent >= 0.0);
            prop_assert!((typeset.height - typeset.ascent - typeset.descent).abs() < 1e-9);
        }
    }

    #[test]
    fn any_text_never_panics(text in "\\PC{0,60}") {
        let _ = engine().typeset(&text, 16.0);
    }
}
