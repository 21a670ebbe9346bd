//! Text and Equation sizes: Text measured with the bundled fonts, TeX
//! typeset by the math engine (§9). TeX the engine cannot set is measured
//! as its plain source instead, and reported.

use super::Measured;
use kite_graph::{Shape, ShapeId};
use kite_library::{Property, ShapeKind};
use kite_math::{DEFAULT_EQUATION_SIZE_PX, MathRenderer, engine};
use kite_text::{DEFAULT_TEXT_SIZE_PX, Fonts, TextMetrics, TextStyle, font_size_px};

/// The measured sizes, as `(input, value)` changes, and the Equations
/// whose TeX could not be typeset, with why.
pub(super) struct Measurements {
    pub changes: Vec<(usize, f64)>,
    pub unsupported: Vec<(ShapeId, String)>,
}

pub(super) fn measure(shapes: &[Shape], measured: &[Measured]) -> Measurements {
    let mut result = Measurements {
        changes: Vec::new(),
        unsupported: Vec::new(),
    };
    for entry in measured {
        let shape = &shapes[entry.shape.index()];
        let metrics = match shape.kind {
            ShapeKind::Equation => {
                let tex = shape.string(Property::String).unwrap_or_default();
                let size = size_of(shape, DEFAULT_EQUATION_SIZE_PX);
                match engine().typeset(tex, size) {
                    Ok(typeset) => TextMetrics {
                        width: typeset.width,
                        height: typeset.height,
                        ascent: typeset.ascent,
                        descent: typeset.descent,
                    },
                    Err(error) => {
                        result.unsupported.push((entry.shape, error.message));
                        Fonts::bundled().measure(&TextStyle::plain(tex, size))
                    }
                }
            }
            _ => Fonts::bundled().measure(&text_style(shape)),
        };
        let sizes = [
            metrics.width,
            metrics.height,
            metrics.ascent,
            metrics.descent,
        ];
        for (input, value) in entry.inputs.iter().zip(sizes) {
            if let Some(input) = input {
                result.changes.push((*input, value));
            }
        }
    }
    result
}

/// A shape's font size in px, or `default` when it cannot be read.
fn size_of(shape: &Shape, default: f64) -> f64 {
    shape
        .string(Property::FontSize)
        .and_then(font_size_px)
        .unwrap_or(default)
}

/// The font a Text shape's properties ask for.
fn text_style(shape: &Shape) -> TextStyle<'_> {
    TextStyle {
        text: shape.string(Property::String).unwrap_or_default(),
        family: shape.string(Property::FontFamily).unwrap_or_default(),
        size_px: size_of(shape, DEFAULT_TEXT_SIZE_PX),
        weight: shape.string(Property::FontWeight).unwrap_or_default(),
        style: shape.string(Property::FontStyle).unwrap_or_default(),
    }
}
