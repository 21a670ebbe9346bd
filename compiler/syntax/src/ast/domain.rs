//! The Domain language's tree: types, subtyping, predicates, functions and constructors.

use super::common::Ident;
use kite_diagnostics::Span;
use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct DomainProgram {
    pub statements: Vec<DomainStmt>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind")]
pub enum DomainStmt {
    Type(TypeDecl),
    Subtype(SubtypeDecl),
    Predicate(PredicateDecl),
    Function(FunctionDecl),
    Constructor(ConstructorDecl),
}

/// `type T` or `type T <: A, B`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TypeDecl {
    pub name: Ident,
    pub supertypes: Vec<Ident>,
    pub span: Span,
}

/// `A <: B`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SubtypeDecl {
    pub subtype: Ident,
    pub supertype: Ident,
    pub span: Span,
}

/// `predicate P(A a, B)` or `symmetric predicate P(A, A)`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PredicateDecl {
    pub symmetric: bool,
    pub name: Ident,
    pub params: Vec<Param>,
    pub span: Span,
}

/// `function f(A a) -> B`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FunctionDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub output: Param,
    pub span: Span,
}

/// `constructor K(A a, B b) -> T`; without `-> T` the output type is `K`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ConstructorDecl {
    pub name: Ident,
    pub params: Vec<Param>,
    pub output: Option<Param>,
    pub span: Span,
}

/// A parameter or output: a type and an optional name (`Set s` or `Set`).
/// Constructor parameters must be named; the parser enforces that.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Param {
    pub ty: Ident,
    pub name: Option<Ident>,
    pub span: Span,
}
