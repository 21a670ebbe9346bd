//! The SVG files Image shapes name: resolved relative to the trio's Style
//! files, read only from inside the trio's folder or a Style's folder,
//! never from the network.

use kite_db::TrioManifest;
use kite_render::ImageUnavailable;
use std::path::{Component, Path, PathBuf};

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

/// The largest image file read.
pub const MAX_IMAGE_BYTES: u64 = 16 * 1024 * 1024;

impl kite_render::Resources for TrioImages {
    fn image(&self, href: &str) -> Result<String, ImageUnavailable> {
        let refused = |why: &str| Err(ImageUnavailable::Refused(why.to_string()));
        if href.is_empty() {
            return Err(ImageUnavailable::Missing("the `href` is empty".to_string()));
        }
        if href.contains("://") || href.starts_with("data:") {
            return refused("it is a URL; images are read only from the trio's folders");
        }
        if Path::new(href).is_absolute() {
            return refused("it is an absolute path; give a path relative to the Style file");
        }
        let inside = |path: &Path| self.allowed.iter().any(|root| path.starts_with(root));
        let mut outside = false;
        for folder in &self.style_folders {
            let Ok(folder) = folder.canonicalize() else {
                continue;
            };
            // Whether the file exists is nobody's business when the path
            // leaves the trio's folders: that is decided on the path alone.
            if !inside(&lexically_normal(&folder.join(href))) {
                outside = true;
                continue;
            }
            let Ok(file) = folder.join(href).canonicalize() else {
                continue;
            };
            // A link inside the folders may still point out of them.
            if !inside(&file) {
                outside = true;
                continue;
            }
            return read_image(&file);
        }
        if outside {
            refused("it names a file outside the trio's folders")
        } else {
            Err(ImageUnavailable::Missing(
                "no such file next to the Style file".to_string(),
            ))
        }
    }
}

/// `path` with `.` and `..` resolved on the path alone (`..` at the root
/// stays at the root).
fn lexically_normal(path: &Path) -> PathBuf {
    let mut normal = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                normal.pop();
            }
            other => normal.push(other),
        }
    }
    normal
}

/// The text of the image file `file`, if it is small enough and text.
fn read_image(file: &Path) -> Result<String, ImageUnavailable> {
    let size = std::fs::metadata(file)
        .map_err(|error| ImageUnavailable::Missing(error.to_string()))?
        .len();
    if size > MAX_IMAGE_BYTES {
        return Err(ImageUnavailable::Refused(format!(
            "the file is {size} bytes; images are read up to {MAX_IMAGE_BYTES}"
        )));
    }
    std::fs::read_to_string(file).map_err(|error| match error.kind() {
        std::io::ErrorKind::InvalidData => ImageUnavailable::NotSvg,
        _ => ImageUnavailable::Missing(error.to_string()),
    })
}
