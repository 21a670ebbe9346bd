//! How the CLI prints diagnostics: ariadne for people, JSON Lines for tools.

use clap::ValueEnum;
use kite_diagnostics::{Diagnostic, HumanOptions, Sources, render_human, render_json};
use std::io::{IsTerminal, Write};

/// The diagnostic output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source excerpts with labels, on standard error (coloured on a terminal).
    #[default]
    Human,
    /// One JSON object per diagnostic per line, on standard output.
    Json,
}

/// Prints `diagnostics` in `format`.
pub fn print_diagnostics(diagnostics: &[Diagnostic], sources: &Sources, format: Format) {
    match format {
        Format::Human => {
            let stderr = std::io::stderr();
            let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let text = render_human(diagnostics, sources, HumanOptions { color });
            let _ = stderr.lock().write_all(text.as_bytes());
        }
        Format::Json => {
            let _ = std::io::stdout()
                .lock()
                .write_all(render_json(diagnostics, sources).as_bytes());
        }
    }
}
