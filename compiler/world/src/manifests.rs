//! Finding and reading trios: every `.trio.json` below a folder, a
//! manifest read from disk, and the files it names loaded into a database.

use kite_db::{Database, Limit, Limits, Trio, TrioManifest};
use std::fmt;
use std::io::{self, Read};
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

/// A text file's contents, read only as far as the `file-bytes` limit
/// allows: a longer file gives its first `file-bytes + 1` bytes (cut to a
/// character boundary), which parsing then refuses as too large (E0006),
/// so a huge file is never read whole.
pub fn read_source(path: &Path, limits: &Limits) -> Result<String, WorldError> {
    let cannot_read =
        |error: io::Error| WorldError(format!("cannot read {}: {error}", path.display()));
    let file = std::fs::File::open(path).map_err(cannot_read)?;
    let mut bytes = Vec::new();
    file.take(limits.get(Limit::FileBytes).saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(cannot_read)?;
    match String::from_utf8(bytes) {
        Ok(text) => Ok(text),
        Err(error) if is_over_limit(error.as_bytes(), limits) => {
            let valid = error.utf8_error().valid_up_to();
            let mut bytes = error.into_bytes();
            bytes.truncate(valid);
            Ok(String::from_utf8(bytes).expect("valid up to here"))
        }
        Err(error) => Err(cannot_read(io::Error::new(
            io::ErrorKind::InvalidData,
            error,
        ))),
    }
}

/// Whether `bytes` were cut at the `file-bytes` limit.
fn is_over_limit(bytes: &[u8], limits: &Limits) -> bool {
    bytes.len() as u64 > limits.get(Limit::FileBytes)
}

/// Reads a `.trio.json` manifest; its relative paths are taken from its
/// folder.
pub fn read_manifest(path: &Path) -> Result<TrioManifest, WorldError> {
    let text = read_source(path, &Limits::default())?;
    let folder = path.parent().unwrap_or(Path::new(""));
    TrioManifest::parse(&text, folder)
        .map_err(|error| WorldError(format!("{}: {error}", path.display())))
}

/// Loads every file a manifest names into a new database, naming each by
/// its path relative to `names_from` (or as given, when it lies
/// elsewhere). The language of each file is its role in the trio,
/// whatever its extension. The database applies the default limits.
pub fn load_trio(
    manifest: &TrioManifest,
    names_from: &Path,
) -> Result<(Database, Trio), WorldError> {
    load_trio_within(manifest, names_from, &Limits::default())
}

/// [`load_trio`], with a database that applies `limits` (and reads no
/// file further than they allow).
pub fn load_trio_within(
    manifest: &TrioManifest,
    names_from: &Path,
    limits: &Limits,
) -> Result<(Database, Trio), WorldError> {
    let mut db = Database::default();
    db.set_limits(limits.clone());
    let trio = db.add_manifest(manifest, |path| {
        let name = path.strip_prefix(names_from).unwrap_or(path);
        Ok((name.display().to_string(), read_source(path, limits)?))
    })?;
    Ok((db, trio))
}
