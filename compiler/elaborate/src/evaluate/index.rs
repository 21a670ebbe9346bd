//! Indexing values: `p[i]` and `p[i][j]` (§5.5).

use super::Evaluator;
use kite_diagnostics::{Code, Span};
use kite_graph::Value;

impl Evaluator<'_, '_> {
    /// `base[i]…` for indices already evaluated.
    pub(super) fn index(
        &mut self,
        base: Value,
        indices: &[(Value, Span)],
        span: Span,
    ) -> Option<Value> {
        let mut value = base;
        for (index, index_span) in indices {
            let position = self.position(index, *index_span)?;
            value = self.element(value, position, *index_span, span)?;
        }
        Some(value)
    }

    /// An index as a whole number fixed before layout.
    fn position(&mut self, index: &Value, span: Span) -> Option<usize> {
        let number = match index {
            Value::Float(scalar) => self.graph.as_constant(*scalar),
            _ => None,
        };
        match number {
            Some(number) if number >= 0.0 && number.fract() == 0.0 => Some(number as usize),
            _ => {
                self.error(
                    Code::BadIndex,
                    span,
                    "an index must be a whole number, not negative, fixed before layout"
                        .to_string(),
                    "not a valid index",
                );
                None
            }
        }
    }

    fn element(
        &mut self,
        value: Value,
        position: usize,
        index_span: Span,
        span: Span,
    ) -> Option<Value> {
        let length;
        let element = match &value {
            Value::Vector(numbers) | Value::List(numbers) => {
                length = numbers.len();
                numbers.get(position).map(|&n| Value::Float(n))
            }
            Value::Tuple(pair) => {
                length = 2;
                pair.get(position).map(|&n| Value::Float(n))
            }
            Value::Matrix(rows) | Value::ListOfLists(rows) | Value::PointList(rows) => {
                length = rows.len();
                rows.get(position).map(|row| Value::Vector(row.clone()))
            }
            Value::PathDataList(paths) => {
                length = paths.len();
                paths
                    .get(position)
                    .map(|path| Value::PathData(path.clone()))
            }
            other => {
                self.error(
                    Code::Unindexable,
                    span,
                    format!("{} cannot be indexed", other.describe()),
                    "not indexable",
                );
                return None;
            }
        };
        if element.is_none() {
            self.error(
                Code::IndexOutOfBounds,
                index_span,
                format!("index {position} is past the end of {length} elements"),
                "out of bounds",
            );
        }
        element
    }
}
