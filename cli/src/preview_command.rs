//! `kite preview TRIO`: the live preview as a page on 127.0.0.1 that
//! redraws when the trio's files are saved, for any editor and browser.

use crate::workspace::{CompilerArgs, UsageError};
use clap::Args;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct PreviewArgs {
    /// The trio: a `.trio.json`, or a program file whose folder has one
    /// `.domain`, `.substance` and `.style`.
    trio: PathBuf,
    /// The port on 127.0.0.1 (0 picks a free one).
    #[arg(long, default_value_t = 0)]
    port: u16,
    /// Open the page in the default browser.
    #[arg(long)]
    open: bool,
    #[command(flatten)]
    compiler: CompilerArgs,
}

pub fn run(args: PreviewArgs) -> Result<ExitCode, UsageError> {
    let open = args.open;
    let limits = args.compiler.limits()?;
    kite_lsp::serve_preview(&args.trio, args.port, limits, |url| {
        println!("kite preview: {url} (Ctrl-C stops)");
        if open && let Err(error) = webbrowser::open(url) {
            eprintln!("kite preview: cannot open a browser ({error}); open {url} yourself");
        }
    })
    .map_err(|error| UsageError(format!("cannot preview {}: {error}", args.trio.display())))?;
    Ok(ExitCode::SUCCESS)
}
