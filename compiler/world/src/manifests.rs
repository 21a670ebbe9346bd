//! Finding trios: every `.trio.json` below a folder.

use std::io;
use std::path::{Path, PathBuf};

/// Every `.trio.json` below `folder` (recursively), sorted by path.
pub fn trio_manifests(folder: &Path) -> io::Result<Vec<PathBuf>> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)? {
            let path = entry?.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.to_string_lossy().ends_with(".trio.json") {
                found.push(path);
            }
        }
    }
    found.sort();
    Ok(found)
}
