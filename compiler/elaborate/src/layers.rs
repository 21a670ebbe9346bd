//! Groups and layering: which shapes each Group holds, and whether the
//! `above`/`below` statements can all hold at once (§5.9). Shapes named
//! by paths are known before evaluation; members given any other way are
//! left out, so no warning rests on a guess.

use crate::dependencies::{DependencyGraph, Node};
use crate::fields::{Assigned, Field, Translation, quoted};
use indexmap::IndexMap;
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_library::{Property, ShapeKind};
use kite_syntax::ast::{Expr, ExprKind, LayerOp, Path};
use rustc_hash::{FxBuildHasher, FxHashMap};

/// Reports shapes in several groups (W0403), groups that contain each
/// other (W0404) and layering statements that order shapes in a cycle
/// (W0402).
pub fn check_layers(translation: &Translation, graph: &DependencyGraph) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let groups = group_members(translation, graph);

    // The first group that lists a shape is its parent for layering.
    let mut parent: FxHashMap<usize, usize> = FxHashMap::default();
    let mut first_listing: FxHashMap<usize, (FileId, Span)> = FxHashMap::default();
    for (group, members) in &groups {
        for &(member, file, span) in members {
            match parent.get(&member) {
                None => {
                    parent.insert(member, *group);
                    first_listing.insert(member, (file, span));
                }
                Some(first) if first != group => {
                    let (first_file, first_span) = first_listing[&member];
                    diagnostics.push(
                        Diagnostic::warning(
                            Code::ShapeInMultipleGroups,
                            file,
                            span,
                            format!(
                                "{} is already in the group {}",
                                name(translation, member),
                                name(translation, *first)
                            ),
                        )
                        .with_label("listed in a second group")
                        .with_secondary(first_file, first_span, "first listed here")
                        .with_hint("layering uses the first group; the shape is drawn in both"),
                    );
                }
                Some(_) => {}
            }
        }
    }
    diagnostics.extend(group_cycles(translation, &groups));
    diagnostics.extend(layer_cycles(translation, graph, &parent));
    deduplicate(&mut diagnostics, 0);
    diagnostics
}

/// Each Group field with the shapes its `shapes` list and `clipPath` name,
/// and where they are named.
type Groups = Vec<(usize, Vec<(usize, FileId, Span)>)>;

fn group_members(translation: &Translation, graph: &DependencyGraph) -> Groups {
    let mut groups = Vec::new();
    for (index, field) in translation.fields.values().enumerate() {
        let Field::Shape(shape) = field else { continue };
        if kite_library::shape(&shape.shape.name) != Some(ShapeKind::Group) {
            continue;
        }
        let mut members = Vec::new();
        for (property, assigned) in &shape.properties {
            let paths: Vec<&Path> = match (Property::named(property), &assigned.expr.kind) {
                (Some(Property::Shapes), ExprKind::List { elements }) => {
                    elements.iter().filter_map(path_of).collect()
                }
                (Some(Property::ClipPath), ExprKind::Call { name, args })
                    if name.name == "clip" =>
                {
                    args.iter().filter_map(path_of).collect()
                }
                _ => Vec::new(),
            };
            for path in paths {
                if let Some(member) = shape_at(translation, graph, assigned, path) {
                    let file = translation.runs[assigned.run].file;
                    members.push((member, file, path.span));
                }
            }
        }
        groups.push((index, members));
    }
    groups
}

fn path_of(expr: &Expr) -> Option<&Path> {
    match &expr.kind {
        ExprKind::Path(path) => Some(path),
        _ => None,
    }
}

/// The shape field a path names in the run of `assigned`, if it names a
/// whole shape.
fn shape_at(
    translation: &Translation,
    graph: &DependencyGraph,
    assigned: &Assigned,
    path: &Path,
) -> Option<usize> {
    match graph.resolved(assigned.run, path)? {
        (Node::Field(index), false) if matches!(translation.fields[index], Field::Shape(_)) => {
            Some(index)
        }
        _ => None,
    }
}

fn name(translation: &Translation, field: usize) -> String {
    let (key, _) = translation.fields.get_index(field).expect("a field");
    quoted(key)
}

