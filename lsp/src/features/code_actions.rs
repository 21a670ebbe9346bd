//! Quick fixes: every fix of the diagnostics under the cursor or
//! selection, and kite's own fixes (declare a missing object or Domain
//! name, correct a misspelt keyword).

use super::navigation::workspace_edit;
use super::offset;
use crate::diagnostics::{file_diagnostics, to_protocol};
use crate::workspace::{Snapshot, Target};
use tower_lsp_server::ls_types::{self as lsp, CodeActionKind, CodeActionOrCommand, Range};

pub fn code_actions(
    snapshot: &Snapshot,
    target: &Target,
    selection: Range,
) -> Vec<CodeActionOrCommand> {
    let Some(trio) = target.trios.first() else {
        return Vec::new();
    };
    let span = kite_diagnostics::Span::new(
        offset(snapshot, target.file, selection.start),
        offset(snapshot, target.file, selection.end),
    );
    let diagnostics = file_diagnostics(snapshot, target.file);
    kite_ide::code_actions(&snapshot.db, *trio, target.file, span)
        .into_iter()
        .map(|action| {
            let resolved: Vec<kite_diagnostics::Diagnostic> = action
                .diagnostic
                .iter()
                .filter_map(|(code, primary)| {
                    diagnostics
                        .iter()
                        .find(|d| d.code == *code && d.primary.span == *primary)
                        .cloned()
                })
                .collect();
            CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title: action.title,
                kind: Some(match action.kind {
                    kite_ide::CodeActionKind::QuickFix => CodeActionKind::QUICKFIX,
                }),
                diagnostics: (!resolved.is_empty())
                    .then(|| to_protocol(snapshot, target.file, &resolved)),
                edit: Some(workspace_edit(snapshot, &action.edits)),
                is_preferred: Some(action.is_preferred),
                ..lsp::CodeAction::default()
            })
        })
        .collect()
}
