//! `ensure` and `encourage` become terms with evaluated arguments;
//! layering statements become (below, above) pairs of shapes.

use super::Evaluator;
use super::expr::stage_set;
use crate::fields::Assigned;
use crate::scope::Bound;
use kite_functions::{Context, constraint, objective};
use kite_graph::{Origin, Term, Value};
use kite_library::{FunctionKind, Property, function};
use kite_syntax::ast::{ComparisonOp, ExprKind, FunctionBody, LayerOp, Path};

impl Evaluator<'_, '_> {
    pub(super) fn statement(&mut self, assigned: &Assigned) {
        let run = assigned.run;
        match &assigned.expr.kind {
            ExprKind::Constraint { body, stages } => {
                self.term(FunctionKind::Constraint, body, stages.as_ref(), assigned);
            }
            ExprKind::Objective { body, stages } => {
                self.term(FunctionKind::Objective, body, stages.as_ref(), assigned);
            }
            ExprKind::Layering { left, op, right } => {
                let Some(left) = self.shape_at(left, run) else {
                    return;
                };
                for other in right {
                    let ExprKind::Path(path) = &other.kind else {
                        continue;
                    };
                    let Some(other) = self.shape_at(path, run) else {
                        continue;
                    };
                    let pair = match op {
                        LayerOp::Above => (other, left),
                        LayerOp::Below => (left, other),
                    };
                    self.layering.push(pair);
                }
            }
            _ => {}
        }
    }

    fn shape_at(&mut self, path: &Path, run: usize) -> Option<kite_graph::ShapeId> {
        match self.path(path, run)? {
            Value::Shape(id) => Some(id),
            _ => None,
        }
    }

    fn term(
        &mut self,
        kind: FunctionKind,
        body: &FunctionBody,
        stages: Option<&kite_syntax::ast::StageSpec>,
        assigned: &Assigned,
    ) {
        let run = assigned.run;
        let (name, arguments): (&str, Vec<&kite_syntax::ast::Expr>) = match body {
            FunctionBody::Call { name, args, .. } => (&name.name, args.iter().collect()),
            FunctionBody::Comparison { op, lhs, rhs, .. } => {
                let name = match op {
                    ComparisonOp::Less => "lessThan",
                    ComparisonOp::Greater => "greaterThan",
                    ComparisonOp::Equal => "equal",
                };
                (name, vec![&**lhs, &**rhs])
            }
        };
        let Some(spec) = function(kind, name) else {
            return;
        };
        let mut args = Vec::with_capacity(spec.params.len());
        for argument in arguments {
            match self.expr(argument, run) {
                Some(value) => args.push(value),
                None => return,
            }
        }
        for param in spec.params.iter().skip(args.len()) {
            let Some(default) = param.default else {
                return;
            };
            args.push(self.default_argument(default));
        }
        let objects = self.run_objects(run);
        let span = assigned.expr.span;
        let Some(value) = self.term_value(kind, name, &args, span) else {
            return;
        };
        self.terms.push(Term {
            kind,
            function: name.to_string(),
            args,
            value,
            stages: stage_set(stages),
            origin: Origin {
                file: self.file,
                statement: span,
                objects,
            },
        });
    }

    /// The Substance objects a run's variables stand for.
    pub(super) fn run_objects(&self, run: usize) -> Vec<String> {
        self.translation.runs[run]
            .bindings
            .iter()
            .filter_map(|(_, bound)| match bound {
                Bound::Value(value) => Some(kite_matching::identity(value)),
                Bound::Collection(_) => None,
            })
            .collect()
    }

    /// Builds a constraint's `g` or an objective's energy, reporting a
    /// failure at `span`.
    fn term_value(
        &mut self,
        kind: FunctionKind,
        name: &str,
        args: &[Value],
        span: kite_diagnostics::Span,
    ) -> Option<kite_graph::Scalar> {
        let mut context = Context::new(&mut self.graph, &self.shapes, &mut self.rng);
        let result = match kind {
            FunctionKind::Constraint => constraint(name, args, &mut context),
            _ => objective(name, args, &mut context),
        };
        for warning in std::mem::take(&mut context.warnings) {
            self.warn_approximation(&warning, span);
        }
        match result {
            Ok(value) => Some(value),
            Err(error) => {
                self.error(
                    kite_diagnostics::Code::FunctionFailed,
                    span,
                    format!("`{name}` failed: {}", error.message),
                    "while building this term",
                );
                None
            }
        }
    }

    /// `onCanvas` for every shape whose `ensureOnCanvas` is true, active in
    /// every stage (§7.3).
    pub(super) fn canvas_terms(&mut self) {
        for index in 0..self.shapes.len() {
            if self.shapes[index].bool(Property::EnsureOnCanvas) != Some(true) {
                continue;
            }
            let origin = self.shapes[index].origin.clone();
            self.file = origin.file;
            let id = kite_graph::ShapeId(u32::try_from(index).expect("fewer than 2^32 shapes"));
            let args = vec![
                Value::Shape(id),
                Value::Float(self.graph.constant(self.canvas.width)),
                Value::Float(self.graph.constant(self.canvas.height)),
            ];
            let Some(value) = self.term_value(
                FunctionKind::Constraint,
                "onCanvas",
                &args,
                origin.statement,
            ) else {
                continue;
            };
            self.terms.push(Term {
                kind: FunctionKind::Constraint,
                function: "onCanvas".to_string(),
                args,
                value,
                stages: kite_graph::Stages::All,
                origin,
            });
        }
    }
}
