//! Laying out one line of TeX with latex-rust, in display style as
//! MathJax's `\displaylines` does.

use latex_rust::{MathBox, MathFont, MathStyle, layout, parse};

use super::dimension::em;
use crate::MathError;
use crate::stack::LineSize;

/// The box of one line; a blank line is an empty box.
pub(crate) fn layout_line(tex: &str, font: &MathFont) -> Result<MathBox, MathError> {
    if tex.trim().is_empty() {
        return Ok(MathBox::empty());
    }
    let ast = parse(tex).map_err(|error| MathError::new(error.to_string()))?;
    layout(&ast, font, MathStyle::Display).map_err(|error| MathError::new(error.to_string()))
}

/// The size of a laid-out line, in em.
pub(crate) fn line_size(line: &MathBox) -> Result<LineSize, MathError> {
    Ok(LineSize {
        width: em(&line.width)?,
        height: em(&line.height)?,
        depth: em(&line.depth)?,
    })
}
