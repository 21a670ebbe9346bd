//! The Domain checker: declarations in order, then subtype cycles and
//! symmetric predicates.

use crate::Checked;
use crate::suggest::with_suggestion;
use crate::ty::{self, Ty};
use indexmap::IndexMap;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{self, DomainProgram, DomainStmt, Ident};
use std::collections::HashSet;

/// The vocabulary a Domain program declares.
#[derive(Clone, Debug, PartialEq)]
pub struct DomainEnv {
    /// The Domain file, for labels pointing at declarations.
    pub file: FileId,
    /// Every type with the span of its declaration (`None` for the built-in
    /// literal types), in declaration order.
    pub types: IndexMap<String, Option<Span>>,
    /// Direct supertypes of each type, from `<:` declarations.
    pub supertypes: IndexMap<String, Vec<String>>,
    pub predicates: IndexMap<String, DomainSignature>,
    pub functions: IndexMap<String, DomainSignature>,
    pub constructors: IndexMap<String, DomainSignature>,
    /// Whether the Domain parsed without syntax errors. When it did not,
    /// a name the other programs miss may be declared on a line that
    /// failed to parse, and their diagnostics say so.
    pub complete: bool,
}

/// A predicate, function or constructor declaration.
#[derive(Clone, Debug, PartialEq)]
pub struct DomainSignature {
    pub name: String,
    pub params: Vec<ParamSignature>,
    /// The output type; `None` for predicates.
    pub output: Option<Ty>,
    pub symmetric: bool,
    /// The whole declaration.
    pub span: Span,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ParamSignature {
    pub ty: Ty,
    pub name: Option<String>,
    pub span: Span,
}

impl DomainEnv {
    fn new(file: FileId, complete: bool) -> DomainEnv {
        let mut types = IndexMap::new();
        types.insert(ty::STRING.to_string(), None);
        types.insert(ty::NUMBER.to_string(), None);
        DomainEnv {
            file,
            types,
            supertypes: IndexMap::new(),
            predicates: IndexMap::new(),
            functions: IndexMap::new(),
            constructors: IndexMap::new(),
            complete,
        }
    }

    /// `diagnostic`, about a name the Domain does not declare, with a hint
    /// when the Domain has syntax errors that may explain it.
    pub fn missing_name(&self, diagnostic: Diagnostic) -> Diagnostic {
        if self.complete {
            diagnostic
        } else {
            diagnostic.with_hint(
                "the Domain has syntax errors; the declaration may be on a line that did not parse",
            )
        }
    }

    pub fn has_type(&self, name: &str) -> bool {
        self.types.contains_key(name)
    }

    /// Whether `sub` is `sup` or one of its subtypes, through any chain of
    /// `<:` declarations. [`Ty::Unknown`] is compatible with everything, and
    /// Penrose's escape hatches hold: everything is a subtype of a type named
    /// `type`, and a type named `void` is a subtype of everything.
    pub fn is_subtype(&self, sub: &Ty, sup: &Ty) -> bool {
        let (Ty::Named(sub), Ty::Named(sup)) = (sub, sup) else {
            return true;
        };
        if sub == sup || sup == "type" || sub == "void" {
            return true;
        }
        let mut seen = HashSet::new();
        let mut pending = vec![sub.as_str()];
        while let Some(current) = pending.pop() {
            for parent in self.supertypes.get(current).into_iter().flatten() {
                if parent == sup {
                    return true;
                }
                if seen.insert(parent.as_str()) {
                    pending.push(parent);
                }
            }
        }
        false
    }

    /// The names of every type, for suggestions.
    pub fn type_names(&self) -> impl Iterator<Item = &str> {
        self.types.keys().map(String::as_str)
    }

    /// The constructor, or else the function, called `name`: the order in
    /// which Substance resolves `x := name(…)`.
    pub fn callee(&self, name: &str) -> Option<&DomainSignature> {
        self.constructors
            .get(name)
            .or_else(|| self.functions.get(name))
    }

