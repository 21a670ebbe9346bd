//! PNG output: an SVG drawn by resvg with kite's bundled fonts (the
//! system's fonts are never read), so the same SVG gives the same pixels
//! everywhere.

use kite_text::Fonts;
use resvg::{tiny_skia, usvg};
use std::fmt;

/// Why an SVG could not be drawn as PNG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PngError(pub String);

impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PngError {}

/// Draws `svg` at `scale` pixels per SVG unit and encodes it as PNG.
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    if !(scale.is_finite() && scale > 0.0) {
        return Err(PngError(format!("the scale must be positive, not {scale}")));
    }
    let tree = usvg::Tree::from_str(svg, Fonts::bundled().usvg_options())
        .map_err(|error| PngError(format!("the SVG does not parse: {error}")))?;
    let size = tree
        .size()
        .to_int_size()
        .scale_by(scale)
        .ok_or_else(|| PngError("the drawing is too small to draw".to_string()))?;
    let mut pixmap = tiny_skia::Pixmap::new(size.width(), size.height())
        .ok_or_else(|| PngError("the drawing is too large to draw".to_string()))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    pixmap
        .encode_png()
        .map_err(|error| PngError(format!("cannot encode the PNG: {error}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#f00"/></svg>"##;

    #[test]
    fn draws_at_the_scale_asked_for() {
        let png = render_png(SQUARE, 2.0).unwrap();
        assert_eq!(&png[1..4], b"PNG");
        // Width and height are big-endian at bytes 16..24 of the IHDR chunk.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 20);
        assert_eq!(
            png,
            render_png(SQUARE, 2.0).unwrap(),
            "the same bytes twice"
        );
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(render_png("not svg", 1.0).is_err());
        assert!(render_png(SQUARE, 0.0).is_err());
    }
}
