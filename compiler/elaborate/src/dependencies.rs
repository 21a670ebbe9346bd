//! Pass 2: which fields each stored expression reads, reads of fields that
//! nothing assigns, and cycles among assignments.

use crate::fields::{Assigned, Field, FieldRef, Translation, not_a_shape, quoted};
use crate::reads::{Read, reads};
use crate::scope::{Bound, Run, ScopeRef, field_and_property};
use indexmap::IndexMap;
use kite_check::SubstanceValue;
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_library::shape;
use kite_matching::identity;
use kite_syntax::ast::{BindingKind, Expr, ExprKind, Path};
use rustc_hash::{FxBuildHasher, FxHashMap};
use std::borrow::Cow;

/// A node of the dependency graph: a field (by its index in
/// [`Translation::fields`]), or an explicitly set property of the shape in
/// a field (by its index in the shape's properties).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Node {
    Field(usize),
    Property(usize, usize),
}

impl Node {
    /// The node's canonical path, e.g. `` `A`.icon.r ``.
    pub fn describe(self, translation: &Translation) -> String {
        let (field, property) = match self {
            Node::Field(field) | Node::Property(field, _) => (field, self),
        };
        let (key, value) = translation
            .fields
            .get_index(field)
            .expect("a field of the translation");
        match (property, value) {
            (Node::Property(_, index), Field::Shape(shape)) => {
                let (name, _) = shape.properties.get_index(index).expect("a property");
                format!("{key}.{name}")
            }
            _ => key.to_string(),
        }
    }
}

/// Every node with the nodes it reads, and the statement that set it.
#[derive(Debug, Default)]
pub struct DependencyGraph {
    pub nodes: IndexMap<Node, NodeInfo, FxBuildHasher>,
    /// What each path read by an expression resolved to, keyed by the run
    /// and the path's span (which, with the run's file, identifies the
    /// path), and whether it named a shape property: see
    /// [`DependencyGraph::resolved`].
    resolutions: FxHashMap<(usize, Span), (Node, bool)>,
    /// The nodes in an order where every node comes after the nodes it
    /// reads (the members of a cycle in any order).
    pub order: Vec<Vec<usize>>,
}

impl DependencyGraph {
    /// What `path`, read in `run`, resolved to, and whether it named a
    /// shape property; `None` for a path pass 2 could not resolve (and
    /// reported).
    pub fn resolved(&self, run: usize, path: &Path) -> Option<(Node, bool)> {
        self.resolutions.get(&(run, path.span)).copied()
    }
}

#[derive(Debug, Default)]
pub struct NodeInfo {
    pub reads: Vec<Node>,
    /// The file and span of the statement that set the node.
    pub statement: Option<(FileId, Span)>,
}

/// Builds the dependency graph of a translation, reporting reads of
/// unassigned fields (E0412) and cycles (E0411). Each problem is reported
/// once per place in the Style, however many runs share it.
pub fn dependencies(translation: &Translation) -> (DependencyGraph, Vec<Diagnostic>) {
    let mut builder = Builder {
        translation,
        file: FileId(0),
        graph: DependencyGraph::default(),
        diagnostics: Vec::new(),
    };
    for (index, field) in translation.fields.values().enumerate() {
        match field {
            Field::Value(assigned) => {
                let reads = builder.reads_of(assigned);
                let statement = builder.statement(assigned);
                builder.add(Node::Field(index), reads, statement);
                if let ExprKind::Layering { left, right, .. } = &assigned.expr.kind {
                    builder.check_layering(assigned, left, right);
                }
            }
            Field::Shape(shape) => {
                let mut properties = Vec::with_capacity(shape.properties.len());
                for (position, assigned) in shape.properties.values().enumerate() {
                    let node = Node::Property(index, position);
                    let reads = builder.reads_of(assigned);
                    let statement = builder.statement(assigned);
                    builder.add(node, reads, statement);
                    properties.push(node);
                }
                let statement = Some((translation.runs[shape.run].file, shape.statement));
                builder.add(Node::Field(index), properties, statement);
            }
            Field::Label(_) | Field::Count(_) => builder.add(Node::Field(index), Vec::new(), None),
        }
    }
    builder.report_cycles();
    builder.graph.order = strongly_connected(&builder.graph);
    let mut diagnostics = builder.diagnostics;
    deduplicate(&mut diagnostics, 0);
    (builder.graph, diagnostics)
}

