//! Types as the checker sees them, with an error placeholder.

use std::fmt;

/// The type of a Substance object, a parameter or a selector variable.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Ty {
    /// A type declared in the Domain, or a built-in literal type.
    Named(String),
    /// Stands in for a type that could not be determined because of an
    /// earlier error. It is compatible with everything, so the error is not
    /// reported again downstream.
    Unknown,
}

impl Ty {
    pub fn named(name: &str) -> Ty {
        Ty::Named(name.to_string())
    }

    pub fn name(&self) -> Option<&str> {
        match self {
            Ty::Named(name) => Some(name),
            Ty::Unknown => None,
        }
    }
}

impl fmt::Display for Ty {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Ty::Named(name) => f.write_str(name),
            Ty::Unknown => f.write_str("{unknown}"),
        }
    }
}

/// The built-in type of number literals.
pub const NUMBER: &str = "Number";
/// The built-in type of string literals.
pub const STRING: &str = "String";

/// Whether `name` is one of the built-in literal types.
pub fn is_literal(name: &str) -> bool {
    name == NUMBER || name == STRING
}
