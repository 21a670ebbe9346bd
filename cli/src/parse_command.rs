//! `kite parse FILE...`: syntax-check files, optionally printing their trees.

use crate::output::{Format, print_diagnostics};
use clap::Args;
use kite_diagnostics::{Diagnostic, Sources};
use kite_syntax::{Language, parse};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct ParseArgs {
    /// Files to parse; the extension (.domain, .substance, .style) picks the language.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
    /// Print each file's syntax tree as JSON on standard output.
    #[arg(long)]
    ast: bool,
}

pub fn run(args: ParseArgs) -> ExitCode {
    let mut sources = Sources::new();
    let mut inputs = Vec::new();
    for path in &args.files {
        let Some(language) = path
            .extension()
            .and_then(|extension| extension.to_str())
            .and_then(Language::from_extension)
        else {
            eprintln!(
                "error: cannot tell the language of {}: expected a .domain, .substance or .style file",
                path.display()
            );
            return ExitCode::from(2);
        };
        match std::fs::read_to_string(path) {
            Ok(text) => inputs.push((sources.add(path.display().to_string(), text), language)),
            Err(error) => {
                eprintln!("error: cannot read {}: {error}", path.display());
                return ExitCode::from(2);
            }
        }
    }

    let mut diagnostics = Vec::new();
    for (file, language) in inputs {
        let parsed = parse(&sources.get(file).text, language, file);
        if args.ast {
            let tree =
                serde_json::to_string_pretty(&parsed.ast).expect("syntax trees always serialize");
            println!("{tree}");
        }
        diagnostics.extend(parsed.diagnostics);
    }
    print_diagnostics(&diagnostics, &sources, args.format);
    if diagnostics.iter().any(Diagnostic::is_error) {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
