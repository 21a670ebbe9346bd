//! The incremental database over a trio's source files.
//!
//! Source files are salsa inputs; parsing and each check are tracked
//! queries, so after an edit only the queries that read the edited file run
//! again, and a query whose result comes out equal stops the change from
//! spreading further. The command line and the language server both go
//! through this database: there is no second path from text to diagnostics.
//!
//! The database does no IO. Its owner reads files (or receives them from an
//! editor) and hands their text over with [`Database::add_file`] and
//! [`Database::set_text`].

mod database;
mod inputs;
mod internal;
mod manifest;
mod queries;

pub use database::{Database, QueryLog};
pub use inputs::{Settings, SourceFile, Trio, limits};
pub use internal::{catch_internal, internal_error, panic_message};
pub use kite_elaborate::Elaboration;
pub use kite_limits::{Limit, Limits};
pub use manifest::{ManifestError, TrioManifest};
pub use queries::{
    StyleMatches, domain_check, parse, style_check, style_matches, style_references,
    substance_check, trio_diagnostics, trio_elaboration,
};
