//! `kite render`: a trio laid out and drawn as SVG, PNG or PDF, with an
//! optional JSON report of how the layout went.

use crate::output::{Format, print_diagnostics};
use crate::shapes_json::shapes_json;
use crate::workspace::{CompilerArgs, TrioArgs, UsageError};
use clap::{Args, ValueEnum};
use kite_db::Database;
use kite_diagnostics::{Diagnostic, render_json};
use kite_pipeline::{Layout, Options, Report, Status, compile};
use kite_world::TrioImages;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

#[derive(Args)]
pub struct RenderArgs {
    #[command(flatten)]
    trio: TrioArgs,
    #[command(flatten)]
    compiler: CompilerArgs,
    /// Where to write the drawing; `-` for standard output. Its extension
    /// (`.svg`, `.png` or `.pdf`) chooses the format unless `--format-out`
    /// does.
    #[arg(short, long)]
    output: PathBuf,
    /// The output format, whatever the extension.
    #[arg(long, value_enum)]
    format_out: Option<ImageFormat>,
    /// PNG pixels per canvas unit.
    #[arg(long, default_value_t = 1.0)]
    scale: f32,
    /// The layout variation (the seed of the initial state); defaults to
    /// the manifest's.
    #[arg(long)]
    variation: Option<String>,
    /// Draw the initial state, without laying it out.
    #[arg(long)]
    no_optimize: bool,
    /// L-BFGS iterations at most, over all stages.
    #[arg(long, default_value_t = Options::default().max_steps)]
    max_steps: usize,
    /// Seconds the layout may take at most (no limit by default, so that
    /// results depend on nothing but the trio and the variation).
    #[arg(long)]
    time_budget: Option<f64>,
    /// Write a JSON report of the layout here: status, steps, energy,
    /// every constraint's residual, objectives, timings.
    #[arg(long)]
    report: Option<PathBuf>,
    /// Also print the elaborated diagram on standard output.
    #[arg(long, value_enum)]
    emit: Option<Emit>,
    /// How to print diagnostics; `json` prints one object with the
    /// diagnostics and the report on standard output.
    #[arg(long, value_enum, default_value_t)]
    format: Format,
}

/// Intermediate results `--emit` can print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Emit {
    /// Every shape with its properties at the final state, as JSON.
    Shapes,
}

/// What a drawing is written as.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum ImageFormat {
    Svg,
    Png,
    /// A one-page vector PDF, one point per canvas unit.
    Pdf,
}

impl ImageFormat {
    /// The format an output path's extension names (any case); SVG for
    /// any other extension.
    fn of_path(path: &Path) -> ImageFormat {
        let extension = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        if extension.eq_ignore_ascii_case("png") {
            ImageFormat::Png
        } else if extension.eq_ignore_ascii_case("pdf") {
            ImageFormat::Pdf
        } else {
            ImageFormat::Svg
        }
    }
}

pub fn run(args: RenderArgs) -> Result<ExitCode, UsageError> {
    let started = Instant::now();
    let mut manifest = args.trio.manifest()?;
    if let Some(variation) = &args.variation {
        manifest.variation = variation.clone();
    }
    let layout = if args.no_optimize {
        Layout::Initial
    } else {
        Layout::Optimize(Options {
            max_steps: args.max_steps,
            time_budget: args.time_budget.map(Duration::from_secs_f64),
        })
    };
    let format = args
        .format_out
        .unwrap_or_else(|| ImageFormat::of_path(&args.output));
    let (db, trio) = args.compiler.load(&manifest)?;
    let load = started.elapsed();
    let mut compiled = compile(&db, trio, &layout, &TrioImages::new(&manifest));
    let (Some(drawing), Some(diagram)) = (&mut compiled.drawing, compiled.diagram) else {
        finish_output(args.format, &db, &compiled.diagnostics, None);
        return Ok(ExitCode::FAILURE);
    };
    let output_start = Instant::now();
    if args.emit == Some(Emit::Shapes) {
        let json = serde_json::to_string_pretty(&shapes_json(diagram, &drawing.values))
            .expect("JSON values always serialise");
        println!("{json}");
    }
    match format {
        ImageFormat::Svg => write_output(&args.output, drawing.svg.as_bytes())?,
        ImageFormat::Png => {
            let png = drawing
                .png(args.scale)
                .map_err(|error| UsageError(format!("cannot draw the PNG: {error}")))?;
            write_output(&args.output, &png)?;
        }
        ImageFormat::Pdf => {
            let pdf = drawing.pdf().map_err(|error| {
                UsageError(format!("cannot convert the drawing to PDF: {error}"))
            })?;
            write_output(&args.output, &pdf)?;
        }
    }
    let timings = &mut drawing.report.timings;
    timings.load = load;
    timings.output = output_start.elapsed();
    timings.total = started.elapsed();
    if let Some(path) = &args.report {
        let text =
            serde_json::to_string_pretty(&drawing.report).expect("JSON values always serialise");
        write_output(path, text.as_bytes())?;
    }
    finish_output(
        args.format,
        &db,
        &compiled.diagnostics,
        Some(&drawing.report),
    );
    let report = &drawing.report;
    if args.format == Format::Human && !args.no_optimize && report.status != Status::Converged {
        eprintln!(
            "layout: {} after {} steps",
            report.status.as_str(),
            report.steps
        );
    }
    let exit = if report.status == Status::Nan {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    };
    // The process ends here: its memory goes back to the system at once,
    // instead of being freed piece by piece (a tenth of the run for a
    // diagram of 80,000 shapes).
    std::mem::forget(compiled);
    std::mem::forget(db);
    Ok(exit)
}

/// Prints the diagnostics and, in JSON mode, the report with them.
fn finish_output(
    format: Format,
    db: &Database,
    diagnostics: &[Diagnostic],
    report: Option<&Report>,
) {
    let sources = db.sources();
    match format {
        Format::Human => {
            if !diagnostics.is_empty() {
                print_diagnostics(diagnostics, &sources, Format::Human);
            }
        }
        Format::Json => {
            let diagnostics: serde_json::Value =
                serde_json::from_str(&render_json(diagnostics, &sources))
                    .expect("diagnostics render as JSON");
            let output = serde_json::json!({ "diagnostics": diagnostics, "report": report });
            println!(
                "{}",
                serde_json::to_string_pretty(&output).expect("JSON values always serialise")
            );
        }
    }
}

/// Writes `bytes` to `path`, or to standard output for `-`.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), UsageError> {
    let result = if path.as_os_str() == "-" {
        std::io::stdout().lock().write_all(bytes)
    } else {
        std::fs::write(path, bytes)
    };
    result.map_err(|error| UsageError(format!("cannot write {}: {error}", path.display())))
}
