//! The optimisation problem of a diagram: its terms lowered to one tape,
//! which inputs and terms each layout stage uses, and the energy
//! `φ(x, λ) = Σ objectives + λ Σ max(constraint, 0)²` with its gradient.

use kite_graph::{Diagram, Stages, Tape, Workspace};
use kite_library::FunctionKind;

/// A constraint holds when its residual `max(g, 0)` is at most this.
pub const SATISFIED: f64 = 1e-3;

/// How far constraint value `g` is from holding: `max(g, 0)`, and NaN
/// when `g` is NaN.
pub fn residual(g: f64) -> f64 {
    if g.is_nan() { g } else { g.max(0.0) }
}

/// A diagram's layout problem.
#[derive(Clone, Debug)]
pub struct Problem {
    tape: Tape,
    /// Whether each term (tape output) is a constraint.
    is_constraint: Vec<bool>,
    /// The stage set of each term.
    term_stages: Vec<Stages>,
    /// The stage set of each input.
    input_stages: Vec<Stages>,
    pub initial: Vec<f64>,
    /// The layout stages in order; one unnamed stage without a `layout`.
    pub stages: Vec<String>,
}

/// Which inputs and terms one stage optimises.
pub struct Mask {
    pub inputs: Vec<bool>,
    pub terms: Vec<bool>,
}

/// Evaluates a problem's energy and gradient, with buffers reused from
/// call to call so that evaluation does not allocate.
pub struct Evaluator<'p> {
    problem: &'p Problem,
    workspace: Workspace,
    pub term_values: Vec<f64>,
    weights: Vec<f64>,
}

impl Problem {
    pub fn new(diagram: &Diagram) -> Problem {
        let outputs: Vec<_> = diagram.terms.iter().map(|term| term.value).collect();
        let stages = if diagram.stages.is_empty() {
            vec![String::new()]
        } else {
            diagram.stages.clone()
        };
        Problem {
            tape: Tape::new(&diagram.graph, &outputs),
            is_constraint: diagram
                .terms
                .iter()
                .map(|term| term.kind == FunctionKind::Constraint)
                .collect(),
            term_stages: diagram
                .terms
                .iter()
                .map(|term| term.stages.clone())
                .collect(),
            input_stages: diagram
                .graph
                .inputs()
                .iter()
                .map(|input| input.stages.clone())
                .collect(),
            initial: diagram
                .graph
                .inputs()
                .iter()
                .map(|input| input.initial)
                .collect(),
            stages,
        }
    }

    pub fn term_count(&self) -> usize {
        self.is_constraint.len()
    }

    pub fn input_count(&self) -> usize {
        self.initial.len()
    }

    /// The number of tape instructions.
    pub fn tape_len(&self) -> usize {
        self.tape.len()
    }

    /// What stage `stage` optimises.
    pub fn mask(&self, stage: &str) -> Mask {
        Mask {
            inputs: self
                .input_stages
                .iter()
                .map(|s| s.includes(stage))
                .collect(),
            terms: self.term_stages.iter().map(|s| s.includes(stage)).collect(),
        }
    }

    pub fn evaluator(&self) -> Evaluator<'_> {
        Evaluator {
            problem: self,
            workspace: Workspace::default(),
            term_values: vec![0.0; self.term_count()],
            weights: vec![0.0; self.term_count()],
        }
    }

    /// The largest residual `max(g, 0)` of any constraint, given every
    /// term's value; NaN when a constraint is NaN.
    pub fn max_residual(&self, term_values: &[f64]) -> f64 {
        term_values
            .iter()
            .zip(&self.is_constraint)
            .filter(|&(_, &constraint)| constraint)
            .map(|(&value, _)| residual(value))
            .fold(0.0, |worst, residual| {
                if worst.is_nan() || residual.is_nan() {
                    f64::NAN
                } else {
                    worst.max(residual)
                }
            })
    }

    /// Every term's value at `inputs`.
    pub fn term_values(&self, inputs: &[f64]) -> Vec<f64> {
        let mut evaluator = self.evaluator();
        evaluator.terms(inputs);
        evaluator.term_values
    }
}

impl Evaluator<'_> {
    /// Evaluates the terms at `x`.
    pub fn terms(&mut self, x: &[f64]) {
        self.problem
            .tape
            .forward(x, &mut self.workspace, &mut self.term_values);
    }

    /// The largest violation `max(g, 0)` among the stage's constraints at
    /// the last point evaluated.
    pub fn max_violation(&self, mask: &Mask) -> f64 {
        self.term_values
            .iter()
            .zip(&self.problem.is_constraint)
            .zip(&mask.terms)
            .filter(|&((_, &constraint), &active)| constraint && active)
            .map(|((&value, _), _)| value.max(0.0))
            .fold(0.0, f64::max)
    }

    /// `φ(x, λ)` and its gradient (zero for inputs the stage does not
    /// optimise), written to `gradient`.
    pub fn energy(&mut self, x: &[f64], penalty: f64, mask: &Mask, gradient: &mut [f64]) -> f64 {
        self.terms(x);
        let mut energy = 0.0;
        for (k, &value) in self.term_values.iter().enumerate() {
            self.weights[k] = if !mask.terms[k] {
                0.0
            } else if self.problem.is_constraint[k] {
                let violation = value.max(0.0);
                energy += penalty * violation * violation;
                2.0 * penalty * violation
            } else {
                energy += value;
                1.0
            };
            // A NaN term poisons the energy even where its weight is 0.
            if mask.terms[k] && value.is_nan() {
                energy = f64::NAN;
            }
        }
        gradient.fill(0.0);
        self.problem
            .tape
            .gradient(&self.weights, &mut self.workspace, gradient);
        for (g, &optimised) in gradient.iter_mut().zip(&mask.inputs) {
            if !optimised {
                *g = 0.0;
            }
        }
        energy
    }
}
