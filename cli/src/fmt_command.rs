//! `kite fmt [--check] FILE...`: rewrite files in the canonical layout, or
//! with `--check` only report the ones that are not in it.

use crate::output::{Format, print_diagnostics};
use crate::workspace::{UsageError, language_of};
use clap::Args;
use kite_db::Limits;
use kite_diagnostics::Sources;
use kite_format::{FormatError, format};
use kite_world::read_source;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct FmtArgs {
    /// Files to format in place; the extension (.domain, .substance, .style) picks the language.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Write nothing: list the files that would change on standard error and
    /// exit with 1 if there are any.
    #[arg(long)]
    check: bool,
}

/// Exit code 1 when a file has syntax errors or, with `--check`, would
/// change; 2 when a file cannot be read or written. Every file is read
/// before any is written.
pub fn run(args: FmtArgs) -> Result<ExitCode, UsageError> {
    let mut sources = Vec::with_capacity(args.files.len());
    for path in &args.files {
        let language = language_of(path)?;
        sources.push((path, language, read_source(path, &Limits::default())?));
    }
    let mut failed = false;
    for (path, language, text) in sources {
        match format(&text, language) {
            Ok(formatted) if formatted == text => {}
            Ok(_) if args.check => {
                eprintln!("would reformat {}", path.display());
                failed = true;
            }
            Ok(formatted) => std::fs::write(path, formatted)
                .map_err(|error| UsageError(format!("cannot write {}: {error}", path.display())))?,
            Err(FormatError::SyntaxErrors { diagnostics }) => {
                // The formatter reports against `FileId(0)`, the only file here.
                let mut file = Sources::new();
                file.add(path.display().to_string(), text);
                print_diagnostics(&diagnostics, &file, Format::Human);
                eprintln!("not formatted {}: it has syntax errors", path.display());
                failed = true;
            }
        }
    }
    Ok(if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}
