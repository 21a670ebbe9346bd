//! Go to definition, find references and document highlights, from the
//! name index.

use crate::resolve::{definition_of, occurrences, symbol_at};
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::{FileId, Span};
use serde::Serialize;

/// Where a definition is: the name to select, and the whole declaration
/// (or assignment) to reveal.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NavigationTarget {
    pub file: FileId,
    pub span: Span,
    pub full_span: Span,
}

/// One place a symbol is named.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Reference {
    pub file: FileId,
    pub span: Span,
    pub is_definition: bool,
}

/// An occurrence of the symbol under the cursor in the same file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Highlight {
    pub span: Span,
    pub kind: HighlightKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum HighlightKind {
    Read,
    /// A declaration, or an assignment of a field.
    Write,
}

/// The declarations of the name at `offset`: a Domain declaration from
/// any file, a Substance object's declaration, a Style variable's
/// pattern, every statement assigning a field. Empty off names and for
/// library names, which have no source.
pub fn goto_definition(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Vec<NavigationTarget> {
    let Some(occurrence) = symbol_at(db, trio, file, offset) else {
        return Vec::new();
    };
    definition_of(db, trio, &occurrence.symbol)
        .into_iter()
        .map(|definition| NavigationTarget {
            file: definition.file,
            span: definition.span,
            full_span: definition.full_span,
        })
        .collect()
}

/// Every occurrence of the name at `offset` across the trio's files,
/// declarations included only if `include_declaration`.
pub fn find_references(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
    include_declaration: bool,
) -> Vec<Reference> {
    let Some(occurrence) = symbol_at(db, trio, file, offset) else {
        return Vec::new();
    };
    occurrences(db, trio, &occurrence.symbol)
        .into_iter()
        .filter(|found| include_declaration || !found.is_definition)
        .map(|found| Reference {
            file: found.file,
            span: found.span,
            is_definition: found.is_definition,
        })
        .collect()
}

/// The occurrences of the name at `offset` in the same file: declarations
/// and field assignments as writes, the rest as reads.
pub fn document_highlight(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Vec<Highlight> {
    let Some(occurrence) = symbol_at(db, trio, file, offset) else {
        return Vec::new();
    };
    let id = file.file_id(db);
    occurrences(db, trio, &occurrence.symbol)
        .into_iter()
        .filter(|found| found.file == id)
        .map(|found| Highlight {
            span: found.span,
            kind: if found.is_definition {
                HighlightKind::Write
            } else {
                HighlightKind::Read
            },
        })
        .collect()
}
