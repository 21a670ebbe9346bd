//! Finding and reading trios: every `.trio.json` below a folder, a
//! manifest read from disk, and the files it names loaded into a database.

use kite_db::{Database, Trio, TrioManifest};
use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

/// A file that could not be read, or a manifest that is not one; the
/// message names the path.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WorldError(pub String);

impl fmt::Display for WorldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WorldError {}

/// Every `.trio.json` below `folder` (recursively), sorted by path.
pub fn trio_manifests(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if is_manifest(&path) {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}

/// Whether `path` names a trio manifest (`*.trio.json`).
pub fn is_manifest(path: &Path) -> bool {
    path.to_string_lossy().ends_with(".trio.json")
}

/// A text file's contents.
pub fn read_source(path: &Path) -> Result<String, WorldError> {
    std::fs::read_to_string(path)
        .map_err(|error| WorldError(format!("cannot read {}: {error}", path.display())))
}

/// Reads a `.trio.json` manifest; its relative paths are taken from its
/// folder.
pub fn read_manifest(path: &Path) -> Result<TrioManifest, WorldError> {
    let text = read_source(path)?;
    let folder = path.parent().unwrap_or(Path::new(""));
    TrioManifest::parse(&text, folder)
        .map_err(|error| WorldError(format!("{}: {error}", path.display())))
}

/// Loads every file a manifest names into a new database, naming each by
/// its path relative to `names_from` (or as given, when it lies
/// elsewhere). The language of each file is its role in the trio,
/// whatever its extension.
pub fn load_trio(
    manifest: &TrioManifest,
    names_from: &Path,
) -> Result<(Database, Trio), WorldError> {
    let mut db = Database::default();
    let trio = db.add_manifest(manifest, |path| {
        let name = path.strip_prefix(names_from).unwrap_or(path);
        Ok((name.display().to_string(), read_source(path)?))
    })?;
    Ok((db, trio))
}