struct Builder<'t, 'p> {
    translation: &'t Translation<'p>,
    /// The Style file of the expression being resolved.
    file: FileId,
    graph: DependencyGraph,
    diagnostics: Vec<Diagnostic>,
}

impl Builder<'_, '_> {
    fn statement(&self, assigned: &Assigned) -> Option<(FileId, Span)> {
        Some((self.translation.runs[assigned.run].file, assigned.statement))
    }

    fn add(&mut self, node: Node, reads: Vec<Node>, statement: Option<(FileId, Span)>) {
        self.graph.nodes.insert(node, NodeInfo { reads, statement });
    }

    fn reads_of(&mut self, assigned: &Assigned) -> Vec<Node> {
        let run = &self.translation.runs[assigned.run];
        self.file = run.file;
        let mut nodes = Vec::new();
        for read in reads(assigned.expr) {
            match read {
                Read::Path(path) => {
                    if let Some(resolved) = self.resolve(path, run) {
                        self.graph
                            .resolutions
                            .insert((assigned.run, path.span), resolved);
                        // A default property exists before any field is
                        // evaluated, so reading one waits for nothing (not
                        // even its own shape, whose other properties may
                        // read it).
                        let default_property = matches!(resolved, (Node::Field(_), true));
                        if !default_property {
                            nodes.push(resolved.0);
                        }
                    }
                }
                Read::NumberOf(collection) => {
                    self.collection(collection, run);
                }
                Read::NameOf(path) => {
                    let variable = path.members.is_empty() && path.indices.is_empty();
                    if !(variable && matches!(run.bound(&path.root), Some(Bound::Value(_)))) {
                        self.error(
                            Code::NotAStyleVariable,
                            path.span,
                            "`nameof` takes a variable of the block's header".to_string(),
                            "not a header variable",
                        );
                    }
                }
                Read::ListOf { field, collection } => {
                    if let Some(values) = self.collection(collection, run) {
                        for value in values {
                            let object = object_name(value);
                            let field_ref = FieldRef {
                                scope: ScopeRef::Object(&object),
                                field: &field.name,
                            };
                            nodes.extend(self.field_node(field_ref, None, collection.span));
                        }
                    }
                }
            }
        }
        nodes
    }

    /// Every operand of `a above b, c` must name a shape (E0426).
    fn check_layering(&mut self, assigned: &Assigned, left: &Path, right: &[Expr]) {
        let run = &self.translation.runs[assigned.run];
        let operands = std::iter::once((left.span, Some(left))).chain(right.iter().map(|expr| {
            let path = match &expr.kind {
                ExprKind::Path(path) => Some(path),
                _ => None,
            };
            (expr.span, path)
        }));
        for (span, path) in operands {
            let is_shape = match path {
                Some(path) => match self.resolve(path, run) {
                    Some((Node::Field(index), false)) => {
                        matches!(self.translation.fields[index], Field::Shape(_))
                    }
                    Some(_) => false,
                    // Unresolvable paths are reported as such.
                    None => true,
                },
                None => false,
            };
            if !is_shape {
                self.error(
                    Code::LayerOnNonShapes,
                    span,
                    "only shapes can be layered above or below each other".to_string(),
                    "not a shape",
                );
            }
        }
    }

