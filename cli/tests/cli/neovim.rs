//! A real client: headless Neovim starts `kite lsp`, opens a trio with a
//! known error and asks for hover, definition, completion, rename and
//! formatting (`tests/fixtures/neovim/client.lua`); the answers it writes
//! are checked here. Skips with a message when `nvim` is not installed
//! (`.ci/run` installs it).

use super::common::fixtures;
use std::path::{Path, PathBuf};
use std::process::Command;

fn nvim_available() -> bool {
    Command::new("nvim").arg("--version").output().is_ok()
}

/// The example trio, copied, with an undeclared object added on the
/// Substance's last line.
fn broken_trio() -> PathBuf {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("../examples/sets");
    let dir = std::env::temp_dir().join(format!("kite-neovim-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for entry in std::fs::read_dir(&example).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.join(path.file_name().unwrap())).unwrap();
    }
    let substance = dir.join("sets.substance");
    let mut text = std::fs::read_to_string(&substance).unwrap();
    text.push_str("Intersecting(Dogs, Cats)\n");
    std::fs::write(&substance, text).unwrap();
    dir.canonicalize().unwrap()
}

#[test]
fn neovim_gets_diagnostics_hover_definition_completion_rename_and_formatting() {
    if !nvim_available() {
        eprintln!("skipping: nvim is not installed (.ci/run installs Debian's neovim)");
        return;
    }
    let root = broken_trio();
    let out = root.join("answers.json");
    let status = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n"])
        .arg("-c")
        .arg(format!(
            "luafile {}",
            fixtures().join("neovim/client.lua").display()
        ))
        .env("KITE_BIN", env!("CARGO_BIN_EXE_kite"))
        .env("KITE_ROOT", &root)
        .env("KITE_OUT", &out)
        .status()
        .expect("nvim runs");
    assert!(status.success());
    let answers: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&out).expect("nvim wrote its answers"))
            .unwrap();
    assert_eq!(answers["published"], true, "{answers}");
    let substance_uri = format!("file://{}", root.join("sets.substance").display());
    let diagnostics = &answers["diagnostics"][&substance_uri];
    let codes: Vec<&str> = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|d| d["code"].as_str())
        .collect();
    assert_eq!(codes, ["E0201"], "{diagnostics}");

    let hover = answers["hover"]["contents"]["value"]
        .as_str()
        .unwrap_or_default();
    assert!(hover.contains("Dogs") && hover.contains("Set"), "{hover}");

    let definition = &answers["definition"][0];
    assert_eq!(definition["uri"], substance_uri.as_str());
    assert_eq!(definition["range"]["start"]["line"], 1);

    let labels: Vec<&str> = answers["completion"]
        .as_array()
        .or_else(|| answers["completion"]["items"].as_array())
        .unwrap()
        .iter()
        .filter_map(|item| item["label"].as_str())
        .collect();
    assert!(labels.contains(&"Subset"), "{labels:?}");

    let edits = &answers["rename"]["changes"][&substance_uri];
    assert!(
        edits.as_array().unwrap().len() >= 4,
        "Dogs is declared once and used three times: {edits}"
    );
    assert!(
        answers["formatting"].is_array(),
        "{}",
        answers["formatting"]
    );
    let _ = std::fs::remove_dir_all(&root);
}
