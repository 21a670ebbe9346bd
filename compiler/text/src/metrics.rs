//! Penrose's Text measurements, computed from a laid-out string.

use crate::fonts::Fonts;
use crate::layout::LaidOutText;
use crate::text_style::TextStyle;

/// The four numbers Penrose records for a Text shape, in px.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct TextMetrics {
    pub width: f64,
    pub height: f64,
    pub ascent: f64,
    pub descent: f64,
}

impl TextMetrics {
    /// Penrose's rule, from canvas `measureText` with the alphabetic
    /// baseline and the text starting at x = 0: width is
    /// `|actualBoundingBoxLeft| + |actualBoundingBoxRight|` (the advance if
    /// that is 0), ascent and descent are the absolute distances from the
    /// baseline to the ink's top and bottom, height is their sum; all four
    /// are 0 when the width or the height is.
    pub(crate) fn from_ink(ink: (f64, f64, f64, f64), advance: f64) -> TextMetrics {
        let (min_x, min_y, max_x, max_y) = ink;
        let ink_width = min_x.abs() + max_x.abs();
        let width = if ink_width == 0.0 { advance } else { ink_width };
        let ascent = min_y.abs();
        let descent = max_y.abs();
        let height = ascent + descent;
        if width == 0.0 || height == 0.0 {
            return TextMetrics::default();
        }
        TextMetrics {
            width,
            height,
            ascent,
            descent,
        }
    }
}

impl Fonts {
    /// Measures a string the way Penrose measures a Text shape.
    pub fn measure(&self, style: &TextStyle) -> TextMetrics {
        let laid_out = LaidOutText::new(self, style);
        TextMetrics::from_ink(laid_out.ink(), laid_out.advance())
    }
}
