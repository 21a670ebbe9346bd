//! Running the `kite` binary on the fixtures, for the CLI tests.

use std::path::PathBuf;
use std::process::{Command, Output};

pub fn kite(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kite"))
        .args(args)
        .current_dir(fixtures())
        .env("NO_COLOR", "1")
        .output()
        .expect("the kite binary runs")
}

pub fn fixtures() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("fixtures")
}

pub fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

pub fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

/// Parses the `--format json` output: one array of diagnostics, each with
/// every field agents rely on. Returns the diagnostics.
pub fn json_diagnostics(output: &Output) -> Vec<serde_json::Value> {
    let value: serde_json::Value =
        serde_json::from_str(&stdout(output)).expect("the output is one JSON value");
    let diagnostics = value
        .as_array()
        .expect("the output is a JSON array")
        .clone();
    for diagnostic in &diagnostics {
        for field in [
            "file", "code", "name", "severity", "message", "range", "start", "end", "labels",
            "hints", "fixes",
        ] {
            assert!(
                diagnostic.get(field).is_some(),
                "missing {field} in {diagnostic}"
            );
        }
    }
    diagnostics
}
