//! `kite`: the command-line shell over the kite compiler.
//!
//! Exit codes: 0 when no file has errors, 1 when any does, 2 on a usage or
//! IO error.

mod output;
mod parse_command;

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
    match cli.command {
        Command::Parse(args) => parse_command::run(args),
    }
}
