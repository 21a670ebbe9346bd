//! `kite parse FILE...`: syntax-check files, optionally printing their trees.

use crate::output::{Format, exit_code, print_diagnostics};
use crate::workspace::{CompilerArgs, UsageError, language_of};
use clap::Args;
use kite_db::{Database, parse};
use kite_world::read_source;
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
    #[command(flatten)]
    compiler: CompilerArgs,
}

pub fn run(args: ParseArgs) -> Result<ExitCode, UsageError> {
    let limits = args.compiler.limits()?;
    let mut db = Database::default();
    db.set_limits(limits.clone());
    let mut files = Vec::new();
    for path in &args.files {
        let language = language_of(path)?;
        let text = read_source(path, &limits)?;
        files.push(db.add_file(path.display().to_string(), language, text));
    }
    let mut diagnostics = Vec::new();
    for file in files {
        let parsed = parse(&db, file);
        if args.ast {
            let tree =
                serde_json::to_string_pretty(&parsed.ast).expect("syntax trees always serialize");
            println!("{tree}");
        }
        diagnostics.extend_from_slice(&parsed.diagnostics);
    }
    print_diagnostics(&diagnostics, &db.sources(), args.format);
    Ok(exit_code(&diagnostics))
}
