//! Reading programs from disk into the database: the CLI's only IO.

use kite_db::{Database, TrioManifest};
use kite_syntax::Language;
use std::fmt;
use std::path::{Path, PathBuf};

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

/// The files of a trio, from a manifest or from explicit paths.
pub struct TrioFiles {
    pub domain: PathBuf,
    pub substance: PathBuf,
    pub styles: Vec<PathBuf>,
}

impl TrioFiles {
    /// Reads a `.trio.json` manifest.
    pub fn from_manifest(path: &Path) -> Result<TrioFiles, UsageError> {
        let text = read_source(path)?;
        let folder = path.parent().unwrap_or(Path::new(""));
        let manifest = TrioManifest::parse(&text, folder)
            .map_err(|error| UsageError(format!("{}: {error}", path.display())))?;
        Ok(TrioFiles {
            domain: manifest.domain,
            substance: manifest.substance,
            styles: manifest.styles,
        })
    }

    /// Loads every file into a new database. The language of each file is
    /// its role in the trio, whatever its extension.
    pub fn load(&self) -> Result<(Database, kite_db::Trio), UsageError> {
        let mut db = Database::default();
        let add = |db: &mut Database, path: &Path, language| -> Result<_, UsageError> {
            Ok(db.add_file(path.display().to_string(), language, read_source(path)?))
        };
        let domain = add(&mut db, &self.domain, Language::Domain)?;
        let substance = add(&mut db, &self.substance, Language::Substance)?;
        let styles = self
            .styles
            .iter()
            .map(|style| add(&mut db, style, Language::Style))
            .collect::<Result<Vec<_>, _>>()?;
        let trio = db.add_trio(domain, substance, styles);
        Ok((db, trio))
    }
}
