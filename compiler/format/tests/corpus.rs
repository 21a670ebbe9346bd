//! The formatter on every corpus file: meaning, comments and idempotence
//! kept, and its edits reproduce the formatted text.

mod common;

use common::assert_formatting_properties;
use kite_format::{TextEdit, format, format_edits};
use kite_syntax::Language;
use std::path::{Path, PathBuf};

/// The Penrose corpus: `$KITE_CORPUS` (relative paths from the workspace
/// root) or `../shared/corpus`; `None`, after saying why, when absent.
pub fn corpus_dir() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = match std::env::var_os("KITE_CORPUS") {
        Some(dir) => root.join(dir),
        None => root.join("../shared/corpus"),
    };
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: the Penrose corpus is absent at {} (set KITE_CORPUS to its folder)",
            dir.display()
        );
        None
    }
}

/// Every Domain, Substance and Style file below `dir`, sorted.
pub fn program_files(dir: &Path) -> Vec<(PathBuf, Language)> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("corpus folder is readable") {
            let path = entry.expect("corpus entry is readable").path();
            if path.is_dir() {
                folders.push(path);
            } else if let Some(language) = path
                .extension()
                .and_then(|extension| extension.to_str())
                .and_then(Language::from_extension)
            {
                files.push((path, language));
            }
        }
    }
    files.sort();
    files
}

/// `text` with `edits` (in order, not overlapping) applied.
fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut result = String::new();
    let mut copied = 0;
    for edit in edits {
        result.push_str(&text[copied..edit.span.start]);
        result.push_str(&edit.replacement);
        copied = edit.span.end;
    }
    result.push_str(&text[copied..]);
    result
}

#[test]
fn every_corpus_file_formats_faithfully() {
    let Some(dir) = corpus_dir() else { return };
    let files = program_files(&dir);
    assert!(
        !files.is_empty(),
        "no program files below {}",
        dir.display()
    );
    let mut formatted_count = 0;
    let mut refused = Vec::new();
    for (path, language) in &files {
        let name = path
            .strip_prefix(&dir)
            .unwrap_or(path)
            .display()
            .to_string();
        let text = std::fs::read_to_string(path).expect("corpus file is readable");
        let has_errors =
            kite_syntax::parse(&text, *language, kite_diagnostics::FileId(0)).has_errors();
        match format(&text, *language) {
            Ok(formatted) => {
                assert!(!has_errors, "{name}: formatted despite syntax errors");
                assert_formatting_properties(&text, &formatted, *language, &name);
                let edits = format_edits(&text, *language, None).expect("formats");
                assert_eq!(apply(&text, &edits), formatted, "{name}: edits differ");
                formatted_count += 1;
            }
            Err(error) => {
                assert!(has_errors, "{name}: refused without syntax errors: {error}");
                refused.push(name);
            }
        }
    }
    eprintln!(
        "formatted {formatted_count} corpus files; refused {} with syntax errors: {refused:?}",
        refused.len()
    );
    assert!(
        formatted_count > files.len() / 2,
        "most corpus files should format"
    );
}
