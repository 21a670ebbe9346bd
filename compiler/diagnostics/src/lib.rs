//! The one diagnostic model of the kite compiler, and its renderers.
//!
//! Every phase (parser, checker, elaborator, solver) reports problems as
//! [`Diagnostic`] values: plain data with a stable [`Code`], a [`Severity`], a
//! primary [`Label`], secondary labels, hints and optional [`Fix`]es. Nothing
//! here does IO: the shells (CLI, language server) choose a renderer at the
//! edge — [`render_human`] (ariadne) for people, [`render_json`] for agents.

mod codes;
mod diagnostic;
mod human;
mod json;
mod line_index;
mod sources;
mod span;

pub use codes::{Code, Phase};
pub use diagnostic::{Diagnostic, Edit, Fix, Label, Severity, deduplicate};
pub use human::{HumanOptions, render_human};
pub use json::{JsonDiagnostic, JsonLocation, Locator, SourceLocation, render_json, to_json};
pub use line_index::{LineCol, LineIndex};
pub use sources::{SourceFile, Sources};
pub use span::{FileId, Span};
