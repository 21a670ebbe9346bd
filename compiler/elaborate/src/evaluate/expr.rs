//! Expressions to values (§5.5).

use super::Evaluator;
use crate::scope::Bound;
use kite_check::SubstanceValue;
use kite_diagnostics::{Code, Diagnostic, Span};
use kite_functions::{Context, FunctionWarning, call};
use kite_graph::{Input, InputOrigin, Scalar, Stages, Value};
use kite_library::{FunctionKind, function};
use kite_syntax::ast::{Expr, ExprKind, NumberLit, Path, StageMode, StageSpec};

impl Evaluator<'_, '_> {
    /// The value of `expr` in `run`; `None` when evaluation failed (and
    /// was reported) or the expression has no value.
    pub(super) fn expr(&mut self, expr: &Expr, run: usize) -> Option<Value> {
        match &expr.kind {
            ExprKind::Number { value } => Some(Value::Float(self.graph.constant(*value))),
            ExprKind::String { value } => Some(Value::Str(value.clone())),
            ExprKind::Bool { value } => Some(Value::Bool(*value)),
            ExprKind::Color { hex } => self.color(hex, expr.span),
            ExprKind::Vary { init, stages } => Some(Value::Float(self.vary(init.as_ref(), stages))),
            ExprKind::Path(path) => self.path(path, run),
            ExprKind::Call { name, args } => self.call(&name.name, args, run, expr.span),
            ExprKind::ListOf { field, collection } => self.list_of(&field.name, collection, run),
            ExprKind::NumberOf { collection } => {
                let count = self.collection(collection, run)?.len();
                Some(Value::Float(self.graph.constant(count as f64)))
            }
            ExprKind::NameOf { path } => self.name_of(path, run),
            ExprKind::List { elements } => self.collection_literal(elements, run, true, expr.span),
            ExprKind::Vector { elements } => {
                self.collection_literal(elements, run, false, expr.span)
            }
            ExprKind::Tuple { first, second } => {
                let first = self.number(first, run)?;
                let second = self.number(second, run)?;
                Some(Value::Tuple([first, second]))
            }
            ExprKind::Binary { op, lhs, rhs } => {
                let left = self.expr(lhs, run)?;
                let right = self.expr(rhs, run)?;
                self.binary(*op, left, right, expr.span)
            }
            ExprKind::Unary { op, operand } => {
                let operand = self.expr(operand, run)?;
                self.unary(*op, operand, expr.span)
            }
            // Shapes only appear as whole field values (pass 1), and
            // statements have no value.
            ExprKind::Shape { .. }
            | ExprKind::Constraint { .. }
            | ExprKind::Objective { .. }
            | ExprKind::Layering { .. } => None,
        }
    }

    /// The value of an expression that must be a number.
    fn number(&mut self, expr: &Expr, run: usize) -> Option<Scalar> {
        match self.expr(expr, run)? {
            Value::Float(scalar) => Some(scalar),
            other => {
                self.error(
                    Code::BadElement,
                    expr.span,
                    format!("expected a number, found {}", other.describe()),
                    "not a number",
                );
                None
            }
        }
    }

    /// A `?`: a new optimised input, sampled from the canvas's x-range
    /// (for every `?`, as in Penrose) unless an initial value is given.
    fn vary(&mut self, init: Option<&NumberLit>, stages: &Option<StageSpec>) -> Scalar {
        let initial = match init {
            Some(number) => number.value,
            None => {
                let half = self.canvas.width / 2.0;
                self.rng.uniform(-half, half)
            }
        };
        let origin = InputOrigin::Unknown(self.current_path());
        self.graph.input(Input {
            initial,
            stages: stage_set(stages.as_ref()),
            origin,
        })
    }

