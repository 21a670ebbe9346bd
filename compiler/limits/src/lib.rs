//! The limits on what one program may ask of the compiler: each with a
//! name, a default, the code of the diagnostic that reports it, and the
//! phase that checks it before doing the work.
//!
//! A language server and a batch renderer live with whatever users and
//! agents type; a limit turns a program that would exhaust the machine
//! into a diagnostic at the span that causes it. The defaults sit far
//! above every program of the Penrose registry, and every shell can raise
//! them (`kite render --limit shapes=500000`, the language server's
//! `limits` setting, `kite batch --limit …`).

use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use serde::{Deserialize, Serialize};
use std::fmt;

/// One limit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Limit {
    /// The size of one source file, in bytes.
    FileBytes,
    /// The length of one source line, in bytes.
    LineBytes,
    /// The statements one indexed Substance statement expands to.
    IndexedStatements,
    /// The matches of one Style block, estimated before matching.
    BlockMatches,
    /// The shapes of one diagram.
    Shapes,
    /// The `ensure` and `encourage` terms of one diagram.
    Terms,
    /// The optimisation inputs of one diagram.
    Inputs,
    /// The expression-graph nodes of one diagram.
    GraphNodes,
}

impl Limit {
    /// Every limit, in the order the phases check them.
    pub const ALL: [Limit; 8] = [
        Limit::FileBytes,
        Limit::LineBytes,
        Limit::IndexedStatements,
        Limit::BlockMatches,
        Limit::Shapes,
        Limit::Terms,
        Limit::Inputs,
        Limit::GraphNodes,
    ];

    /// The limit's name, as `--limit NAME=VALUE` takes it.
    pub const fn name(self) -> &'static str {
        match self {
            Limit::FileBytes => "file-bytes",
            Limit::LineBytes => "line-bytes",
            Limit::IndexedStatements => "indexed-statements",
            Limit::BlockMatches => "block-matches",
            Limit::Shapes => "shapes",
            Limit::Terms => "terms",
            Limit::Inputs => "inputs",
            Limit::GraphNodes => "graph-nodes",
        }
    }

    /// The default value.
    pub const fn default_value(self) -> u64 {
        match self {
            Limit::FileBytes => 16 * 1024 * 1024,
            Limit::LineBytes => 100_000,
            Limit::IndexedStatements => 100_000,
            Limit::BlockMatches => 1_000_000,
            Limit::Shapes => 200_000,
            Limit::Terms => 1_000_000,
            Limit::Inputs => 2_000_000,
            Limit::GraphNodes => 40_000_000,
        }
    }

    /// The code of the diagnostic reporting that a program exceeds it.
    pub const fn code(self) -> Code {
        match self {
            Limit::FileBytes => Code::FileTooLarge,
            Limit::LineBytes => Code::LineTooLong,
            Limit::IndexedStatements => Code::IndexSetTooLarge,
            Limit::BlockMatches => Code::TooManyMatches,
            Limit::Shapes => Code::TooManyShapes,
            Limit::Terms => Code::TooManyTerms,
            Limit::Inputs => Code::TooManyInputs,
            Limit::GraphNodes => Code::TooManyGraphNodes,
        }
    }

    /// What the limit bounds, for `--help` and documentation.
    pub const fn describe(self) -> &'static str {
        match self {
            Limit::FileBytes => "bytes in one source file",
            Limit::LineBytes => "bytes in one source line",
            Limit::IndexedStatements => "statements one indexed Substance statement expands to",
            Limit::BlockMatches => "matches of one Style block (estimated before matching)",
            Limit::Shapes => "shapes in one diagram",
            Limit::Terms => "`ensure` and `encourage` terms in one diagram",
            Limit::Inputs => "optimisation inputs (`?` and sampled defaults) in one diagram",
            Limit::GraphNodes => {
                "expression-graph nodes in one diagram (checked as it is evaluated)"
            }
        }
    }

    /// The diagnostic for a program that exceeds this limit at `span`:
    /// `what` says what the program asks for, in a sentence that the
    /// limit's value completes.
    pub fn exceeded(
        self,
        limits: &Limits,
        file: FileId,
        span: Span,
        what: impl fmt::Display,
        label: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic::error(
            self.code(),
            file,
            span,
            format!(
                "{what}; the limit is {} (`{}`)",
                thousands(limits.get(self)),
                self.name()
            ),
        )
        .with_label(label)
        .with_hint(format!(
            "raise it with `--limit {}=N` (the language server's `limits` setting)",
            self.name()
        ))
    }
}

