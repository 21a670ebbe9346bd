//! The hash-consed scalar graph. Nodes are created operands-first, so the
//! node order is a topological order; equal nodes are created once, and
//! operations on constants are folded as they are built.

use crate::ops::{BinaryOp, UnaryOp};
use rustc_hash::FxHashMap;

/// A number of the diagram: a node of its [`ExprGraph`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Scalar(u32);

impl Scalar {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// A node of the graph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Node {
    Constant(f64),
    /// An optimisation input, by its index in [`ExprGraph::inputs`].
    Input(u32),
    Unary(UnaryOp, Scalar),
    Binary(BinaryOp, Scalar, Scalar),
    /// `then` when `condition` is non-zero, else `otherwise`.
    Select {
        condition: Scalar,
        then: Scalar,
        otherwise: Scalar,
    },
}

/// The hashable form of a node (constants by their bits).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum NodeKey {
    Constant(u64),
    Input(u32),
    Unary(UnaryOp, Scalar),
    Binary(BinaryOp, Scalar, Scalar),
    Select(Scalar, Scalar, Scalar),
}

impl Node {
    fn key(self) -> NodeKey {
        match self {
            // One zero: `-0` and `0` are the same constant here.
            Node::Constant(value) => NodeKey::Constant((value + 0.0).to_bits()),
            Node::Input(index) => NodeKey::Input(index),
            Node::Unary(op, a) => NodeKey::Unary(op, a),
            Node::Binary(op, a, b) => NodeKey::Binary(op, a, b),
            Node::Select {
                condition,
                then,
                otherwise,
            } => NodeKey::Select(condition, then, otherwise),
        }
    }
}

/// Which layout stages an input is optimised in.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Stages {
    All,
    Only(Vec<String>),
    Except(Vec<String>),
    /// Never optimised: a constant drawn at random, or a measurement.
    Never,
}

impl Stages {
    pub fn includes(&self, stage: &str) -> bool {
        match self {
            Stages::All => true,
            Stages::Only(names) => names.iter().any(|name| name == stage),
            Stages::Except(names) => !names.iter().any(|name| name == stage),
            Stages::Never => false,
        }
    }
}

/// Where an input comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputOrigin {
    /// A sampled default of a shape property, e.g. `` `A`.icon.center ``.
    Default(String),
    /// A `?` in the Style, by the path it is assigned to.
    Unknown(String),
    /// A value drawn by a random library function.
    Random,
    /// A measured size of a Text or Equation.
    Measured(String),
}

/// An optimisation input.
#[derive(Clone, Debug, PartialEq)]
pub struct Input {
    pub initial: f64,
    pub stages: Stages,
    pub origin: InputOrigin,
}

/// The graph: nodes, their values at the inputs' initial values, and the
/// inputs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ExprGraph {
    nodes: Vec<Node>,
    values: Vec<f64>,
    inputs: Vec<Input>,
    existing: FxHashMap<NodeKey, Scalar>,
}

impl ExprGraph {
    pub fn new() -> ExprGraph {
        ExprGraph::default()
    }

    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    pub fn node(&self, scalar: Scalar) -> Node {
        self.nodes[scalar.index()]
    }

    pub fn inputs(&self) -> &[Input] {
        &self.inputs
    }

    /// The node of each input, in input order.
    pub fn input_scalar(&self, index: usize) -> Scalar {
        let key = NodeKey::Input(u32::try_from(index).expect("fewer than 2^32 inputs"));
        self.existing[&key]
    }

    /// Every node's value at the inputs' initial values.
    pub fn initial_values(&self) -> &[f64] {
        &self.values
    }

    /// The value of `scalar` at the inputs' initial values.
    pub fn value(&self, scalar: Scalar) -> f64 {
        self.values[scalar.index()]
    }

    /// The value of `scalar` if it is a constant.
    pub fn as_constant(&self, scalar: Scalar) -> Option<f64> {
        match self.nodes[scalar.index()] {
            Node::Constant(value) => Some(value),
            _ => None,
        }
    }

    /// Replaces the initial values of some inputs (measurements) and
    /// re-evaluates every node.
    pub fn set_initial_values(&mut self, changes: &[(usize, f64)]) {
        for &(input, value) in changes {
            self.inputs[input].initial = value;
        }
        self.values = self.evaluate(&self.initial_inputs());
    }

    fn initial_inputs(&self) -> Vec<f64> {
        self.inputs.iter().map(|input| input.initial).collect()
    }

    /// The value of every node for the given input values.
    pub fn evaluate(&self, inputs: &[f64]) -> Vec<f64> {
        let mut values = Vec::with_capacity(self.nodes.len());
        for node in &self.nodes {
            let value = match *node {
                Node::Constant(value) => value,
                Node::Input(index) => inputs[index as usize],
                Node::Unary(op, a) => op.apply(values[a.index()]),
                Node::Binary(op, a, b) => op.apply(values[a.index()], values[b.index()]),
                Node::Select {
                    condition,
                    then,
                    otherwise,
                } => {
                    if values[condition.index()] != 0.0 {
                        values[then.index()]
                    } else {
                        values[otherwise.index()]
                    }
                }
            };
            values.push(value);
        }
        values
    }

    fn insert(&mut self, node: Node, value: f64) -> Scalar {
        let key = node.key();
        if let Some(&existing) = self.existing.get(&key) {
            return existing;
        }
        let scalar = Scalar(u32::try_from(self.nodes.len()).expect("fewer than 2^32 nodes"));
        self.nodes.push(node);
        self.values.push(value);
        self.existing.insert(key, scalar);
        scalar
    }

