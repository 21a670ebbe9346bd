//! Joining the candidates of a header's relations and free variables into
//! substitutions, in Penrose's order, with its de-duplication.

use crate::Substitution;
use crate::relation::{Candidate, Partial, Scope, identity, key, merge, relation_keys};
use kite_check::{DomainEnv, SubstanceEnv, Ty};
use kite_syntax::ast::{DeclPattern, Relation, Selector};
use std::collections::HashSet;

/// The substitutions of a selector block, in order.
pub fn match_selector(
    selector: &Selector,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
) -> Vec<Substitution> {
    let patterns: Vec<&DeclPattern> = selector.head.iter().chain(&selector.with).collect();
    match_patterns(
        &patterns,
        &selector.where_,
        selector.repeatable,
        domain,
        substance,
    )
}

/// The substitutions of pattern variables `patterns` under `relations`.
pub fn match_patterns(
    patterns: &[&DeclPattern],
    relations: &[Relation],
    repeatable: bool,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
) -> Vec<Substitution> {
    let types: Vec<(String, Ty)> = patterns
        .iter()
        .map(|pattern| {
            let ty = if domain.has_type(&pattern.ty.name) {
                Ty::named(&pattern.ty.name)
            } else {
                Ty::Unknown
            };
            (key(&pattern.binding), ty)
        })
        .collect();
    let scope = Scope {
        domain,
        substance,
        types: &types,
    };
    let mentioned: HashSet<String> = relations.iter().flat_map(relation_keys).collect();
    let mut lists: Vec<Vec<Candidate>> = relations.iter().map(|r| scope.relation(r)).collect();
    for (pattern, (key, ty)) in patterns.iter().zip(&types) {
        if !mentioned.contains(key) {
            lists.push(scope.free_variable(&pattern.binding, ty));
        }
    }
    if lists.iter().any(Vec::is_empty) {
        return Vec::new();
    }

    let mut joined = Vec::new();
    join(&lists, Vec::new(), Vec::new(), &mut joined);

    let order: Vec<&str> = types.iter().map(|(key, _)| key.as_str()).collect();
    let mut seen = HashSet::new();
    joined
        .into_iter()
        .filter_map(|(partial, mut facts)| {
            facts.sort_unstable();
            facts.dedup();
            let mut targets: Vec<String> =
                partial.iter().map(|(_, value)| identity(value)).collect();
            targets.sort_unstable();
            targets.dedup();
            if !repeatable && targets.len() < partial.len() {
                return None;
            }
            seen.insert((facts.clone(), targets)).then(|| Substitution {
                bindings: ordered(partial, &order),
                matched_facts: facts,
            })
        })
        .collect()
}

/// The product of the candidate lists, first list outermost, keeping only
/// consistent combinations; inconsistent prefixes are not extended.
fn join(
    lists: &[Vec<Candidate>],
    partial: Partial,
    facts: Vec<usize>,
    out: &mut Vec<(Partial, Vec<usize>)>,
) {
    let Some((first, rest)) = lists.split_first() else {
        out.push((partial, facts));
        return;
    };
    for candidate in first {
        if let Some(merged) = merge(&partial, &candidate.partial) {
            let mut facts = facts.clone();
            facts.extend(&candidate.facts);
            join(rest, merged, facts, out);
        }
    }
}

/// Declared variables first, in declaration order, then the others
/// (implicit literal variables and aliases) as they were bound.
fn ordered(mut partial: Partial, order: &[&str]) -> Partial {
    partial.sort_by_key(|(key, _)| {
        order
            .iter()
            .position(|known| known == key)
            .unwrap_or(order.len())
    });
    partial
}
