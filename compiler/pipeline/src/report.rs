//! The layout report, for agents and editors: status, steps, energy, every
//! constraint with its residual and Style location, every objective's
//! value, and the time each phase took.

use kite_diagnostics::{Locator, SourceLocation, Sources};
use kite_graph::{Diagram, Term};
use kite_layout::{SATISFIED, Solution, Status, residual};
use kite_library::FunctionKind;
use serde::{Serialize, Serializer};
use std::time::Duration;

/// How a layout went. Numbers that are not finite serialize as `null`.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub status: Status,
    pub steps: usize,
    #[serde(serialize_with = "finite_or_null")]
    pub energy: f64,
    pub variation: String,
    /// The largest constraint residual at the final state.
    #[serde(serialize_with = "finite_or_null")]
    pub max_residual: f64,
    pub constraints: Vec<ConstraintReport>,
    pub objectives: Vec<ObjectiveReport>,
    /// The term whose value stopped being a number, for a NaN layout.
    pub nan_term: Option<TermLocation>,
    #[serde(rename = "timings_ms")]
    pub timings: Timings,
}

/// One `ensure` of one match (or a shape's `onCanvas`) at the final state.
#[derive(Clone, Debug, Serialize)]
pub struct ConstraintReport {
    #[serde(flatten)]
    pub term: TermLocation,
    /// The Substance objects of the match.
    pub objects: Vec<String>,
    /// How far the constraint is from holding (0 when it holds exactly).
    #[serde(serialize_with = "finite_or_null")]
    pub residual: f64,
    /// Whether the residual is within the tolerance ([`SATISFIED`]).
    pub satisfied: bool,
}

/// One `encourage` of one match at the final state.
#[derive(Clone, Debug, Serialize)]
pub struct ObjectiveReport {
    #[serde(flatten)]
    pub term: TermLocation,
    pub objects: Vec<String>,
    #[serde(serialize_with = "finite_or_null")]
    pub value: f64,
}

/// A term's library function and where the Style states it, located as
/// diagnostics are.
#[derive(Clone, Debug, Serialize)]
pub struct TermLocation {
    pub name: String,
    pub location: SourceLocation,
}

/// The time each phase took, serialized in milliseconds. The pipeline
/// times parsing to the report; the shell that reads the files and writes
/// the outputs adds `load` and `output` and makes `total` its whole run,
/// so that the phases account for all of it.
#[derive(Clone, Copy, Debug, Default, Serialize)]
pub struct Timings {
    /// Reading the trio's files (the shell's).
    #[serde(serialize_with = "milliseconds")]
    pub load: Duration,
    #[serde(serialize_with = "milliseconds")]
    pub parse: Duration,
    /// Checking the Domain, Substance and Styles.
    #[serde(serialize_with = "milliseconds")]
    pub check: Duration,
    /// Matching the Style blocks' selectors.
    #[serde(rename = "match", serialize_with = "milliseconds")]
    pub matching: Duration,
    #[serde(serialize_with = "milliseconds")]
    pub elaborate: Duration,
    #[serde(serialize_with = "milliseconds")]
    pub optimize: Duration,
    /// Drawing the SVG.
    #[serde(serialize_with = "milliseconds")]
    pub render: Duration,
    /// Building this report.
    #[serde(serialize_with = "milliseconds")]
    pub report: Duration,
    /// Encoding and writing the outputs (the shell's).
    #[serde(serialize_with = "milliseconds")]
    pub output: Duration,
    #[serde(serialize_with = "milliseconds")]
    pub total: Duration,
}

impl Report {
    /// The report of `solution`, a layout of `diagram`.
    pub fn new(
        diagram: &Diagram,
        solution: &Solution,
        timings: Timings,
        sources: &Sources,
    ) -> Report {
        let mut locator = Locator::new(sources);
        let mut constraints = Vec::new();
        let mut objectives = Vec::new();
        for (term, &value) in diagram.terms.iter().zip(&solution.term_values) {
            let location = term_location(term, &mut locator);
            let objects = term.origin.objects.clone();
            match term.kind {
                FunctionKind::Constraint => {
                    let residual = residual(value);
                    constraints.push(ConstraintReport {
                        term: location,
                        objects,
                        residual,
                        satisfied: residual <= SATISFIED,
                    });
                }
                _ => objectives.push(ObjectiveReport {
                    term: location,
                    objects,
                    value,
                }),
            }
        }
        Report {
            status: solution.status,
            steps: solution.steps,
            energy: solution.energy,
            variation: diagram.variation.clone(),
            max_residual: solution.max_residual,
            constraints,
            objectives,
            nan_term: solution
                .nan_term
                .map(|index| term_location(&diagram.terms[index], &mut locator)),
            timings,
        }
    }
}

fn term_location(term: &Term, locator: &mut Locator) -> TermLocation {
    TermLocation {
        name: term.function.clone(),
        location: locator.source_location(term.origin.file, term.origin.statement),
    }
}

fn finite_or_null<S: Serializer>(value: &f64, serializer: S) -> Result<S::Ok, S::Error> {
    if value.is_finite() {
        serializer.serialize_f64(*value)
    } else {
        serializer.serialize_none()
    }
}

fn milliseconds<S: Serializer>(duration: &Duration, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_f64(duration.as_secs_f64() * 1e3)
}