    /// The values of the collection a `listof`/`numberof` path names;
    /// reports a path that names no collection (E0424).
    fn collection<'r>(&mut self, path: &Path, run: &'r Run) -> Option<&'r [SubstanceValue]> {
        match run.bound(&path.root) {
            Some(Bound::Collection(values)) if path.members.is_empty() => Some(values),
            _ => {
                self.error(
                    Code::NotASubstanceCollection,
                    path.span,
                    format!(
                        "`{}` is not a collection of this block",
                        path.root.name.name
                    ),
                    "expected the `into` name of a `collect` header",
                );
                None
            }
        }
    }

    /// The node a path reads in `run`, and whether the path names a shape
    /// property (rather than a whole field).
    fn resolve(&mut self, path: &Path, run: &Run) -> Option<(Node, bool)> {
        let root = &path.root;
        let mut names: Vec<&str> = Vec::with_capacity(path.members.len() + 1);
        let object;
        let whole = path.members.is_empty();
        let scope = match run.bound(root) {
            // A variable bound to a literal stands for its value.
            Some(Bound::Value(SubstanceValue::Number(_) | SubstanceValue::String(_))) if whole => {
                return None;
            }
            Some(Bound::Value(_)) if whole => {
                self.error(
                    Code::PathToSubstance,
                    path.span,
                    format!(
                        "`{}` stands for a Substance object, not a value",
                        root.name.name
                    ),
                    "use one of its fields",
                );
                return None;
            }
            Some(Bound::Value(value)) => {
                object = object_name(value);
                ScopeRef::Object(&object)
            }
            // A collection of literals stands for the list of their values.
            Some(Bound::Collection(values))
                if whole
                    && !values
                        .iter()
                        .any(|v| matches!(v, SubstanceValue::Object(_))) =>
            {
                return None;
            }
            Some(Bound::Collection(_)) => {
                let (code, message) = if whole {
                    (Code::PathToCollection, "is a collection, not a value")
                } else {
                    (
                        Code::CollectionMemberAccess,
                        "is a collection and has no fields",
                    )
                };
                self.error(
                    code,
                    path.span,
                    format!("`{}` {message}", root.name.name),
                    "use `listof` or `numberof`",
                );
                return None;
            }
            None if root.kind == BindingKind::Substance => return None,
            None => match self.translation.namespaces.get(&root.name.name) {
                Some(declared) if declared.block <= run.block => {
                    if whole {
                        self.error(
                            Code::PathToNamespace,
                            path.span,
                            format!("`{}` is a namespace, not a value", root.name.name),
                            "use one of its fields",
                        );
                        return None;
                    }
                    ScopeRef::Namespace(&root.name.name)
                }
                _ => {
                    names.push(&root.name.name);
                    run.own_scope.as_ref()
                }
            },
        };
        names.extend(path.members.iter().map(|member| member.name.as_str()));
        let (field, property) =
            field_and_property(&names, self.file, path.span, &mut self.diagnostics)?;
        let node = self.field_node(FieldRef { scope, field }, property, path.span)?;
        Some((node, property.is_some()))
    }

    /// The node for reading `property` (or the whole field) of a field,
    /// reporting it if nothing assigns it.
    fn field_node(&mut self, field: FieldRef, property: Option<&str>, span: Span) -> Option<Node> {
        let Some((index, key, value)) = self.translation.fields.get_full(&field) else {
            self.error(
                Code::MissingPath,
                span,
                format!("{} is never assigned", quoted(&field)),
                "nothing assigns this field",
            );
            return None;
        };
        let Some(property) = property else {
            return Some(Node::Field(index));
        };
        match value {
            Field::Shape(shape_field) => {
                if let Some(position) = shape_field.properties.get_index_of(property) {
                    return Some(Node::Property(index, position));
                }
                // A property the Style does not set takes its default, which
                // comes with the shape.
                let known = shape(&shape_field.shape.name)
                    .is_none_or(|kind| kind.spec().property_named(property).is_some());
                if known {
                    return Some(Node::Field(index));
                }
                self.error(
                    Code::MissingPath,
                    span,
                    format!(
                        "{} is a {} and has no property `{property}`",
                        quoted(key),
                        shape_field.shape.name
                    ),
                    "no such property",
                );
                None
            }
            _ => {
                self.diagnostics
                    .push(not_a_shape(self.file, span, key, property));
                None
            }
        }
    }

    /// Reports every strongly connected set of nodes that reads itself,
    /// once per set of statements.
    fn report_cycles(&mut self) {
        let components = strongly_connected(&self.graph);
        let mut reported: Vec<Vec<(FileId, Span)>> = Vec::new();
        for component in components {
            let cyclic = component.len() > 1 || {
                let (node, info) = self.graph.nodes.get_index(component[0]).expect("a node");
                info.reads.contains(node)
            };
            if !cyclic {
                continue;
            }
            let mut members: Vec<((FileId, Span), String)> = component
                .iter()
                .filter_map(|&index| {
                    let (node, info) = self.graph.nodes.get_index(index)?;
                    Some((info.statement?, node.describe(self.translation)))
                })
                .collect();
            members.sort();
            let mut spans: Vec<(FileId, Span)> = members.iter().map(|(span, _)| *span).collect();
            spans.dedup();
            if spans.is_empty() || reported.contains(&spans) {
                continue;
            }
            reported.push(spans.clone());
            let names: Vec<&str> = members.iter().map(|(_, name)| name.as_str()).collect();
            let (file, span) = spans[0];
            let mut diagnostic = Diagnostic::error(
                Code::CyclicAssignment,
                file,
                span,
                format!(
                    "these fields depend on each other in a cycle: {}",
                    names.join(", ")
                ),
            )
            .with_label("part of the cycle");
            for (file, span) in &spans[1..] {
                diagnostic = diagnostic.with_secondary(*file, *span, "also part of the cycle");
            }
            self.diagnostics.push(diagnostic);
        }
    }

    fn error(&mut self, code: Code, span: Span, message: String, label: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}

