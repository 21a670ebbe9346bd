//! The `where` conditions of indexed statements, compiled once per
//! statement (variables resolved to positions) and evaluated for each
//! substitution.

use super::expand::Reporter;
use kite_diagnostics::{Code, Span};
use kite_syntax::ast::{BoolExpr, BoolOp, CompareOp, NumExpr, NumOp};

/// Comparison tolerance: `==` holds within it, `<` and `>` fail within it.
const TOLERANCE: f64 = 1e-5;

/// A compiled condition.
pub enum Condition {
    Constant(bool),
    Not(Box<Condition>),
    Binary(BoolOp, Box<Condition>, Box<Condition>),
    Compare(CompareOp, Number, Number),
}

/// A compiled arithmetic expression over the index variables.
pub enum Number {
    Constant(f64),
    /// The index variable at this position of the substitution.
    Variable(usize),
    Negate(Box<Number>),
    Binary(NumOp, Box<Number>, Box<Number>, Span),
}

impl Condition {
    /// Compiles `expr` for index variables `names`; reports names that are
    /// not index variables and returns `None` if there are any.
    pub fn compile(expr: &BoolExpr, names: &[&str], reporter: &mut Reporter) -> Option<Condition> {
        Some(match expr {
            BoolExpr::Constant { value, .. } => Condition::Constant(*value),
            BoolExpr::Not { operand, .. } => {
                Condition::Not(Box::new(Condition::compile(operand, names, reporter)?))
            }
            BoolExpr::Binary { op, lhs, rhs, .. } => {
                let lhs = Condition::compile(lhs, names, reporter);
                let rhs = Condition::compile(rhs, names, reporter);
                Condition::Binary(*op, Box::new(lhs?), Box::new(rhs?))
            }
            BoolExpr::Compare { op, lhs, rhs, .. } => {
                let lhs = Number::compile(lhs, names, reporter);
                let rhs = Number::compile(rhs, names, reporter);
                Condition::Compare(*op, lhs?, rhs?)
            }
        })
    }

    /// The condition's value for one substitution (`values` in the order of
    /// the names it was compiled with); `None` after reporting an
    /// arithmetic error.
    pub fn evaluate(&self, values: &[i64], reporter: &mut Reporter) -> Option<bool> {
        Some(match self {
            Condition::Constant(value) => *value,
            Condition::Not(operand) => !operand.evaluate(values, reporter)?,
            Condition::Binary(op, lhs, rhs) => {
                let lhs = lhs.evaluate(values, reporter)?;
                let rhs = rhs.evaluate(values, reporter)?;
                match op {
                    BoolOp::And => lhs && rhs,
                    BoolOp::Or => lhs || rhs,
                }
            }
            Condition::Compare(op, lhs, rhs) => {
                let lhs = lhs.evaluate(values, reporter)?;
                let rhs = rhs.evaluate(values, reporter)?;
                let close = (lhs - rhs).abs() < TOLERANCE;
                match op {
                    CompareOp::Equal => close,
                    CompareOp::NotEqual => !close,
                    CompareOp::Less => lhs < rhs && !close,
                    CompareOp::Greater => lhs > rhs && !close,
                    CompareOp::LessEqual => lhs < rhs || close,
                    CompareOp::GreaterEqual => lhs > rhs || close,
                }
            }
        })
    }
}

impl Number {
    fn compile(expr: &NumExpr, names: &[&str], reporter: &mut Reporter) -> Option<Number> {
        Some(match expr {
            NumExpr::Number(literal) => Number::Constant(literal.value),
            NumExpr::Variable(name) => match names.iter().position(|known| *known == name.name) {
                Some(position) => Number::Variable(position),
                None => {
                    reporter.report(
                        Code::UnknownIndexVariable,
                        name.span,
                        format!("`{}` is not an index variable of this statement", name.name),
                        "not bound by any range",
                    );
                    return None;
                }
            },
            NumExpr::Negate { operand, .. } => {
                Number::Negate(Box::new(Number::compile(operand, names, reporter)?))
            }
            NumExpr::Binary { op, lhs, rhs, span } => {
                let lhs = Number::compile(lhs, names, reporter);
                let rhs = Number::compile(rhs, names, reporter);
                Number::Binary(*op, Box::new(lhs?), Box::new(rhs?), *span)
            }
        })
    }

    fn evaluate(&self, values: &[i64], reporter: &mut Reporter) -> Option<f64> {
        match self {
            Number::Constant(value) => Some(*value),
            Number::Variable(position) => Some(values[*position] as f64),
            Number::Negate(operand) => Some(-operand.evaluate(values, reporter)?),
            Number::Binary(op, lhs, rhs, span) => {
                let lhs = lhs.evaluate(values, reporter)?;
                let rhs = rhs.evaluate(values, reporter)?;
                if matches!(op, NumOp::Divide | NumOp::Modulo) && rhs == 0.0 {
                    reporter.report(
                        Code::DivisionByZero,
                        *span,
                        "this condition divides by zero".to_string(),
                        "the divisor is zero for some substitution",
                    );
                    return None;
                }
                let value = match op {
                    NumOp::Add => lhs + rhs,
                    NumOp::Subtract => lhs - rhs,
                    NumOp::Multiply => lhs * rhs,
                    NumOp::Divide => lhs / rhs,
                    NumOp::Power => lhs.powf(rhs),
                    // The remainder takes the sign of the dividend, as in JavaScript.
                    NumOp::Modulo => lhs % rhs,
                };
                if value.is_finite() {
                    Some(value)
                } else {
                    reporter.report(
                        Code::InvalidArithmetic,
                        *span,
                        "this condition computes a value that is not a finite number".to_string(),
                        "not a number",
                    );
                    None
                }
            }
        }
    }
}
