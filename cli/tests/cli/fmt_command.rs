//! `kite fmt` end to end: in-place formatting, `--check`, syntax errors and
//! usage errors, each on copies in a fresh folder.

use crate::common::stderr;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const MESSY_STYLE: &str =
    "forall Set s {  s.icon = Circle { r : 20 }\n\n\n  s.d = s.r - 1 -- kept\n}";
const FORMATTED_STYLE: &str =
    "forall Set s {\n  s.icon = Circle {\n    r: 20\n  }\n\n  s.d = s.r - 1 -- kept\n}\n";

/// A fresh folder for one test, holding `files` (name, contents).
fn folder_with(test: &str, files: &[(&str, &str)]) -> PathBuf {
    let folder = std::env::temp_dir().join(format!("kite-fmt-{}-{test}", std::process::id()));
    if folder.exists() {
        std::fs::remove_dir_all(&folder).unwrap();
    }
    std::fs::create_dir_all(&folder).unwrap();
    for (name, contents) in files {
        std::fs::write(folder.join(name), contents).unwrap();
    }
    folder
}

fn kite_fmt(folder: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kite"))
        .arg("fmt")
        .args(args)
        .current_dir(folder)
        .env("NO_COLOR", "1")
        .output()
        .expect("the kite binary runs")
}

fn read(folder: &Path, name: &str) -> String {
    std::fs::read_to_string(folder.join(name)).unwrap()
}

#[test]
fn formats_files_in_place() {
    let folder = folder_with(
        "in-place",
        &[
            ("messy.style", MESSY_STYLE),
            ("messy.domain", "type  A\ntype B<:A"),
        ],
    );
    let output = kite_fmt(&folder, &["messy.style", "messy.domain"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_eq!(read(&folder, "messy.style"), FORMATTED_STYLE);
    assert_eq!(read(&folder, "messy.domain"), "type A\ntype B <: A\n");
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn check_passes_on_formatted_files_and_writes_nothing() {
    let folder = folder_with("check-clean", &[("clean.style", FORMATTED_STYLE)]);
    let output = kite_fmt(&folder, &["--check", "clean.style"]);
    assert_eq!(output.status.code(), Some(0));
    assert!(output.stdout.is_empty() && output.stderr.is_empty());
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn check_lists_files_that_would_change_and_leaves_them_alone() {
    let folder = folder_with(
        "check-unclean",
        &[
            ("messy.style", MESSY_STYLE),
            ("clean.style", FORMATTED_STYLE),
        ],
    );
    let output = kite_fmt(&folder, &["--check", "clean.style", "messy.style"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(stderr(&output), "would reformat messy.style\n");
    assert_eq!(read(&folder, "messy.style"), MESSY_STYLE);
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn files_with_syntax_errors_are_reported_and_left_alone() {
    let broken = "forall Set s {\n  s.d = s.r-1\n}\n";
    let folder = folder_with(
        "syntax-error",
        &[("broken.style", broken), ("messy.style", MESSY_STYLE)],
    );
    let output = kite_fmt(&folder, &["broken.style", "messy.style"]);
    assert_eq!(output.status.code(), Some(1));
    let stderr = stderr(&output);
    assert!(stderr.contains("E0010/unexpected-token"), "{stderr}");
    assert!(stderr.contains("broken.style:2:"), "{stderr}");
    assert!(stderr.contains("not formatted broken.style"), "{stderr}");
    assert_eq!(read(&folder, "broken.style"), broken);
    // The other file is still formatted.
    assert_eq!(read(&folder, "messy.style"), FORMATTED_STYLE);
    std::fs::remove_dir_all(folder).unwrap();
}

#[test]
fn usage_and_io_errors_exit_two_before_writing() {
    let folder = folder_with(
        "usage",
        &[("messy.style", MESSY_STYLE), ("notes.txt", "text")],
    );
    assert_eq!(kite_fmt(&folder, &[]).status.code(), Some(2));
    let missing = kite_fmt(&folder, &["messy.style", "missing.style"]);
    assert_eq!(missing.status.code(), Some(2));
    assert!(stderr(&missing).contains("missing.style"));
    assert_eq!(kite_fmt(&folder, &["notes.txt"]).status.code(), Some(2));
    assert_eq!(read(&folder, "messy.style"), MESSY_STYLE);
    std::fs::remove_dir_all(folder).unwrap();
}
