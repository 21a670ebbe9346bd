//! The Substance checker: objects, facts and labels, checked against a
//! Domain, with indexed statements expanded.

mod condition;
mod expand;
mod labels;

pub use labels::{Label, LabelKind};

use crate::Checked;
use crate::call::{Argument, CallContext, Resolved};
use crate::domain::DomainEnv;
use crate::suggest::with_suggestion;
use crate::ty::{self, Ty};
use indexmap::IndexMap;
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_limits::Limits;
use kite_syntax::ast::{
    Application, AutoLabelTarget, Ident, SubArg, SubExpr, SubstanceProgram, SubstanceStmtKind,
};

/// What a Substance program declares and states.
#[derive(Clone, Debug, PartialEq)]
pub struct SubstanceEnv {
    /// Declared objects in declaration order.
    pub objects: IndexMap<String, SubstanceObject>,
    /// Predicate applications and bindings, in order, after expansion.
    pub facts: Vec<SubstanceFact>,
    /// Every distinct literal argument, in order of first use.
    pub literals: Vec<SubstanceValue>,
    /// The label of every declared object.
    pub labels: IndexMap<String, Label>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SubstanceObject {
    pub ty: Ty,
    /// The name in its declaration.
    pub span: Span,
}

/// A predicate application or a binding, as Style selectors match them.
#[derive(Clone, Debug, PartialEq)]
pub enum SubstanceFact {
    Predicate {
        name: String,
        args: Vec<SubstanceValue>,
        span: Span,
    },
    /// `variable := callee(args)`, or `variable := other` when `callee` is
    /// `None`.
    Bind {
        variable: String,
        callee: Option<Callee>,
        args: Vec<SubstanceValue>,
        span: Span,
    },
}

/// The Domain declaration a binding calls.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Callee {
    Constructor(String),
    Function(String),
}

/// An argument: an object or a literal.
#[derive(Clone, Debug, PartialEq)]
pub enum SubstanceValue {
    Object(String),
    Number(f64),
    String(String),
}

/// Checks a Substance program against its Domain.
pub fn check_substance(
    program: &SubstanceProgram,
    file: FileId,
    domain: &DomainEnv,
    limits: &Limits,
) -> Checked<SubstanceEnv> {
    let mut checker = SubstanceChecker {
        domain,
        file,
        env: SubstanceEnv {
            objects: IndexMap::new(),
            facts: Vec::new(),
            literals: Vec::new(),
            labels: IndexMap::new(),
        },
        label_statements: Vec::new(),
        diagnostics: Vec::new(),
        expanding: false,
    };
    for statement in &program.statements {
        match &statement.index_set {
            None => checker.statement(&statement.kind, statement.span),
            Some(index_set) => {
                let mut expansion_diagnostics = Vec::new();
                let expanded = expand::expand(
                    &statement.kind,
                    index_set,
                    file,
                    limits,
                    &mut expansion_diagnostics,
                );
                checker.diagnostics.extend(expansion_diagnostics);
                // One template can fail the same way for every substitution:
                // report each (code, span) once.
                let first_new = checker.diagnostics.len();
                checker.expanding = true;
                for kind in &expanded {
                    checker.statement(kind, statement.span);
                }
                checker.expanding = false;
                deduplicate(&mut checker.diagnostics, first_new);
            }
        }
    }
    checker.env.labels = labels::resolve(&checker.env.objects, &checker.label_statements);
    Checked {
        value: checker.env,
        diagnostics: checker.diagnostics,
    }
}

struct SubstanceChecker<'d> {
    domain: &'d DomainEnv,
    file: FileId,
    env: SubstanceEnv,
    label_statements: Vec<SubstanceStmtKind>,
    diagnostics: Vec<Diagnostic>,
    /// Whether the statement being checked comes from an indexed statement,
    /// whose object names differ from the source text (`x_i` is `x_1`), so
    /// that no replacement can be suggested for them.
    expanding: bool,
}