impl fmt::Display for Limit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Limit {
    type Err = String;

    fn from_str(name: &str) -> Result<Limit, String> {
        Limit::ALL
            .into_iter()
            .find(|limit| limit.name() == name)
            .ok_or_else(|| {
                let known: Vec<&str> = Limit::ALL.iter().map(|limit| limit.name()).collect();
                format!(
                    "no limit is called `{name}`; the limits are {}",
                    known.join(", ")
                )
            })
    }
}

/// A value for every limit.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "std::collections::BTreeMap<String, u64>")]
#[serde(into = "std::collections::BTreeMap<String, u64>")]
pub struct Limits {
    values: [u64; Limit::ALL.len()],
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            values: Limit::ALL.map(Limit::default_value),
        }
    }
}

impl Limits {
    /// The value of `limit`.
    pub fn get(&self, limit: Limit) -> u64 {
        self.values[limit as usize]
    }

    /// The value of `limit` as a count of things held in memory.
    pub fn count(&self, limit: Limit) -> usize {
        usize::try_from(self.get(limit)).unwrap_or(usize::MAX)
    }

    /// Sets `limit` to `value`.
    pub fn set(&mut self, limit: Limit, value: u64) {
        self.values[limit as usize] = value;
    }

    /// Applies `NAME=VALUE` (as `--limit` takes it): the value is a whole
    /// number, with `_` allowed between digits.
    pub fn apply(&mut self, assignment: &str) -> Result<(), String> {
        let (name, value) = assignment.split_once('=').ok_or_else(|| {
            format!("expected NAME=VALUE, as in `shapes=500000`, not `{assignment}`")
        })?;
        let limit: Limit = name.trim().parse()?;
        let value = value.trim().replace('_', "");
        let value = value
            .parse::<u64>()
            .map_err(|_| format!("the value of `{limit}` must be a whole number, not `{value}`"))?;
        self.set(limit, value);
        Ok(())
    }
}

impl TryFrom<std::collections::BTreeMap<String, u64>> for Limits {
    type Error = String;

    /// Limits from a map of names to values; absent limits keep their
    /// defaults.
    fn try_from(map: std::collections::BTreeMap<String, u64>) -> Result<Limits, String> {
        let mut limits = Limits::default();
        for (name, value) in map {
            limits.set(name.parse()?, value);
        }
        Ok(limits)
    }
}

impl From<Limits> for std::collections::BTreeMap<String, u64> {
    fn from(limits: Limits) -> Self {
        Limit::ALL
            .into_iter()
            .map(|limit| (limit.name().to_string(), limits.get(limit)))
            .collect()
    }
}

/// `n` with thousands separators: `8,100,000,000`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (position, digit) in digits.chars().enumerate() {
        if position > 0 && (digits.len() - position).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_parse_back_and_codes_are_distinct() {
        for limit in Limit::ALL {
            assert_eq!(limit.name().parse::<Limit>(), Ok(limit));
            assert_eq!(Limit::ALL[limit as usize], limit);
        }
        let mut codes: Vec<Code> = Limit::ALL.map(Limit::code).to_vec();
        codes.dedup();
        assert_eq!(codes.len(), Limit::ALL.len());
    }

    #[test]
    fn assignments_set_one_limit() {
        let mut limits = Limits::default();
        limits.apply("shapes=500_000").unwrap();
        assert_eq!(limits.get(Limit::Shapes), 500_000);
        assert_eq!(limits.get(Limit::Terms), Limit::Terms.default_value());
        assert!(limits.apply("shapes").unwrap_err().contains("NAME=VALUE"));
        assert!(
            limits
                .apply("shape=3")
                .unwrap_err()
                .contains("block-matches")
        );
        assert!(
            limits
                .apply("shapes=-3")
                .unwrap_err()
                .contains("whole number")
        );
    }

    #[test]
    fn limits_read_from_json_with_defaults_for_the_rest() {
        let limits: Limits = serde_json::from_str(r#"{"block-matches": 10}"#).unwrap();
        assert_eq!(limits.get(Limit::BlockMatches), 10);
        assert_eq!(limits.get(Limit::Shapes), 200_000);
        assert!(serde_json::from_str::<Limits>(r#"{"nope": 1}"#).is_err());
    }

    #[test]
    fn thousands_are_separated() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(8_100_000_000), "8,100,000,000");
    }
}
