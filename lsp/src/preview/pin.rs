//! Pinning a preview's variation: writing it into the trio's `.trio.json`
//! (or removing it), so that `kite render` draws the same picture. With
//! an editor the change is an edit it applies (and can undo); without
//! one, `kite preview` writes the file.

use super::Previews;
use crate::manifest_edit::set_variation;
use crate::positions::LineTable;
use kite_diagnostics::Span;
use serde_json::{Value, json};
use std::collections::HashMap;
use std::path::PathBuf;
use tower_lsp_server::ls_types::{TextEdit, Uri, WorkspaceEdit};

impl Previews {
    /// Pins (or unpins) the variation the trio `key` is laid out with.
    pub async fn pin(&self, key: &str, pinned: bool) -> Result<Value, String> {
        if key.starts_with("folder:") {
            return Err(
                "this trio has no .trio.json to keep its variation in; add one to pin it".into(),
            );
        }
        let variation = self
            .latest(key)
            .map(|update| update.variation)
            .ok_or("the trio has no preview yet")?;
        let path = PathBuf::from(key);
        let text = std::fs::read_to_string(&path)
            .map_err(|error| format!("cannot read {}: {error}", path.display()))?;
        let new_text = set_variation(&text, pinned.then_some(variation.as_str()))
            .ok_or("the manifest is not a JSON object")?;
        let Some(client) = &self.inner.client else {
            std::fs::write(&path, new_text)
                .map_err(|error| format!("cannot write {}: {error}", path.display()))?;
            return Ok(json!({ "applied": true }));
        };
        let encoding = match self.inner.editor.get() {
            Some(editor) => {
                editor
                    .snapshot()
                    .await
                    .ok_or("the server is stopping")?
                    .encoding
            }
            None => return Err("the server is stopping".into()),
        };
        let uri = Uri::from_file_path(&path).ok_or("the manifest has no file URI")?;
        let whole = LineTable::new(&text, encoding).range(Span::new(0, text.len()));
        let edit = WorkspaceEdit {
            changes: Some(HashMap::from([(uri, vec![TextEdit::new(whole, new_text)])])),
            ..WorkspaceEdit::default()
        };
        let answer = client
            .apply_edit(edit)
            .await
            .map_err(|error| format!("the editor did not apply the edit: {error}"))?;
        Ok(json!({ "applied": answer.applied }))
    }
}