impl<'d> SubstanceChecker<'d> {
    /// Checks one statement; `span` is the statement's, in the source.
    fn statement(&mut self, kind: &SubstanceStmtKind, span: Span) {
        match kind {
            SubstanceStmtKind::Decl { ty, names } => {
                let ty = self.declared_type(ty);
                for name in names {
                    self.declare(name, ty.clone());
                }
            }
            SubstanceStmtKind::DeclBind { ty, name, expr } => {
                let ty = self.declared_type(ty);
                self.declare(name, ty);
                self.bind(name, expr);
            }
            SubstanceStmtKind::Let { name, expr } => {
                let ty = self.let_type(name, expr, span);
                self.declare(name, ty);
                self.bind(name, expr);
            }
            SubstanceStmtKind::Bind { name, expr } => self.bind(name, expr),
            SubstanceStmtKind::Predicate(application) => self.predicate(application),
            SubstanceStmtKind::Label { name, .. } => {
                self.object(name);
                self.label_statements.push(kind.clone());
            }
            SubstanceStmtKind::NoLabel { names } => {
                for name in names {
                    self.object(name);
                }
                self.label_statements.push(kind.clone());
            }
            SubstanceStmtKind::AutoLabel { target } => {
                if let AutoLabelTarget::Names { names } = target {
                    for name in names {
                        self.object(name);
                    }
                }
                self.label_statements.push(kind.clone());
            }
        }
    }

    /// The type `Let x := F(…)` declares `x` with: the type named `F`. An
    /// unknown `F` is reported once, by the binding; a known `F` with no
    /// type of its name gets a fix declaring `x` with `F`'s output type.
    fn let_type(&mut self, name: &Ident, expr: &SubExpr, span: Span) -> Ty {
        let SubExpr::Call(application) = expr else {
            return Ty::Unknown;
        };
        let callee = &application.name.name;
        let Some(signature) = self.domain.callee(callee) else {
            return Ty::Unknown;
        };
        if self.domain.has_type(callee) {
            return Ty::named(callee);
        }
        let mut diagnostic = Diagnostic::error(
            Code::UnknownType,
            self.file,
            application.name.span,
            format!("type `{callee}` is not declared in the Domain"),
        )
        .with_label(format!(
            "`Let` declares `{}` with the type named `{callee}`",
            name.name
        ))
        .with_hint("`Let` only suits constructors named after the type they construct");
        if let Some(Ty::Named(output)) = &signature.output {
            let keyword = Span {
                start: span.start,
                end: name.span.start,
            };
            diagnostic = diagnostic.with_fix(
                format!("declare `{}` with the output type `{output}`", name.name),
                keyword,
                format!("{output} "),
            );
        }
        self.diagnostics.push(diagnostic);
        Ty::Unknown
    }

