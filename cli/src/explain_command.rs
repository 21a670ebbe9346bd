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
    print!("{}", code.explain());
    Ok(ExitCode::SUCCESS)
}
