//! Writes the formatted lines: two spaces of indentation per depth, at most
//! one blank line between lines, no trailing blanks, one final newline.

use crate::lines::Line;
use crate::spacing::write_spaced;
use kite_syntax::Language;

const INDENT: &str = "  ";

/// The text of `lines`; empty when there are none.
pub(crate) fn print(lines: &[Line<'_>], language: Language) -> String {
    let mut out = String::new();
    for line in lines {
        if line.blank_before {
            out.push('\n');
        }
        for _ in 0..line.depth {
            out.push_str(INDENT);
        }
        write_spaced(&line.tokens, language, &mut out);
        out.push('\n');
    }
    out
}
