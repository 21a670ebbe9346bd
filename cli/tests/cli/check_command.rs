//! `kite check` end to end: a trio with errors in all three files, the JSON
//! shape agents rely on, both ways of naming a trio, and exit codes.

use crate::common::{json_diagnostics, kite, stderr, stdout};

#[test]
fn a_clean_trio_exits_zero_and_prints_nothing() {
    let output = kite(&["check", "../../../examples/sets/sets.trio.json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
}

#[test]
fn errors_in_all_three_files_are_reported_in_one_run() {
    let output = kite(&["check", "trio-errors/shapes.trio.json"]);
    assert_eq!(output.status.code(), Some(1));
    let report = stderr(&output);
    for expected in [
        "shapes.domain:4:31",
        "shapes.substance:3:27",
        "shapes.substance:4:14",
        "shapes.style:8:12",
        "shapes.style:15:10",
        "5 errors, 0 warnings",
    ] {
        assert!(report.contains(expected), "missing {expected} in\n{report}");
    }
    insta::assert_snapshot!(report);
}

#[test]
fn json_output_is_one_array_with_files_codes_spans_and_fixes() {
    let output = kite(&["check", "--format", "json", "trio-errors/shapes.trio.json"]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics = json_diagnostics(&output);
    let files: Vec<_> = diagnostics
        .iter()
        .map(|d| d["file"].as_str().unwrap())
        .collect();
    assert_eq!(
        files,
        [
            "trio-errors/shapes.domain",
            "trio-errors/shapes.substance",
            "trio-errors/shapes.substance",
            "trio-errors/shapes.style",
            "trio-errors/shapes.style"
        ]
    );
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn files_can_be_named_without_a_manifest() {
    let output = kite(&[
        "check",
        "--format",
        "json",
        "--domain",
        "trio-errors/shapes.domain",
        "--substance",
        "trio-errors/shapes.substance",
        "--style",
        "trio-errors/shapes.style",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let manifest = kite(&["check", "--format", "json", "trio-errors/shapes.trio.json"]);
    assert_eq!(stdout(&output), stdout(&manifest));
}

#[test]
fn usage_and_io_errors_exit_two() {
    for args in [
        &["check"][..],
        &["check", "missing.trio.json"],
        &["check", "notes.txt"],
        &[
            "check",
            "trio-errors/shapes.trio.json",
            "--domain",
            "clean.domain",
        ],
        &[
            "check",
            "--domain",
            "clean.domain",
            "--substance",
            "clean.substance",
        ],
        &[
            "check",
            "--domain",
            "clean.domain",
            "--substance",
            "missing.substance",
            "--style",
            "clean.style",
        ],
    ] {
        let output = kite(args);
        assert_eq!(
            output.status.code(),
            Some(2),
            "{args:?}: {}",
            stderr(&output)
        );
    }
}
