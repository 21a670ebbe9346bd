//! Style selector matching: for each Style block, the substitutions of
//! Substance objects for its pattern variables, in Penrose's order.
//!
//! Each relation of a header is matched against the Substance facts it can
//! match (predicates by name, bindings by callee, labels by object), each
//! free pattern variable against the objects (or literals) of its type,
//! and the candidates are joined in Penrose's product order — relations
//! first, then free variables — by backtracking, so that inconsistent
//! partial substitutions are cut off at once instead of enumerating the
//! whole product. Then duplicates (same matched facts, same set of objects)
//! and, unless the selector is `repeatable`, substitutions that use one
//! object twice are dropped.
//!
//! The crate is pure: it reads the checked Domain and Substance and the
//! Style syntax tree.

mod collect;
mod join;
mod relation;

pub use collect::{CollectedGroup, match_collector};
pub use join::{TooManyMatches, match_selector};
pub use relation::identity;

use kite_check::{DomainEnv, SubstanceEnv, SubstanceValue};
use kite_syntax::ast::Header;

/// How one Style block applies.
#[derive(Clone, Debug, PartialEq)]
pub enum BlockMatches {
    /// A selector block runs once per substitution, in order.
    Selector(Vec<Substitution>),
    /// A collector block runs once per group, in order.
    Collector(Vec<CollectedGroup>),
    /// A namespace block runs once.
    Namespace,
    /// A block refused by the `block-matches` limit runs nowhere: the
    /// join could have made up to `estimate` substitutions.
    Refused { estimate: u64 },
}

impl BlockMatches {
    /// How many times the block runs.
    pub fn runs(&self) -> usize {
        match self {
            BlockMatches::Selector(substitutions) => substitutions.len(),
            BlockMatches::Collector(groups) => groups.len(),
            BlockMatches::Namespace => 1,
            BlockMatches::Refused { .. } => 0,
        }
    }
}

/// Matches a block header against a checked Domain and Substance, or
/// refuses, before joining, a block whose estimated matches exceed
/// `max_matches`.
pub fn match_block(
    header: &Header,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
    max_matches: u64,
) -> Result<BlockMatches, TooManyMatches> {
    Ok(match header {
        Header::Selector(selector) => {
            BlockMatches::Selector(match_selector(selector, domain, substance, max_matches)?)
        }
        Header::Collector(collector) => {
            BlockMatches::Collector(match_collector(collector, domain, substance, max_matches)?)
        }
        Header::Namespace(_) => BlockMatches::Namespace,
    })
}

/// One way a block applies: each pattern variable (and predicate alias)
/// bound to a Substance object or literal.
#[derive(Clone, Debug, PartialEq)]
pub struct Substitution {
    /// Bindings in the order the header declares its variables (aliases
    /// after them).
    pub bindings: Vec<(String, SubstanceValue)>,
    /// The indices (into `SubstanceEnv::facts`) of the facts the relations
    /// matched, ascending.
    pub matched_facts: Vec<usize>,
}

impl Substitution {
    pub fn get(&self, variable: &str) -> Option<&SubstanceValue> {
        self.bindings
            .iter()
            .find(|(name, _)| name == variable)
            .map(|(_, value)| value)
    }
}
