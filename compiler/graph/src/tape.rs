//! The flat tape the layout engine evaluates: the graph nodes some outputs
//! depend on, in graph (topological) order, with operands as slot
//! indices. One forward sweep computes every slot; one reverse sweep
//! accumulates the gradient of a weighted sum of the outputs with respect
//! to every input. Neither sweep allocates: the caller owns the buffers.

use crate::graph::{ExprGraph, Node, Scalar};
use crate::ops::{BinaryOp, UnaryOp};

/// One instruction; operands are slots of earlier instructions.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Instruction {
    Constant(f64),
    Input(u32),
    Unary(UnaryOp, u32),
    Binary(BinaryOp, u32, u32),
    /// `then` or `otherwise` by `condition`.
    Select(u32, u32, u32),
}

/// A lowered graph.
#[derive(Clone, Debug, PartialEq)]
pub struct Tape {
    instructions: Vec<Instruction>,
    /// The slot of each output.
    outputs: Vec<u32>,
    /// The number of inputs of the graph.
    input_count: usize,
}

/// Reusable buffers for [`Tape::forward`] and [`Tape::gradient`].
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    values: Vec<f64>,
    adjoints: Vec<f64>,
}

impl Tape {
    /// The nodes `outputs` depend on, in graph order.
    pub fn new(graph: &ExprGraph, outputs: &[Scalar]) -> Tape {
        let nodes = graph.nodes();
        let mut needed = vec![false; nodes.len()];
        let mut stack: Vec<usize> = outputs.iter().map(|s| s.index()).collect();
        while let Some(index) = stack.pop() {
            if std::mem::replace(&mut needed[index], true) {
                continue;
            }
            match nodes[index] {
                Node::Constant(_) | Node::Input(_) => {}
                Node::Unary(_, a) => stack.push(a.index()),
                Node::Binary(_, a, b) => stack.extend([a.index(), b.index()]),
                Node::Select {
                    condition,
                    then,
                    otherwise,
                } => stack.extend([condition.index(), then.index(), otherwise.index()]),
            }
        }
        let mut slot_of = vec![u32::MAX; nodes.len()];
        let mut instructions = Vec::new();
        for (index, node) in nodes.iter().enumerate() {
            if !needed[index] {
                continue;
            }
            let slot = |s: Scalar| slot_of[s.index()];
            let instruction = match *node {
                Node::Constant(value) => Instruction::Constant(value),
                Node::Input(input) => Instruction::Input(input),
                Node::Unary(op, a) => Instruction::Unary(op, slot(a)),
                Node::Binary(op, a, b) => Instruction::Binary(op, slot(a), slot(b)),
                Node::Select {
                    condition,
                    then,
                    otherwise,
                } => Instruction::Select(slot(condition), slot(then), slot(otherwise)),
            };
            slot_of[index] = u32::try_from(instructions.len()).expect("fewer than 2^32 slots");
            instructions.push(instruction);
        }
        Tape {
            instructions,
            outputs: outputs.iter().map(|s| slot_of[s.index()]).collect(),
            input_count: graph.inputs().len(),
        }
    }

    /// The number of instructions.
    pub fn len(&self) -> usize {
        self.instructions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.instructions.is_empty()
    }

    /// Evaluates every slot for `inputs` (one value per graph input) and
    /// writes the outputs' values to `outputs`.
    pub fn forward(&self, inputs: &[f64], workspace: &mut Workspace, outputs: &mut [f64]) {
        let values = &mut workspace.values;
        values.clear();
        values.reserve(self.instructions.len());
        for instruction in &self.instructions {
            let value = match *instruction {
                Instruction::Constant(value) => value,
                Instruction::Input(input) => inputs[input as usize],
                Instruction::Unary(op, a) => op.apply(values[a as usize]),
                Instruction::Binary(op, a, b) => op.apply(values[a as usize], values[b as usize]),
                Instruction::Select(condition, then, otherwise) => {
                    if values[condition as usize] != 0.0 {
                        values[then as usize]
                    } else {
                        values[otherwise as usize]
                    }
                }
            };
            values.push(value);
        }
        for (output, &slot) in outputs.iter_mut().zip(&self.outputs) {
            *output = values[slot as usize];
        }
    }

