//! The formatter: the canonical layout of Domain, Substance and Style files.
//!
//! Formatting works on the token stream ([`kite_syntax::lexical_tokens`]),
//! comments included, one source line at a time: the languages are line
//! oriented, so keeping the author's line breaks (blank lines collapsed to
//! one) keeps the meaning, and only the spaces within a line, the
//! indentation and one-line Style blocks change. The parse tree tells block
//! and shape braces, which get lines of their own, from tuple braces, which
//! do not. Text with syntax errors is refused rather than guessed at.
//!
//! The crate does no IO.

mod block_braces;
mod edits;
mod error;
mod lines;
mod printer;
mod spacing;

pub use edits::TextEdit;
pub use error::FormatError;

use kite_diagnostics::{FileId, Span};
use kite_limits::Limits;
use kite_syntax::{Language, lexical_tokens, parse_within};

/// `text` in the canonical layout of `language`, or an error when the text
/// has syntax errors or is larger than the default limits allow.
pub fn format(text: &str, language: Language) -> Result<String, FormatError> {
    let parsed = parse_within(text, language, FileId(0), &Limits::default());
    if parsed.has_errors() {
        return Err(FormatError::SyntaxErrors {
            diagnostics: parsed.diagnostics,
        });
    }
    let tokens = lexical_tokens(text, language);
    let braces = block_braces::block_braces(&parsed.ast, &tokens, text);
    let lines = lines::logical_lines(text, &tokens, &braces);
    Ok(printer::print(&lines, language))
}

/// The replacements that turn `text` into its canonical layout, one per run
/// of changed lines. With `range`, only the edits that touch the lines the
/// range covers (for formatting a selection).
pub fn format_edits(
    text: &str,
    language: Language,
    range: Option<Span>,
) -> Result<Vec<TextEdit>, FormatError> {
    let formatted = format(text, language)?;
    let edits = edits::line_edits(text, &formatted);
    Ok(match range {
        Some(range) => edits::touching_lines(edits, text, range),
        None => edits,
    })
}
