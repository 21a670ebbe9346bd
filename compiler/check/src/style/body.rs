//! Block bodies: shapes and their properties, library calls, colour
//! literals, stage names, and assignments that cannot be right.

use super::header::Variables;
use crate::call::plural;
use crate::suggest::with_suggestion;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_library::{
    FunctionKind, PropertyType, SVG_PASSTHROUGH_ATTRIBUTES, ShapeKind, function, functions, shape,
};
use kite_syntax::ast::{
    Block, Expr, ExprKind, FunctionBody, Ident, Property, StageSpec, Stmt, StyleVisitor,
    walk_statement,
};

/// What a block body is checked against.
pub struct BlockScope<'a> {
    pub file: FileId,
    /// The variables of the block's header.
    pub variables: &'a Variables,
    /// The declared layout stages, if the program declares any.
    pub stages: Option<&'a [Ident]>,
}

pub fn check_block(block: &Block, scope: &BlockScope, diagnostics: &mut Vec<Diagnostic>) {
    let mut checker = BodyChecker { scope, diagnostics };
    for statement in &block.statements {
        checker.statement(statement);
    }
}

struct BodyChecker<'s, 'a> {
    scope: &'s BlockScope<'a>,
    diagnostics: &'s mut Vec<Diagnostic>,
}

impl BodyChecker<'_, '_> {
    fn statement(&mut self, statement: &Stmt) {
        let target = match statement {
            Stmt::Assign { path, .. } | Stmt::Override { path, .. } => Some((
                path,
                Code::AssignToSubstanceObject,
                "assigned",
                "assign to a field, as in `x.shape = …`",
            )),
            Stmt::Delete { path, .. } => Some((
                path,
                Code::DeleteSubstanceObject,
                "deleted",
                "delete one of its fields instead",
            )),
            Stmt::Anonymous { .. } => None,
        };
        if let Some((path, code, verb, label)) = target
            && path.members.is_empty()
            && self.scope.variables.contains(&path.root.name.name)
        {
            self.error(
                code,
                path.span,
                format!(
                    "`{}` stands for a Substance object and cannot be {verb}",
                    path.root.name.name
                ),
                label,
            );
        }
        walk_statement(statement, self);
    }

    fn shape(&mut self, name: &Ident, properties: &[Property]) {
        let kind = shape(&name.name);
        if kind.is_none() {
            let diagnostic = Diagnostic::error(
                Code::UnknownShapeType,
                self.scope.file,
                name.span,
                format!("`{}` is not a shape type", name.name),
            )
            .with_label("unknown shape type");
            let candidates = ShapeKind::ALL.iter().map(|kind| kind.name());
            self.diagnostics.push(with_suggestion(
                diagnostic, name.span, &name.name, candidates,
            ));
        }
        if let Some(kind) = kind {
            for property in properties {
                self.property(kind, property);
            }
        }
    }