    /// Whether `name` is declared as anything in the Domain.
    pub fn declares(&self, name: &str) -> bool {
        self.types.contains_key(name)
            || self.predicates.contains_key(name)
            || self.functions.contains_key(name)
            || self.constructors.contains_key(name)
    }
}

/// Checks a Domain program and builds its vocabulary. `complete` says
/// whether the program parsed without syntax errors.
pub fn check_domain(program: &DomainProgram, file: FileId, complete: bool) -> Checked<DomainEnv> {
    let mut checker = DomainChecker {
        env: DomainEnv::new(file, complete),
        diagnostics: Vec::new(),
        edges: Vec::new(),
    };
    for statement in &program.statements {
        checker.statement(statement);
    }
    checker.report_cycles();
    checker.check_symmetric_predicates();
    Checked {
        value: checker.env,
        diagnostics: checker.diagnostics,
    }
}

struct DomainChecker {
    env: DomainEnv,
    diagnostics: Vec<Diagnostic>,
    /// Every `<:` edge as (subtype, supertype, span of the supertype name).
    edges: Vec<(String, String, Span)>,
}

impl DomainChecker {
    fn statement(&mut self, statement: &DomainStmt) {
        match statement {
            DomainStmt::Type(decl) => {
                self.declare_type(&decl.name);
                for supertype in &decl.supertypes {
                    self.subtype(&decl.name, supertype);
                }
            }
            DomainStmt::Subtype(decl) => {
                if self.known_type(&decl.subtype) {
                    self.subtype(&decl.subtype, &decl.supertype);
                } else {
                    self.known_type(&decl.supertype);
                }
            }
            DomainStmt::Predicate(decl) => {
                let params = self.params(&decl.params);
                self.declare(
                    Namespace::Predicate,
                    &decl.name,
                    decl.span,
                    params,
                    None,
                    decl.symmetric,
                );
            }
            DomainStmt::Function(decl) => {
                let params = self.params(&decl.params);
                let output = self.output(&decl.output.ty, "function");
                self.declare(
                    Namespace::Function,
                    &decl.name,
                    decl.span,
                    params,
                    Some(output),
                    false,
                );
            }
            DomainStmt::Constructor(decl) => {
                let params = self.params(&decl.params);
                // Without `-> T`, a constructor outputs the type named like itself.
                let output_name = decl.output.as_ref().map_or(&decl.name, |output| &output.ty);
                let output = self.output(output_name, "constructor");
                self.declare(
                    Namespace::Constructor,
                    &decl.name,
                    decl.span,
                    params,
                    Some(output),
                    false,
                );
            }
        }
    }

    fn declare_type(&mut self, name: &Ident) {
        match self.env.types.get(&name.name) {
            Some(previous) => {
                let mut diagnostic = Diagnostic::error(
                    Code::TypeAlreadyDeclared,
                    self.env.file,
                    name.span,
                    format!("type `{}` is already declared", name.name),
                );
                diagnostic = match previous {
                    Some(span) => diagnostic.with_label("declared again here").with_secondary(
                        self.env.file,
                        *span,
                        "first declared here",
                    ),
                    None => diagnostic.with_label("a built-in type has this name"),
                };
                self.diagnostics.push(diagnostic);
            }
            None => {
                self.env.types.insert(name.name.clone(), Some(name.span));
            }
        }
    }