    /// A computation call: arguments evaluated, missing ones taken from
    /// the parameters' defaults.
    fn call(&mut self, name: &str, args: &[Expr], run: usize, span: Span) -> Option<Value> {
        let spec = function(FunctionKind::Computation, name)?;
        let mut values = Vec::with_capacity(spec.params.len());
        for arg in args {
            values.push(self.expr(arg, run)?);
        }
        for param in spec.params.iter().skip(values.len()) {
            values.push(self.default_argument(param.default?));
        }
        let mut context = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = call(name, &values, &mut context);
        for warning in std::mem::take(&mut context.warnings) {
            self.warn_approximation(&warning, span);
        }
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                let at = error
                    .argument
                    .and_then(|index| args.get(index))
                    .map_or(span, |arg| arg.span);
                self.error(
                    Code::FunctionFailed,
                    at,
                    format!("`{name}` failed: {}", error.message),
                    "while evaluating this",
                );
                None
            }
        }
    }

    /// A library call measured shapes by their bounding boxes (W0405).
    pub(super) fn warn_approximation(&mut self, warning: &FunctionWarning, span: Span) {
        self.diagnostics.push(
            Diagnostic::warning(
                Code::BboxApproximation,
                self.file,
                span,
                warning.to_string(),
            )
            .with_label("approximated"),
        );
    }

    pub(super) fn default_argument(&mut self, default: kite_library::DefaultValue) -> Value {
        use kite_library::DefaultValue;
        match default {
            DefaultValue::Number(number) => Value::Float(self.graph.constant(number)),
            DefaultValue::Boolean(value) => Value::Bool(value),
            DefaultValue::String(text) => Value::Str(text.to_string()),
            DefaultValue::Vector(numbers) => Value::Vector(
                numbers
                    .iter()
                    .map(|&number| self.graph.constant(number))
                    .collect(),
            ),
        }
    }

    /// The values a collection variable stands for in `run`.
    fn collection(&self, path: &Path, run: usize) -> Option<&[SubstanceValue]> {
        match self.translation.runs[run].bound(&path.root) {
            Some(Bound::Collection(values)) => Some(values),
            _ => None,
        }
    }

    /// `nameof x`: the Substance name of what `x` stands for.
    fn name_of(&mut self, path: &Path, run: usize) -> Option<Value> {
        match self.translation.runs[run].bound(&path.root)? {
            Bound::Value(SubstanceValue::Object(name) | SubstanceValue::String(name)) => {
                Some(Value::Str(name.clone()))
            }
            Bound::Value(SubstanceValue::Number(number)) => {
                Some(Value::Str(super::literal::number_text(*number)))
            }
            Bound::Collection(_) => None,
        }
    }

    /// `listof field from xs`: the field of each collected object that has
    /// it, combined by the kind of the first.
    fn list_of(&mut self, field: &str, collection: &Path, run: usize) -> Option<Value> {
        let translation = self.translation;
        let values = self.collection(collection, run)?;
        let mut items = Vec::with_capacity(values.len());
        for value in values {
            let object = kite_matching::identity(value);
            let key = crate::fields::FieldRef {
                scope: crate::scope::ScopeRef::Object(&object),
                field,
            };
            let Some(index) = translation.fields.get_index_of(&key) else {
                continue;
            };
            if let Some(value) = self.field_value(index) {
                items.push(value);
            }
        }
        self.combine(items, collection.span)
    }

    /// Values collected by `listof`, as one value.
    fn combine(&mut self, items: Vec<Value>, span: Span) -> Option<Value> {
        let Some(first) = items.first() else {
            return Some(Value::Vector(Vec::new()));
        };
        let kind = std::mem::discriminant(first);
        if items
            .iter()
            .any(|item| std::mem::discriminant(item) != kind)
        {
            self.error(
                Code::BadElement,
                span,
                "the collected fields hold values of different kinds".to_string(),
                "mixed kinds",
            );
            return None;
        }
        let combined = match first {
            Value::Float(_) => Value::Vector(items.into_iter().map(float_of).collect()),
            Value::Vector(_) => Value::Matrix(items.into_iter().map(numbers_of).collect()),
            Value::List(_) => Value::ListOfLists(items.into_iter().map(numbers_of).collect()),
            Value::Tuple(_) => Value::PointList(items.into_iter().map(numbers_of).collect()),
            Value::Shape(_) => Value::ShapeList(items.into_iter().map(shape_of).collect()),
            other => {
                self.error(
                    Code::BadElement,
                    span,
                    format!("`listof` cannot collect {}", other.describe()),
                    "not collectable",
                );
                return None;
            }
        };
        Some(combined)
    }
}

fn float_of(value: Value) -> Scalar {
    match value {
        Value::Float(scalar) => scalar,
        _ => unreachable!("checked to be a number"),
    }
}

fn numbers_of(value: Value) -> Vec<Scalar> {
    value
        .as_numbers()
        .map(<[Scalar]>::to_vec)
        .unwrap_or_default()
}

fn shape_of(value: Value) -> kite_graph::ShapeId {
    match value {
        Value::Shape(id) => id,
        _ => unreachable!("checked to be a shape"),
    }
}

/// The stages a `?`, `ensure` or `encourage` is active in.
pub(super) fn stage_set(stages: Option<&StageSpec>) -> Stages {
    match stages {
        None => Stages::All,
        Some(spec) => {
            let names = spec.stages.iter().map(|name| name.name.clone()).collect();
            match spec.mode {
                StageMode::In => Stages::Only(names),
                StageMode::Except => Stages::Except(names),
            }
        }
    }
}
