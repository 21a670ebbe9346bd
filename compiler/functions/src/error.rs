//! What can go wrong in a library call, and what a call warns about.

use std::fmt;

/// A call that cannot produce a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FunctionError {
    pub message: String,
    /// The 0-based argument the problem is in, if it is in one.
    pub argument: Option<usize>,
}

impl FunctionError {
    pub fn new(message: impl Into<String>) -> FunctionError {
        FunctionError {
            message: message.into(),
            argument: None,
        }
    }

    /// Blames argument `index` unless the error already names one.
    pub fn in_argument(mut self, index: usize) -> FunctionError {
        self.argument.get_or_insert(index);
        self
    }
}

impl fmt::Display for FunctionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for FunctionError {}

/// A call that produced a value, but a weaker one than asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FunctionWarning {
    /// The distance between two shapes was measured between their
    /// bounding boxes, e.g. `shapeDistance(Polygon, Circle)`.
    BBoxApproximation { signature: String },
}

impl fmt::Display for FunctionWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FunctionWarning::BBoxApproximation { signature } => write!(
                f,
                "`{signature}` is approximated by the shapes' bounding boxes"
            ),
        }
    }
}
