//! Colour literals and `[ … ]` / `( … )` collections (§5.5).

use super::Evaluator;
use kite_diagnostics::{Code, Span};
use kite_graph::{Color, Scalar, Value};
use kite_syntax::ast::Expr;

impl Evaluator<'_, '_> {
    /// `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa`; other lengths were
    /// reported by the Style checker.
    pub(super) fn color(&mut self, hex: &str, span: Span) -> Option<Value> {
        let Some(channels) = parse_hex(hex) else {
            self.error(
                Code::InvalidColor,
                span,
                format!("`#{hex}` is not a colour"),
                "expected 3, 4, 6 or 8 hex digits",
            );
            return None;
        };
        let rgba = channels.map(|channel| self.graph.constant(channel));
        Some(Value::Color(Color::Rgba(rgba)))
    }

    /// A list (`[ … ]`) or vector (`( … )`) literal, typed by its first
    /// element: numbers make a list or vector, vectors a list of lists or
    /// a matrix, shapes a shape list and path data a path data list.
    pub(super) fn collection_literal(
        &mut self,
        elements: &[Expr],
        run: usize,
        is_list: bool,
        span: Span,
    ) -> Option<Value> {
        let mut values = Vec::with_capacity(elements.len());
        for element in elements {
            values.push(self.expr(element, run)?);
        }
        let Some(first) = values.first() else {
            return Some(if is_list {
                Value::List(Vec::new())
            } else {
                Value::Vector(Vec::new())
            });
        };
        let collected = match first {
            Value::Float(_) => numbers(&values).map(|numbers| {
                if is_list {
                    Value::List(numbers)
                } else {
                    Value::Vector(numbers)
                }
            }),
            Value::Vector(_) | Value::List(_) | Value::Tuple(_) => rows(&values).map(|rows| {
                if is_list {
                    Value::ListOfLists(rows)
                } else {
                    Value::Matrix(rows)
                }
            }),
            Value::Shape(_) => values
                .iter()
                .map(|value| match value {
                    Value::Shape(id) => Some(*id),
                    _ => None,
                })
                .collect::<Option<_>>()
                .map(Value::ShapeList),
            Value::PathData(_) => values
                .iter()
                .map(|value| match value {
                    Value::PathData(path) => Some(path.clone()),
                    _ => None,
                })
                .collect::<Option<_>>()
                .map(Value::PathDataList),
            _ => None,
        };
        if collected.is_none() {
            let described: Vec<&str> = values.iter().map(Value::describe).collect();
            self.error(
                Code::BadElement,
                span,
                format!(
                    "the elements cannot make one collection: {}",
                    described.join(", ")
                ),
                "mixed or unsupported elements",
            );
        }
        collected
    }
}

fn numbers(values: &[Value]) -> Option<Vec<Scalar>> {
    values
        .iter()
        .map(|value| match value {
            Value::Float(scalar) => Some(*scalar),
            _ => None,
        })
        .collect()
}

fn rows(values: &[Value]) -> Option<Vec<Vec<Scalar>>> {
    values
        .iter()
        .map(|value| value.as_numbers().map(<[Scalar]>::to_vec))
        .collect()
}

/// RGBA channels in `[0, 1]` from 3, 4, 6 or 8 hex digits.
pub(super) fn parse_hex(hex: &str) -> Option<[f64; 4]> {
    let digits: Vec<u8> = hex
        .chars()
        .map(|c| c.to_digit(16).map(|d| d as u8))
        .collect::<Option<_>>()?;
    let pairs: Vec<u8> = match digits.len() {
        3 | 4 => digits.iter().map(|d| d * 17).collect(),
        6 | 8 => digits
            .chunks(2)
            .map(|pair| pair[0] * 16 + pair[1])
            .collect(),
        _ => return None,
    };
    let channel = |index: usize| pairs.get(index).map_or(1.0, |&c| f64::from(c) / 255.0);
    Some([channel(0), channel(1), channel(2), channel(3)])
}

/// A number as JavaScript prints it, for `nameof` of a number literal.
pub(super) fn number_text(number: f64) -> String {
    if number.fract() == 0.0 && number.abs() < 1e21 {
        format!("{number:.0}")
    } else {
        number.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hex_colours_of_every_length() {
        assert_eq!(parse_hex("fff"), Some([1.0, 1.0, 1.0, 1.0]));
        assert_eq!(parse_hex("0000"), Some([0.0, 0.0, 0.0, 0.0]));
        assert_eq!(parse_hex("ff000080"), Some([1.0, 0.0, 0.0, 128.0 / 255.0]));
        assert_eq!(parse_hex("12345"), None);
        assert_eq!(parse_hex("zzz"), None);
    }

    #[test]
    fn numbers_print_like_javascript() {
        assert_eq!(number_text(3.0), "3");
        assert_eq!(number_text(-0.5), "-0.5");
    }
}
