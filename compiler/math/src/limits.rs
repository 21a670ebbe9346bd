//! Limits on what is typeset, checked before any work: input size, group
//! nesting and the font size. They keep pathological labels from taking
//! unbounded time or stack.

use crate::MathError;
use crate::prepass::tokens::{Token, tokens};

/// The longest TeX input accepted, in bytes.
pub const MAX_INPUT_BYTES: usize = 4096;

/// The deepest nesting of braces and environments accepted.
pub const MAX_GROUP_DEPTH: usize = 64;

/// Checks the size and nesting of `tex`.
pub(crate) fn check_input(tex: &str) -> Result<(), MathError> {
    if tex.len() > MAX_INPUT_BYTES {
        return Err(MathError::new(format!(
            "the TeX is {} bytes long; the limit is {MAX_INPUT_BYTES}",
            tex.len()
        )));
    }
    let mut depth = 0usize;
    for (_, token) in tokens(tex) {
        match token {
            Token::Char('{') | Token::Command("begin") => depth += 1,
            Token::Char('}') | Token::Command("end") => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth > MAX_GROUP_DEPTH {
            return Err(MathError::new(format!(
                "the TeX nests groups deeper than {MAX_GROUP_DEPTH} levels"
            )));
        }
    }
    Ok(())
}

/// Checks that a font size in px is a positive, finite number.
pub(crate) fn check_font_size(font_size_px: f64) -> Result<(), MathError> {
    if font_size_px.is_finite() && font_size_px > 0.0 {
        Ok(())
    } else {
        Err(MathError::new(format!(
            "the font size must be a positive number of px, not {font_size_px}"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejects_long_and_deep_input() {
        assert!(check_input(&"x".repeat(MAX_INPUT_BYTES)).is_ok());
        assert!(check_input(&"x".repeat(MAX_INPUT_BYTES + 1)).is_err());
        let deep = |n| "{".repeat(n) + &"}".repeat(n);
        assert!(check_input(&deep(MAX_GROUP_DEPTH)).is_ok());
        assert!(check_input(&deep(MAX_GROUP_DEPTH + 1)).is_err());
        assert!(check_input(&r"\{".repeat(100)).is_ok());
    }

    #[test]
    fn rejects_unusable_font_sizes() {
        assert!(check_font_size(12.5).is_ok());
        for bad in [0.0, -1.0, f64::NAN, f64::INFINITY] {
            assert!(check_font_size(bad).is_err());
        }
    }
}
