//! PNG output: an SVG drawn by resvg with kite's bundled fonts (the
//! system's fonts are never read), so the same SVG gives the same pixels
//! everywhere.
//!
//! Drawing is bounded: the top-level elements are drawn one by one,
//! those whose painted area (filters included) lies wholly off the
//! canvas are skipped (they could not change a pixel, but a blur still
//! costs its whole region), and drawing stops with an error once it has
//! taken longer than the budget.

use kite_text::Fonts;
use resvg::{tiny_skia, usvg};
use std::fmt;
use std::time::{Duration, Instant};

/// The longest drawing a PNG may take by default.
pub const PNG_BUDGET: Duration = Duration::from_secs(10);

/// Why an SVG could not be drawn as PNG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PngError(pub String);

impl fmt::Display for PngError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PngError {}

/// Draws `svg` at `scale` pixels per SVG unit and encodes it as PNG, within
/// [`PNG_BUDGET`].
pub fn render_png(svg: &str, scale: f32) -> Result<Vec<u8>, PngError> {
    render_png_within(svg, scale, PNG_BUDGET)
}

/// [`render_png`], failing when drawing takes longer than `budget`.
pub fn render_png_within(svg: &str, scale: f32, budget: Duration) -> Result<Vec<u8>, PngError> {
    let started = Instant::now();
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
    let transform = tiny_skia::Transform::from_scale(scale, scale);
    let canvas =
        tiny_skia::Rect::from_xywh(0.0, 0.0, pixmap.width() as f32, pixmap.height() as f32)
            .expect("a pixmap has a positive size");
    for node in tree.root().children() {
        if started.elapsed() > budget {
            return Err(PngError(format!(
                "drawing the PNG took longer than {} s, so it was stopped",
                budget.as_secs_f64()
            )));
        }
        let Some(painted) = node.abs_layer_bounding_box() else {
            continue;
        };
        let on_canvas = painted
            .transform(transform)
            .is_some_and(|painted| painted.to_rect().intersect(&canvas).is_some());
        if on_canvas {
            // `render_node` draws relative to the node's box; moving by the
            // box's corner first draws it where `resvg::render` would.
            let at = transform.pre_translate(painted.x(), painted.y());
            resvg::render_node(node, at, &mut pixmap.as_mut());
        }
    }
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
    fn draws_what_resvg_draws_and_skips_what_lies_off_the_canvas() {
        let svg = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 20 10"><defs><filter id="b"><feGaussianBlur stdDeviation="2"/></filter></defs><rect width="10" height="10" fill="#f00"/><circle cx="12" cy="5" r="4" fill="#00f" filter="url(#b)"/><circle cx="500" cy="500" r="40" filter="url(#b)"/><g opacity="0.5"><rect x="5" y="2" width="10" height="3"/></g></svg>"##;
        let tree = usvg::Tree::from_str(svg, Fonts::bundled().usvg_options()).unwrap();
        let mut whole = tiny_skia::Pixmap::new(40, 20).unwrap();
        resvg::render(
            &tree,
            tiny_skia::Transform::from_scale(2.0, 2.0),
            &mut whole.as_mut(),
        );
        assert_eq!(render_png(svg, 2.0).unwrap(), whole.encode_png().unwrap());
    }

    #[test]
    fn image_files_named_inside_the_svg_are_never_read() {
        let mut red = tiny_skia::Pixmap::new(4, 4).unwrap();
        red.fill(tiny_skia::Color::from_rgba8(255, 0, 0, 255));
        let file = std::env::temp_dir().join(format!("kite-png-href-{}.png", std::process::id()));
        std::fs::write(&file, red.encode_png().unwrap()).unwrap();
        let with_image = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><image href="{}" width="4" height="4"/></svg>"#,
            file.display()
        );
        let empty = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"></svg>"#;
        let drawn = render_png(&with_image, 1.0).unwrap();
        std::fs::remove_file(&file).unwrap();
        assert_eq!(drawn, render_png(empty, 1.0).unwrap());
    }

    #[test]
    fn drawing_stops_at_the_budget() {
        let error = render_png_within(SQUARE, 1.0, Duration::ZERO).unwrap_err();
        assert!(error.0.contains("took longer than 0 s"), "{error}");
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(render_png("not svg", 1.0).is_err());
        assert!(render_png(SQUARE, 0.0).is_err());
    }
}