    /// Records `sub <: sup` after checking `sup` exists and neither is literal.
    fn subtype(&mut self, sub: &Ident, sup: &Ident) {
        if !self.known_type(sup) {
            return;
        }
        for side in [sub, sup] {
            if ty::is_literal(&side.name) {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::LiteralTypeSubtyping,
                        self.env.file,
                        side.span,
                        format!(
                            "the built-in type `{}` cannot take part in subtyping",
                            side.name
                        ),
                    )
                    .with_label("literal type"),
                );
                return;
            }
        }
        self.env
            .supertypes
            .entry(sub.name.clone())
            .or_default()
            .push(sup.name.clone());
        self.edges
            .push((sub.name.clone(), sup.name.clone(), sup.span));
    }

    /// Whether the type is declared; reports it otherwise.
    fn known_type(&mut self, name: &Ident) -> bool {
        if self.env.has_type(&name.name) {
            return true;
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownType,
            self.env.file,
            name.span,
            format!("type `{}` is not declared", name.name),
        )
        .with_label("not declared before this line");
        let diagnostic = with_suggestion(diagnostic, name.span, &name.name, self.env.type_names());
        self.diagnostics.push(diagnostic);
        false
    }

    fn resolve(&mut self, name: &Ident) -> Ty {
        if self.known_type(name) {
            Ty::named(&name.name)
        } else {
            Ty::Unknown
        }
    }

    fn params(&mut self, params: &[ast::Param]) -> Vec<ParamSignature> {
        params
            .iter()
            .map(|param| ParamSignature {
                ty: self.resolve(&param.ty),
                name: param.name.as_ref().map(|name| name.name.clone()),
                span: param.span,
            })
            .collect()
    }

    fn output(&mut self, name: &Ident, kind: &str) -> Ty {
        if ty::is_literal(&name.name) {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::LiteralTypeOutput,
                    self.env.file,
                    name.span,
                    format!("a {kind} cannot output the built-in type `{}`", name.name),
                )
                .with_label("literal output type"),
            );
            return Ty::Unknown;
        }
        self.resolve(name)
    }

    /// Records a predicate, function or constructor, unless its namespace
    /// already has one of that name.
    fn declare(
        &mut self,
        namespace: Namespace,
        name: &Ident,
        span: Span,
        params: Vec<ParamSignature>,
        output: Option<Ty>,
        symmetric: bool,
    ) {
        let signature = DomainSignature {
            name: name.name.clone(),
            params,
            output,
            symmetric,
            span,
        };
        let table = match namespace {
            Namespace::Predicate => &mut self.env.predicates,
            Namespace::Function => &mut self.env.functions,
            Namespace::Constructor => &mut self.env.constructors,
        };
        match table.get(&name.name) {
            Some(previous) => self.diagnostics.push(
                Diagnostic::error(
                    Code::DuplicateDeclaration,
                    self.env.file,
                    name.span,
                    format!("{} `{}` is already declared", namespace.noun(), name.name),
                )
                .with_label("declared again here")
                .with_secondary(
                    self.env.file,
                    previous.span,
                    "first declared here",
                ),
            ),
            None => {
                table.insert(name.name.clone(), signature);
            }
        }
    }

    /// Reports each cycle of the subtype graph once, at the edge of the
    /// cycle declared last.
    fn report_cycles(&mut self) {
        let mut reported: HashSet<String> = HashSet::new();
        for (sub, sup, _) in &self.edges {
            if reported.contains(sub) {
                continue;
            }
            let Some(path) = self.path_between(sup, sub) else {
                continue;
            };
            let mut cycle = vec![sub.clone()];
            cycle.extend(path);
            reported.extend(cycle.iter().cloned());
            let mut on_cycle: Vec<&(String, String, Span)> = self
                .edges
                .iter()
                .filter(|(from, to, _)| {
                    cycle
                        .windows(2)
                        .any(|pair| pair[0] == *from && pair[1] == *to)
                })
                .collect();
            on_cycle.sort_by_key(|(_, _, span)| span.start);
            let Some((_, _, closing)) = on_cycle.pop() else {
                continue;
            };
            let mut diagnostic = Diagnostic::error(
                Code::CyclicSubtypes,
                self.env.file,
                *closing,
                format!("subtypes form a cycle: {}", cycle.join(" <: ")),
            )
            .with_label("this declaration closes the cycle");
            for (from, to, span) in on_cycle {
                diagnostic =
                    diagnostic.with_secondary(self.env.file, *span, format!("`{from} <: {to}`"));
            }
            self.diagnostics.push(diagnostic);
        }
    }

    /// A chain of supertypes leading from `from` to `to`, both included.
    fn path_between(&self, from: &str, to: &str) -> Option<Vec<String>> {
        let mut parent: IndexMap<&str, &str> = IndexMap::new();
        let mut pending = vec![from];
        let mut seen = HashSet::from([from]);
        while let Some(current) = pending.pop() {
            if current == to {
                let mut path = vec![to.to_string()];
                let mut step = to;
                while step != from {
                    step = parent[step];
                    path.push(step.to_string());
                }
                path.reverse();
                return Some(path);
            }
            for next in self.env.supertypes.get(current).into_iter().flatten() {
                if seen.insert(next.as_str()) {
                    parent.insert(next, current);
                    pending.push(next);
                }
            }
        }
        None
    }

    fn check_symmetric_predicates(&mut self) {
        for predicate in self.env.predicates.values().filter(|p| p.symmetric) {
            match predicate.params.as_slice() {
                [first, second] => {
                    let same = self.env.is_subtype(&first.ty, &second.ty)
                        && self.env.is_subtype(&second.ty, &first.ty);
                    if !same {
                        self.diagnostics.push(
                            Diagnostic::error(
                                Code::SymmetricPredicateTypes,
                                self.env.file,
                                second.span,
                                format!(
                                    "symmetric predicate `{}` relates a `{}` to a `{}`",
                                    predicate.name, first.ty, second.ty
                                ),
                            )
                            .with_label(format!("expected `{}` like the first parameter", first.ty))
                            .with_secondary(
                                self.env.file,
                                first.span,
                                "first parameter",
                            ),
                        );
                    }
                }
                params => self.diagnostics.push(
                    Diagnostic::error(
                        Code::SymmetricPredicateArity,
                        self.env.file,
                        predicate.span,
                        format!(
                            "symmetric predicate `{}` takes {} arguments, not 2",
                            predicate.name,
                            params.len()
                        ),
                    )
                    .with_label("a symmetric predicate relates exactly two objects"),
                ),
            }
        }
    }
}

#[derive(Clone, Copy)]
enum Namespace {
    Predicate,
    Function,
    Constructor,
}

impl Namespace {
    fn noun(self) -> &'static str {
        match self {
            Namespace::Predicate => "predicate",
            Namespace::Function => "function",
            Namespace::Constructor => "constructor",
        }
    }
}
