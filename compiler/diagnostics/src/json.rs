//! Rendering diagnostics as JSON for agents and tools.
//!
//! The shape is a stable interface: fields are only ever added.

use crate::{
    codes::Code,
    diagnostic::{Diagnostic, Severity},
    line_index::{LineCol, LineIndex},
    sources::Sources,
    span::{FileId, Span},
};
use serde::Serialize;
use std::collections::HashMap;

/// A diagnostic with every position resolved, ready to serialize.
#[derive(Clone, Debug, Serialize)]
pub struct JsonDiagnostic {
    pub file: String,
    pub code: Code,
    pub name: &'static str,
    pub severity: Severity,
    pub message: String,
    /// The message at the primary span (may be empty).
    pub label: String,
    #[serde(flatten)]
    pub location: JsonLocation,
    /// Secondary labels.
    pub labels: Vec<JsonLabel>,
    pub hints: Vec<String>,
    pub fixes: Vec<JsonFix>,
}

/// A byte range with its 1-based start and end positions.
#[derive(Clone, Debug, Serialize)]
pub struct JsonLocation {
    pub range: JsonRange,
    pub start: LineCol,
    pub end: LineCol,
}

#[derive(Clone, Debug, Serialize)]
pub struct JsonRange {
    pub start: usize,
    pub end: usize,
}

/// A file name with a located range in it: where a label, an edit or a
/// layout report's constraint points.
#[derive(Clone, Debug, Serialize)]
pub struct SourceLocation {
    pub file: String,
    #[serde(flatten)]
    pub location: JsonLocation,
}

#[derive(Clone, Debug, Serialize)]
pub struct JsonLabel {
    #[serde(flatten)]
    pub at: SourceLocation,
    pub message: String,
}

#[derive(Clone, Debug, Serialize)]
pub struct JsonFix {
    pub message: String,
    pub edits: Vec<JsonEdit>,
}

#[derive(Clone, Debug, Serialize)]
pub struct JsonEdit {
    #[serde(flatten)]
    pub at: SourceLocation,
    pub replacement: String,
}

/// Resolves spans to named, located ranges, building each file's line
/// index once.
pub struct Locator<'a> {
    sources: &'a Sources,
    indexes: HashMap<FileId, LineIndex>,
}

impl<'a> Locator<'a> {
    pub fn new(sources: &'a Sources) -> Self {
        Locator {
            sources,
            indexes: HashMap::new(),
        }
    }

    fn name(&self, file: FileId) -> String {
        self.sources.get(file).name.clone()
    }

    /// `span` of `file` with its file's name and line/column positions.
    pub fn source_location(&mut self, file: FileId, span: Span) -> SourceLocation {
        SourceLocation {
            file: self.name(file),
            location: self.locate(file, span),
        }
    }

    fn locate(&mut self, file: FileId, span: Span) -> JsonLocation {
        let text = &self.sources.get(file).text;
        let index = self
            .indexes
            .entry(file)
            .or_insert_with(|| LineIndex::new(text));
        JsonLocation {
            range: JsonRange {
                start: span.start,
                end: span.end,
            },
            start: index.line_col(text, span.start),
            end: index.line_col(text, span.end),
        }
    }
}

/// Converts `diagnostics` to their JSON form, in order.
pub fn to_json(diagnostics: &[Diagnostic], sources: &Sources) -> Vec<JsonDiagnostic> {
    let mut locator = Locator::new(sources);
    diagnostics
        .iter()
        .map(|diagnostic| convert(diagnostic, &mut locator))
        .collect()
}

/// Renders `diagnostics` as one pretty-printed JSON array, ending in a
/// newline.
pub fn render_json(diagnostics: &[Diagnostic], sources: &Sources) -> String {
    serde_json::to_string_pretty(&to_json(diagnostics, sources))
        .expect("diagnostics always serialize")
        + "\n"
}

fn convert(diagnostic: &Diagnostic, locator: &mut Locator) -> JsonDiagnostic {
    let primary = &diagnostic.primary;
    JsonDiagnostic {
        file: locator.name(primary.file),
        code: diagnostic.code,
        name: diagnostic.code.name(),
        severity: diagnostic.severity,
        message: diagnostic.message.clone(),
        label: primary.message.clone(),
        location: locator.locate(primary.file, primary.span),
        labels: diagnostic
            .secondary
            .iter()
            .map(|label| JsonLabel {
                at: locator.source_location(label.file, label.span),
                message: label.message.clone(),
            })
            .collect(),
        hints: diagnostic.hints.clone(),
        fixes: diagnostic
            .fixes
            .iter()
            .map(|fix| JsonFix {
                message: fix.message.clone(),
                edits: fix
                    .edits
                    .iter()
                    .map(|edit| JsonEdit {
                        at: locator.source_location(edit.file, edit.span),
                        replacement: edit.replacement.clone(),
                    })
                    .collect(),
            })
            .collect(),
    }
}