/// Groups that contain each other, reported once per cycle.
fn group_cycles(translation: &Translation, groups: &Groups) -> Vec<Diagnostic> {
    let members: FxHashMap<usize, Vec<usize>> = groups
        .iter()
        .map(|(group, members)| (*group, members.iter().map(|m| m.0).collect()))
        .collect();
    let edges = groups.iter().flat_map(|(group, listed)| {
        listed
            .iter()
            .map(move |&(member, file, span)| (*group, member, file, span))
    });
    cycles(translation, &members, edges, |file, span, names| {
        Diagnostic::warning(
            Code::GroupCycle,
            file,
            span,
            format!("these groups contain each other: {names}"),
        )
        .with_label("closes the cycle")
    })
}

/// For each edge `from → to` (with where it was asked for) that closes a
/// cycle of `successors`, one diagnostic per distinct cycle, made by
/// `report` from the location and the names on the cycle.
fn cycles(
    translation: &Translation,
    successors: &FxHashMap<usize, Vec<usize>>,
    edges: impl Iterator<Item = (usize, usize, FileId, Span)>,
    report: impl Fn(FileId, Span, String) -> Diagnostic,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let mut reported: Vec<Vec<usize>> = Vec::new();
    for (from, to, file, span) in edges {
        let Some(mut cycle) = path_to(successors, to, from) else {
            continue;
        };
        cycle.sort_unstable();
        if reported.contains(&cycle) {
            continue;
        }
        let names: Vec<String> = cycle.iter().map(|&node| name(translation, node)).collect();
        reported.push(cycle);
        diagnostics.push(report(file, span, names.join(", ")));
    }
    diagnostics
}

/// The groups on a membership path from `from` to `to`, if there is one.
fn path_to(members: &FxHashMap<usize, Vec<usize>>, from: usize, to: usize) -> Option<Vec<usize>> {
    let mut stack = vec![(from, vec![from])];
    let mut seen = vec![from];
    while let Some((current, path)) = stack.pop() {
        if current == to {
            return Some(path);
        }
        for &next in members.get(&current).into_iter().flatten() {
            if !seen.contains(&next) {
                seen.push(next);
                let mut longer = path.clone();
                longer.push(next);
                stack.push((next, longer));
            }
        }
    }
    None
}

/// Orders from the layering statements, lifted to the first ancestors
/// where the two shapes' group chains differ, and any cycle among them.
fn layer_cycles(
    translation: &Translation,
    graph: &DependencyGraph,
    parent: &FxHashMap<usize, usize>,
) -> Vec<Diagnostic> {
    // Edges below → above, each with the statement that asked for it.
    let mut above: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    let mut statements: IndexMap<(usize, usize), (FileId, Span), FxBuildHasher> =
        IndexMap::default();
    for field in translation.fields.values() {
        let Field::Value(assigned) = field else {
            continue;
        };
        let ExprKind::Layering { left, op, right } = &assigned.expr.kind else {
            continue;
        };
        let Some(left) = shape_at(translation, graph, assigned, left) else {
            continue;
        };
        for other in right.iter().filter_map(path_of) {
            let Some(other) = shape_at(translation, graph, assigned, other) else {
                continue;
            };
            let (low, high) = match op {
                LayerOp::Above => (other, left),
                LayerOp::Below => (left, other),
            };
            let Some((low, high)) = lift_to_groups(low, high, |shape| parent.get(&shape).copied())
            else {
                continue;
            };
            above.entry(low).or_default().push(high);
            let file = translation.runs[assigned.run].file;
            statements
                .entry((low, high))
                .or_insert((file, assigned.expr.span));
        }
    }
    let edges = statements
        .iter()
        .map(|(&(low, high), &(file, span))| (low, high, file, span));
    cycles(translation, &above, edges, |file, span, names| {
        Diagnostic::warning(
            Code::LayerCycle,
            file,
            span,
            format!("the layering statements order these shapes in a cycle: {names}"),
        )
        .with_label("part of the cycle")
        .with_hint("the cycle is broken and the shapes are drawn in an approximate order")
    })
}

/// The pair a layering order between `low` and `high` really orders: the
/// first ancestors (by `parent`, the first Group listing a shape) where
/// their chains from the root Group differ, so that ordering a Group
/// member orders its whole Group. `None` when one contains the other.
pub(crate) fn lift_to_groups(
    low: usize,
    high: usize,
    parent: impl Fn(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    let chain = |shape: usize| {
        let mut chain = vec![shape];
        let mut current = shape;
        while let Some(up) = parent(current) {
            if chain.contains(&up) {
                break;
            }
            chain.push(up);
            current = up;
        }
        chain.reverse();
        chain
    };
    let (low_chain, high_chain) = (chain(low), chain(high));
    low_chain.into_iter().zip(high_chain).find(|(a, b)| a != b)
}
