//! What pass 1 produces: the fields of every scope, and the runs their
//! expressions belong to.

use crate::scope::{Run, Scope, ScopeRef};
use indexmap::{Equivalent, IndexMap};
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{Expr, Ident};
use rustc_hash::FxBuildHasher;
use std::fmt;
use std::hash::{Hash, Hasher};

/// A field: a name in a scope.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldKey {
    pub scope: Scope,
    pub field: String,
}

impl Hash for FieldKey {
    /// Hashes like [`FieldRef`], so that maps keyed by fields can be
    /// searched without building a key.
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.as_ref().hash(state);
    }
}

impl FieldKey {
    pub fn as_ref(&self) -> FieldRef<'_> {
        FieldRef {
            scope: self.scope.as_ref(),
            field: &self.field,
        }
    }
}

/// A field named by borrowed parts, for lookups.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FieldRef<'a> {
    pub scope: ScopeRef<'a>,
    pub field: &'a str,
}

impl Equivalent<FieldKey> for FieldRef<'_> {
    fn equivalent(&self, key: &FieldKey) -> bool {
        *self == key.as_ref()
    }
}

impl fmt::Display for FieldKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.as_ref().fmt(f)
    }
}

impl fmt::Display for FieldRef<'_> {
    /// The canonical path: `` `A`.icon ``, `canvas.width`, `3:0.$ANON_2`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.scope, self.field)
    }
}

/// `text` as inline code in a message: `` `A`.icon `` when it contains
/// backticks itself, `canvas.width` otherwise.
pub fn quoted(text: &dyn fmt::Display) -> String {
    let text = text.to_string();
    if text.contains('`') {
        format!("`` {text} ``")
    } else {
        format!("`{text}`")
    }
}

/// The error for naming `property` of a field that holds no shape.
pub fn not_a_shape(
    file: FileId,
    span: Span,
    field: &dyn fmt::Display,
    property: &str,
) -> Diagnostic {
    Diagnostic::error(
        Code::NotAShape,
        file,
        span,
        format!(
            "{} is not a shape, so it has no property `{property}`",
            quoted(field)
        ),
    )
    .with_label("not a shape")
}

/// An expression as a statement assigned it, in the run it belongs to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Assigned<'p> {
    pub expr: &'p Expr,
    /// Index into [`Translation::runs`].
    pub run: usize,
    /// The assigning statement, or the property line of a shape literal.
    pub statement: Span,
}

/// The value of a field.
#[derive(Clone, Debug, PartialEq)]
pub enum Field<'p> {
    /// An expression, evaluated later.
    Value(Assigned<'p>),
    /// A shape, with the properties the Style sets explicitly.
    Shape(ShapeField<'p>),
    /// A Substance object's label.
    Label(String),
    /// `match_id` or `match_total`.
    Count(usize),
}

impl Field<'_> {
    /// The statement that assigned the field, if a statement did.
    pub fn statement(&self) -> Option<Span> {
        match self {
            Field::Value(assigned) => Some(assigned.statement),
            Field::Shape(shape) => Some(shape.statement),
            Field::Label(_) | Field::Count(_) => None,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct ShapeField<'p> {
    /// The shape type as written (an unknown type was reported by the
    /// checker).
    pub shape: &'p Ident,
    pub properties: IndexMap<String, Assigned<'p>, FxBuildHasher>,
    pub run: usize,
    pub statement: Span,
}

/// Every field of the diagram after pass 1.
#[derive(Debug, Default)]
pub struct Translation<'p> {
    pub fields: IndexMap<FieldKey, Field<'p>, FxBuildHasher>,
    pub runs: Vec<Run>,
    /// Each namespace and where it is declared.
    pub namespaces: IndexMap<String, Namespace>,
}

/// Where a namespace block is.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Namespace {
    /// The block's index among the blocks of all the trio's Styles.
    pub block: usize,
    pub file: FileId,
    /// The namespace's name in the header.
    pub span: Span,
}
