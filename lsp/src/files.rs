//! How the server names files: one key per file whatever URI spelling the
//! client uses, made from the canonical path, and the language a file's
//! extension gives.

use kite_syntax::Language;
use std::path::{Path, PathBuf};
use tower_lsp_server::ls_types::Uri;

/// A file's key in the database: the `file:` URI of its canonical path
/// (or the client's URI, for documents that are not files).
pub fn key_of_uri(uri: &Uri) -> String {
    match uri.to_file_path() {
        Some(path) => key_of_path(&path),
        None => uri.as_str().to_string(),
    }
}

/// The key of a file on disk.
pub fn key_of_path(path: &Path) -> String {
    let path = canonical(path);
    Uri::from_file_path(&path).map_or_else(
        || path.display().to_string(),
        |uri| uri.as_str().to_string(),
    )
}

/// The path behind a key, for files on disk.
pub fn path_of_key(key: &str) -> Option<PathBuf> {
    let uri: Uri = key.parse().ok()?;
    uri.to_file_path().map(|path| path.into_owned())
}

/// `path` with symbolic links and `..` resolved where it exists.
pub fn canonical(path: &Path) -> PathBuf {
    path.canonicalize().unwrap_or_else(|_| path.to_path_buf())
}

/// The language of a `.domain`, `.substance` or `.style` file.
pub fn language_of(path: &Path) -> Option<Language> {
    Language::from_extension(path.extension()?.to_str()?)
}
