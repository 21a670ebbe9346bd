//! Binary and unary operators on values (§5.5): numbers, strings,
//! vectors and matrices, element-wise forms and transpose. Lists and
//! tuples of numbers are accepted where vectors are (a superset of
//! Penrose, which types literal lists as errors statically).

use super::Evaluator;
use kite_diagnostics::{Code, Span};
use kite_graph::{BinaryOp as Op, ExprGraph, Scalar, Value};
use kite_syntax::ast::{BinaryOp, UnaryOp};

/// An operand as arithmetic sees it.
enum Operand {
    Number(Scalar),
    Vector(Vec<Scalar>),
    Matrix(Vec<Vec<Scalar>>),
}

fn operand(value: &Value) -> Option<Operand> {
    match value {
        Value::Float(scalar) => Some(Operand::Number(*scalar)),
        _ => value
            .as_numbers()
            .map(|numbers| Operand::Vector(numbers.to_vec()))
            .or_else(|| value.as_rows().map(|rows| Operand::Matrix(rows.to_vec()))),
    }
}

fn symbol(op: BinaryOp) -> &'static str {
    match op {
        BinaryOp::Add => "+",
        BinaryOp::Subtract => "-",
        BinaryOp::Multiply => "*",
        BinaryOp::Divide => "/",
        BinaryOp::Power => "^",
        BinaryOp::ElementwiseMultiply => ".*",
        BinaryOp::ElementwiseDivide => "./",
        BinaryOp::Then => "then",
    }
}

impl Evaluator<'_, '_> {
    pub(super) fn binary(
        &mut self,
        op: BinaryOp,
        left: Value,
        right: Value,
        span: Span,
    ) -> Option<Value> {
        if op == BinaryOp::Then {
            return self.binary(BinaryOp::Multiply, right, left, span);
        }
        if let (BinaryOp::Add, Value::Str(a), Value::Str(b)) = (op, &left, &right) {
            return Some(Value::Str(format!("{a}{b}")));
        }
        let result = match (operand(&left), operand(&right)) {
            (Some(a), Some(b)) => arithmetic(&mut self.graph, op, a, b),
            _ => Err(None),
        };
        match result {
            Ok(value) => Some(value),
            Err(problem) => {
                let message = problem.unwrap_or_else(|| {
                    format!(
                        "`{}` cannot combine {} and {}",
                        symbol(op),
                        left.describe(),
                        right.describe()
                    )
                });
                self.error(
                    Code::BinaryOperandTypes,
                    span,
                    message,
                    "operands do not fit the operator",
                );
                None
            }
        }
    }

    pub(super) fn unary(&mut self, op: UnaryOp, operand_value: Value, span: Span) -> Option<Value> {
        let result = match (op, operand(&operand_value)) {
            (UnaryOp::Negate, Some(Operand::Number(x))) => Some(Value::Float(self.graph.neg(x))),
            (UnaryOp::Negate, Some(Operand::Vector(v))) => Some(Value::Vector(
                v.into_iter().map(|x| self.graph.neg(x)).collect(),
            )),
            (UnaryOp::Negate, Some(Operand::Matrix(m))) => Some(Value::Matrix(
                m.into_iter()
                    .map(|row| row.into_iter().map(|x| self.graph.neg(x)).collect())
                    .collect(),
            )),
            (UnaryOp::Transpose, Some(Operand::Matrix(m))) => transpose(&m).map(Value::Matrix),
            _ => None,
        };
        if result.is_none() {
            let (verb, what) = match op {
                UnaryOp::Negate => ("negate", "numbers, vectors and matrices"),
                UnaryOp::Transpose => ("transpose", "rectangular matrices"),
            };
            self.error(
                Code::UnaryOperandType,
                span,
                format!(
                    "cannot {verb} {}: only {what} can be",
                    operand_value.describe()
                ),
                "wrong kind of operand",
            );
        }
        result
    }
}

