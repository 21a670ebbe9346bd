//! `kite check`: every error of a trio, in one run.

use crate::output::{Format, exit_code, print_diagnostics};
use crate::workspace::{TrioArgs, UsageError};
use clap::Args;
use kite_db::trio_diagnostics;
use kite_world::load_trio;
use std::path::Path;
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    trio: TrioArgs,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, UsageError> {
    let manifest = args.trio.manifest()?;
    let (db, trio) = load_trio(&manifest, Path::new(""))?;
    let diagnostics = trio_diagnostics(&db, trio);
    print_diagnostics(diagnostics, &db.sources(), args.format);
    Ok(exit_code(diagnostics))
}
