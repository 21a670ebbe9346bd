//! The one error type: TeX that cannot be typeset, with a message for people.

use std::fmt;

/// Why a formula could not be typeset: unsupported or malformed TeX, input
/// over the size limits, or an unusable font size.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MathError {
    pub message: String,
}

impl MathError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        Self {
            message: message.into(),
        }
    }
}

impl fmt::Display for MathError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for MathError {}
