//! Style elaboration: from matched blocks to the fields of the diagram.
//!
//! Pass 1 ([`translate`]) runs every block once per match, in program
//! order, and records what each statement assigns, overrides or deletes:
//! fields of Substance objects, of namespaces and of each run's local
//! scope, and the properties of shapes; [`check_canvas`] requires the
//! canvas. Pass 2 ([`dependencies`]) resolves every path each stored
//! expression reads, reports reads of fields that nothing assigns, and
//! reports cycles among assignments. Pass 3 ([`check_types`]) types every
//! field in dependency order and reports ill-typed expressions, and
//! [`check_layers`] checks Group membership and layering. Pass 4
//! ([`evaluate`]) computes every value as expressions over the
//! optimisation inputs and assembles the diagram.
//!
//! Expressions are kept as references into the Style syntax tree together
//! with the run (block and match) they belong to, so that evaluation can
//! resolve their paths the same way.

mod canvas;
mod dependencies;
mod evaluate;
mod execute;
mod fields;
mod layers;
mod reads;
mod scope;
mod types;

pub use canvas::check_canvas;
pub use dependencies::{DependencyGraph, Node, dependencies};
pub use evaluate::evaluate;
pub use execute::{StyleInput, translate};
pub use fields::{Assigned, Field, FieldKey, FieldRef, Namespace, ShapeField, Translation};
pub use layers::check_layers;
pub use scope::{Bound, Run, Scope, ScopeRef};
pub use types::{Type, check_types};
