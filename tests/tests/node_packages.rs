//! The Node.js packages' own test suites, run from `cargo test` so that
//! one command runs every test: the TextMate grammars (`grammar/`:
//! fixtures and the whole corpus) and the VS Code extension
//! (`editors/vscode`: typecheck, unit tests, and the `.vsix` it packages).
//! Each package's dependencies are installed with `npm ci` when missing.

use kite_tests::{corpus_dir, workspace_root};
use std::path::Path;
use std::process::Command;

/// Runs `npm ci` (when `node_modules` is missing) and `npm test` in
/// `package`; fails with their output.
fn npm_test(package: &Path) {
    if Command::new("npm").arg("--version").output().is_err() {
        eprintln!("skipping: npm is not installed (.ci/run needs Node.js 20)");
        return;
    }
    if !package.join("node_modules").is_dir() {
        run(package, &["ci", "--no-audit", "--no-fund"]);
    }
    run(package, &["test"]);
}

fn run(package: &Path, args: &[&str]) {
    let mut npm = Command::new("npm");
    npm.args(args)
        .current_dir(package)
        .env("KITE_BIN", workspace_root().join("target/debug/kite"))
        .env_remove("KITE_CORPUS");
    if let Some(corpus) = corpus_dir() {
        npm.env("KITE_CORPUS", corpus);
    }
    let output = npm.output().expect("npm runs");
    assert!(
        output.status.success(),
        "`npm {}` failed in {}:\n{}\n{}",
        args.join(" "),
        package.display(),
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn the_textmate_grammars_pass_their_tests() {
    npm_test(&workspace_root().join("grammar"));
}

#[test]
fn the_vscode_extension_passes_its_tests_and_packages() {
    npm_test(&workspace_root().join("editors").join("vscode"));
}
