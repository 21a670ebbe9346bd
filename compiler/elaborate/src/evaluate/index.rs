//! Indexing values: `p[i]` and `p[i][j]` (§5.5), by reference, so that
//! reading one element of a long list copies the element, not the list.

use kite_diagnostics::{Code, Span};
use kite_graph::{ExprGraph, Value};

/// Why indexing failed, reported at a span of the path.
pub(super) struct IndexError {
    pub code: Code,
    pub span: Span,
    pub message: String,
    pub label: &'static str,
}

/// `base[i]…` for indices already evaluated; `span` is the whole path's.
pub(super) fn index(
    graph: &ExprGraph,
    base: &Value,
    indices: &[(Value, Span)],
    span: Span,
) -> Result<Value, IndexError> {
    let mut element: Option<Value> = None;
    for (index, index_span) in indices {
        let position = position(graph, index, *index_span)?;
        let value = element.as_ref().unwrap_or(base);
        element = Some(element_at(value, position, *index_span, span)?);
    }
    Ok(element.unwrap_or_else(|| base.clone()))
}

/// An index as a whole number fixed before layout.
fn position(graph: &ExprGraph, index: &Value, span: Span) -> Result<usize, IndexError> {
    let number = match index {
        Value::Float(scalar) => graph.as_constant(*scalar),
        _ => None,
    };
    match number {
        Some(number) if number >= 0.0 && number.fract() == 0.0 => Ok(number as usize),
        _ => Err(IndexError {
            code: Code::BadIndex,
            span,
            message: "an index must be a whole number, not negative, fixed before layout"
                .to_string(),
            label: "not a valid index",
        }),
    }
}

fn element_at(
    value: &Value,
    position: usize,
    index_span: Span,
    span: Span,
) -> Result<Value, IndexError> {
    let (length, element) = match value {
        Value::Vector(numbers) | Value::List(numbers) => (
            numbers.len(),
            numbers.get(position).map(|&n| Value::Float(n)),
        ),
        Value::Tuple(pair) => (2, pair.get(position).map(|&n| Value::Float(n))),
        Value::Matrix(rows) | Value::ListOfLists(rows) | Value::PointList(rows) => (
            rows.len(),
            rows.get(position).map(|row| Value::Vector(row.clone())),
        ),
        Value::PathDataList(paths) => (
            paths.len(),
            paths
                .get(position)
                .map(|path| Value::PathData(path.clone())),
        ),
        other => {
            return Err(IndexError {
                code: Code::Unindexable,
                span,
                message: format!("{} cannot be indexed", other.describe()),
                label: "not indexable",
            });
        }
    };
    element.ok_or_else(|| IndexError {
        code: Code::IndexOutOfBounds,
        span: index_span,
        message: format!("index {position} is past the end of {length} elements"),
        label: "out of bounds",
    })
}
