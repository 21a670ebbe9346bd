//! Checks shared by Substance statements and Style selector relations:
//! resolving predicates and callees, and matching arguments to a Domain
//! signature.

use crate::domain::{DomainEnv, DomainSignature};
use crate::suggest::with_suggestion;
use crate::ty::Ty;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::Ident;

/// An argument as the signature check sees it.
pub struct Argument {
    pub ty: Ty,
    pub span: Span,
    /// How messages name the argument, e.g. `` `A` `` or `"text"`.
    pub description: String,
}

/// Where a check reports, and against which Domain.
pub struct CallContext<'d, 'r> {
    pub domain: &'d DomainEnv,
    pub file: FileId,
    pub diagnostics: &'r mut Vec<Diagnostic>,
}

/// The Domain declarations a Substance binding can call.
pub enum Resolved<'d> {
    Constructor(&'d DomainSignature),
    Function(&'d DomainSignature),
}

impl<'d> Resolved<'d> {
    pub fn signature(&self) -> &'d DomainSignature {
        match self {
            Resolved::Constructor(signature) | Resolved::Function(signature) => signature,
        }
    }
}

impl<'d> CallContext<'d, '_> {
    /// The predicate called `name`; reports it if the Domain has none.
    pub fn predicate(&mut self, name: &Ident) -> Option<&'d DomainSignature> {
        let domain = self.domain;
        if let Some(signature) = domain.predicates.get(&name.name) {
            return Some(signature);
        }
        let mut diagnostic = Diagnostic::error(
            Code::UnknownPredicate,
            self.file,
            name.span,
            format!("predicate `{}` is not declared in the Domain", name.name),
        )
        .with_label("unknown predicate");
        if domain.callee(&name.name).is_some() {
            diagnostic = diagnostic.with_hint(format!(
                "`{0}` is a function or constructor: bind its result, as in `x := {0}(…)`",
                name.name
            ));
        }
        let candidates = domain.predicates.keys().map(String::as_str);
        self.diagnostics.push(with_suggestion(
            domain.missing_name(diagnostic),
            name.span,
            &name.name,
            candidates,
        ));
        None
    }

    /// The constructor, or else the function, called `name`; reports it if
    /// the Domain has neither.
    pub fn callee(&mut self, name: &Ident) -> Option<Resolved<'d>> {
        let domain = self.domain;
        if let Some(signature) = domain.constructors.get(&name.name) {
            return Some(Resolved::Constructor(signature));
        }
        if let Some(signature) = domain.functions.get(&name.name) {
            return Some(Resolved::Function(signature));
        }
        let diagnostic = Diagnostic::error(
            Code::UnknownFunctionOrConstructor,
            self.file,
            name.span,
            format!(
                "`{}` is neither a constructor nor a function of the Domain",
                name.name
            ),
        )
        .with_label("unknown function or constructor");
        let candidates = domain
            .constructors
            .keys()
            .chain(domain.functions.keys())
            .map(String::as_str);
        self.diagnostics.push(with_suggestion(
            domain.missing_name(diagnostic),
            name.span,
            &name.name,
            candidates,
        ));
        None
    }

    /// Checks the number and types of `args` against `signature`.
    pub fn arguments(&mut self, signature: &DomainSignature, call_span: Span, args: &[Argument]) {
        let expected = signature.params.len();
        if args.len() != expected {
            self.diagnostics.push(
                Diagnostic::error(
                    Code::WrongArgumentCount,
                    self.file,
                    call_span,
                    format!(
                        "`{}` takes {expected} argument{}, but {} {} given",
                        signature.name,
                        plural(expected),
                        args.len(),
                        if args.len() == 1 { "was" } else { "were" },
                    ),
                )
                .with_label(format!("{} argument{}", args.len(), plural(args.len())))
                .with_secondary(self.domain.file, signature.span, "declared here"),
            );
        }
        for (index, (arg, param)) in args.iter().zip(&signature.params).enumerate() {
            if !self.domain.is_subtype(&arg.ty, &param.ty) {
                self.diagnostics.push(
                    Diagnostic::error(
                        Code::TypeMismatch,
                        self.file,
                        arg.span,
                        format!(
                            "argument {} of `{}` must be a `{}`, but {} is a `{}`",
                            index + 1,
                            signature.name,
                            param.ty,
                            arg.description,
                            arg.ty
                        ),
                    )
                    .with_label(format!("expected `{}`", param.ty))
                    .with_secondary(
                        self.domain.file,
                        param.span,
                        "parameter declared here",
                    ),
                );
            }
        }
    }

    /// Checks that a value of type `found` can be bound to `target`, a
    /// variable of type `expected`.
    pub fn binding(&mut self, target: &Ident, expected: &Ty, found: &Ty, span: Span) {
        if self.domain.is_subtype(found, expected) {
            return;
        }
        self.diagnostics.push(
            Diagnostic::error(
                Code::TypeMismatch,
                self.file,
                span,
                format!(
                    "`{}` is a `{expected}`, but this is a `{found}`",
                    target.name
                ),
            )
            .with_label(format!("expected `{expected}`")),
        );
    }
}

pub fn plural(count: usize) -> &'static str {
    if count == 1 { "" } else { "s" }
}
