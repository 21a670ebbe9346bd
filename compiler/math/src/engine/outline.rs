//! Glyph outlines as SVG path data, placed and scaled into px.

use latex_rust::ttf_parser::{Face, GlyphId, OutlineBuilder};

use crate::svg_number::svg_number;

/// Where a glyph goes: its origin on the baseline, in px, and px per font unit.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Placement {
    pub(crate) x: f64,
    pub(crate) baseline: f64,
    pub(crate) scale: f64,
}

/// The outline of `glyph` placed in px, or `None` for a glyph without one.
pub(crate) fn glyph_path_data(face: &Face<'_>, glyph: u16, placement: Placement) -> Option<String> {
    let mut path = PathData {
        placement,
        data: String::new(),
    };
    face.outline_glyph(GlyphId(glyph), &mut path)?;
    Some(path.data.trim_end().to_owned())
}

struct PathData {
    placement: Placement,
    data: String,
}

impl PathData {
    fn command(&mut self, letter: char, points: &[(f32, f32)]) {
        let Placement {
            x: left,
            baseline,
            scale,
        } = self.placement;
        self.data.push(letter);
        for &(x, y) in points {
            self.data.push(' ');
            self.data.push_str(&svg_number(left + f64::from(x) * scale));
            self.data.push(' ');
            self.data
                .push_str(&svg_number(baseline - f64::from(y) * scale));
        }
        self.data.push(' ');
    }
}

impl OutlineBuilder for PathData {
    fn move_to(&mut self, x: f32, y: f32) {
        self.command('M', &[(x, y)]);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.command('L', &[(x, y)]);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.command('Q', &[(x1, y1), (x, y)]);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.command('C', &[(x1, y1), (x2, y2), (x, y)]);
    }

    fn close(&mut self) {
        self.command('Z', &[]);
    }
}
