//! The render pipeline `render` and `gallery` share: a trio compiled
//! phase by phase (each timed), laid out, and drawn as SVG, with its
//! diagnostics and layout report.

use crate::report::{Timings, layout_report};
use crate::workspace::{UsageError, load_trio};
use kite_db::{
    Database, Trio, TrioManifest, domain_check, parse, style_check, style_references,
    substance_check, trio_diagnostics, trio_elaboration,
};
use kite_diagnostics::{Code, Diagnostic, Span};
use kite_graph::Diagram;
use kite_layout::{Options, Problem, Solution, Status, solve};
use kite_world::TrioImages;
use std::time::Instant;

/// How to lay a trio out: not at all (the initial state), or with these
/// limits.
pub enum Layout {
    Initial,
    Optimize(Options),
}

/// A trio run through the pipeline.
pub struct Rendered {
    pub db: Database,
    pub trio: Trio,
    /// Every diagnostic, including a NaN layout's E0500.
    pub diagnostics: Vec<Diagnostic>,
    /// What a trio without errors gives.
    pub drawing: Option<Drawing>,
}

/// A laid-out diagram.
pub struct Drawing {
    pub svg: String,
    pub report: serde_json::Value,
    pub status: Status,
    pub steps: usize,
    /// The largest constraint residual at the final state.
    pub max_residual: f64,
    /// Every graph node's value at the final state.
    pub values: Vec<f64>,
}

impl Rendered {
    /// The elaborated diagram, when there is one.
    pub fn diagram(&self) -> Option<&Diagram> {
        trio_elaboration(&self.db, self.trio).diagram.as_ref()
    }
}

/// Loads, compiles, lays out and draws the trio a manifest names.
pub fn render(manifest: &TrioManifest, layout: &Layout) -> Result<Rendered, UsageError> {
    let started = Instant::now();
    let (db, trio) = load_trio(manifest)?;
    let mut timings = compile(&db, trio);
    let mut diagnostics = trio_diagnostics(&db, trio).clone();
    let Some(diagram) = &trio_elaboration(&db, trio).diagram else {
        return Ok(Rendered {
            db,
            trio,
            diagnostics,
            drawing: None,
        });
    };

    let optimize_start = Instant::now();
    let problem = Problem::new(diagram);
    let solution = match layout {
        Layout::Initial => initial_state(&problem),
        Layout::Optimize(options) => solve(&problem, options),
    };
    let values = diagram.graph.evaluate(&solution.inputs);
    timings.optimize = optimize_start.elapsed();
    if solution.status == Status::Nan {
        diagnostics.push(nan_diagnostic(diagram, &solution, &db, trio));
    }

    let render_start = Instant::now();
    let svg = kite_render::render_svg(diagram, &values, &TrioImages::new(manifest));
    timings.render = render_start.elapsed();
    timings.total = started.elapsed();
    let report = layout_report(diagram, &solution, &timings, &db.sources());
    let drawing = Drawing {
        svg,
        report,
        status: solution.status,
        steps: solution.steps,
        max_residual: solution.max_residual,
        values,
    };
    Ok(Rendered {
        db,
        trio,
        diagnostics,
        drawing: Some(drawing),
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
    let term_values = problem.term_values(&problem.initial);
    Solution {
        status: Status::MaxSteps,
        steps: 0,
        energy: f64::NAN,
        inputs: problem.initial.clone(),
        max_residual: problem.max_residual(&term_values),
        term_values,
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
