//! Document and range formatting, with the formatter `kite fmt` uses. A
//! document with syntax errors is left as it is (no edits).

use super::range;
use crate::positions::LineTable;
use crate::workspace::{Snapshot, Target};
use tower_lsp_server::ls_types::{self as lsp, TextEdit};

pub fn format(
    snapshot: &Snapshot,
    target: &Target,
    selection: Option<lsp::Range>,
) -> Vec<TextEdit> {
    let db = &snapshot.db;
    let text = target.file.text(db);
    let selection =
        selection.map(|selected| LineTable::new(text, snapshot.encoding).span(selected));
    let Ok(edits) = kite_format::format_edits(text, target.file.language(db), selection) else {
        return Vec::new();
    };
    edits
        .into_iter()
        .map(|edit| TextEdit::new(range(snapshot, target.file, edit.span), edit.replacement))
        .collect()
}
