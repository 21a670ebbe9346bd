//! The SVG files Image shapes name: resolved relative to the trio's Style
//! files, read only from inside the trio's folder or a Style's folder,
//! never from the network.

use kite_db::TrioManifest;
use std::path::{Path, PathBuf};

/// Image lookup for one trio.
pub struct TrioImages {
    /// Where `href`s are resolved from: each Style file's folder, in order.
    style_folders: Vec<PathBuf>,
    /// The folders images may be read from: the manifest's and the Styles'.
    allowed: Vec<PathBuf>,
}

impl TrioImages {
    pub fn new(manifest: &TrioManifest) -> TrioImages {
        let style_folders: Vec<PathBuf> = manifest
            .styles
            .iter()
            .map(|style| folder_of(style.parent()))
            .collect();
        let allowed = std::iter::once(folder_of(Some(&manifest.folder)))
            .chain(style_folders.iter().cloned())
            .filter_map(|folder| folder.canonicalize().ok())
            .collect();
        TrioImages {
            style_folders,
            allowed,
        }
    }
}

/// A folder, with the empty path read as the current folder.
fn folder_of(folder: Option<&Path>) -> PathBuf {
    match folder {
        Some(folder) if !folder.as_os_str().is_empty() => folder.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

impl kite_render::Resources for TrioImages {
    fn image(&self, href: &str) -> Option<String> {
        if href.contains("://") || Path::new(href).is_absolute() {
            return None;
        }
        self.style_folders.iter().find_map(|folder| {
            let file = folder.join(href).canonicalize().ok()?;
            if !self.allowed.iter().any(|root| file.starts_with(root)) {
                return None;
            }
            std::fs::read_to_string(file).ok()
        })
    }
}
