//! How the CLI prints diagnostics: ariadne for people, JSON for tools.

use clap::ValueEnum;
use kite_diagnostics::{Diagnostic, HumanOptions, Severity, Sources, render_human, render_json};
use std::io::{IsTerminal, Write};

/// The diagnostic output format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Source excerpts with labels and a summary, on standard error
    /// (coloured on a terminal).
    #[default]
    Human,
    /// One JSON array of diagnostic objects, on standard output.
    Json,
}

/// Prints `diagnostics` in `format`.
pub fn print_diagnostics(diagnostics: &[Diagnostic], sources: &Sources, format: Format) {
    match format {
        Format::Human => {
            let stderr = std::io::stderr();
            let color = stderr.is_terminal() && std::env::var_os("NO_COLOR").is_none();
            let mut text = render_human(diagnostics, sources, HumanOptions { color });
            if !diagnostics.is_empty() {
                text.push_str(&summary(diagnostics));
                text.push('\n');
            }
            let _ = stderr.lock().write_all(text.as_bytes());
        }
        Format::Json => {
            let _ = std::io::stdout()
                .lock()
                .write_all(render_json(diagnostics, sources).as_bytes());
        }
    }
}

/// "2 errors, 1 warning".
pub fn summary(diagnostics: &[Diagnostic]) -> String {
    let count = |severity| {
        diagnostics
            .iter()
            .filter(|diagnostic| diagnostic.severity == severity)
            .count()
    };
    let (errors, warnings) = (count(Severity::Error), count(Severity::Warning));
    let plural = |count: usize| if count == 1 { "" } else { "s" };
    format!(
        "{errors} error{}, {warnings} warning{}",
        plural(errors),
        plural(warnings)
    )
}

/// The process exit code for a run that reported `diagnostics`: failure
/// if any is an error.
pub fn exit_code(diagnostics: &[Diagnostic]) -> std::process::ExitCode {
    if diagnostics.iter().any(Diagnostic::is_error) {
        std::process::ExitCode::FAILURE
    } else {
        std::process::ExitCode::SUCCESS
    }
}
