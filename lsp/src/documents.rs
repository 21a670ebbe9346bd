//! The documents the editor has open: their text and version, with
//! incremental changes applied in order. Open documents override the
//! files on disk.

use crate::positions::{Encoding, LineTable};
use std::collections::BTreeMap;
use tower_lsp_server::ls_types::{TextDocumentContentChangeEvent, Uri};

/// An open document, under the URI the client uses for it.
pub struct Document {
    pub uri: Uri,
    pub version: i32,
    pub text: String,
}

/// The open documents, by file key (see [`crate::files::FileKey`]).
#[derive(Default)]
pub struct Documents {
    open: BTreeMap<String, Document>,
}

impl Documents {
    pub fn open(&mut self, key: String, document: Document) {
        self.open.insert(key, document);
    }

    pub fn close(&mut self, key: &str) -> Option<Document> {
        self.open.remove(key)
    }

    pub fn get(&self, key: &str) -> Option<&Document> {
        self.open.get(key)
    }

    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.open.keys()
    }

    /// Applies `changes` in order (ranged replacements, or whole texts)
    /// and returns the new text; `None` when the document is not open.
    pub fn change(
        &mut self,
        key: &str,
        version: i32,
        changes: Vec<TextDocumentContentChangeEvent>,
        encoding: Encoding,
    ) -> Option<&str> {
        let document = self.open.get_mut(key)?;
        for change in changes {
            match change.range {
                Some(range) => {
                    let span = LineTable::new(&document.text, encoding).span(range);
                    document.text.replace_range(span.range(), &change.text);
                }
                None => document.text = change.text,
            }
        }
        document.version = version;
        Some(&document.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{Position, Range};

    fn edit(start: (u32, u32), end: (u32, u32), text: &str) -> TextDocumentContentChangeEvent {
        TextDocumentContentChangeEvent {
            range: Some(Range::new(
                Position::new(start.0, start.1),
                Position::new(end.0, end.1),
            )),
            range_length: None,
            text: text.to_string(),
        }
    }

    #[test]
    fn incremental_changes_apply_in_order_in_utf16() {
        let mut documents = Documents::default();
        let uri: Uri = "file:///t/a.substance".parse().unwrap();
        documents.open(
            "a".into(),
            Document {
                uri,
                version: 1,
                text: "Set α\nLabel α $\\alpha$\n".into(),
            },
        );
        let changes = vec![
            edit((0, 4), (0, 5), "β"),
            edit((1, 6), (1, 7), "β"),
            edit((2, 0), (2, 0), "Set γ\n"),
        ];
        let text = documents.change("a", 2, changes, Encoding::Utf16).unwrap();
        assert_eq!(text, "Set β\nLabel β $\\alpha$\nSet γ\n");
        assert_eq!(documents.get("a").unwrap().version, 2);
    }
}
