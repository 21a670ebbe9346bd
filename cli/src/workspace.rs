//! Reading programs from disk into the database: the CLI's only IO.

use kite_db::{Database, Trio, TrioManifest};
use kite_syntax::Language;
use std::fmt;
use std::path::Path;

/// A problem with the command line or the files it names (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl fmt::Display for UsageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The language of a file, from its extension.
pub fn language_of(path: &Path) -> Result<Language, UsageError> {
    path.extension()
        .and_then(|extension| extension.to_str())
        .and_then(Language::from_extension)
        .ok_or_else(|| {
            UsageError(format!(
                "cannot tell the language of {}: expected a .domain, .substance or .style file",
                path.display()
            ))
        })
}

pub fn read_source(path: &Path) -> Result<String, UsageError> {
    std::fs::read_to_string(path)
        .map_err(|error| UsageError(format!("cannot read {}: {error}", path.display())))
}

/// Reads a `.trio.json` manifest.
pub fn read_manifest(path: &Path) -> Result<TrioManifest, UsageError> {
    let text = read_source(path)?;
    let folder = path.parent().unwrap_or(Path::new(""));
    TrioManifest::parse(&text, folder)
        .map_err(|error| UsageError(format!("{}: {error}", path.display())))
}

/// Loads every file a manifest names into a new database. The language of
/// each file is its role in the trio, whatever its extension.
pub fn load_trio(manifest: &TrioManifest) -> Result<(Database, Trio), UsageError> {
    let mut db = Database::default();
    let trio = db.add_manifest(manifest, |path| {
        Ok((path.display().to_string(), read_source(path)?))
    })?;
    Ok((db, trio))
}
