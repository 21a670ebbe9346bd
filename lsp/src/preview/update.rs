//! What a preview shows after one layout: the `PreviewUpdate` of
//! PROTOCOL.md, built from a compiled trio on a snapshot, with every
//! source position converted to the client's encoding.

use crate::positions::LineTable;
use crate::workspace::Snapshot;
use kite_db::{Trio, substance_check};
use kite_diagnostics::{Diagnostic, FileId, Span};
use kite_graph::{Diagram, Origin, Value};
use kite_layout::{SATISFIED, residual};
use kite_library::FunctionKind;
use kite_pipeline::Compiled;
use serde::{Deserialize, Serialize};
use tower_lsp_server::ls_types::Location;

/// The message of PROTOCOL.md, `kite/preview/update`.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct PreviewUpdate {
    pub trio: String,
    pub revision: u64,
    pub svg: Option<String>,
    pub stale: bool,
    pub errors: Vec<PreviewError>,
    pub status: String,
    pub variation: String,
    pub pinned: bool,
    pub steps: usize,
    pub warm: bool,
    pub layout_ms: f64,
    pub unsatisfied: Vec<Unsatisfied>,
    pub shapes: Vec<ShapeSource>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct PreviewError {
    pub code: String,
    pub message: String,
    pub location: Option<Location>,
}

/// A constraint that does not hold at the end of the layout.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct Unsatisfied {
    pub function: String,
    pub residual: f64,
    pub location: Option<Location>,
    pub objects: Vec<String>,
    /// The shapes its arguments name, by index.
    pub shapes: Vec<u32>,
}

/// One entry of the source map: what made the shape `data-kite-shape`
/// names.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ShapeSource {
    pub path: String,
    pub kind: String,
    pub statement: Option<Location>,
    pub objects: Vec<ObjectSource>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ObjectSource {
    pub name: String,
    pub location: Option<Location>,
}

/// The picture part of an update: what a layout produced, or, for a trio
/// with errors, the errors.
pub enum Picture {
    Drawn {
        svg: String,
        status: String,
        steps: usize,
        warm: bool,
        layout_ms: f64,
        unsatisfied: Vec<Unsatisfied>,
        shapes: Vec<ShapeSource>,
    },
    Broken {
        errors: Vec<PreviewError>,
    },
}

/// The picture of `compiled`, a compile of `trio` on `snapshot`.
pub fn picture(snapshot: &Snapshot, trio: Trio, compiled: &Compiled) -> Picture {
    let errors: Vec<&Diagnostic> = compiled
        .diagnostics
        .iter()
        .filter(|diagnostic| diagnostic.is_error())
        .collect();
    let (Some(diagram), Some(drawing), true) =
        (compiled.diagram, &compiled.drawing, errors.is_empty())
    else {
        return Picture::Broken {
            errors: errors
                .into_iter()
                .map(|diagnostic| PreviewError {
                    code: diagnostic.code.as_str().to_string(),
                    message: diagnostic.message.clone(),
                    location: location(snapshot, diagnostic.primary.file, diagnostic.primary.span),
                })
                .collect(),
        };
    };
    let report = &drawing.report;
    Picture::Drawn {
        svg: drawing.svg.clone(),
        status: report.status.as_str().to_string(),
        steps: report.steps,
        warm: drawing.warm,
        layout_ms: report.timings.optimize.as_secs_f64() * 1000.0,
        unsatisfied: unsatisfied(snapshot, diagram, &drawing.values),
        shapes: shape_sources(snapshot, trio, diagram),
    }
}

/// The constraints that do not hold, worst first.
fn unsatisfied(snapshot: &Snapshot, diagram: &Diagram, values: &[f64]) -> Vec<Unsatisfied> {
    let mut unsatisfied: Vec<Unsatisfied> = diagram
        .terms
        .iter()
        .filter(|term| term.kind == FunctionKind::Constraint)
        .filter_map(|term| {
            let residual = residual(values[term.value.index()]);
            (residual.is_nan() || residual > SATISFIED).then(|| Unsatisfied {
                function: term.function.clone(),
                residual,
                location: origin_location(snapshot, &term.origin),
                objects: term.origin.objects.clone(),
                shapes: shapes_named(&term.args),
            })
        })
        .collect();
    unsatisfied.sort_by(|a, b| b.residual.total_cmp(&a.residual));
    unsatisfied
}

/// The shapes a term's arguments name.
fn shapes_named(args: &[Value]) -> Vec<u32> {
    let mut shapes: Vec<u32> = args
        .iter()
        .flat_map(|arg| match arg {
            Value::Shape(id) => vec![id.0],
            Value::ShapeList(ids) => ids.iter().map(|id| id.0).collect(),
            _ => Vec::new(),
        })
        .collect();
    shapes.sort_unstable();
    shapes.dedup();
    shapes
}

fn shape_sources(snapshot: &Snapshot, trio: Trio, diagram: &Diagram) -> Vec<ShapeSource> {
    let db = &snapshot.db;
    let substance = trio.substance(db);
    let objects = &substance_check(db, substance, trio.domain(db))
        .value
        .objects;
    diagram
        .shapes
        .iter()
        .map(|shape| ShapeSource {
            path: shape.name.replace('`', ""),
            kind: shape.kind.name().to_string(),
            statement: origin_location(snapshot, &shape.origin),
            objects: shape
                .origin
                .objects
                .iter()
                .map(|name| ObjectSource {
                    name: name.clone(),
                    location: objects
                        .get(name)
                        .and_then(|object| location(snapshot, substance.file_id(db), object.span)),
                })
                .collect(),
        })
        .collect()
}

fn origin_location(snapshot: &Snapshot, origin: &Origin) -> Option<Location> {
    location(snapshot, origin.file, origin.statement)
}

/// A span of a file as a protocol location.
pub fn location(snapshot: &Snapshot, file: FileId, span: Span) -> Option<Location> {
    let file = snapshot.db.file(file)?;
    let table = LineTable::new(file.text(&snapshot.db), snapshot.encoding);
    Some(Location::new(snapshot.uri_of(file)?, table.range(span)))
}
