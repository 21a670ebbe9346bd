//! The trio a command names, and the errors of reading it (with
//! `kite-world`, which does the reading).

use clap::Args;
use kite_db::{Database, Limit, Limits, Trio, TrioManifest};
use kite_limits::thousands;
use kite_syntax::Language;
use kite_world::{WorldError, load_trio_within, read_manifest};
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
            (Some(manifest), _, _) => Ok(read_manifest(&manifest)?),
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

/// How the compiler is set up: `--limit NAME=VALUE`, the limits on what the
/// program may ask of it, and the hidden debug hook.
#[derive(Args)]
pub struct CompilerArgs {
    #[arg(long = "limit", value_name = "NAME=VALUE", long_help = limits_help())]
    limits: Vec<String>,
    /// Make elaboration panic, to see an internal error reported (for tests).
    #[arg(long, hide = true)]
    debug_panic: bool,
}

impl CompilerArgs {
    /// The trio `manifest` names, loaded into a database set up as asked.
    pub fn load(&self, manifest: &TrioManifest) -> Result<(Database, Trio), UsageError> {
        let (mut db, trio) = load_trio_within(manifest, Path::new(""), &self.limits()?)?;
        db.set_panic_in_elaboration(self.debug_panic);
        Ok((db, trio))
    }

    /// The default limits with the command line's changes.
    pub fn limits(&self) -> Result<Limits, UsageError> {
        let mut limits = Limits::default();
        for assignment in &self.limits {
            limits
                .apply(assignment)
                .map_err(|error| UsageError(format!("--limit {assignment}: {error}")))?;
        }
        Ok(limits)
    }
}

/// The `--limit` help: every limit with its default.
fn limits_help() -> String {
    let mut help = "Change a limit, as NAME=VALUE (repeat for several). A program that \
                    exceeds a limit gets a diagnostic before the work is done. The limits \
                    and their defaults:\n"
        .to_string();
    for limit in Limit::ALL {
        help.push_str(&format!(
            "\n  {:<20} {:>12}  {}",
            limit.name(),
            thousands(limit.default_value()),
            limit.describe()
        ));
    }
    help
}

/// A problem with the command line or the files it names (exit code 2).
#[derive(Debug)]
pub struct UsageError(pub String);

impl From<WorldError> for UsageError {
    fn from(error: WorldError) -> Self {
        UsageError(error.0)
    }
}

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
