//! Malformed inputs and the diagnostics they must produce.
//!
//! Each file in `tests/fixtures/syntax/errors` starts with an annotation
//! `-- expect: CODE@LINE …` listing, in source order, the code and start line
//! of every diagnostic. The test checks the annotation, then snapshots the
//! source together with each diagnostic's code, span and message and the
//! rendered report.

use kite_diagnostics::LineIndex;
use kite_tests::{ParsedFile, fixtures_dir, program_files};
use std::fmt::Write;

#[test]
fn malformed_inputs_report_the_annotated_diagnostics() {
    let dir = fixtures_dir().join("syntax").join("errors");
    let files = program_files(&dir);
    assert!(files.len() >= 40, "expected at least 40 error fixtures");
    let mut mismatches = Vec::new();
    for (path, _) in &files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let file = ParsedFile::read(path, &name);
        let text = file.text();
        let expected = expected_diagnostics(text)
            .unwrap_or_else(|| panic!("{name}: the first line must be `-- expect: CODE@LINE …`"));
        let actual = actual_diagnostics(&file);
        if expected != actual {
            mismatches.push(format!(
                "{name}: expected {expected:?}, got {actual:?}\n{}",
                file.rendered()
            ));
        }
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(format!("syntax_error__{name}"), snapshot(text, &file));
        });
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// The `CODE@LINE` pairs of the annotation on the first line.
fn expected_diagnostics(text: &str) -> Option<Vec<String>> {
    let annotation = text.lines().next()?.strip_prefix("-- expect:")?;
    Some(annotation.split_whitespace().map(str::to_owned).collect())
}

fn actual_diagnostics(file: &ParsedFile) -> Vec<String> {
    let text = file.text();
    let index = LineIndex::new(text);
    file.diagnostics()
        .iter()
        .map(|diagnostic| {
            let line = index.line_col(text, diagnostic.primary.span.start).line;
            format!("{}@{line}", diagnostic.code)
        })
        .collect()
}

/// The source, a summary line per diagnostic, and the rendered reports.
fn snapshot(text: &str, file: &ParsedFile) -> String {
    let index = LineIndex::new(text);
    let mut out = String::new();
    writeln!(out, "{text}").unwrap();
    writeln!(out, "=== diagnostics").unwrap();
    for diagnostic in file.diagnostics() {
        let span = diagnostic.primary.span;
        let start = index.line_col(text, span.start);
        let end = index.line_col(text, span.end);
        writeln!(
            out,
            "{} {} at {}:{}-{}:{} (bytes {}..{}): {}",
            diagnostic.code,
            diagnostic.code.name(),
            start.line,
            start.column,
            end.line,
            end.column,
            span.start,
            span.end,
            diagnostic.message
        )
        .unwrap();
    }
    writeln!(out, "=== rendered").unwrap();
    out.push_str(&file.rendered());
    out
}
