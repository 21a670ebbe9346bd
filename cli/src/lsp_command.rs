//! `kite lsp`: the language server, speaking the protocol on standard
//! input and output.

use crate::workspace::UsageError;
use clap::Args;
use std::process::ExitCode;

#[derive(Args)]
pub struct LspArgs {
    /// Speak over standard input and output (the only transport, and the
    /// default; accepted because editors pass it).
    #[arg(long)]
    stdio: bool,
}

pub fn run(args: LspArgs) -> Result<ExitCode, UsageError> {
    let _ = args.stdio;
    kite_lsp::serve_stdio()
        .map_err(|error| UsageError(format!("cannot start the language server: {error}")))?;
    Ok(ExitCode::SUCCESS)
}
