//! Shared helpers for the workspace-level tests: locating the conformance
//! corpus and the fixtures, and loading files and trios into the database
//! the way the command line does.

pub mod batch;
pub mod chromium;
pub mod lsp_client;
pub mod mutation;
pub mod random_program;
pub mod timing;
mod trio_fixture;

pub use trio_fixture::{TrioFixture, apply_fixes};

use kite_db::{Database, Trio, TrioManifest};
use kite_diagnostics::{Diagnostic, HumanOptions, Sources, render_human};
use kite_syntax::{Language, Parsed, SyntaxTree};
use std::path::{Path, PathBuf};

/// The workspace root (the folder holding the top-level `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate sits inside the workspace")
        .to_path_buf()
}

/// The folder of hand-written fixtures, `tests/fixtures`.
pub fn fixtures_dir() -> PathBuf {
    workspace_root().join("tests").join("fixtures")
}

/// The Penrose conformance corpus: `$KITE_CORPUS` (a relative path is taken
/// from the workspace root) or `../shared/corpus`. `None`, after printing why,
/// when it is absent, so corpus tests skip instead of failing.
pub fn corpus_dir() -> Option<PathBuf> {
    let dir = match std::env::var_os("KITE_CORPUS") {
        Some(dir) => workspace_root().join(dir),
        None => workspace_root().join("..").join("shared").join("corpus"),
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

/// Every file below `dir` whose extension is `.domain`, `.substance` or
/// `.style`, sorted by path.
pub fn program_files(dir: &Path) -> Vec<(PathBuf, Language)> {
    let mut files = Vec::new();
    collect_program_files(dir, &mut files);
    files.sort();
    files
}

fn collect_program_files(dir: &Path, files: &mut Vec<(PathBuf, Language)>) {
    let entries = std::fs::read_dir(dir)
        .unwrap_or_else(|error| panic!("cannot list {}: {error}", dir.display()));
    for entry in entries {
        let path = entry.expect("directory entries are readable").path();
        if path.is_dir() {
            collect_program_files(&path, files);
        } else if let Some(language) = language_of(&path) {
            files.push((path, language));
        }
    }
}

/// The language of a file, from its extension.
pub fn language_of(path: &Path) -> Option<Language> {
    Language::from_extension(path.extension()?.to_str()?)
}

/// A file read from disk and parsed through the database, with the sources
/// needed to render its diagnostics.
pub struct ParsedFile {
    pub sources: Sources,
    pub parsed: Parsed<SyntaxTree>,
}

impl ParsedFile {
    /// Reads and parses `path`, naming it `name` in diagnostics.
    pub fn read(path: &Path, name: &str) -> ParsedFile {
        let language = language_of(path).expect("a Domain, Substance or Style file");
        let mut db = Database::default();
        let file = db.add_file(name, language, read(path));
        let parsed = kite_db::parse(&db, file).clone();
        ParsedFile {
            sources: db.sources(),
            parsed,
        }
    }

    /// The file's text.
    pub fn text(&self) -> &str {
        &self.sources.get(kite_diagnostics::FileId(0)).text
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.parsed.diagnostics
    }

    /// The diagnostics as ariadne draws them, without colour.
    pub fn rendered(&self) -> String {
        render_human(
            &self.parsed.diagnostics,
            &self.sources,
            HumanOptions { color: false },
        )
    }
}

/// Reads a text file, panicking with its path if it cannot.
pub fn read(path: &Path) -> String {
    std::fs::read_to_string(path)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", path.display()))
}

/// Every `.trio.json` below the corpus folder `dir`, sorted by path.
/// Panics when there is none: a corpus that is present but empty would
/// let every corpus test pass without testing anything.
pub fn trio_manifests(dir: &Path) -> Vec<PathBuf> {
    let manifests = kite_world::trio_manifests(dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()));
    assert!(
        !manifests.is_empty(),
        "the corpus at {} holds no .trio.json",
        dir.display()
    );
    manifests
}

/// A corpus trio's id, as `penrose-reference.jsonl` names it: the
/// manifest's path below the corpus, without `.trio.json`.
pub fn trio_id(manifest: &Path, corpus: &Path) -> String {
    let path = manifest.strip_prefix(corpus).unwrap_or(manifest);
    let path = path.display().to_string();
    path.trim_end_matches(".trio.json").to_string()
}

/// What Penrose itself achieved on each corpus trio
/// (`penrose-reference.jsonl`), by trio id. Panics when the file is
/// missing, empty, or has a line that is not an entry with an id: the
/// thresholds it sets must not silently become zero.
pub fn penrose_reference(corpus: &Path) -> std::collections::BTreeMap<String, serde_json::Value> {
    let path = corpus.join("penrose-reference.jsonl");
    let text = read(&path);
    let reference: std::collections::BTreeMap<String, serde_json::Value> = text
        .lines()
        .enumerate()
        .filter(|(_, line)| !line.trim().is_empty())
        .map(|(number, line)| {
            let entry: serde_json::Value = serde_json::from_str(line).unwrap_or_else(|error| {
                panic!("{}:{}: not JSON: {error}", path.display(), number + 1)
            });
            let id = entry["id"].as_str().unwrap_or_else(|| {
                panic!("{}:{}: an entry without an id", path.display(), number + 1)
            });
            (id.to_string(), entry)
        })
        .collect();
    assert!(!reference.is_empty(), "{} has no entries", path.display());
    reference
}

/// The trio fixtures (`*.trio`) in `tests/fixtures/<folder>`, sorted by
/// name.
pub fn trio_fixtures(folder: &str) -> Vec<TrioFixture> {
    let dir = fixtures_dir().join(folder);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", dir.display()))
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| {
            path.extension()
                .is_some_and(|extension| extension == "trio")
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            TrioFixture::parse(&name, &read(path))
        })
        .collect()
}

/// Reads a `.trio.json`, panicking with its path if it is malformed.
pub fn read_manifest(manifest: &Path) -> TrioManifest {
    kite_world::read_manifest(manifest).unwrap_or_else(|error| panic!("{error}"))
}

/// Loads the trio a manifest names into a new database, naming files by
/// their path relative to `root`.
pub fn load_trio(manifest: &Path, root: &Path) -> (Database, Trio) {
    kite_world::load_trio(&read_manifest(manifest), root).unwrap_or_else(|error| panic!("{error}"))
}

/// A trio whose Substance is a path of `length` edges and whose Style
/// matches every two consecutive edges: matching it must be a join, not a
/// walk over every pair of edges.
pub fn edge_chain_fixture(length: usize) -> TrioFixture {
    let mut substance = String::new();
    for node in 0..=length {
        substance.push_str(&format!("Node n{node}\n"));
    }
    for node in 0..length {
        substance.push_str(&format!("Edge(n{node}, n{})\n", node + 1));
    }
    TrioFixture {
        name: "chain".to_string(),
        expected: Vec::new(),
        add_canvas: true,
        layout: None,
        limits: kite_db::Limits::default(),
        sections: [
            "type Node\npredicate Edge(Node a, Node b)\n".to_string(),
            substance,
            "forall Node a; Node b; Node c\nwhere Edge(a, b); Edge(b, c) {\n}\n".to_string(),
        ],
    }
}
