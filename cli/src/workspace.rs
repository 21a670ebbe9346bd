//! Reading programs from disk into the database: the CLI's only IO.

use clap::Args;
use kite_db::{Database, Trio, TrioManifest};
use kite_syntax::Language;
use std::fmt;
use std::path::{Path, PathBuf};

/// The trio a command works on: a manifest, or the files themselves.
#[derive(Args)]
pub struct TrioArgs {
    /// A `.trio.json` manifest naming the Domain, Substance and Style files.
    #[arg(required_unless_present_all = ["domain", "substance", "style"], conflicts_with_all = ["domain", "substance", "style"])]
    trio: Option<PathBuf>,
    /// The Domain file (instead of a manifest).
    #[arg(long, requires_all = ["substance", "style"])]
    domain: Option<PathBuf>,
    /// The Substance file (instead of a manifest).
    #[arg(long, requires_all = ["domain", "style"])]
    substance: Option<PathBuf>,
    /// A Style file (instead of a manifest); repeat for several, applied in order.
    #[arg(long, requires_all = ["domain", "substance"])]
    style: Vec<PathBuf>,
}

impl TrioArgs {
    /// The manifest given, or one made of the files given (with the empty
    /// variation).
    pub fn manifest(self) -> Result<TrioManifest, UsageError> {
        match (self.trio, self.domain, self.substance) {
            (Some(manifest), _, _) => read_manifest(&manifest),
            (None, Some(domain), Some(substance)) => Ok(TrioManifest {
                folder: PathBuf::from("."),
                domain,
                substance,
                styles: self.style,
                variation: String::new(),
            }),
            _ => Err(UsageError(
                "give a .trio.json, or --domain, --substance and --style".into(),
            )),
        }
    }
}

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
