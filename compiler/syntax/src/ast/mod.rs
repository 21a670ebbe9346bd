//! Typed syntax trees for the three languages.
//!
//! Every node and identifier carries the byte [`Span`] it was parsed from.
//! Trees are owned (no borrows from the source) so that the incremental
//! database can store them. A tree may be partial: statements the parser
//! could not make sense of are left out and reported as diagnostics instead.

mod common;
mod domain;
mod style;
mod style_visit;
mod substance;

pub use common::{Ident, NumberLit, StringLit};
pub use domain::*;
pub use style::*;
pub use style_visit::{StyleVisitor, walk_expr, walk_path, walk_statement};
pub use substance::*;

pub use kite_diagnostics::Span;
