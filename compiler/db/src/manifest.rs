//! `.trio.json` manifests, read as the Penrose registry writes them.

use serde::Deserialize;
use std::fmt;
use std::path::{Path, PathBuf};

/// A parsed `.trio.json`: the three programs' paths, resolved against the
/// manifest's folder, and the layout variation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TrioManifest {
    /// The folder the manifest is in (the current folder for a trio given
    /// file by file): files the trio references must lie below it.
    pub folder: PathBuf,
    pub domain: PathBuf,
    pub substance: PathBuf,
    /// One or more Style files, applied in order.
    pub styles: Vec<PathBuf>,
    /// The seed of the layout's random choices; empty if the manifest has
    /// none.
    pub variation: String,
}

/// Why a manifest could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ManifestError {
    pub message: String,
}

impl fmt::Display for ManifestError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ManifestError {}

#[derive(Deserialize)]
struct RawManifest {
    domain: String,
    substance: String,
    style: OneOrMany,
    #[serde(default)]
    variation: String,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum OneOrMany {
    One(String),
    Many(Vec<String>),
}

impl TrioManifest {
    /// Parses manifest `text`; relative paths are taken from `folder`, the
    /// folder the manifest is in. Unknown fields are ignored.
    pub fn parse(text: &str, folder: &Path) -> Result<TrioManifest, ManifestError> {
        let raw: RawManifest = serde_json::from_str(text).map_err(|error| ManifestError {
            message: format!("not a trio manifest: {error}"),
        })?;
        let styles = match raw.style {
            OneOrMany::One(style) => vec![style],
            OneOrMany::Many(styles) => styles,
        };
        if styles.is_empty() {
            return Err(ManifestError {
                message: "the trio manifest lists no style".to_string(),
            });
        }
        Ok(TrioManifest {
            folder: folder.to_path_buf(),
            domain: folder.join(raw.domain),
            substance: folder.join(raw.substance),
            styles: styles.into_iter().map(|style| folder.join(style)).collect(),
            variation: raw.variation,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_single_style_or_a_list() {
        let folder = Path::new("trios");
        let one = TrioManifest::parse(
            r#"{"domain": "a.domain", "substance": "a.substance", "style": "a.style", "variation": "V"}"#,
            folder,
        )
        .unwrap();
        assert_eq!(one.styles, vec![PathBuf::from("trios/a.style")]);
        assert_eq!(one.variation, "V");
        let many = TrioManifest::parse(
            r#"{"domain": "a.domain", "substance": "a.substance", "style": ["x.style", "../y.style"]}"#,
            folder,
        )
        .unwrap();
        assert_eq!(many.styles.len(), 2);
        assert_eq!(many.variation, "");
        assert!(TrioManifest::parse(r#"{"domain": 1}"#, folder).is_err());
        assert!(
            TrioManifest::parse(r#"{"domain": "a", "substance": "b", "style": []}"#, folder)
                .is_err()
        );
    }
}