/// The name of the scope of a Substance value, borrowed for objects.
fn object_name(value: &SubstanceValue) -> Cow<'_, str> {
    match value {
        SubstanceValue::Object(name) => Cow::Borrowed(name),
        literal => Cow::Owned(identity(literal)),
    }
}

/// Tarjan's strongly connected components, iteratively (graphs can be
/// deep), as lists of node indices; a component comes after every
/// component it reads.
fn strongly_connected(graph: &DependencyGraph) -> Vec<Vec<usize>> {
    let count = graph.nodes.len();
    let successors: Vec<Vec<usize>> = graph
        .nodes
        .values()
        .map(|info| {
            info.reads
                .iter()
                .filter_map(|node| graph.nodes.get_index_of(node))
                .collect()
        })
        .collect();
    let mut index = vec![usize::MAX; count];
    let mut low = vec![0; count];
    let mut on_stack = vec![false; count];
    let mut stack = Vec::new();
    let mut components = Vec::new();
    let mut next = 0;
    for start in 0..count {
        if index[start] != usize::MAX {
            continue;
        }
        // (node, position in its successor list)
        let mut work = vec![(start, 0)];
        index[start] = next;
        low[start] = next;
        next += 1;
        stack.push(start);
        on_stack[start] = true;
        while let Some(&mut (node, ref mut position)) = work.last_mut() {
            if let Some(&successor) = successors[node].get(*position) {
                *position += 1;
                if index[successor] == usize::MAX {
                    index[successor] = next;
                    low[successor] = next;
                    next += 1;
                    stack.push(successor);
                    on_stack[successor] = true;
                    work.push((successor, 0));
                } else if on_stack[successor] {
                    low[node] = low[node].min(index[successor]);
                }
                continue;
            }
            work.pop();
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
            if low[node] == index[node] {
                let mut component = Vec::new();
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component.push(member);
                    if member == node {
                        break;
                    }
                }
                components.push(component);
            }
        }
    }
    components
}
