//! The SVG body is well-formed, deterministic and stays inside its box.

use kite_math::{MathRenderer, engine};

const LABELS: [&str; 8] = [
    r"x_1",
    r"\frac{a}{b} \\ \sqrt{2}",
    r"\color{red}{x} + \colorbox{yellow}{y}",
    r"\boxed{E = mc^2}",
    r"\cancel{x}",
    r"\text{a < b \& c}",
    r"\left( \begin{pmatrix} 1 & 0 \\ 0 & 1 \end{pmatrix} \right)",
    r"\vec{AB} \cdot \vec{v}",
];

#[test]
fn bodies_parse_as_svg() {
    for tex in LABELS {
        let typeset = engine()
            .typeset(tex, 16.0)
            .unwrap_or_else(|e| panic!("{tex}: {e}"));
        let document = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{}" height="{}">{}</svg>"#,
            typeset.width, typeset.height, typeset.body
        );
        let tree = roxmltree::Document::parse(&document).unwrap_or_else(|e| panic!("{tex}: {e}"));
        let elements = tree.descendants().filter(|node| node.is_element()).count();
        assert!(elements > 1, "{tex} draws nothing");
    }
}

#[test]
fn typesetting_twice_gives_identical_output() {
    for tex in LABELS {
        assert_eq!(engine().typeset(tex, 16.0), engine().typeset(tex, 16.0));
    }
}

#[test]
fn only_explicit_colours_set_a_fill() {
    let plain = engine().typeset(r"\boxed{x} + \cancel{y}", 16.0).unwrap();
    assert!(!plain.body.contains("fill=\"#"), "{}", plain.body);
    assert!(!plain.body.contains("stroke"));
    let coloured = engine().typeset(r"\color{red}{x}", 16.0).unwrap();
    assert!(coloured.body.starts_with(r##"<g fill="#ff0000">"##));
}

/// Every coordinate of the drawing lies within the box, give or take a
/// little overhang of italic glyphs.
#[test]
fn drawings_stay_near_their_box() {
    for tex in LABELS {
        let typeset = engine()
            .typeset(tex, 16.0)
            .unwrap_or_else(|e| panic!("{tex}: {e}"));
        let numbers = typeset
            .body
            .split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-'))
            .filter_map(|word| word.parse::<f64>().ok());
        let slack = 4.0;
        let limit = typeset.width.max(typeset.height) + slack;
        for number in numbers {
            assert!((-slack..=limit).contains(&number), "{tex}: {number}");
        }
    }
}
