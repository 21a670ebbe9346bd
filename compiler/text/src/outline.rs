//! Text as glyph outlines, so SVG output needs no fonts in the viewer.

use crate::fonts::Fonts;
use crate::layout::LaidOutText;
use crate::metrics::TextMetrics;
use crate::path_data::push_path_data;
use crate::text_style::TextStyle;

/// A string's glyph outlines in px, y down, with the baseline at y = 0 and
/// the advance box starting at x = 0.
#[derive(Clone, Debug, PartialEq)]
pub struct Outline {
    /// SVG path data (`d`), empty when the text has no ink.
    pub path_data: String,
    /// The advance width; 0 when the text has no ink.
    pub advance: f64,
    /// The ink box `(min_x, min_y, max_x, max_y)`; all 0 without ink.
    pub ink: (f64, f64, f64, f64),
}

impl Outline {
    /// The measurements of the outlined text, equal to [`Fonts::measure`]
    /// of the same style, without laying it out again.
    pub fn metrics(&self) -> TextMetrics {
        TextMetrics::from_ink(self.ink, self.advance)
    }
}

impl Fonts {
    /// Lays a string out and returns its glyph outlines.
    pub fn outline(&self, style: &TextStyle) -> Outline {
        let laid_out = LaidOutText::new(self, style);
        let mut path_data = String::new();
        for path in laid_out.glyph_paths() {
            push_path_data(&mut path_data, path.data());
        }
        Outline {
            path_data,
            advance: laid_out.advance(),
            ink: laid_out.ink(),
        }
    }
}
