//! Static checking of the three Penrose languages.
//!
//! [`check_domain`] builds the vocabulary of a Domain program,
//! [`check_substance`] checks a Substance program against it and expands its
//! indexed statements, and [`check_style`] makes every check of a Style
//! program that does not need the Substance program or evaluation: header
//! types and relations, shape types and properties, library function names
//! and argument counts, colour literals. [`check_substance_references`]
//! checks a Style program's backtick references against a Substance
//! program.
//!
//! Each check keeps going after an error. An unknown name gets an error
//! placeholder type that every other check accepts, so one mistake is
//! reported once and does not cascade. Every diagnostic with a likely
//! correction carries it as a structured fix.
//!
//! The crate is pure: it takes syntax trees and returns values.

mod call;
mod domain;
mod style;
mod substance;
mod suggest;
mod ty;

pub use domain::{DomainEnv, DomainSignature, ParamSignature, check_domain};
pub use style::{check_style, check_substance_references};
pub use substance::{
    Callee, Label, LabelKind, SubstanceEnv, SubstanceFact, SubstanceObject, SubstanceValue,
    check_substance,
};
pub use ty::Ty;

use kite_diagnostics::Diagnostic;

/// The outcome of a check: what it built, and what it found wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked<T> {
    pub value: T,
    pub diagnostics: Vec<Diagnostic>,
}