    /// After [`Tape::forward`] with the same workspace: adds to `gradient`
    /// (one entry per graph input) the gradient of `Σ weights[k] ·
    /// output_k`.
    pub fn gradient(&self, weights: &[f64], workspace: &mut Workspace, gradient: &mut [f64]) {
        debug_assert_eq!(gradient.len(), self.input_count);
        let Workspace { values, adjoints } = workspace;
        adjoints.clear();
        adjoints.resize(self.instructions.len(), 0.0);
        for (&slot, &weight) in self.outputs.iter().zip(weights) {
            adjoints[slot as usize] += weight;
        }
        for (slot, instruction) in self.instructions.iter().enumerate().rev() {
            let adjoint = adjoints[slot];
            if adjoint == 0.0 {
                continue;
            }
            match *instruction {
                Instruction::Constant(_) => {}
                Instruction::Input(input) => gradient[input as usize] += adjoint,
                Instruction::Unary(op, a) => {
                    let x = values[a as usize];
                    adjoints[a as usize] += adjoint * unary_derivative(op, x, values[slot]);
                }
                Instruction::Binary(op, a, b) => {
                    let (x, y) = (values[a as usize], values[b as usize]);
                    let (dx, dy) = binary_derivatives(op, x, y, values[slot]);
                    adjoints[a as usize] += adjoint * dx;
                    if dy != 0.0 || a != b {
                        adjoints[b as usize] += adjoint * dy;
                    }
                }
                Instruction::Select(condition, then, otherwise) => {
                    let taken = if values[condition as usize] != 0.0 {
                        then
                    } else {
                        otherwise
                    };
                    adjoints[taken as usize] += adjoint;
                }
            }
        }
    }
}

/// `d op(x) / dx`, given the result `y`.
fn unary_derivative(op: UnaryOp, x: f64, y: f64) -> f64 {
    match op {
        UnaryOp::Neg => -1.0,
        UnaryOp::Abs => {
            if x > 0.0 {
                1.0
            } else if x < 0.0 {
                -1.0
            } else {
                0.0
            }
        }
        UnaryOp::Sign
        | UnaryOp::Floor
        | UnaryOp::Ceil
        | UnaryOp::Round
        | UnaryOp::Trunc
        | UnaryOp::Not => 0.0,
        // Penrose's guard: the derivative stays finite at 0.
        UnaryOp::Sqrt => 1.0 / (2.0 * y.max(1e-5)),
        UnaryOp::Cbrt => 1.0 / (3.0 * (y * y).max(1e-10)),
        UnaryOp::Square => 2.0 * x,
        UnaryOp::Recip => -y * y,
        UnaryOp::Exp => y,
        UnaryOp::Expm1 => y + 1.0,
        UnaryOp::Ln => 1.0 / x,
        UnaryOp::Log2 => 1.0 / (x * std::f64::consts::LN_2),
        UnaryOp::Log10 => 1.0 / (x * std::f64::consts::LN_10),
        UnaryOp::Ln1p => 1.0 / (1.0 + x),
        UnaryOp::Sin => x.cos(),
        UnaryOp::Cos => -x.sin(),
        UnaryOp::Tan => 1.0 + y * y,
        UnaryOp::Asin => 1.0 / (1.0 - x * x).sqrt(),
        UnaryOp::Acos => -1.0 / (1.0 - x * x).sqrt(),
        UnaryOp::Atan => 1.0 / (1.0 + x * x),
        UnaryOp::Sinh => x.cosh(),
        UnaryOp::Cosh => x.sinh(),
        UnaryOp::Tanh => 1.0 - y * y,
        UnaryOp::Asinh => 1.0 / (x * x + 1.0).sqrt(),
        UnaryOp::Acosh => 1.0 / (x * x - 1.0).sqrt(),
        UnaryOp::Atanh => 1.0 / (1.0 - x * x),
    }
}

