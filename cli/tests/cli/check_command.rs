//! `kite check` end to end: a trio with errors in all three files, the JSON
//! shape agents rely on, Images that cannot be drawn, both ways of naming
//! a trio, and exit codes.

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
fn images_that_cannot_be_drawn_are_warnings_at_their_href_before_any_render() {
    let output = kite(&[
        "check",
        "--format",
        "json",
        "image-warnings/warnings.trio.json",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let located: Vec<String> = json_diagnostics(&output)
        .iter()
        .map(|d| {
            let start = &d["start"];
            format!(
                "{} {}:{}",
                d["code"].as_str().unwrap(),
                start["line"],
                start["column"]
            )
        })
        .collect();
    assert_eq!(
        located,
        ["W0600 9:11", "W0600 13:11", "W0600 17:11", "W0601 21:11"]
    );
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

#[test]
fn a_block_that_would_match_billions_of_times_is_refused_at_its_header() {
    let output = kite(&[
        "check",
        "--format",
        "json",
        "quadruple-forall/quadruple.trio.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics = json_diagnostics(&output);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    let refused = &diagnostics[0];
    assert_eq!(refused["code"], "E0313");
    assert_eq!(refused["file"], "quadruple-forall/nodes.style");
    assert_eq!(refused["start"]["line"], 6);
    assert!(
        refused["message"]
            .as_str()
            .unwrap()
            .contains("8,100,000,000 times"),
        "{refused}"
    );
}

#[test]
fn limits_are_lowered_and_raised_on_the_command_line() {
    let sets = "../../../examples/sets/sets.trio.json";
    let lowered = kite(&["check", "--limit", "block-matches=1", sets]);
    assert_eq!(lowered.status.code(), Some(1));
    assert!(stderr(&lowered).contains("E0313"), "{}", stderr(&lowered));
    // The last value given wins.
    let raised = kite(&[
        "check",
        "--limit",
        "block-matches=1",
        "--limit",
        "block-matches=1_000_000",
        sets,
    ]);
    assert_eq!(raised.status.code(), Some(0), "{}", stderr(&raised));
    let small_file = kite(&["check", "--limit", "file-bytes=10", sets]);
    assert_eq!(small_file.status.code(), Some(1));
    assert!(
        stderr(&small_file).contains("E0006"),
        "{}",
        stderr(&small_file)
    );
    let unknown = kite(&["check", "--limit", "shape=1", sets]);
    assert_eq!(unknown.status.code(), Some(2));
    assert!(stderr(&unknown).contains("no limit is called `shape`"));
}

#[test]
fn an_internal_failure_is_a_diagnostic_and_exit_one() {
    let output = kite(&[
        "check",
        "--debug-panic",
        "--format",
        "json",
        "../../../examples/sets/sets.trio.json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let diagnostics = json_diagnostics(&output);
    assert_eq!(diagnostics.len(), 1, "{diagnostics:?}");
    assert_eq!(diagnostics[0]["code"], "E0900");
    assert!(
        diagnostics[0]["message"]
            .as_str()
            .unwrap()
            .starts_with("internal error: kite failed during checking:"),
        "{}",
        diagnostics[0]
    );
}
