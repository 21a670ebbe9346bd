//! `render --report`: how the layout went, as JSON for agents: status,
//! steps, energy, every constraint with its residual and Style location,
//! every objective's value, and the time each phase took.

use kite_diagnostics::{FileId, LineIndex, Sources, Span};
use kite_graph::{Diagram, Term};
use kite_layout::{SATISFIED, Solution, residual};
use kite_library::FunctionKind;
use serde_json::{Value as Json, json};
use std::time::Duration;

/// The time each phase took.
#[derive(Clone, Copy, Debug, Default)]
pub struct Timings {
    pub parse: Duration,
    pub check: Duration,
    pub elaborate: Duration,
    pub optimize: Duration,
    pub render: Duration,
    pub total: Duration,
}

/// The report of a layout.
pub fn layout_report(
    diagram: &Diagram,
    solution: &Solution,
    timings: &Timings,
    sources: &Sources,
) -> Json {
    let mut constraints = Vec::new();
    let mut objectives = Vec::new();
    for (term, &value) in diagram.terms.iter().zip(&solution.term_values) {
        let mut entry = json!({
            "name": term.function,
            "location": location(sources, term.file, term.span),
            "objects": term.objects,
        });
        match term.kind {
            FunctionKind::Constraint => {
                let residual = residual(value);
                entry["residual"] = number(residual);
                entry["satisfied"] = json!(residual <= SATISFIED);
                constraints.push(entry);
            }
            _ => {
                entry["value"] = number(value);
                objectives.push(entry);
            }
        }
    }
    let milliseconds = |duration: Duration| json!(duration.as_secs_f64() * 1e3);
    let nan_term = solution
        .nan_term
        .map(|index| term_summary(&diagram.terms[index], sources));
    json!({
        "status": solution.status.as_str(),
        "steps": solution.steps,
        "energy": number(solution.energy),
        "variation": diagram.variation,
        "max_residual": number(solution.max_residual),
        "constraints": constraints,
        "objectives": objectives,
        "nan_term": nan_term,
        "timings_ms": {
            "parse": milliseconds(timings.parse),
            "check": milliseconds(timings.check),
            "elaborate": milliseconds(timings.elaborate),
            "optimize": milliseconds(timings.optimize),
            "render": milliseconds(timings.render),
            "total": milliseconds(timings.total),
        },
    })
}

fn term_summary(term: &Term, sources: &Sources) -> Json {
    json!({ "name": term.function, "location": location(sources, term.file, term.span) })
}

/// A number, or `null` when it is not finite (JSON has no NaN).
fn number(value: f64) -> Json {
    if value.is_finite() {
        json!(value)
    } else {
        Json::Null
    }
}

/// File, 1-based line and column, and byte range of a span.
fn location(sources: &Sources, file: FileId, span: Span) -> Json {
    let source = sources.get(file);
    let start = LineIndex::new(&source.text).line_col(&source.text, span.start);
    json!({
        "file": source.name,
        "line": start.line,
        "column": start.column,
        "range": [span.start, span.end],
    })
}
