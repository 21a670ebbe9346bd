//! `kite render`: a trio laid out and drawn as SVG, with an optional JSON
//! report of how the layout went.

use crate::output::{Format, print_diagnostics};
use crate::report::{Timings, layout_report};
use crate::shapes_json::shapes_json;
use crate::workspace::{TrioArgs, UsageError, load_trio};
use clap::{Args, ValueEnum};
use kite_db::{
    Database, Trio, domain_check, parse, style_check, style_references, substance_check,
    trio_diagnostics, trio_elaboration,
};
use kite_diagnostics::{Code, Diagnostic, Span, render_json};
use kite_graph::Diagram;
use kite_layout::{Options, Problem, Solution, Status, solve};
use kite_world::TrioImages;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

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

pub fn run(args: RenderArgs) -> Result<ExitCode, UsageError> {
    let started = Instant::now();
    let mut manifest = args.trio.manifest()?;
    if let Some(variation) = &args.variation {
        manifest.variation = variation.clone();
    }
    let (db, trio) = load_trio(&manifest)?;
    let mut timings = compile(&db, trio);
    let mut diagnostics = trio_diagnostics(&db, trio).clone();
    let Some(diagram) = &trio_elaboration(&db, trio).diagram else {
        finish_output(args.format, &db, &diagnostics, None);
        return Ok(ExitCode::FAILURE);
    };

    let optimize_start = Instant::now();
    let problem = Problem::new(diagram);
    let options = Options {
        max_steps: if args.no_optimize { 0 } else { args.max_steps },
        time_budget: args.time_budget.map(Duration::from_secs_f64),
    };
    let solution = if args.no_optimize {
        initial_state(&problem)
    } else {
        solve(&problem, &options)
    };
    let values = diagram.graph.evaluate(&solution.inputs);
    timings.optimize = optimize_start.elapsed();
    if solution.status == Status::Nan {
        diagnostics.push(nan_diagnostic(diagram, &solution, &db, trio));
    }

    let render_start = Instant::now();
    let images = TrioImages::new(&manifest);
    let svg = kite_render::render_svg(diagram, &values, &images);
    timings.render = render_start.elapsed();
    if args.emit == Some(Emit::Shapes) {
        let json = serde_json::to_string_pretty(&shapes_json(diagram, &values))
            .expect("JSON values always serialise");
        println!("{json}");
    }
    write_output(&args.output, &svg)?;
    timings.total = started.elapsed();

    let report = layout_report(diagram, &solution, &timings, &db.sources());
    if let Some(path) = &args.report {
        let text = serde_json::to_string_pretty(&report).expect("JSON values always serialise");
        write_output(path, &text)?;
    }
    finish_output(args.format, &db, &diagnostics, Some(&report));
    if args.format == Format::Human && !args.no_optimize && solution.status != Status::Converged {
        eprintln!(
            "layout: {} after {} steps",
            solution.status.as_str(),
            solution.steps
        );
    }
    Ok(if solution.status == Status::Nan {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    })
}

/// Parses, checks and elaborates the trio phase by phase, timing each.
fn compile(db: &Database, trio: Trio) -> Timings {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let mut timings = Timings::default();
    let start = Instant::now();
    for file in [domain, substance].iter().chain(trio.styles(db)) {
        parse(db, *file);
    }
    timings.parse = start.elapsed();
    let start = Instant::now();
    domain_check(db, domain);
    substance_check(db, substance, domain);
    for style in trio.styles(db) {
        style_check(db, *style, domain);
        style_references(db, *style, substance, domain);
    }
    timings.check = start.elapsed();
    let start = Instant::now();
    trio_elaboration(db, trio);
    timings.elaborate = start.elapsed();
    timings
}

/// The initial state, as a solution that took no steps.
fn initial_state(problem: &Problem) -> Solution {
    Solution {
        status: Status::MaxSteps,
        steps: 0,
        energy: f64::NAN,
        inputs: problem.initial.clone(),
        term_values: problem.term_values(&problem.initial),
        nan_term: None,
    }
}

/// E0500: the layout energy stopped being a number, at the term to blame
/// where one is known.
fn nan_diagnostic(diagram: &Diagram, solution: &Solution, db: &Database, trio: Trio) -> Diagnostic {
    let term = solution.nan_term.map(|index| &diagram.terms[index]);
    let (file, span) = match term {
        Some(term) => (term.file, term.span),
        None => (trio.styles(db)[0].file_id(db), Span::empty_at(0)),
    };
    let label = match term {
        Some(term) => format!("`{}` is not a number here", term.function),
        None => "somewhere in this trio's terms".to_string(),
    };
    Diagnostic::error(
        Code::NanDuringLayout,
        file,
        span,
        "the layout energy became NaN (not a number), so the layout stopped",
    )
    .with_label(label)
    .with_hint("look for a division by zero or the square root or logarithm of a negative number")
}

/// Prints the diagnostics and, in JSON mode, the report with them.
fn finish_output(
    format: Format,
    db: &Database,
    diagnostics: &[Diagnostic],
    report: Option<&serde_json::Value>,
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

fn write_output(path: &Path, text: &str) -> Result<(), UsageError> {
    let result = if path.as_os_str() == "-" {
        std::io::stdout().lock().write_all(text.as_bytes())
    } else {
        std::fs::write(path, text)
    };
    result.map_err(|error| UsageError(format!("cannot write {}: {error}", path.display())))
}
