//! Scopes and runs: where a path's first name leads.

use kite_check::SubstanceValue;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{Binding, BindingKind};
use std::fmt;

/// A scope that holds fields.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Scope {
    /// A Substance object (or literal), by its identity: `A`, `{n3}`.
    Object(String),
    /// A namespace block, by name.
    Namespace(String),
    /// The private scope of one run of a selector or collector block.
    Local { block: usize, run: usize },
}

/// A [`Scope`] by borrowed name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeRef<'a> {
    Object(&'a str),
    Namespace(&'a str),
    Local { block: usize, run: usize },
}

impl Scope {
    pub fn as_ref(&self) -> ScopeRef<'_> {
        match self {
            Scope::Object(name) => ScopeRef::Object(name),
            Scope::Namespace(name) => ScopeRef::Namespace(name),
            Scope::Local { block, run } => ScopeRef::Local {
                block: *block,
                run: *run,
            },
        }
    }
}

impl fmt::Display for ScopeRef<'_> {
    /// The canonical form: `` `A` ``, `canvas`, `3:0`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScopeRef::Object(name) => write!(f, "`{name}`"),
            ScopeRef::Namespace(name) => f.write_str(name),
            ScopeRef::Local { block, run } => write!(f, "{block}:{run}"),
        }
    }
}

impl fmt::Display for Scope {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().fmt(f)
    }
}

/// What a block variable stands for in one run.
#[derive(Clone, Debug, PartialEq)]
pub enum Bound {
    Value(SubstanceValue),
    /// A collector's `into` variable: the collected values.
    Collection(Vec<SubstanceValue>),
}

/// One run of a block: which block, which match, and its variables.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// The Style file the block is in.
    pub file: FileId,
    /// The block's index among the blocks of all the trio's Styles.
    pub block: usize,
    /// The match's index among the block's matches (0 for a namespace).
    pub run: usize,
    /// Variable keys (`x`, or `` `A` `` for backticks) and what they stand
    /// for.
    pub bindings: Vec<(String, Bound)>,
    /// The scope unbound names fall into: the run's local scope, or the
    /// namespace a namespace block declares.
    pub own_scope: Scope,
}

impl Run {
    /// What the variable `binding` (a path's first name) stands for in
    /// this run, if the block binds it.
    pub fn bound(&self, binding: &Binding) -> Option<&Bound> {
        let name = binding.name.name.as_str();
        self.bindings
            .iter()
            .find(|(key, _)| match binding.kind {
                BindingKind::Style => key == name,
                // Keys of backtick variables are written `` `A` ``.
                BindingKind::Substance => key
                    .strip_prefix('`')
                    .and_then(|key| key.strip_suffix('`'))
                    .is_some_and(|key| key == name),
            })
            .map(|(_, bound)| bound)
    }
}

/// Splits the names a path leads to in its scope into a field and an
/// optional shape property; more names than that is a malformed path,
/// reported to `diagnostics`.
pub fn field_and_property<'n>(
    names: &[&'n str],
    file: FileId,
    span: Span,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<(&'n str, Option<&'n str>)> {
    match names {
        [field] => Some((field, None)),
        [field, property] => Some((field, Some(property))),
        _ => {
            diagnostics.push(
                Diagnostic::error(
                    Code::MalformedPath,
                    file,
                    span,
                    format!(
                        "a path can name a field and a property, not {} names",
                        names.len()
                    ),
                )
                .with_label("too many names"),
            );
            None
        }
    }
}