    /// The type of a declaration: it must exist and not be a literal type.
    fn declared_type(&mut self, name: &Ident) -> Ty {
        if ty::is_literal(&name.name) {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::LiteralTypeDeclaration,
                    self.file,
                    name.span,
                    format!(
                        "objects cannot be declared with the built-in type `{}`",
                        name.name
                    ),
                )
                .with_label("literal type")
                .with_hint("write literal values directly as arguments"),
            );
            return Ty::Unknown;
        }
        if self.domain.has_type(&name.name) {
            return Ty::named(&name.name);
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownType,
            self.file,
            name.span,
            format!("type `{}` is not declared in the Domain", name.name),
        )
        .with_label("unknown type");
        let candidates = self
            .domain
            .type_names()
            .filter(|name| !ty::is_literal(name));
        self.diagnostics.push(with_suggestion(
            self.domain.missing_name(diagnostic),
            name.span,
            &name.name,
            candidates,
        ));
        Ty::Unknown
    }

    fn declare(&mut self, name: &Ident, ty: Ty) {
        if let Some(previous) = self.env.objects.get(&name.name) {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateObject,
                    self.file,
                    name.span,
                    format!("`{}` is already declared", name.name),
                )
                .with_label("declared again here")
                .with_secondary(self.file, previous.span, "first declared here"),
            );
            return;
        }
        self.env.objects.insert(
            name.name.clone(),
            SubstanceObject {
                ty,
                span: name.span,
            },
        );
    }

    /// The type of a declared object; reports it if undeclared.
    fn object(&mut self, name: &Ident) -> Ty {
        if let Some(object) = self.env.objects.get(&name.name) {
            return object.ty.clone();
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownObject,
            self.file,
            name.span,
            format!("`{}` is not declared", name.name),
        )
        .with_label("no object has this name");
        let diagnostic = if self.expanding {
            diagnostic
        } else {
            let candidates = self.env.objects.keys().map(String::as_str);
            with_suggestion(diagnostic, name.span, &name.name, candidates)
        };
        self.diagnostics.push(diagnostic);
        Ty::Unknown
    }

    fn value(&mut self, arg: &SubArg) -> (SubstanceValue, Ty) {
        let (value, ty) = match arg {
            SubArg::Ident(name) => {
                return (SubstanceValue::Object(name.name.clone()), self.object(name));
            }
            SubArg::Number(number) => (SubstanceValue::Number(number.value), ty::NUMBER),
            SubArg::String(string) => (SubstanceValue::String(string.value.clone()), ty::STRING),
        };
        if !self.env.literals.contains(&value) {
            self.env.literals.push(value.clone());
        }
        (value, Ty::named(ty))
    }

    fn predicate(&mut self, application: &Application) {
        let signature = self.context().predicate(&application.name);
        let (values, args) = self.arguments(&application.args);
        if let Some(signature) = signature {
            self.context().arguments(signature, application.span, &args);
            self.env.facts.push(SubstanceFact::Predicate {
                name: application.name.name.clone(),
                args: values,
                span: application.span,
            });
        }
    }

    fn bind(&mut self, name: &Ident, expr: &SubExpr) {
        let target = self.object(name);
        let (callee, values, output, span) = match expr {
            SubExpr::Arg(arg) => {
                let (values, mut args) = self.arguments(std::slice::from_ref(arg));
                let output = args.remove(0).ty;
                (None, values, output, arg_span(arg))
            }
            SubExpr::Call(application) => {
                let resolved = self.context().callee(&application.name);
                let (values, args) = self.arguments(&application.args);
                let Some(resolved) = resolved else { return };
                let signature = resolved.signature();
                self.context().arguments(signature, application.span, &args);
                let callee = match resolved {
                    Resolved::Constructor(_) => Callee::Constructor(signature.name.clone()),
                    Resolved::Function(_) => Callee::Function(signature.name.clone()),
                };
                let output = signature.output.clone().unwrap_or(Ty::Unknown);
                (Some(callee), values, output, application.span)
            }
        };
        self.context().binding(name, &target, &output, span);
        self.env.facts.push(SubstanceFact::Bind {
            variable: name.name.clone(),
            callee,
            args: values,
            span: name.span.to(span),
        });
    }

    /// The values and types of arguments; undeclared objects are reported.
    fn arguments(&mut self, args: &[SubArg]) -> (Vec<SubstanceValue>, Vec<Argument>) {
        args.iter()
            .map(|arg| {
                let (value, ty) = self.value(arg);
                let argument = Argument {
                    ty,
                    span: arg_span(arg),
                    description: describe(arg),
                };
                (value, argument)
            })
            .unzip()
    }

    fn context(&mut self) -> CallContext<'d, '_> {
        CallContext {
            domain: self.domain,
            file: self.file,
            diagnostics: &mut self.diagnostics,
        }
    }
}

fn arg_span(arg: &SubArg) -> Span {
    match arg {
        SubArg::Ident(ident) => ident.span,
        SubArg::Number(number) => number.span,
        SubArg::String(string) => string.span,
    }
}

fn describe(arg: &SubArg) -> String {
    match arg {
        SubArg::Ident(ident) => format!("`{}`", ident.name),
        SubArg::Number(number) => format!("`{}`", number.value),
        SubArg::String(string) => format!("\"{}\"", string.value),
    }
}
