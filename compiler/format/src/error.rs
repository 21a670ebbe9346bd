//! Why a text could not be formatted.

use kite_diagnostics::Diagnostic;
use std::fmt;

/// The formatter refuses text it cannot parse: formatting a guess could
/// change what the program means.
#[derive(Clone, Debug, PartialEq)]
pub enum FormatError {
    /// The text has syntax errors; they are reported against `FileId(0)`.
    SyntaxErrors { diagnostics: Vec<Diagnostic> },
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormatError::SyntaxErrors { diagnostics } => {
                let count = diagnostics.iter().filter(|d| d.is_error()).count();
                let plural = if count == 1 { "" } else { "s" };
                write!(
                    f,
                    "cannot format text with syntax errors ({count} error{plural}); fix them first"
                )
            }
        }
    }
}

impl std::error::Error for FormatError {}
