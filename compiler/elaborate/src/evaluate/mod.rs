//! Pass 4: the value of every field and property in dependency order, as
//! expressions over the optimisation inputs (§5.4–5.7). Shapes are
//! assembled from their explicit properties and sampled defaults, each
//! `ensure` and `encourage` becomes a term, and layering decides the
//! draw order.
//!
//! Inputs are created in Penrose's global order: every shape's full
//! default property set first (in field order), then each `?` and each
//! random library call as evaluation reaches it. All draw from one
//! generator seeded by the variation, so a variation always gives the
//! same initial state.

mod defaults;
mod draw_order;
mod expr;
mod index;
mod literal;
mod measure;
mod operators;
mod paths;
mod shapes;
mod statements;

use crate::dependencies::{DependencyGraph, Node};
use crate::fields::{Field, FieldKey, Translation};
use crate::scope::Scope;
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_functions::SeedRandom;
use kite_functions::geometry::diagram_bounds;
use kite_graph::{Canvas, Diagram, ExprGraph, Shape, ShapeId, Term, Value};
use kite_limits::{Limit, Limits, thousands};
use kite_syntax::ast::ExprKind;
use rustc_hash::FxHashMap;

/// Evaluates a translation whose earlier passes found no errors, with
/// inputs sampled from `variation`.
pub fn evaluate(
    translation: &Translation,
    dependencies: &DependencyGraph,
    variation: &str,
    stages: Vec<String>,
    limits: &Limits,
) -> (Diagram, Vec<Diagnostic>) {
    let canvas = canvas_size(translation);
    let mut evaluator = Evaluator {
        translation,
        dependencies,
        graph: ExprGraph::new(),
        rng: SeedRandom::new(variation),
        canvas,
        slots: vec![Slot::Pending; dependencies.nodes.len()],
        defaults: FxHashMap::default(),
        shapes: Vec::new(),
        shape_of_field: FxHashMap::default(),
        terms: Vec::new(),
        layering: Vec::new(),
        measured: Vec::new(),
        current: 0,
        file: FileId(0),
        diagnostics: Vec::new(),
    };
    evaluator.sample_defaults();
    for component in &dependencies.order {
        // Cycles were reported by pass 2; their members stay unevaluated.
        if let [index] = component[..] {
            evaluator.current = index;
            let slot = evaluator.node(index);
            evaluator.slots[index] = slot;
            // One statement builds a bounded amount (library calls build
            // at most `MAX_BUILT` things), so checking after each keeps
            // the graph near the limit.
            if evaluator.graph.nodes().len() as u64 > limits.get(Limit::GraphNodes) {
                evaluator.graph_too_large(index, limits);
                break;
            }
        }
    }
    evaluator.canvas_terms();
    let measurements = measure::measure(&evaluator.shapes, &evaluator.measured);
    evaluator.graph.set_initial_values(&measurements.changes);
    for (shape, message) in measurements.unsupported {
        evaluator.warn_unsupported_tex(shape, &message);
    }
    let rank = evaluator.creation_ranks();
    let order = draw_order::draw_order(&evaluator.shapes, &evaluator.layering, &rank);
    let mut diagnostics = evaluator.diagnostics;
    deduplicate(&mut diagnostics, 0);
    let mut diagram = Diagram {
        graph: evaluator.graph,
        shapes: evaluator.shapes,
        order,
        canvas,
        variation: variation.to_string(),
        terms: evaluator.terms,
        stages,
        bounds: None,
    };
    let roots = diagram.roots();
    diagram.bounds = diagram_bounds(&mut diagram.graph, &diagram.shapes, &roots);
    (diagram, diagnostics)
}

/// The canvas size the Style gives; pass 1 reports a missing or malformed
/// canvas, and a diagram that has none is evaluated on Penrose's default
/// size.
fn canvas_size(translation: &Translation) -> Canvas {
    let dimension = |name: &str| {
        let key = FieldKey {
            scope: Scope::Namespace("canvas".to_string()),
            field: name.to_string(),
        };
        match translation.fields.get(&key) {
            Some(Field::Value(assigned)) => match assigned.expr.kind {
                ExprKind::Number { value } => Some(value),
                _ => None,
            },
            _ => None,
        }
    };
    Canvas {
        width: dimension("width").unwrap_or(800.0),
        height: dimension("height").unwrap_or(700.0),
    }
}

/// What evaluation has made of a node.
#[derive(Clone, Debug)]
enum Slot {
    Pending,
    Value(Value),
    /// A constraint, objective or layering: it has no value.
    Statement,
    /// Evaluation failed and was reported.
    Failed,
}

/// A Text or Equation's measured sizes, as inputs to fill in.
struct Measured {
    shape: ShapeId,
    /// The input index of `width`, `height`, `ascent` and `descent`.
    inputs: [Option<usize>; 4],
}

