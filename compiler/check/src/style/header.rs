//! Selector and collector headers: pattern variable types, and relations
//! checked like Substance statements.

use crate::call::{Argument, CallContext};
use crate::domain::DomainEnv;
use crate::suggest::with_suggestion;
use crate::ty::{self, Ty};
use indexmap::IndexMap;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{
    Binding, BindingKind, Collector, DeclPattern, Relation, Selector, SelectorArg, SelectorExpr,
};

/// The variables a header binds, with their types.
#[derive(Default)]
pub struct Variables {
    pub bound: IndexMap<String, (Ty, Span)>,
}

impl Variables {
    pub fn contains(&self, name: &str) -> bool {
        self.bound.contains_key(name)
    }
}

pub fn check_selector(
    selector: &Selector,
    file: FileId,
    domain: &DomainEnv,
    diagnostics: &mut Vec<Diagnostic>,
) -> Variables {
    let mut checker = HeaderChecker::new(file, domain, diagnostics);
    for pattern in selector.head.iter().chain(&selector.with) {
        checker.declare(pattern);
    }
    for relation in &selector.where_ {
        checker.relation(relation);
    }
    checker.variables
}

pub fn check_collector(
    collector: &Collector,
    file: FileId,
    domain: &DomainEnv,
    diagnostics: &mut Vec<Diagnostic>,
) -> Variables {
    let mut checker = HeaderChecker::new(file, domain, diagnostics);
    checker.declare(&collector.head);
    for pattern in collector.with.iter().chain(&collector.foreach) {
        checker.declare(pattern);
    }
    for relation in &collector.where_ {
        checker.relation(relation);
    }
    // The collection itself is a variable of the block, with no type.
    let into = &collector.into.name;
    checker
        .variables
        .bound
        .insert(into.name.clone(), (Ty::Unknown, into.span));
    checker.variables
}

struct HeaderChecker<'a> {
    context: CallContext<'a, 'a>,
    variables: Variables,
}

