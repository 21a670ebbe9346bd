//! Code actions: the fixes of the diagnostics under a range, and fixes the
//! checker does not offer — declaring a missing Substance object, adding
//! a missing Domain declaration, and correcting a misspelt keyword.

mod declare_in_domain;
mod declare_object;
mod keyword;

use kite_db::{Database, SourceFile, Trio, trio_diagnostics};
use kite_diagnostics::{Code, Diagnostic, Edit, FileId, Span};
use serde::{Serialize, Serializer};

/// A change the editor can offer to make.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeAction {
    pub title: String,
    pub kind: CodeActionKind,
    /// Text replacements, possibly in several files of the trio.
    #[serde(serialize_with = "serialize_edits")]
    pub edits: Vec<Edit>,
    /// The code and primary span of the diagnostic the action resolves.
    pub diagnostic: Option<(Code, Span)>,
    /// Whether the editor may apply it without asking: the only fix of its
    /// diagnostic.
    pub is_preferred: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CodeActionKind {
    /// Resolves a diagnostic.
    QuickFix,
}

/// A fix found for a diagnostic: a title and its edits.
struct Found {
    title: String,
    edits: Vec<Edit>,
}

/// The actions for the diagnostics of `trio` whose primary span in `file`
/// meets `span` (touching counts, so a cursor at either end of the
/// squiggle finds them): every fix of each, then the fixes found here.
pub fn code_actions(db: &Database, trio: Trio, file: SourceFile, span: Span) -> Vec<CodeAction> {
    let file_id = file.file_id(db);
    let mut actions = Vec::new();
    for diagnostic in trio_diagnostics(db, trio) {
        let primary = diagnostic.primary.span;
        if diagnostic.primary.file != file_id
            || primary.start > span.end
            || span.start > primary.end
        {
            continue;
        }
        let mut found: Vec<Found> = diagnostic
            .fixes
            .iter()
            .map(|fix| Found {
                title: fix.message.clone(),
                edits: fix.edits.clone(),
            })
            .collect();
        found.extend(new_fixes(db, trio, file, diagnostic));
        let is_preferred = found.len() == 1;
        for found in found {
            // Diagnostics on one line can share a fix (a keyword typo).
            let offered = actions.iter().any(|action: &CodeAction| {
                action.title == found.title && action.edits == found.edits
            });
            if !offered {
                actions.push(CodeAction {
                    title: found.title,
                    kind: CodeActionKind::QuickFix,
                    edits: found.edits,
                    diagnostic: Some((diagnostic.code, primary)),
                    is_preferred,
                });
            }
        }
    }
    actions
}

fn new_fixes(db: &Database, trio: Trio, file: SourceFile, diagnostic: &Diagnostic) -> Vec<Found> {
    // A keyword typo first: it explains the other fixes' diagnostics.
    let mut found: Vec<Found> = keyword::fix(db, trio, file, diagnostic)
        .into_iter()
        .collect();
    match diagnostic.code {
        Code::UnknownObject => found.extend(declare_object::fix(db, trio, file, diagnostic)),
        Code::UnknownPredicate | Code::UnknownFunctionOrConstructor | Code::UnknownType => {
            found.extend(declare_in_domain::fix(db, trio, file, diagnostic));
        }
        _ => {}
    }
    found
}

/// Where a new line goes in `text` so that it comes before the line
/// holding `offset`.
fn line_start(text: &str, offset: usize) -> usize {
    text[..offset].rfind('\n').map_or(0, |newline| newline + 1)
}

/// An edit that inserts `text` at `offset` of `file`.
fn insert(file: FileId, offset: usize, text: String) -> Edit {
    Edit {
        file,
        span: Span::empty_at(offset),
        replacement: text,
    }
}

fn serialize_edits<S: Serializer>(edits: &[Edit], serializer: S) -> Result<S::Ok, S::Error> {
    #[derive(Serialize)]
    struct EditData<'a> {
        file: FileId,
        span: Span,
        replacement: &'a str,
    }
    serializer.collect_seq(edits.iter().map(|edit| EditData {
        file: edit.file,
        span: edit.span,
        replacement: &edit.replacement,
    }))
}
