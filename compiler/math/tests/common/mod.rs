//! The labels the tests typeset: AutoLabel-style names and the forms Penrose
//! diagrams use most, each with a name for its snapshot.

pub const FORMS: [(&str, &str); 13] = [
    ("letter", "A"),
    ("subscript", "x_1"),
    ("vec", r"\vec{v}"),
    ("blackboard", r"\mathbb{R}"),
    ("fraction", r"\frac{a}{b}"),
    ("alpha", r"\alpha"),
    ("greek_subscript", r"\beta_2"),
    ("capital_greek", r"\Gamma"),
    ("squares", "x^2 + y^2"),
    ("square_root", r"\sqrt{2}"),
    ("sum", r"\sum_{i=1}^n x_i"),
    ("two_lines", r"a \\ b"),
    ("small_caps", r"\textsc{abc}"),
];
