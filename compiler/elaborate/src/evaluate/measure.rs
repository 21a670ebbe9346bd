//! Provisional sizes for Text and Equation shapes until text measurement
//! lands: a width from the character count and a height from the font
//! size, so labels take up room in the layout.

use super::Measured;
use kite_graph::Shape;
use kite_library::ShapeKind;

/// Advance of an average character, in ems.
const CHARACTER_WIDTH: f64 = 0.55;
/// Ascent and descent, in ems.
const ASCENT: f64 = 0.75;
const DESCENT: f64 = 0.25;

/// `(input, value)` for each measured size input.
pub(super) fn provisional_sizes(shapes: &[Shape], measured: &[Measured]) -> Vec<(usize, f64)> {
    let mut changes = Vec::new();
    for entry in measured {
        let shape = &shapes[entry.shape.index()];
        let text = shape.string("string").unwrap_or_default();
        let size = shape.string("fontSize").map_or(12.0, font_size_px);
        let characters = match shape.kind {
            ShapeKind::Equation => tex_glyphs(text),
            _ => text.chars().count() as f64,
        };
        let (ascent, descent) = if text.is_empty() {
            (0.0, 0.0)
        } else {
            (ASCENT * size, DESCENT * size)
        };
        let sizes = [
            characters * CHARACTER_WIDTH * size,
            ascent + descent,
            ascent,
            descent,
        ];
        for (input, value) in entry.inputs.iter().zip(sizes) {
            if let Some(input) = input {
                changes.push((*input, value));
            }
        }
    }
    changes
}

/// Roughly how many glyphs TeX math sets for `tex`: a control word
/// (`\alpha`, `\vec`) is one glyph or none, braces, `^`, `_` and spaces
/// are none, and scripts are set smaller.
fn tex_glyphs(tex: &str) -> f64 {
    let mut glyphs = 0.0;
    let mut script = false;
    let mut chars = tex.chars().peekable();
    while let Some(c) = chars.next() {
        let weight = if script { 0.7 } else { 1.0 };
        match c {
            '\\' => {
                let mut word = String::new();
                while let Some(&next) = chars.peek().filter(|next| next.is_ascii_alphabetic()) {
                    word.push(next);
                    chars.next();
                }
                // Accents and font switches set no glyph of their own.
                let invisible = matches!(
                    word.as_str(),
                    "vec"
                        | "hat"
                        | "bar"
                        | "tilde"
                        | "dot"
                        | "mathbf"
                        | "mathrm"
                        | "mathbb"
                        | "mathcal"
                        | "mathit"
                        | "text"
                        | "left"
                        | "right"
                        | "frac"
                );
                if word.is_empty() {
                    chars.next();
                    glyphs += weight;
                } else if !invisible {
                    glyphs += weight;
                }
            }
            '^' | '_' => {
                script = true;
                continue;
            }
            '{' | '}' | ' ' | '$' => {}
            _ => glyphs += weight,
        }
        if c != '{' {
            script = false;
        }
    }
    glyphs
}

/// A CSS font size in pixels: `12px`, `1in`, `0.5cm`, `3mm`, or a bare
/// number of pixels; 12 when it cannot be read.
pub fn font_size_px(size: &str) -> f64 {
    let size = size.trim();
    let units = [
        ("px", 1.0),
        ("pt", 96.0 / 72.0),
        ("in", 96.0),
        ("cm", 96.0 / 2.54),
        ("mm", 96.0 / 25.4),
    ];
    for (unit, factor) in units {
        if let Some(number) = size.strip_suffix(unit) {
            return number.trim().parse::<f64>().map_or(12.0, |n| n * factor);
        }
    }
    size.parse().unwrap_or(12.0)
}

#[cfg(test)]
mod tests {
    use super::font_size_px;

    #[test]
    fn tex_counts_the_glyphs_it_sets() {
        assert_eq!(super::tex_glyphs("x"), 1.0);
        assert_eq!(super::tex_glyphs("c\\vec{u}"), 2.0);
        assert_eq!(super::tex_glyphs("\\alpha_1"), 1.7);
    }

    #[test]
    fn font_sizes_in_css_units() {
        assert_eq!(font_size_px("16px"), 16.0);
        assert_eq!(font_size_px("1in"), 96.0);
        assert_eq!(font_size_px("20"), 20.0);
        assert_eq!(font_size_px("large"), 12.0);
    }
}
