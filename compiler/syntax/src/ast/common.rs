//! Nodes shared by the three languages: identifiers and literals.

use kite_diagnostics::Span;
use serde::Serialize;

/// A name as written, with its span.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ident {
    pub name: String,
    pub span: Span,
}

/// A string literal. `value` is the text between the quotes, verbatim: the
/// languages have no escape sequences.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StringLit {
    pub value: String,
    pub span: Span,
}

/// A number literal, possibly signed (`-1` is one literal).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NumberLit {
    pub value: f64,
    pub span: Span,
}