/// `a op b` on numbers, vectors and matrices; `Err(Some(message))` for a
/// size mismatch, `Err(None)` for operands the operator does not take.
fn arithmetic(
    graph: &mut ExprGraph,
    op: BinaryOp,
    a: Operand,
    b: Operand,
) -> Result<Value, Option<String>> {
    use Operand::{Matrix, Number, Vector};
    let scalar_op = match op {
        BinaryOp::Add => Op::Add,
        BinaryOp::Subtract => Op::Sub,
        BinaryOp::Multiply | BinaryOp::ElementwiseMultiply => Op::Mul,
        BinaryOp::Divide | BinaryOp::ElementwiseDivide => Op::Div,
        BinaryOp::Power => Op::Pow,
        BinaryOp::Then => return Err(None),
    };
    let elementwise = matches!(
        op,
        BinaryOp::Add
            | BinaryOp::Subtract
            | BinaryOp::ElementwiseMultiply
            | BinaryOp::ElementwiseDivide
    );
    match (a, b) {
        (Number(x), Number(y))
            if !elementwise || matches!(op, BinaryOp::Add | BinaryOp::Subtract) =>
        {
            Ok(Value::Float(graph.binary(scalar_op, x, y)))
        }
        (Number(k), Vector(v)) if op == BinaryOp::Multiply => {
            Ok(Value::Vector(map(graph, &v, |g, x| g.mul(k, x))))
        }
        (Vector(v), Number(k)) if matches!(op, BinaryOp::Multiply | BinaryOp::Divide) => {
            Ok(Value::Vector(map(graph, &v, |g, x| {
                g.binary(scalar_op, x, k)
            })))
        }
        (Number(k), Matrix(m)) if op == BinaryOp::Multiply => Ok(Value::Matrix(
            m.iter()
                .map(|row| map(graph, row, |g, x| g.mul(k, x)))
                .collect(),
        )),
        (Matrix(m), Number(k)) if matches!(op, BinaryOp::Multiply | BinaryOp::Divide) => {
            Ok(Value::Matrix(
                m.iter()
                    .map(|row| map(graph, row, |g, x| g.binary(scalar_op, x, k)))
                    .collect(),
            ))
        }
        (Vector(v), Vector(w)) if elementwise => {
            same_length(v.len(), w.len())?;
            Ok(Value::Vector(zip(graph, &v, &w, scalar_op)))
        }
        (Vector(v), Matrix(m)) if op == BinaryOp::Multiply => {
            same_length(v.len(), m.len())?;
            let columns = transpose(&m).ok_or(None)?;
            Ok(Value::Vector(
                columns
                    .iter()
                    .map(|column| dot(graph, &v, column))
                    .collect(),
            ))
        }
        (Matrix(m), Vector(v)) if op == BinaryOp::Multiply => {
            let mut result = Vec::with_capacity(m.len());
            for row in &m {
                same_length(row.len(), v.len())?;
                result.push(dot(graph, row, &v));
            }
            Ok(Value::Vector(result))
        }
        (Matrix(m), Matrix(n)) if elementwise => {
            same_length(m.len(), n.len())?;
            let mut rows = Vec::with_capacity(m.len());
            for (a, b) in m.iter().zip(&n) {
                same_length(a.len(), b.len())?;
                rows.push(zip(graph, a, b, scalar_op));
            }
            Ok(Value::Matrix(rows))
        }
        (Matrix(m), Matrix(n)) if op == BinaryOp::Multiply => {
            let columns = transpose(&n).ok_or(None)?;
            let mut rows = Vec::with_capacity(m.len());
            for row in &m {
                same_length(row.len(), n.len())?;
                rows.push(
                    columns
                        .iter()
                        .map(|column| dot(graph, row, column))
                        .collect(),
                );
            }
            Ok(Value::Matrix(rows))
        }
        _ => Err(None),
    }
}

fn same_length(a: usize, b: usize) -> Result<(), Option<String>> {
    if a == b {
        Ok(())
    } else {
        Err(Some(format!(
            "the operands have different sizes ({a} and {b})"
        )))
    }
}

fn map(
    graph: &mut ExprGraph,
    values: &[Scalar],
    mut f: impl FnMut(&mut ExprGraph, Scalar) -> Scalar,
) -> Vec<Scalar> {
    values.iter().map(|&x| f(graph, x)).collect()
}

fn zip(graph: &mut ExprGraph, a: &[Scalar], b: &[Scalar], op: Op) -> Vec<Scalar> {
    a.iter()
        .zip(b)
        .map(|(&x, &y)| graph.binary(op, x, y))
        .collect()
}

fn dot(graph: &mut ExprGraph, a: &[Scalar], b: &[Scalar]) -> Scalar {
    let products: Vec<Scalar> = a.iter().zip(b).map(|(&x, &y)| graph.mul(x, y)).collect();
    graph.sum(&products)
}

/// The transpose of a rectangular matrix.
fn transpose(rows: &[Vec<Scalar>]) -> Option<Vec<Vec<Scalar>>> {
    let width = rows.first().map_or(0, Vec::len);
    if rows.iter().any(|row| row.len() != width) {
        return None;
    }
    Some(
        (0..width)
            .map(|column| rows.iter().map(|row| row[column]).collect())
            .collect(),
    )
}
