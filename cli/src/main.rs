//! `kite`: the command-line shell over the kite compiler.
//!
//! Exit codes: 0 when no file has errors (warnings allowed), 1 when any
//! does, 2 on a usage or IO error.

mod check_command;
mod explain_command;
mod fmt_command;
mod gallery_command;
mod lsp_command;
mod output;
mod parse_command;
mod preview_command;
mod render_command;
mod shapes_json;
mod workspace;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "kite",
    version,
    about = "Compile, check and render Penrose diagram programs"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Parse Domain, Substance and Style files (chosen by extension) and report syntax errors.
    Parse(parse_command::ParseArgs),
    /// Check a trio: report every syntax and type error of its files in one run.
    Check(check_command::CheckArgs),
    /// Render a trio to SVG.
    Render(render_command::RenderArgs),
    /// Draw every trio under a folder as PNG, with an index.html contact sheet.
    Gallery(gallery_command::GalleryArgs),
    /// Explain a diagnostic code.
    Explain(explain_command::ExplainArgs),
    /// Rewrite files in the canonical layout (`--check` only reports the ones that would change).
    Fmt(fmt_command::FmtArgs),
    /// Run the language server on standard input and output.
    Lsp(lsp_command::LspArgs),
    /// Serve a live preview of a trio on 127.0.0.1 that redraws when its files are saved.
    Preview(preview_command::PreviewArgs),
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            let _ = error.print();
            return if error.use_stderr() {
                ExitCode::from(2)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    let result = match cli.command {
        Command::Parse(args) => parse_command::run(args),
        Command::Check(args) => check_command::run(args),
        Command::Render(args) => render_command::run(args),
        Command::Gallery(args) => gallery_command::run(args),
        Command::Explain(args) => explain_command::run(args),
        Command::Fmt(args) => fmt_command::run(args),
        Command::Lsp(args) => lsp_command::run(args),
        Command::Preview(args) => preview_command::run(args),
    };
    result.unwrap_or_else(|error| {
        eprintln!("error: {error}");
        ExitCode::from(2)
    })
}
