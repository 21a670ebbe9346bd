//! `kite check`: every error of a trio, in one run, with warnings for
//! the Images it cannot draw.

use crate::output::{Format, exit_code, print_diagnostics};
use crate::workspace::{CompilerArgs, TrioArgs, UsageError};
use clap::Args;
use kite_db::catch_internal;
use kite_pipeline::check;
use kite_world::TrioImages;
use std::process::ExitCode;

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    trio: TrioArgs,
    #[command(flatten)]
    compiler: CompilerArgs,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

pub fn run(args: CheckArgs) -> Result<ExitCode, UsageError> {
    let manifest = args.trio.manifest()?;
    let (db, trio) = args.compiler.load(&manifest)?;
    let file = trio.domain(&db).file_id(&db);
    let images = TrioImages::new(&manifest);
    let diagnostics = catch_internal("checking", file, || check(&db, trio, &images))
        .unwrap_or_else(|internal| vec![*internal]);
    print_diagnostics(&diagnostics, &db.sources(), args.format);
    Ok(exit_code(&diagnostics))
}
