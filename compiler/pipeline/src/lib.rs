//! The pipeline every shell shares: a trio compiled phase by phase (each
//! timed), laid out, and drawn, with its diagnostics and a typed report.
//!
//! The command line, the tests, the benches and the language server all
//! go from a trio to a drawing through [`compile`], so there is one
//! sequence of solve → evaluate → SVG, one NaN diagnostic and one report.
//! Like the rest of the compiler it does no IO: files come through the
//! database and images through [`Resources`].

mod image_warnings;
mod layout_diagnostics;
mod report;
mod warm_start;

pub use kite_layout::{Options, Status};
pub use kite_render::{ImageUnavailable, NoImages, PdfError, PngError, Resources};
pub use report::{ConstraintReport, ObjectiveReport, Report, TermLocation, Timings};
pub use warm_start::WarmStart;

use kite_db::{
    Database, Trio, catch_internal, domain_check, parse, style_check, style_matches,
    style_references, substance_check, trio_diagnostics, trio_elaboration,
};
use kite_diagnostics::Diagnostic;
use kite_graph::Diagram;
use kite_layout::{Problem, Solution, solve_from};
use kite_render::RenderOptions;
use std::time::Instant;

/// Every diagnostic of a trio without laying it out: what the checks
/// and elaboration find, then a warning for each Image that drawing
/// would replace by a placeholder (W0600, W0601). Shells call it inside
/// [`catch_internal`], blaming the file they check.
pub fn check(db: &Database, trio: Trio, resources: &dyn Resources) -> Vec<Diagnostic> {
    let mut diagnostics = trio_diagnostics(db, trio).clone();
    diagnostics.extend(unavailable_image_warnings(db, trio, resources));
    diagnostics
}

/// The image warnings of [`check`] alone (they are in Style files). Each
/// call reads the Images' files through `resources`.
pub fn unavailable_image_warnings(
    db: &Database,
    trio: Trio,
    resources: &dyn Resources,
) -> Vec<Diagnostic> {
    let Some(diagram) = &trio_elaboration(db, trio).diagram else {
        return Vec::new();
    };
    let unavailable = kite_render::unavailable_images(diagram, resources);
    image_warnings::image_warnings(db, diagram, &unavailable)
}

/// How to lay a trio out: not at all (the initial state), or with these
/// limits.
#[derive(Clone, Debug)]
pub enum Layout {
    Initial,
    Optimize(Options),
}

/// A trio run through the pipeline.
pub struct Compiled<'db> {
    /// Every diagnostic, including a NaN layout's E0500.
    pub diagnostics: Vec<Diagnostic>,
    /// The elaborated diagram at its initial state, when the trio has no
    /// errors.
    pub diagram: Option<&'db Diagram>,
    /// The laid-out drawing, when there is a diagram.
    pub drawing: Option<Drawing>,
}

/// What an interactive session (the editor's preview) adds to a compile.
#[derive(Default)]
pub struct Interactive<'a> {
    /// A previous layout to start from, used when the program's unknowns
    /// are still the same.
    pub warm_start: Option<&'a WarmStart>,
    /// Polled between solver steps: `true` stops the layout
    /// ([`Status::Cancelled`]).
    pub cancelled: Option<&'a (dyn Fn() -> bool + Sync)>,
    /// Mark each shape's SVG element with its index (`data-kite-shape`).
    pub source_map: bool,
    /// Keep this layout's inputs by what they are ([`Drawing::warm_start`])
    /// for the next one to start from.
    pub remember: bool,
}

/// A laid-out diagram.
pub struct Drawing {
    pub svg: String,
    pub report: Report,
    /// Every graph node's value at the final state.
    pub values: Vec<f64>,
    /// This layout, to warm-start the next one, when
    /// [`Interactive::remember`] asked for it.
    pub warm_start: Option<WarmStart>,
    /// Whether this layout started from a previous one.
    pub warm: bool,
}

impl Drawing {
    /// The drawing as PNG, `scale` pixels per canvas unit.
    pub fn png(&self, scale: f32) -> Result<Vec<u8>, PngError> {
        kite_render::render_png(&self.svg, scale)
    }

    /// The drawing as a one-page vector PDF, one point per canvas unit.
    pub fn pdf(&self) -> Result<Vec<u8>, PdfError> {
        kite_render::render_pdf(&self.svg)
    }
}

/// Compiles, lays out and draws `trio`.
pub fn compile<'db>(
    db: &'db Database,
    trio: Trio,
    layout: &Layout,
    resources: &dyn Resources,
) -> Compiled<'db> {
    compile_interactive(db, trio, layout, resources, &Interactive::default())
}

