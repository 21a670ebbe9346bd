//! Each editor feature: `kite-ide`'s answer for a snapshot, converted to
//! protocol types. One module per group of features.

pub mod code_actions;
pub mod completion;
pub mod formatting;
pub mod navigation;
pub mod outline;
pub mod semantic_tokens;

use crate::positions::LineTable;
use crate::workspace::Snapshot;
use kite_db::SourceFile;
use kite_diagnostics::{FileId, Span};
use tower_lsp_server::ls_types::{Location, Position, Range};

/// The byte offset of `position` in `file`.
pub fn offset(snapshot: &Snapshot, file: SourceFile, position: Position) -> usize {
    LineTable::new(file.text(&snapshot.db), snapshot.encoding).offset(position)
}

/// The protocol range of `span` in `file`.
pub fn range(snapshot: &Snapshot, file: SourceFile, span: Span) -> Range {
    LineTable::new(file.text(&snapshot.db), snapshot.encoding).range(span)
}

/// Where `span` of the file with `id` is, for the client.
pub fn location(snapshot: &Snapshot, id: FileId, span: Span) -> Option<Location> {
    let file = snapshot.db.file(id)?;
    Some(Location::new(
        snapshot.uri_of(file)?,
        range(snapshot, file, span),
    ))
}
