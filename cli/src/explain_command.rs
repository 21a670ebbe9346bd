//! `kite explain CODE`: what a diagnostic code means.

use crate::workspace::UsageError;
use clap::Args;
use kite_diagnostics::Code;
use std::process::ExitCode;

#[derive(Args)]
pub struct ExplainArgs {
    /// A code (`E0201`) or its name (`unknown-object`); without one, every code is listed.
    code: Option<String>,
}

pub fn run(args: ExplainArgs) -> Result<ExitCode, UsageError> {
    let Some(code) = args.code else {
        for code in Code::ALL {
            println!("{}  {}", code.as_str(), code.name());
        }
        return Ok(ExitCode::SUCCESS);
    };
    let code: Code = code.parse().map_err(|()| {
        UsageError(format!(
            "no diagnostic code `{code}`; run `kite explain` to list them"
        ))
    })?;
    print!("{}", explanation(code));
    Ok(ExitCode::SUCCESS)
}

/// The text `kite explain` prints for `code`.
pub fn explanation(code: Code) -> String {
    let mut text = format!(
        "{} {} (reported by {})\n\n{}\n",
        code.as_str(),
        code.name(),
        code.phase().describe(),
        code.explanation()
    );
    if !code.penrose().is_empty() {
        text.push_str(&format!("\nPenrose reports this as {}.\n", code.penrose()));
    }
    text
}
