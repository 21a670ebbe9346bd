//! The registry of stable diagnostic codes.
//!
//! A code never changes meaning once released: agents key on it. Each code has
//! a kebab-case name and an explanation that `kite explain` prints.

use serde::{Serialize, Serializer};

macro_rules! define_codes {
    ($( $(#[$attr:meta])* $variant:ident = $code:literal, $name:literal, $explanation:literal; )*) => {
        /// A stable diagnostic code.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Code {
            $( $(#[$attr])* $variant, )*
        }

        impl Code {
            /// Every code, in registry order.
            pub const ALL: &'static [Code] = &[$(Code::$variant),*];

            /// The code as printed, e.g. `E0010`.
            pub const fn as_str(self) -> &'static str {
                match self { $(Code::$variant => $code,)* }
            }

            /// The kebab-case name, e.g. `unexpected-token`.
            pub const fn name(self) -> &'static str {
                match self { $(Code::$variant => $name,)* }
            }

            /// What the code means, what usually causes it, and how to fix it.
            pub const fn explanation(self) -> &'static str {
                match self { $(Code::$variant => $explanation,)* }
            }
        }
    };
}

define_codes! {
    /// A character that starts no token.
    InvalidCharacter = "E0001", "invalid-character",
        "A character appears that no token of the language starts with, such as `@`, a lone `&` or `|`, \
         or a `#` not followed by hexadecimal digits. Remove it, or put it inside a string literal.";
    /// A `"` with no closing quote on the same line.
    UnterminatedString = "E0002", "unterminated-string",
        "A string literal opened with `\"` is not closed on the same line. Strings cannot span lines and \
         have no escapes: a `\\\"` ends the string. Add the closing quote.";
    /// A `/*` that is never closed.
    UnterminatedComment = "E0003", "unterminated-comment",
        "A block comment opened with `/*` is never closed with `*/`, so the rest of the file would be a \
         comment. Add `*/` where the comment should end.";
    /// A Substance `$` TeX label with no closing `$` on the line.
    UnterminatedTex = "E0004", "unterminated-tex",
        "A TeX label opened with `$` is not closed with `$` on the same line. TeX labels are written \
         `Label x $\\alpha_1$` and cannot span lines or contain `$`.";
    /// Brackets nested too deeply.
    NestingTooDeep = "E0005", "nesting-too-deep",
        "Parentheses, brackets and braces nest more than 256 levels deep. No real diagram program \
         needs that; the limit keeps pathological input from exhausting the parser. Name \
         intermediate values instead of nesting them.";
    /// The parser met a token it cannot use at this point.
    UnexpectedToken = "E0010", "unexpected-token",
        "The parser met a token that cannot appear at this point. The message lists what was expected. \
         The three languages are line oriented: one statement per line, and an expression, argument \
         list or selector list cannot continue on the next line. Note that a sign directly before a \
         digit makes a signed number, so `2-1` is two numbers: write `2 - 1`.";
    /// The file ended in the middle of a construct.
    UnexpectedEndOfInput = "E0011", "unexpected-end-of-input",
        "The file ended in the middle of a construct, most often a Style block whose closing `}` is \
         missing. Close the construct.";
    /// A Domain constructor parameter without a name.
    UnnamedConstructorParameter = "E0012", "unnamed-constructor-parameter",
        "Every parameter of a Domain `constructor` needs a name, as in `constructor MkPair(Real a, Real b)`, \
         because Style refers to a constructed object's arguments by those names. Functions and \
         predicates may leave parameters unnamed.";
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl std::str::FromStr for Code {
    type Err = ();

    /// Accepts a code (`E0010`, case-insensitive) or a name (`unexpected-token`).
    fn from_str(text: &str) -> Result<Self, ()> {
        Code::ALL
            .iter()
            .copied()
            .find(|code| code.as_str().eq_ignore_ascii_case(text) || code.name() == text)
            .ok_or(())
    }
}

impl Serialize for Code {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn codes_and_names_are_unique() {
        let codes: HashSet<_> = Code::ALL.iter().map(|code| code.as_str()).collect();
        let names: HashSet<_> = Code::ALL.iter().map(|code| code.name()).collect();
        assert_eq!(codes.len(), Code::ALL.len());
        assert_eq!(names.len(), Code::ALL.len());
    }

    #[test]
    fn codes_parse_from_code_or_name() {
        assert_eq!("e0010".parse(), Ok(Code::UnexpectedToken));
        assert_eq!("unexpected-token".parse(), Ok(Code::UnexpectedToken));
        assert_eq!("nonsense".parse::<Code>(), Err(()));
    }
}
