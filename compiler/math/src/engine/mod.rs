//! The latex-rust engine: each line of the label is parsed and laid out by
//! latex-rust 2.1.1 with New Computer Modern Math, the lines are stacked, and
//! the box trees are drawn as SVG by this crate.

mod dimension;
mod draw;
mod font;
mod line;
mod outline;

use std::sync::LazyLock;

use self::draw::Canvas;
use self::font::EngineFont;
use self::line::{layout_line, line_size};
use crate::limits::{check_font_size, check_input};
use crate::prepass::prepare_lines;
use crate::stack::stack_lines;
use crate::{MathError, MathRenderer, Typeset};

/// TeX math typeset by latex-rust with the bundled New Computer Modern Math.
pub struct LatexRust {
    font: Result<EngineFont, MathError>,
}

/// The crate's only static: the engine with its font parsed once, on first
/// use. It is immutable and built from compiled-in data only.
static ENGINE: LazyLock<LatexRust> = LazyLock::new(|| LatexRust {
    font: EngineFont::load(),
});

/// The shared engine.
pub fn engine() -> &'static LatexRust {
    &ENGINE
}

impl MathRenderer for LatexRust {
    fn typeset(&self, tex: &str, font_size_px: f64) -> Result<Typeset, MathError> {
        check_font_size(font_size_px)?;
        check_input(tex)?;
        let lines = prepare_lines(tex)?;
        if lines.is_empty() {
            return Ok(Typeset::empty());
        }
        let font = self.font.as_ref().map_err(Clone::clone)?;
        let boxes = lines
            .iter()
            .map(|line| layout_line(line, &font.math))
            .collect::<Result<Vec<_>, _>>()?;
        let sizes = boxes.iter().map(line_size).collect::<Result<Vec<_>, _>>()?;
        let stack = stack_lines(&sizes, font.axis_height);
        let mut canvas = Canvas::new(font, font_size_px);
        for (line, origin) in boxes.iter().zip(&stack.origins) {
            canvas.draw(
                line,
                origin.x * font_size_px,
                origin.baseline * font_size_px,
            )?;
        }
        let ascent = stack.ascent * font_size_px;
        let descent = stack.descent * font_size_px;
        Ok(Typeset {
            width: stack.width * font_size_px,
            height: ascent + descent,
            ascent,
            descent,
            body: canvas.into_body(),
        })
    }
}
