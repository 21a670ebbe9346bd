//! The registry of stable diagnostic codes.
//!
//! A code never changes meaning once released: agents key on it. Each code has
//! a kebab-case name and an explanation that `kite explain` prints.

use serde::{Serialize, Serializer};

macro_rules! define_codes {
    ($( $(#[$attr:meta])* $variant:ident = $code:literal, $name:literal, $penrose:literal, $explanation:literal; )*) => {
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

            /// The Penrose error kinds this code corresponds to (`/`-separated),
            /// or `""` for checks Penrose does not make.
            pub const fn penrose(self) -> &'static str {
                match self { $(Code::$variant => $penrose,)* }
            }

            /// What the code means, what usually causes it, and how to fix it.
            pub const fn explanation(self) -> &'static str {
                match self { $(Code::$variant => $explanation,)* }
            }
        }
    };
}

mod registry;

pub use registry::Code;

/// The part of kite that reports a code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Phase {
    Syntax,
    Domain,
    Substance,
    /// Static checks of a Style program against the Domain.
    Style,
    /// Selector matching and Style block evaluation.
    Elaboration,
    /// Optimisation.
    Layout,
    /// Drawing the laid-out diagram.
    Render,
    /// A failure of kite itself, not of the program.
    Internal,
}

impl Phase {
    /// The phase as named in `kite explain`.
    pub const fn describe(self) -> &'static str {
        match self {
            Phase::Syntax => "parsing",
            Phase::Domain => "Domain checking",
            Phase::Substance => "Substance checking",
            Phase::Style => "Style checking",
            Phase::Elaboration => "Style elaboration",
            Phase::Layout => "layout",
            Phase::Render => "rendering",
            Phase::Internal => "kite itself",
        }
    }
}

impl Code {
    /// What `kite explain` prints for the code: its name, the phase that
    /// reports it, the explanation, and Penrose's name for it.
    pub fn explain(self) -> String {
        let mut text = format!(
            "{} {} (reported by {})\n\n{}\n",
            self.as_str(),
            self.name(),
            self.phase().describe(),
            self.explanation()
        );
        if !self.penrose().is_empty() {
            text.push_str(&format!("\nPenrose reports this as {}.\n", self.penrose()));
        }
        text
    }
}

impl Code {
    /// Which phase reports this code: the hundreds digit of the number.
    pub fn phase(self) -> Phase {
        match self.as_str().as_bytes()[2] {
            b'0' => Phase::Syntax,
            b'1' => Phase::Domain,
            b'2' => Phase::Substance,
            b'3' => Phase::Style,
            b'4' => Phase::Elaboration,
            b'5' => Phase::Layout,
            b'6' => Phase::Render,
            _ => Phase::Internal,
        }
    }
}

impl Code {
    /// Whether the code points at source that has no effect (a block that
    /// can never apply, a `delete` of nothing): editors draw it faded.
    pub fn marks_unused_code(self) -> bool {
        matches!(self, Code::UnmatchedSubstanceName | Code::NoopDelete)
    }
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
    fn every_code_is_explained_and_numbered_by_severity() {
        for code in Code::ALL {
            assert!(code.explanation().len() > 40, "{code} needs an explanation");
            let prefix = code.as_str().as_bytes()[0];
            assert!(prefix == b'E' || prefix == b'W', "{code}");
        }
    }

    #[test]
    fn codes_parse_from_code_or_name() {
        assert_eq!("e0010".parse(), Ok(Code::UnexpectedToken));
        assert_eq!("unexpected-token".parse(), Ok(Code::UnexpectedToken));
        assert_eq!("nonsense".parse::<Code>(), Err(()));
    }
}