    fn property(&mut self, kind: ShapeKind, property: &Property) {
        let spec = kind.spec();
        let name = &property.name;
        let Some(property_spec) = spec.property_named(&name.name) else {
            if SVG_PASSTHROUGH_ATTRIBUTES.contains(&name.name.as_str()) {
                return;
            }
            let diagnostic = Diagnostic::warning(
                Code::UnknownShapeProperty,
                self.scope.file,
                name.span,
                format!("`{}` has no property `{}`", spec.name, name.name),
            )
            .with_label("passed through to the SVG element as an attribute");
            let candidates = spec.all_properties().map(|property| property.name());
            self.diagnostics.push(with_suggestion(
                diagnostic, name.span, &name.name, candidates,
            ));
            return;
        };
        if let Some(found) = literal_type(&property.value)
            && !accepts(property_spec.ty, found)
        {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::PropertyTypeMismatch,
                    self.scope.file,
                    property.value.span,
                    format!(
                        "`{}.{}` must be {}, not {}",
                        spec.name,
                        name.name,
                        property_spec.ty.describe(),
                        found.describe()
                    ),
                )
                .with_label(format!("expected {}", property_spec.ty.describe())),
            );
        }
    }

    /// A library call: the name must exist for its position, and the
    /// argument count must fit the parameters.
    fn call(&mut self, kind: FunctionKind, name: &Ident, args: &[Expr], span: Span) {
        let Some(spec) = function(kind, &name.name) else {
            self.unknown_function(kind, name);
            return;
        };
        let required = spec.required_params();
        let code = if args.len() > spec.params.len() {
            Code::TooManyArguments
        } else if args.len() < required {
            Code::MissingArgument
        } else {
            return;
        };
        let expected = if required == spec.params.len() {
            format!("{required}")
        } else {
            format!("{required} to {}", spec.params.len())
        };
        self.diagnostics.push(
            Diagnostic::error(
                code,
                self.scope.file,
                span,
                format!(
                    "{} `{}` takes {expected} argument{}, but {} {} given",
                    kind.noun(),
                    spec.name,
                    plural(spec.params.len()),
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" },
                ),
            )
            .with_label(format!("{} argument{}", args.len(), plural(args.len())))
            .with_hint(format!("the signature is `{}`", spec.signature())),
        );
    }

    fn unknown_function(&mut self, kind: FunctionKind, name: &Ident) {
        let code = match kind {
            FunctionKind::Computation => Code::UnknownComputation,
            FunctionKind::Constraint => Code::UnknownConstraint,
            FunctionKind::Objective => Code::UnknownObjective,
        };
        let mut diagnostic = Diagnostic::error(
            code,
            self.scope.file,
            name.span,
            format!("`{}` is not a library {}", name.name, kind.noun()),
        )
        .with_label(format!("unknown {}", kind.noun()));
        let elsewhere = [
            FunctionKind::Computation,
            FunctionKind::Constraint,
            FunctionKind::Objective,
        ]
        .into_iter()
        .find(|other| *other != kind && function(*other, &name.name).is_some());
        if let Some(other) = elsewhere {
            let usage = match other {
                FunctionKind::Computation => "in an expression",
                FunctionKind::Constraint => "after `ensure`",
                FunctionKind::Objective => "after `encourage`",
            };
            diagnostic = diagnostic.with_hint(format!(
                "`{}` is a {}: use it {usage}",
                name.name,
                other.noun()
            ));
        }
        let candidates = functions(kind).map(|spec| spec.name);
        self.diagnostics.push(with_suggestion(
            diagnostic, name.span, &name.name, candidates,
        ));
    }

    fn color(&mut self, hex: &str, span: Span) {
        if matches!(hex.len(), 3 | 4 | 6 | 8) {
            return;
        }
        self.error(
            Code::InvalidColor,
            span,
            format!(
                "`#{hex}` has {} hex digits; a colour has 3, 4, 6 or 8",
                hex.len()
            ),
            "invalid colour literal",
        );
    }

    /// Stage names in `in […]`/`except […]` should name declared stages:
    /// an unknown one never matches.
    fn stages(&mut self, spec: &StageSpec) {
        let declared = self.scope.stages.unwrap_or(&[]);
        for stage in &spec.stages {
            if declared.iter().any(|known| known.name == stage.name) {
                continue;
            }
            let diagnostic = Diagnostic::warning(
                Code::UnknownStage,
                self.scope.file,
                stage.span,
                format!("`{}` is not a declared layout stage", stage.name),
            )
            .with_label("this stage never runs")
            .with_hint(match self.scope.stages {
                Some(_) => "stages are declared by the program's `layout = […]` statement",
                None => {
                    "the program has no `layout = […]` statement, so it has a single unnamed stage"
                }
            });
            let candidates = declared.iter().map(|known| known.name.as_str());
            self.diagnostics.push(with_suggestion(
                diagnostic,
                stage.span,
                &stage.name,
                candidates,
            ));
        }
    }

    fn error(&mut self, code: Code, span: Span, message: String, label: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, self.scope.file, span, message).with_label(label));
    }
}

impl<'e> StyleVisitor<'e> for BodyChecker<'_, '_> {
    fn expr(&mut self, expr: &'e Expr) {
        match &expr.kind {
            ExprKind::Color { hex } => self.color(hex, expr.span),
            ExprKind::Vary {
                stages: Some(stages),
                ..
            } => self.stages(stages),
            ExprKind::Call { name, args } => {
                self.call(FunctionKind::Computation, name, args, expr.span);
            }
            ExprKind::Shape { shape, properties } => self.shape(shape, properties),
            ExprKind::Constraint { body, stages } | ExprKind::Objective { body, stages } => {
                let kind = if matches!(expr.kind, ExprKind::Constraint { .. }) {
                    FunctionKind::Constraint
                } else {
                    FunctionKind::Objective
                };
                if let FunctionBody::Call { name, args, span } = body {
                    self.call(kind, name, args, *span);
                }
                if let Some(stages) = stages {
                    self.stages(stages);
                }
            }
            _ => {}
        }
    }
}

/// The kind of value a literal expression obviously is, if it is a literal.
fn literal_type(expr: &Expr) -> Option<PropertyType> {
    match &expr.kind {
        ExprKind::Number { .. } => Some(PropertyType::Float),
        ExprKind::String { .. } => Some(PropertyType::String),
        ExprKind::Bool { .. } => Some(PropertyType::Bool),
        ExprKind::Color { .. } => Some(PropertyType::Color),
        _ => None,
    }
}

fn accepts(property: PropertyType, literal: PropertyType) -> bool {
    property == literal
}