/// [`compile`], with what an interactive session adds.
///
/// A panic inside a phase (a bug in kite) ends the compile with an E0900
/// diagnostic naming the phase, after the diagnostics found before it.
pub fn compile_interactive<'db>(
    db: &'db Database,
    trio: Trio,
    layout: &Layout,
    resources: &dyn Resources,
    interactive: &Interactive,
) -> Compiled<'db> {
    let mut compiled = Compiled {
        diagnostics: Vec::new(),
        diagram: None,
        drawing: None,
    };
    if let Err(internal) = compile_phases(db, trio, layout, resources, interactive, &mut compiled) {
        compiled.diagnostics.push(*internal);
    }
    compiled
}

/// The phases of [`compile_interactive`], filling `compiled` as they go.
fn compile_phases<'db>(
    db: &'db Database,
    trio: Trio,
    layout: &Layout,
    resources: &dyn Resources,
    interactive: &Interactive,
    compiled: &mut Compiled<'db>,
) -> Result<(), Box<Diagnostic>> {
    let file = trio.domain(db).file_id(db);
    let started = Instant::now();
    let mut timings = check_timed(db, trio)?;
    compiled.diagnostics = catch_internal("checking", file, || trio_diagnostics(db, trio).clone())?;
    let elaboration = catch_internal("elaboration", file, || trio_elaboration(db, trio))?;
    let Some(diagram) = elaboration.diagram.as_ref() else {
        return Ok(());
    };
    compiled.diagram = Some(diagram);

    let optimize_start = Instant::now();
    let (solution, start, values) = catch_internal("layout", file, || {
        let problem = Problem::new(diagram);
        let start = interactive
            .warm_start
            .and_then(|previous| previous.start_for(diagram, &problem.initial));
        let solution = match layout {
            Layout::Initial => initial_state(&problem),
            Layout::Optimize(options) => {
                let never = || false;
                let cancelled = interactive.cancelled.unwrap_or(&never);
                let start = start.as_deref().unwrap_or(&problem.initial);
                solve_from(&problem, options, start, cancelled)
            }
        };
        let values = diagram.graph.evaluate(&solution.inputs);
        (solution, start, values)
    })?;
    timings.optimize = optimize_start.elapsed();
    if let Some(nan) = layout_diagnostics::nan_diagnostic(db, trio, diagram, &solution) {
        compiled.diagnostics.push(nan);
    }

    let render_start = Instant::now();
    let render_options = RenderOptions {
        source_map: interactive.source_map,
        ..RenderOptions::default()
    };
    let rendered = catch_internal("rendering", file, || {
        kite_render::render_svg_with_options(diagram, &values, resources, &render_options)
    })?;
    compiled.diagnostics.extend(image_warnings::image_warnings(
        db,
        diagram,
        &rendered.placeholders,
    ));
    timings.render = render_start.elapsed();
    let report_start = Instant::now();
    let mut report = catch_internal("the report", file, || {
        Report::new(diagram, &solution, timings, &db.sources())
    })?;
    report.timings.report = report_start.elapsed();
    let warm_start = interactive
        .remember
        .then(|| WarmStart::new(diagram, &solution.inputs));
    report.timings.total = started.elapsed();
    compiled.drawing = Some(Drawing {
        svg: rendered.svg,
        report,
        values,
        warm_start,
        warm: start.is_some() && matches!(layout, Layout::Optimize(_)),
    });
    Ok(())
}

/// Lays `diagram` out (or takes its initial state).
pub fn lay_out(diagram: &Diagram, layout: &Layout) -> Solution {
    let problem = Problem::new(diagram);
    match layout {
        Layout::Initial => initial_state(&problem),
        Layout::Optimize(options) => solve_from(&problem, options, &problem.initial, &|| false),
    }
}

/// Parses, checks, matches and elaborates the trio phase by phase, timing
/// each; a panic becomes the internal error of its phase.
fn check_timed(db: &Database, trio: Trio) -> Result<Timings, Box<Diagnostic>> {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let file = domain.file_id(db);
    let mut timings = Timings::default();
    let start = Instant::now();
    catch_internal("parsing", file, || {
        for file in [domain, substance].iter().chain(trio.styles(db)) {
            parse(db, *file);
        }
    })?;
    timings.parse = start.elapsed();
    let start = Instant::now();
    catch_internal("checking", file, || {
        domain_check(db, domain);
        substance_check(db, substance, domain);
        for style in trio.styles(db) {
            style_check(db, *style, domain);
            style_references(db, *style, substance, domain);
        }
    })?;
    timings.check = start.elapsed();
    let start = Instant::now();
    catch_internal("matching", file, || {
        for style in trio.styles(db) {
            style_matches(db, *style, substance, domain);
        }
    })?;
    timings.matching = start.elapsed();
    let start = Instant::now();
    catch_internal("elaboration", file, || trio_elaboration(db, trio))?;
    timings.elaborate = start.elapsed();
    Ok(timings)
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
