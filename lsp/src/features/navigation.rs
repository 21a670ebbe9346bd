//! Hover, go to definition, references, highlights and rename.

use super::{location, offset, range};
use crate::workspace::{Snapshot, Target};
use std::collections::HashMap;
use tower_lsp_server::ls_types::{
    DocumentHighlight, DocumentHighlightKind, GotoDefinitionResponse, Hover, HoverContents,
    Location, MarkupContent, MarkupKind, Position, PrepareRenameResponse, TextEdit, Uri,
    WorkspaceEdit,
};

pub fn hover(snapshot: &Snapshot, target: &Target, position: Position) -> Option<Hover> {
    let trio = *target.trios.first()?;
    let at = offset(snapshot, target.file, position);
    let hover = kite_ide::hover(&snapshot.db, trio, target.file, at)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: hover.markdown,
        }),
        range: Some(range(snapshot, target.file, hover.span)),
    })
}

pub fn definition(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
) -> Option<GotoDefinitionResponse> {
    let trio = *target.trios.first()?;
    let at = offset(snapshot, target.file, position);
    let locations: Vec<Location> = kite_ide::goto_definition(&snapshot.db, trio, target.file, at)
        .into_iter()
        .filter_map(|found| location(snapshot, found.file, found.span))
        .collect();
    (!locations.is_empty()).then_some(GotoDefinitionResponse::Array(locations))
}

pub fn references(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
    include_declaration: bool,
) -> Option<Vec<Location>> {
    let trio = *target.trios.first()?;
    let at = offset(snapshot, target.file, position);
    let references =
        kite_ide::find_references(&snapshot.db, trio, target.file, at, include_declaration);
    Some(
        references
            .into_iter()
            .filter_map(|found| location(snapshot, found.file, found.span))
            .collect(),
    )
}

pub fn highlights(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
) -> Option<Vec<DocumentHighlight>> {
    let trio = *target.trios.first()?;
    let at = offset(snapshot, target.file, position);
    let highlights = kite_ide::document_highlight(&snapshot.db, trio, target.file, at);
    Some(
        highlights
            .into_iter()
            .map(|highlight| DocumentHighlight {
                range: range(snapshot, target.file, highlight.span),
                kind: Some(match highlight.kind {
                    kite_ide::HighlightKind::Read => DocumentHighlightKind::READ,
                    kite_ide::HighlightKind::Write => DocumentHighlightKind::WRITE,
                }),
            })
            .collect(),
    )
}

/// The range to rename, or why nothing here can be renamed.
pub fn prepare_rename(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
) -> Result<PrepareRenameResponse, String> {
    let trio = *target.trios.first().ok_or("this file is in no trio")?;
    let at = offset(snapshot, target.file, position);
    let span = kite_ide::prepare_rename(&snapshot.db, trio, target.file, at)
        .map_err(|error| error.message)?;
    Ok(PrepareRenameResponse::Range(range(
        snapshot,
        target.file,
        span,
    )))
}

/// The edits of a rename, by file, or why it is refused.
pub fn rename(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
    new_name: &str,
) -> Result<WorkspaceEdit, String> {
    let trio = *target.trios.first().ok_or("this file is in no trio")?;
    let at = offset(snapshot, target.file, position);
    let edits = kite_ide::rename(&snapshot.db, trio, target.file, at, new_name)
        .map_err(|error| error.message)?;
    Ok(workspace_edit(snapshot, &edits))
}

/// kite edits as a workspace edit, grouped by file.
pub fn workspace_edit(snapshot: &Snapshot, edits: &[kite_diagnostics::Edit]) -> WorkspaceEdit {
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for edit in edits {
        if let Some(found) = location(snapshot, edit.file, edit.span) {
            changes
                .entry(found.uri)
                .or_default()
                .push(TextEdit::new(found.range, edit.replacement.clone()));
        }
    }
    WorkspaceEdit::new(changes)
}