    pub fn constant(&mut self, value: f64) -> Scalar {
        self.insert(Node::Constant(value), value)
    }

    /// A new optimisation input.
    pub fn input(&mut self, input: Input) -> Scalar {
        let index = u32::try_from(self.inputs.len()).expect("fewer than 2^32 inputs");
        let value = input.initial;
        self.inputs.push(input);
        self.insert(Node::Input(index), value)
    }

    pub fn unary(&mut self, op: UnaryOp, a: Scalar) -> Scalar {
        let value = op.apply(self.value(a));
        if self.as_constant(a).is_some() {
            return self.constant(value);
        }
        if op == UnaryOp::Neg
            && let Node::Unary(UnaryOp::Neg, inner) = self.node(a)
        {
            return inner;
        }
        self.insert(Node::Unary(op, a), value)
    }

    pub fn binary(&mut self, op: BinaryOp, a: Scalar, b: Scalar) -> Scalar {
        let value = op.apply(self.value(a), self.value(b));
        let (left, right) = (self.as_constant(a), self.as_constant(b));
        if left.is_some() && right.is_some() {
            return self.constant(value);
        }
        // Identities that hold for every finite and infinite operand.
        match (op, left, right) {
            (BinaryOp::Add, Some(0.0), _) | (BinaryOp::Mul, Some(1.0), _) => return b,
            (BinaryOp::Add | BinaryOp::Sub, _, Some(0.0))
            | (BinaryOp::Mul | BinaryOp::Div | BinaryOp::Pow, _, Some(1.0)) => return a,
            (BinaryOp::Sub, Some(0.0), _) => return self.unary(UnaryOp::Neg, b),
            (BinaryOp::Pow, _, Some(2.0)) => return self.unary(UnaryOp::Square, a),
            _ => {}
        }
        let (a, b) = if op.commutes() && b < a {
            (b, a)
        } else {
            (a, b)
        };
        self.insert(Node::Binary(op, a, b), value)
    }

    pub fn select(&mut self, condition: Scalar, then: Scalar, otherwise: Scalar) -> Scalar {
        if then == otherwise {
            return then;
        }
        if let Some(condition) = self.as_constant(condition) {
            return if condition != 0.0 { then } else { otherwise };
        }
        let value = if self.value(condition) != 0.0 {
            self.value(then)
        } else {
            self.value(otherwise)
        };
        self.insert(
            Node::Select {
                condition,
                then,
                otherwise,
            },
            value,
        )
    }

    pub fn add(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Add, a, b)
    }

    pub fn sub(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Sub, a, b)
    }

    pub fn mul(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Mul, a, b)
    }

    pub fn div(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Div, a, b)
    }

    pub fn pow(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Pow, a, b)
    }

    pub fn max(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Max, a, b)
    }

    pub fn min(&mut self, a: Scalar, b: Scalar) -> Scalar {
        self.binary(BinaryOp::Min, a, b)
    }

    pub fn neg(&mut self, a: Scalar) -> Scalar {
        self.unary(UnaryOp::Neg, a)
    }

    pub fn sqrt(&mut self, a: Scalar) -> Scalar {
        self.unary(UnaryOp::Sqrt, a)
    }

    pub fn square(&mut self, a: Scalar) -> Scalar {
        self.unary(UnaryOp::Square, a)
    }

    /// The sum of `terms` (0 when there are none).
    pub fn sum(&mut self, terms: &[Scalar]) -> Scalar {
        let mut terms = terms.iter().copied();
        let Some(first) = terms.next() else {
            return self.constant(0.0);
        };
        terms.fold(first, |sum, term| self.add(sum, term))
    }
}

/// An input optimised in every stage, for tests of the graph's users.
#[cfg(test)]
pub(crate) fn input(graph: &mut ExprGraph, initial: f64) -> Scalar {
    graph.input(Input {
        initial,
        stages: Stages::All,
        origin: InputOrigin::Random,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn constants_fold_and_equal_nodes_are_shared() {
        let mut graph = ExprGraph::new();
        let two = graph.constant(2.0);
        let three = graph.constant(3.0);
        let five = graph.add(two, three);
        assert_eq!(graph.as_constant(five), Some(5.0));
        let x = input(&mut graph, 1.5);
        let first = graph.mul(x, five);
        let second = graph.mul(five, x);
        assert_eq!(first, second, "commutative operands are ordered");
        assert_eq!(graph.value(first), 7.5);
        assert_eq!(graph.nodes().len(), 5);
    }

    #[test]
    fn identities_return_the_operand() {
        let mut graph = ExprGraph::new();
        let x = input(&mut graph, 4.0);
        let zero = graph.constant(0.0);
        let one = graph.constant(1.0);
        assert_eq!(graph.add(x, zero), x);
        assert_eq!(graph.mul(one, x), x);
        let negated = graph.neg(x);
        assert_eq!(graph.neg(negated), x);
    }

    #[test]
    fn evaluation_replays_the_graph_for_new_inputs() {
        let mut graph = ExprGraph::new();
        let x = input(&mut graph, 1.0);
        let y = input(&mut graph, 2.0);
        let less = graph.binary(BinaryOp::Lt, x, y);
        let chosen = graph.select(less, x, y);
        let squared = graph.square(chosen);
        assert_eq!(graph.value(squared), 1.0);
        let values = graph.evaluate(&[3.0, 2.0]);
        assert_eq!(values[squared.index()], 4.0);
    }
}