struct Evaluator<'t, 'p> {
    translation: &'t Translation<'p>,
    dependencies: &'t DependencyGraph,
    graph: ExprGraph,
    rng: SeedRandom,
    canvas: Canvas,
    /// One slot per dependency-graph node.
    slots: Vec<Slot>,
    /// The default property set of each shape field, by field index.
    defaults: FxHashMap<usize, defaults::ShapeDefaults>,
    shapes: Vec<Shape>,
    shape_of_field: FxHashMap<usize, ShapeId>,
    terms: Vec<Term>,
    /// Pairs (below, above) from the layering statements.
    layering: Vec<(ShapeId, ShapeId)>,
    measured: Vec<Measured>,
    /// The dependency-graph node being evaluated.
    current: usize,
    /// The Style file of the expression being evaluated.
    file: FileId,
    diagnostics: Vec<Diagnostic>,
}

impl Evaluator<'_, '_> {
    fn node(&mut self, index: usize) -> Slot {
        let (&node, _) = self.dependencies.nodes.get_index(index).expect("a node");
        let translation = self.translation;
        match (node, &translation.fields[field_of(node)]) {
            (Node::Field(_), Field::Value(assigned)) => {
                self.file = translation.runs[assigned.run].file;
                match &assigned.expr.kind {
                    ExprKind::Constraint { .. }
                    | ExprKind::Objective { .. }
                    | ExprKind::Layering { .. } => {
                        self.statement(assigned);
                        Slot::Statement
                    }
                    _ => self.slot(assigned.expr, assigned.run),
                }
            }
            (Node::Field(field), Field::Shape(shape)) => match self.assemble(field, shape) {
                Some(id) => Slot::Value(Value::Shape(id)),
                None => Slot::Failed,
            },
            (Node::Field(_), Field::Label(text)) => Slot::Value(Value::Str(text.clone())),
            (Node::Field(_), Field::Count(count)) => {
                Slot::Value(Value::Float(self.graph.constant(*count as f64)))
            }
            (Node::Property(_, property), Field::Shape(shape)) => {
                let (_, assigned) = shape.properties.get_index(property).expect("a property");
                self.file = translation.runs[assigned.run].file;
                self.slot(assigned.expr, assigned.run)
            }
            (Node::Property(..), _) => Slot::Failed,
        }
    }

    fn slot(&mut self, expr: &kite_syntax::ast::Expr, run: usize) -> Slot {
        match self.expr(expr, run) {
            Some(value) => Slot::Value(value),
            None => Slot::Failed,
        }
    }

    /// The canonical path of the node being evaluated, for naming inputs.
    fn current_path(&self) -> String {
        let (&node, _) = self
            .dependencies
            .nodes
            .get_index(self.current)
            .expect("a node");
        node.describe(self.translation)
    }

    /// W0406 at the statement that made an Equation whose TeX cannot be
    /// typeset.
    fn warn_unsupported_tex(&mut self, shape: ShapeId, message: &str) {
        let Some(shape) = self.shapes.get(shape.index()) else {
            return;
        };
        let name = &shape.name;
        self.diagnostics.push(
            Diagnostic::warning(
                Code::UnsupportedTex,
                shape.origin.file,
                shape.origin.statement,
                format!("the TeX of `{name}` cannot be typeset: {message}"),
            )
            .with_label("drawn as plain text instead"),
        );
    }

    /// E0432 at the statement of the dependency-graph node `index`, whose
    /// value took the graph past the `graph-nodes` limit.
    fn graph_too_large(&mut self, index: usize, limits: &Limits) {
        let (_, info) = self.dependencies.nodes.get_index(index).expect("a node");
        let (file, span) = info.statement.unwrap_or((self.file, Span::empty_at(0)));
        let nodes = self.graph.nodes().len() as u64;
        self.diagnostics.push(Limit::GraphNodes.exceeded(
            limits,
            file,
            span,
            format!(
                "evaluating this statement brought the diagram's expression graph to {} nodes",
                thousands(nodes)
            ),
            "the graph outgrew its limit here",
        ));
    }

    fn error(&mut self, code: Code, span: Span, message: String, label: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}

/// The translation's fields in the order Penrose's graph holds them:
/// namespaces' fields first, then blocks' local fields, then Substance
/// objects' fields, each group in assignment order. Shapes are sampled
/// and, before layering, drawn in this order.
fn creation_order(translation: &Translation) -> Vec<usize> {
    let group = |scope: &Scope| match scope {
        Scope::Namespace(_) => 0,
        Scope::Local { .. } => 1,
        Scope::Object(_) => 2,
    };
    let mut order: Vec<usize> = (0..translation.fields.len()).collect();
    order.sort_by_key(|&field| {
        group(
            &translation
                .fields
                .get_index(field)
                .expect("a field")
                .0
                .scope,
        )
    });
    order
}

impl Evaluator<'_, '_> {
    /// Each shape's place in the creation order.
    fn creation_ranks(&self) -> Vec<usize> {
        let mut rank = vec![usize::MAX; self.shapes.len()];
        for (position, field) in creation_order(self.translation).into_iter().enumerate() {
            if let Some(shape) = self.shape_of_field.get(&field) {
                rank[shape.index()] = position;
            }
        }
        rank
    }
}

fn field_of(node: Node) -> usize {
    match node {
        Node::Field(field) | Node::Property(field, _) => field,
    }
}