impl<'a> HeaderChecker<'a> {
    fn new(
        file: FileId,
        domain: &'a DomainEnv,
        diagnostics: &'a mut Vec<Diagnostic>,
    ) -> HeaderChecker<'a> {
        HeaderChecker {
            context: CallContext {
                domain,
                file,
                diagnostics,
            },
            variables: Variables::default(),
        }
    }

    fn declare(&mut self, pattern: &DeclPattern) {
        let ty = self.pattern_type(&pattern.ty);
        let name = &pattern.binding.name;
        if let Some((_, previous)) = self.variables.bound.get(&name.name) {
            self.context.diagnostics.push(
                Diagnostic::error(
                    Code::SelectorVariableRedeclared,
                    self.context.file,
                    name.span,
                    format!("selector variable `{}` is declared twice", name.name),
                )
                .with_label("declared again here")
                .with_secondary(
                    self.context.file,
                    *previous,
                    "first declared here",
                ),
            );
            return;
        }
        self.variables
            .bound
            .insert(name.name.clone(), (ty, name.span));
    }

    /// A pattern's type: any Domain type, including the literal types.
    fn pattern_type(&mut self, name: &kite_syntax::ast::Ident) -> Ty {
        if self.context.domain.has_type(&name.name) {
            return Ty::named(&name.name);
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownType,
            self.context.file,
            name.span,
            format!("type `{}` is not declared in the Domain", name.name),
        )
        .with_label("unknown type");
        self.context.diagnostics.push(with_suggestion(
            self.context.domain.missing_name(diagnostic),
            name.span,
            &name.name,
            self.context.domain.type_names(),
        ));
        Ty::Unknown
    }

    fn relation(&mut self, relation: &Relation) {
        match relation {
            Relation::Predicate {
                name, args, alias, ..
            } => {
                let signature = self.context.predicate(name);
                if let Some(signature) = signature {
                    let params: Vec<Option<Ty>> = signature
                        .params
                        .iter()
                        .map(|param| Some(param.ty.clone()))
                        .collect();
                    let arguments = self.arguments(args, &params);
                    self.context
                        .arguments(signature, relation_span(relation), &arguments);
                } else {
                    self.arguments(args, &[]);
                }
                if let Some(alias) = alias {
                    self.alias(alias);
                }
            }
            Relation::Bind { binding, expr, .. } => {
                let target = self.variable(binding, None);
                match expr {
                    SelectorExpr::Call { name, args, span } => {
                        let resolved = self.context.callee(name);
                        match resolved {
                            Some(resolved) => {
                                let signature = resolved.signature();
                                let params: Vec<Option<Ty>> = signature
                                    .params
                                    .iter()
                                    .map(|param| Some(param.ty.clone()))
                                    .collect();
                                let arguments = self.arguments(args, &params);
                                self.context.arguments(signature, *span, &arguments);
                                let output = signature.output.clone().unwrap_or(Ty::Unknown);
                                self.context.binding(&binding.name, &target, &output, *span);
                            }
                            None => {
                                self.arguments(args, &[]);
                            }
                        }
                    }
                    SelectorExpr::Arg(arg) => {
                        let argument = self.argument(arg, None);
                        self.context
                            .binding(&binding.name, &target, &argument.ty, argument.span);
                    }
                }
            }
            Relation::Field { binding, field, .. } => {
                self.variable(binding, None);
                if field.name != "label" {
                    self.context.diagnostics.push(
                        Diagnostic::error(
                            Code::UnsupportedSelectorField,
                            self.context.file,
                            field.span,
                            format!(
                                "selectors can only test the field `label`, not `{}`",
                                field.name
                            ),
                        )
                        .with_label("unsupported field")
                        .with_fix(
                            "test the label instead",
                            field.span,
                            "label",
                        ),
                    );
                }
            }
        }
    }

    fn arguments(&mut self, args: &[SelectorArg], params: &[Option<Ty>]) -> Vec<Argument> {
        args.iter()
            .enumerate()
            .map(|(index, arg)| {
                let param = params.get(index).cloned().flatten();
                self.argument(arg, param.as_ref())
            })
            .collect()
    }

    fn argument(&mut self, arg: &SelectorArg, param: Option<&Ty>) -> Argument {
        match arg {
            SelectorArg::Binding(binding) => Argument {
                ty: self.variable(binding, param),
                span: binding.span,
                description: format!("`{}`", binding.name.name),
            },
            SelectorArg::Number(number) => Argument {
                ty: Ty::named(ty::NUMBER),
                span: number.span,
                description: format!("`{}`", number.value),
            },
            SelectorArg::String(string) => Argument {
                ty: Ty::named(ty::STRING),
                span: string.span,
                description: format!("\"{}\"", string.value),
            },
        }
    }

    /// The type of a variable used in a relation. A Substance name (in
    /// backticks) is not known here. An undeclared variable where a literal
    /// type is expected is declared implicitly with that type.
    fn variable(&mut self, binding: &Binding, param: Option<&Ty>) -> Ty {
        if binding.kind == BindingKind::Substance {
            return Ty::Unknown;
        }
        let name = &binding.name;
        if let Some((ty, _)) = self.variables.bound.get(&name.name) {
            return ty.clone();
        }
        if let Some(param) = param.filter(|param| param.name().is_some_and(ty::is_literal)) {
            self.variables
                .bound
                .insert(name.name.clone(), (param.clone(), name.span));
            return param.clone();
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownObject,
            self.context.file,
            name.span,
            format!("`{}` is not a variable of this selector", name.name),
        )
        .with_label("not declared in the header");
        let candidates = self.variables.bound.keys().map(String::as_str);
        self.context.diagnostics.push(with_suggestion(
            diagnostic, name.span, &name.name, candidates,
        ));
        Ty::Unknown
    }

    fn alias(&mut self, alias: &kite_syntax::ast::Ident) {
        let clashes_with = if self.context.domain.declares(&alias.name) {
            Some("a Domain name")
        } else if self.variables.contains(&alias.name) {
            Some("a variable of this selector")
        } else {
            None
        };
        if let Some(what) = clashes_with {
            self.context.diagnostics.push(
                Diagnostic::error(
                    Code::AliasNameClash,
                    self.context.file,
                    alias.span,
                    format!("alias `{}` is already {what}", alias.name),
                )
                .with_label("choose another alias"),
            );
        }
    }
}

fn relation_span(relation: &Relation) -> Span {
    match relation {
        Relation::Bind { span, .. }
        | Relation::Predicate { span, .. }
        | Relation::Field { span, .. } => *span,
    }
}
