//! `kite check`: every error of a trio, in one run.

use crate::output::{Format, exit_code, print_diagnostics};
use crate::workspace::{UsageError, load_trio, read_manifest};
use clap::Args;
use kite_db::{TrioManifest, trio_diagnostics};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
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
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, UsageError> {
    let manifest = match (args.trio, args.domain, args.substance) {
        (Some(manifest), _, _) => read_manifest(&manifest)?,
        (None, Some(domain), Some(substance)) => TrioManifest {
            domain,
            substance,
            styles: args.style,
            variation: String::new(),
        },
        _ => {
            return Err(UsageError(
                "give a .trio.json, or --domain, --substance and --style".into(),
            ));
        }
    };
    let (db, trio) = load_trio(&manifest)?;
    let diagnostics = trio_diagnostics(&db, trio);
    print_diagnostics(diagnostics, &db.sources(), args.format);
    Ok(exit_code(diagnostics))
}
