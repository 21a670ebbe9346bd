//! The diagnostic value every phase produces.

use crate::{codes::Code, span::FileId, span::Span};
use serde::Serialize;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Note,
}

/// A span in a file with an optional message, pointing at what a diagnostic is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Label {
    pub file: FileId,
    pub span: Span,
    pub message: String,
}

/// One text replacement: `span` of `file` becomes `replacement`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub file: FileId,
    pub span: Span,
    pub replacement: String,
}

/// A suggested change that resolves a diagnostic, made of one or more edits.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fix {
    pub message: String,
    pub edits: Vec<Edit>,
}

/// A problem found in the sources, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    pub code: Code,
    pub severity: Severity,
    pub message: String,
    pub primary: Label,
    pub secondary: Vec<Label>,
    pub hints: Vec<String>,
    pub fixes: Vec<Fix>,
}

impl Diagnostic {
    /// An error with `code`, pointing at `span` of `file`.
    pub fn error(code: Code, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Error, code, file, span, message)
    }

    /// A warning with `code`, pointing at `span` of `file`.
    pub fn warning(code: Code, file: FileId, span: Span, message: impl Into<String>) -> Self {
        Diagnostic::new(Severity::Warning, code, file, span, message)
    }

    fn new(
        severity: Severity,
        code: Code,
        file: FileId,
        span: Span,
        message: impl Into<String>,
    ) -> Self {
        Diagnostic {
            code,
            severity,
            message: message.into(),
            primary: Label {
                file,
                span,
                message: String::new(),
            },
            secondary: Vec::new(),
            hints: Vec::new(),
            fixes: Vec::new(),
        }
    }

    /// Sets the message shown at the primary span.
    pub fn with_label(mut self, message: impl Into<String>) -> Self {
        self.primary.message = message.into();
        self
    }

    /// Adds a secondary label, e.g. where a clashing name was first declared.
    pub fn with_secondary(mut self, file: FileId, span: Span, message: impl Into<String>) -> Self {
        self.secondary.push(Label {
            file,
            span,
            message: message.into(),
        });
        self
    }

    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hints.push(hint.into());
        self
    }

    /// Adds a one-edit fix that replaces `span` (in the primary file) with `replacement`.
    pub fn with_fix(
        mut self,
        message: impl Into<String>,
        span: Span,
        replacement: impl Into<String>,
    ) -> Self {
        self.fixes.push(Fix {
            message: message.into(),
            edits: vec![Edit {
                file: self.primary.file,
                span,
                replacement: replacement.into(),
            }],
        });
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Removes, from `diagnostics[from..]`, every diagnostic with the same code
/// and primary location as an earlier one there: the same place in a
/// program can fail once per expansion or match, and is reported once.
pub fn deduplicate(diagnostics: &mut Vec<Diagnostic>, from: usize) {
    let mut seen = std::collections::HashSet::new();
    let mut index = 0;
    diagnostics.retain(|diagnostic| {
        index += 1;
        index <= from
            || seen.insert((
                diagnostic.code,
                diagnostic.primary.file,
                diagnostic.primary.span,
            ))
    });
}
