//! `kite render`: a trio to an SVG file.

use crate::output::{Format, print_diagnostics};
use crate::shapes_json::shapes_json;
use crate::workspace::{TrioArgs, UsageError, load_trio};
use clap::{Args, ValueEnum};
use kite_db::{trio_diagnostics, trio_elaboration};
use kite_world::TrioImages;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Args)]
pub struct RenderArgs {
    #[command(flatten)]
    trio: TrioArgs,
    /// Where to write the SVG; `-` for standard output.
    #[arg(short, long)]
    output: PathBuf,
    /// The layout variation (the seed of the initial state); defaults to
    /// the manifest's.
    #[arg(long)]
    variation: Option<String>,
    /// Draw the initial state, before layout. The layout engine is not
    /// part of kite yet, so every render draws the initial state for now.
    #[arg(long)]
    no_optimize: bool,
    /// Also print the elaborated diagram on standard output.
    #[arg(long, value_enum)]
    emit: Option<Emit>,
    /// How to print diagnostics.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// Intermediate results `--emit` can print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// Every shape with its properties at the initial state, as JSON.
    Shapes,
}

pub fn run(args: RenderArgs) -> Result<ExitCode, UsageError> {
    let mut manifest = args.trio.manifest()?;
    if let Some(variation) = args.variation {
        manifest.variation = variation;
    }
    let (db, trio) = load_trio(&manifest)?;
    let diagnostics = trio_diagnostics(&db, trio);
    if !diagnostics.is_empty() {
        print_diagnostics(diagnostics, &db.sources(), args.format);
    }
    let Some(diagram) = &trio_elaboration(&db, trio).diagram else {
        return Ok(ExitCode::FAILURE);
    };
    let values = diagram.graph.initial_values();
    if args.emit == Some(Emit::Shapes) {
        let json = serde_json::to_string_pretty(&shapes_json(diagram, values))
            .expect("JSON values always serialise");
        println!("{json}");
    }
    let images = TrioImages::new(&manifest);
    let svg = kite_render::render_svg(diagram, values, &images);
    write_output(&args.output, &svg)?;
    Ok(ExitCode::SUCCESS)
}

fn write_output(path: &PathBuf, text: &str) -> Result<(), UsageError> {
    let result = if path.as_os_str() == "-" {
        std::io::stdout().lock().write_all(text.as_bytes())
    } else {
        std::fs::write(path, text)
    };
    result.map_err(|error| UsageError(format!("cannot write {}: {error}", path.display())))
}
