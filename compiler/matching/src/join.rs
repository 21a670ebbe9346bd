//! Joining the candidates of a header's relations and free variables into
//! substitutions, in Penrose's order, with its de-duplication.

use crate::Substitution;
use crate::relation::{Candidate, Partial, Scope, identity, key, merge, relation_keys};
use kite_check::{DomainEnv, SubstanceEnv, Ty};
use kite_syntax::ast::{DeclPattern, Relation, Selector};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// The substitutions of a selector block, in order, or the estimate
/// when it exceeds `max_matches`.
pub fn match_selector(
    selector: &Selector,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
    max_matches: u64,
) -> Result<Vec<Substitution>, TooManyMatches> {
    let patterns: Vec<&DeclPattern> = selector.head.iter().chain(&selector.with).collect();
    match_patterns(
        &patterns,
        &selector.where_,
        selector.repeatable,
        domain,
        substance,
        max_matches,
    )
}

/// A block refused before matching: the join could make up to `estimate`
/// substitutions (the product of each candidate list's size, or of its
/// largest bucket when it is joined on variables bound before it).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TooManyMatches {
    /// Saturates at `u64::MAX`.
    pub estimate: u64,
}

/// The substitutions of pattern variables `patterns` under `relations`,
/// or the estimate when it exceeds `max_matches`.
pub fn match_patterns(
    patterns: &[&DeclPattern],
    relations: &[Relation],
    repeatable: bool,
    domain: &DomainEnv,
    substance: &SubstanceEnv,
    max_matches: u64,
) -> Result<Vec<Substitution>, TooManyMatches> {
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
        return Ok(Vec::new());
    }

    let levels = levels(&lists);
    let estimate = estimate(&levels);
    if estimate > max_matches {
        return Err(TooManyMatches { estimate });
    }
    let mut joined = Vec::new();
    extend(&levels, Vec::new(), Vec::new(), &mut joined);

    let order: Vec<&str> = types.iter().map(|(key, _)| key.as_str()).collect();
    let mut seen = HashSet::default();
    Ok(joined
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
        .collect())
}

/// One candidate list prepared for the join: the keys it shares with the
/// lists before it, and its candidates indexed by their values for those
/// keys (each bucket in list order).
struct Level<'c> {
    candidates: &'c [Candidate],
    join_keys: Vec<String>,
    index: HashMap<Vec<String>, Vec<usize>>,
    /// Every position, for a prefix that lacks a join key.
    all: Vec<usize>,
}

impl<'c> Level<'c> {
    fn new(candidates: &'c [Candidate], bound_before: &HashSet<String>) -> Level<'c> {
        // The candidates of one relation or variable all bind the same
        // keys; if some did not, the level is scanned instead of indexed.
        let mut join_keys: Vec<String> = candidates
            .first()
            .map(|first| {
                first
                    .partial
                    .iter()
                    .map(|(key, _)| key.clone())
                    .filter(|key| bound_before.contains(key))
                    .collect()
            })
            .unwrap_or_default();
        let keyed: Option<Vec<Vec<String>>> = candidates
            .iter()
            .map(|candidate| lookup_values(&candidate.partial, &join_keys))
            .collect();
        let keyed = keyed.unwrap_or_else(|| {
            join_keys.clear();
            vec![Vec::new(); candidates.len()]
        });
        let mut index: HashMap<Vec<String>, Vec<usize>> = HashMap::default();
        for (position, values) in keyed.into_iter().enumerate() {
            index.entry(values).or_default().push(position);
        }
        Level {
            candidates,
            join_keys,
            index,
            all: (0..candidates.len()).collect(),
        }
    }

    /// The most candidates one prefix can meet here.
    fn widest(&self) -> usize {
        if self.join_keys.is_empty() {
            self.candidates.len()
        } else {
            self.index.values().map(Vec::len).max().unwrap_or(0)
        }
    }

    /// The candidates that may agree with `partial`, in list order.
    fn compatible(&self, partial: &Partial) -> &[usize] {
        match lookup_values(partial, &self.join_keys) {
            Some(key) => self.index.get(&key).map_or(&[], Vec::as_slice),
            None => &self.all,
        }
    }
}

/// The identities bound to `keys` in `partial`, or `None` if one is unbound.
fn lookup_values(partial: &Partial, keys: &[String]) -> Option<Vec<String>> {
    keys.iter()
        .map(|key| {
            partial
                .iter()
                .find(|(known, _)| known == key)
                .map(|(_, value)| identity(value))
        })
        .collect()
}

/// The candidate lists prepared for the join, first list outermost. Each
/// list is indexed on the variables it shares with earlier lists, so a
/// prefix meets only the candidates that agree with it: a join, not an
/// enumeration of the whole product.
fn levels(lists: &[Vec<Candidate>]) -> Vec<Level<'_>> {
    let mut bound = HashSet::default();
    lists
        .iter()
        .map(|candidates| {
            let level = Level::new(candidates, &bound);
            for candidate in candidates {
                bound.extend(candidate.partial.iter().map(|(key, _)| key.clone()));
            }
            level
        })
        .collect()
}

/// An upper bound on the combinations the join visits and keeps: the
/// product of what each level can offer one prefix.
fn estimate(levels: &[Level]) -> u64 {
    levels.iter().fold(1u64, |product, level| {
        product.saturating_mul(level.widest() as u64)
    })
}

/// Extends `partial` by every consistent combination of the levels' candidates,
/// in order.
fn extend(
    levels: &[Level],
    partial: Partial,
    facts: Vec<usize>,
    out: &mut Vec<(Partial, Vec<usize>)>,
) {
    let Some((level, rest)) = levels.split_first() else {
        out.push((partial, facts));
        return;
    };
    for &position in level.compatible(&partial) {
        let candidate = &level.candidates[position];
        if let Some(merged) = merge(&partial, &candidate.partial) {
            let mut facts = facts.clone();
            facts.extend(&candidate.facts);
            extend(rest, merged, facts, out);
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
