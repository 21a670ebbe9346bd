//! Collector headers: substitutions grouped by their `foreach` variables.

use crate::Substitution;
use crate::join::{TooManyMatches, match_patterns};
use crate::relation::{identity, key};
use kite_check::{DomainEnv, SubstanceEnv, SubstanceValue};
use kite_syntax::ast::{Collector, DeclPattern};

/// One run of a collector block: the collected values and the `foreach`
/// bindings they share.
#[derive(Clone, Debug, PartialEq)]
pub struct CollectedGroup {
    /// The `into` name bound to the collected values, in match order (with
    /// repeats if several substitutions gave the same value).
    pub collection: (String, Vec<SubstanceValue>),
    pub foreach: Vec<(String, SubstanceValue)>,
}

/// The groups of a collector block, in first-seen order: none if nothing
/// matched, one without `foreach`; or the estimate when the substitutions
/// would exceed `max_matches`.
pub fn match_collector(
    collector: &Collector,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
    max_matches: u64,
) -> Result<Vec<CollectedGroup>, TooManyMatches> {
    let patterns: Vec<&DeclPattern> = collector
        .with
        .iter()
        .chain(std::iter::once(&collector.head))
        .chain(&collector.foreach)
        .collect();
    let substitutions: Vec<Substitution> = match_patterns(
        &patterns,
        &collector.where_,
        collector.repeatable,
        domain,
        substance,
        max_matches,
    )?;
    let collected = key(&collector.head.binding);
    let foreach_keys: Vec<String> = collector.foreach.iter().map(|p| key(&p.binding)).collect();
    let mut groups: Vec<(Vec<String>, CollectedGroup)> = Vec::new();
    for substitution in &substitutions {
        let foreach: Vec<(String, SubstanceValue)> = foreach_keys
            .iter()
            .filter_map(|key| Some((key.clone(), substitution.get(key)?.clone())))
            .collect();
        let bucket: Vec<String> = foreach.iter().map(|(_, value)| identity(value)).collect();
        let Some(value) = substitution.get(&collected).cloned() else {
            continue;
        };
        match groups.iter_mut().find(|(known, _)| *known == bucket) {
            Some((_, group)) => group.collection.1.push(value),
            None => groups.push((
                bucket,
                CollectedGroup {
                    collection: (collector.into.name.name.clone(), vec![value]),
                    foreach,
                },
            )),
        }
    }
    Ok(groups.into_iter().map(|(_, group)| group).collect())
}