/// `(d op(x, y) / dx, d op(x, y) / dy)`, given the result `z`.
fn binary_derivatives(op: BinaryOp, x: f64, y: f64, z: f64) -> (f64, f64) {
    match op {
        BinaryOp::Add => (1.0, 1.0),
        BinaryOp::Sub => (1.0, -1.0),
        BinaryOp::Mul => (y, x),
        BinaryOp::Div => (1.0 / y, -x / (y * y)),
        BinaryOp::Pow => {
            let dx = if y == 0.0 { 0.0 } else { y * x.powf(y - 1.0) };
            // The exponent's derivative needs ln x: only where it exists.
            let dy = if x > 0.0 { z * x.ln() } else { 0.0 };
            (dx, dy)
        }
        // The selected side takes the gradient; ties go to the left.
        BinaryOp::Max => {
            if x >= y {
                (1.0, 0.0)
            } else {
                (0.0, 1.0)
            }
        }
        BinaryOp::Min => {
            if x <= y {
                (1.0, 0.0)
            } else {
                (0.0, 1.0)
            }
        }
        BinaryOp::Atan2 => {
            // atan2(y = x, x = y): the first operand is the ordinate.
            let denominator = x * x + y * y;
            (y / denominator, -x / denominator)
        }
        BinaryOp::Lt
        | BinaryOp::Le
        | BinaryOp::Gt
        | BinaryOp::Ge
        | BinaryOp::Eq
        | BinaryOp::And
        | BinaryOp::Or => (0.0, 0.0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::input;

    /// The tape gradient of `output` against central finite differences of
    /// the graph.
    fn check_gradient(graph: &ExprGraph, output: Scalar, at: &[f64]) {
        let tape = Tape::new(graph, &[output]);
        let mut workspace = Workspace::default();
        let mut value = [0.0];
        tape.forward(at, &mut workspace, &mut value);
        let mut gradient = vec![0.0; at.len()];
        tape.gradient(&[1.0], &mut workspace, &mut gradient);
        for (i, &analytic) in gradient.iter().enumerate() {
            let h = 1e-6;
            let mut plus = at.to_vec();
            plus[i] += h;
            let mut minus = at.to_vec();
            minus[i] -= h;
            let numeric = (graph.evaluate(&plus)[output.index()]
                - graph.evaluate(&minus)[output.index()])
                / (2.0 * h);
            assert!(
                (analytic - numeric).abs() <= 1e-5 * (1.0 + numeric.abs()),
                "d/dx{i}: tape {analytic}, finite differences {numeric}"
            );
        }
    }

    #[test]
    fn every_operation_differentiates_like_finite_differences() {
        let unary = [
            UnaryOp::Neg,
            UnaryOp::Abs,
            UnaryOp::Sqrt,
            UnaryOp::Cbrt,
            UnaryOp::Square,
            UnaryOp::Recip,
            UnaryOp::Exp,
            UnaryOp::Expm1,
            UnaryOp::Ln,
            UnaryOp::Log2,
            UnaryOp::Log10,
            UnaryOp::Ln1p,
            UnaryOp::Sin,
            UnaryOp::Cos,
            UnaryOp::Tan,
            UnaryOp::Asin,
            UnaryOp::Acos,
            UnaryOp::Atan,
            UnaryOp::Sinh,
            UnaryOp::Cosh,
            UnaryOp::Tanh,
            UnaryOp::Asinh,
            UnaryOp::Atanh,
        ];
        for op in unary {
            let mut graph = ExprGraph::new();
            let x = input(&mut graph, 0.3);
            let y = graph.unary(op, x);
            check_gradient(&graph, y, &[0.3]);
        }
        let mut graph = ExprGraph::new();
        let x = input(&mut graph, 1.7);
        let y = graph.unary(UnaryOp::Acosh, x);
        check_gradient(&graph, y, &[1.7]);
        for op in [
            BinaryOp::Add,
            BinaryOp::Sub,
            BinaryOp::Mul,
            BinaryOp::Div,
            BinaryOp::Pow,
            BinaryOp::Max,
            BinaryOp::Min,
            BinaryOp::Atan2,
        ] {
            let mut graph = ExprGraph::new();
            let x = input(&mut graph, 1.3);
            let y = input(&mut graph, 0.7);
            let z = graph.binary(op, x, y);
            check_gradient(&graph, z, &[1.3, 0.7]);
        }
    }

    #[test]
    fn shared_subexpressions_and_selects_accumulate() {
        let mut graph = ExprGraph::new();
        let x = input(&mut graph, 2.0);
        let y = input(&mut graph, -1.0);
        let product = graph.mul(x, y);
        let squared = graph.square(product);
        let sum = graph.add(squared, product);
        let positive = graph.binary(BinaryOp::Gt, sum, y);
        let chosen = graph.select(positive, sum, y);
        check_gradient(&graph, chosen, &[2.0, -1.0]);
        check_gradient(&graph, chosen, &[0.5, 3.0]);
    }

    #[test]
    fn only_what_the_outputs_need_is_lowered() {
        let mut graph = ExprGraph::new();
        let x = input(&mut graph, 1.0);
        let y = input(&mut graph, 2.0);
        graph.unary(UnaryOp::Sin, y);
        let used = graph.square(x);
        let tape = Tape::new(&graph, &[used]);
        assert_eq!(tape.len(), 2);
    }
}
