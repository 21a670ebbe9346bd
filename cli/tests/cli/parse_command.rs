//! `kite parse` end to end: exit codes, the JSON diagnostic shape, `--ast`.

use crate::common::{json_diagnostics, kite, stdout};

#[test]
fn clean_files_exit_zero_and_print_nothing() {
    let output = kite(&["parse", "clean.domain", "clean.substance", "clean.style"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
}

#[test]
fn errors_exit_one_with_human_reports_on_stderr() {
    let output = kite(&["parse", "clean.domain", "broken.style"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = crate::common::stderr(&output);
    assert!(stderr.contains("E0010/unexpected-token"), "{stderr}");
    assert!(stderr.contains("broken.style:3:"), "{stderr}");
}

#[test]
fn json_format_prints_one_array_of_diagnostics() {
    let output = kite(&[
        "parse",
        "--format",
        "json",
        "broken.style",
        "broken.substance",
    ]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
    assert_eq!(json_diagnostics(&output).len(), 3);
}

#[test]
fn ast_flag_prints_the_tree_as_json() {
    let output = kite(&["parse", "--ast", "clean.domain"]);
    assert_eq!(output.status.code(), Some(0));
    insta::assert_snapshot!(stdout(&output));
}

#[test]
fn usage_and_io_errors_exit_two() {
    assert_eq!(kite(&["parse"]).status.code(), Some(2));
    assert_eq!(kite(&["parse", "missing.style"]).status.code(), Some(2));
    assert_eq!(kite(&["parse", "notes.txt"]).status.code(), Some(2));
    assert_eq!(kite(&["frobnicate"]).status.code(), Some(2));
}
