//! The compiled-in math font, New Computer Modern Math (see `fonts/`), and
//! the metrics the engine needs besides what layout uses.

use latex_rust::{MathFont, MathParams};

use super::dimension::em;
use crate::MathError;

const NEW_CM_MATH: &[u8] = include_bytes!("../../fonts/NewCMMath-Regular.otf");

/// The parsed font.
pub(crate) struct EngineFont {
    pub(crate) math: MathFont,
    /// Height of the math axis above the baseline, in em.
    pub(crate) axis_height: f64,
    /// Font units per em, for glyph outlines.
    pub(crate) units_per_em: f64,
}

impl EngineFont {
    pub(crate) fn load() -> Result<Self, MathError> {
        let math = MathFont::from_bytes(NEW_CM_MATH).map_err(font_error)?;
        let params = MathParams::from_font(&math).map_err(font_error)?;
        Ok(Self {
            axis_height: em(&params.axis_height)?,
            units_per_em: f64::from(math.units_per_em()),
            math,
        })
    }
}

fn font_error(error: latex_rust::Error) -> MathError {
    MathError::new(format!("the bundled math font is unusable: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_font_loads() {
        let font = EngineFont::load().unwrap();
        assert_eq!(font.units_per_em, 1000.0);
        assert_eq!(font.axis_height, 0.25);
    }
}
