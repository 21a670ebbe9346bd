//! `kite parse` end to end: exit codes, the JSON diagnostic shape, `--ast`.

use std::path::PathBuf;
use std::process::{Command, Output};

fn kite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kite"))
        .args(args)
        .current_dir(fixtures())
        .output()
        .expect("the kite binary runs")
}

fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

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
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert!(stderr.contains("E0010/unexpected-token"), "{stderr}");
    assert!(stderr.contains("broken.style:3:"), "{stderr}");
}

#[test]
fn json_format_prints_one_object_per_diagnostic() {
    let output = kite(&[
        "parse",
        "--format",
        "json",
        "broken.style",
        "broken.substance",
    ]);
    assert_eq!(output.status.code(), Some(1));
    insta::assert_snapshot!(stdout(&output));
    for line in stdout(&output).lines() {
        let value: serde_json::Value = serde_json::from_str(line).expect("each line is JSON");
        for field in [
            "file", "code", "severity", "message", "range", "start", "end", "labels", "hints",
            "fixes",
        ] {
            assert!(value.get(field).is_some(), "missing {field} in {line}");
        }
    }
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
