//! The exterior-point penalty loop (§8.2) around L-BFGS, stage by stage,
//! with a step cap, an optional time budget and NaN detection.

use crate::lbfgs::{CONVERGED, Memory, dot, line_search};
use crate::problem::{Evaluator, Mask, Problem};
use std::time::{Duration, Instant};

const INITIAL_PENALTY: f64 = 1e3;
const PENALTY_GROWTH: f64 = 10.0;
/// A stage is done when a penalty round moves the state or the energy
/// less than this.
const EP_STOP: f64 = 1e-3;
/// Penalty rounds per stage at most: beyond λ = 10²⁴ nothing changes.
const MAX_ROUNDS: usize = 22;
/// A settled stage whose constraints are violated by more than this gets
/// more rounds, up to [`ROUNDS_TO_HOLD`] (λ = 10¹⁰).
const HOLDS: f64 = 1e-4;
const ROUNDS_TO_HOLD: usize = 7;

/// Limits on a solve.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Options {
    /// L-BFGS iterations over all stages and rounds.
    pub max_steps: usize,
    /// Wall-clock budget; `None` for none (results then depend on nothing
    /// but the problem).
    pub time_budget: Option<Duration>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            max_steps: 10_000,
            time_budget: None,
        }
    }
}

/// How a solve ended; serialized as [`Status::as_str`] gives it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every stage converged.
    Converged,
    /// The step cap was reached first.
    MaxSteps,
    /// The time budget ran out first.
    Timeout,
    /// The energy or its gradient stopped being a number.
    Nan,
    /// The caller stopped the solve (a newer edit in an editor).
    Cancelled,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Converged => "converged",
            Status::MaxSteps => "max-steps",
            Status::Timeout => "timeout",
            Status::Nan => "nan",
            Status::Cancelled => "cancelled",
        }
    }
}

/// The result of a solve.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    pub status: Status,
    /// L-BFGS iterations taken.
    pub steps: usize,
    /// The last stage's energy at the final state, at its last penalty.
    pub energy: f64,
    /// The final value of every input.
    pub inputs: Vec<f64>,
    /// Every term's value at the final state.
    pub term_values: Vec<f64>,
    /// The largest constraint residual at the final state (NaN if one is).
    pub max_residual: f64,
    /// For [`Status::Nan`], the first term that was not a number where the
    /// solve stopped, if a term was to blame.
    pub nan_term: Option<usize>,
}

/// Minimises the problem from its initial state.
pub fn solve(problem: &Problem, options: &Options) -> Solution {
    solve_from(problem, options, &problem.initial, &|| false)
}

/// Minimises the problem from `start` (one value per input: the initial
/// state, or a previous solution for a warm start), stopping with
/// [`Status::Cancelled`] at the first step after `cancelled` says so.
pub fn solve_from(
    problem: &Problem,
    options: &Options,
    start: &[f64],
    cancelled: &dyn Fn() -> bool,
) -> Solution {
    assert_eq!(start.len(), problem.initial.len(), "one start per input");
    let mut solver = Solver {
        evaluator: problem.evaluator(),
        options: *options,
        cancelled,
        started: Instant::now(),
        steps: 0,
        x: start.to_vec(),
        nan_term: None,
    };
    let mut status = Status::Converged;
    let mut energy = 0.0;
    for stage in &problem.stages {
        let mask = problem.mask(stage);
        match solver.stage(&mask) {
            Ok(stage_energy) => energy = stage_energy,
            Err(ended) => {
                status = ended;
                break;
            }
        }
    }
    let x = solver.x;
    let term_values = problem.term_values(&x);
    let nan_term = solver.nan_term;
    Solution {
        status,
        steps: solver.steps,
        energy,
        inputs: x,
        max_residual: problem.max_residual(&term_values),
        term_values,
        nan_term,
    }
}

struct Solver<'p> {
    evaluator: Evaluator<'p>,
    options: Options,
    cancelled: &'p dyn Fn() -> bool,
    started: Instant,
    steps: usize,
    x: Vec<f64>,
    /// The first term that was not a number when the solve stopped on one.
    nan_term: Option<usize>,
}

impl Solver<'_> {
    /// Stops on a NaN, remembering the term of the last evaluation that
    /// caused it.
    fn nan(&mut self) -> Status {
        self.nan_term = self
            .evaluator
            .term_values
            .iter()
            .position(|value| !value.is_finite());
        Status::Nan
    }

    /// Runs one stage's penalty rounds; its final energy, or how the solve
    /// ended early.
    fn stage(&mut self, mask: &Mask) -> Result<f64, Status> {
        let mut penalty = INITIAL_PENALTY;
        let mut previous: Option<(Vec<f64>, f64)> = None;
        for round in 0..MAX_ROUNDS {
            let energy = self.unconstrained(mask, penalty)?;
            if let Some((x_before, energy_before)) = &previous
                && round > 1
            {
                let moved = distance(&self.x, x_before);
                let settled = moved < EP_STOP || (energy - energy_before).abs() < EP_STOP;
                // Beyond Penrose: while a constraint is still violated, a
                // few more rounds with a stiffer penalty usually close it.
                let holds = self.evaluator.max_violation(mask) <= HOLDS;
                if settled && (holds || round >= ROUNDS_TO_HOLD) {
                    return Ok(energy);
                }
            }
            previous = Some((self.x.clone(), energy));
            penalty *= PENALTY_GROWTH;
        }
        Err(Status::MaxSteps)
    }

    /// L-BFGS on `φ(·, penalty)` from the current state until the
    /// gradient test passes; the final energy.
    fn unconstrained(&mut self, mask: &Mask, penalty: f64) -> Result<f64, Status> {
        let n = self.x.len();
        let mut memory = Memory::default();
        let mut gradient = vec![0.0; n];
        let mut energy = self.evaluator.energy(&self.x, penalty, mask, &mut gradient);
        let mut direction = vec![0.0; n];
        let mut next_x = vec![0.0; n];
        let mut next_gradient = vec![0.0; n];
        loop {
            if !energy.is_finite() || gradient.iter().any(|g| !g.is_finite()) {
                return Err(self.nan());
            }
            memory.direction(&gradient, &mut direction);
            let mut decrement = dot(&gradient, &direction);
            if decrement <= 0.0 || !decrement.is_finite() {
                // Not a descent direction: forget the curvature.
                memory.clear();
                direction.copy_from_slice(&gradient);
                decrement = dot(&gradient, &gradient);
            }
            if decrement < CONVERGED {
                return Ok(energy);
            }
            if self.steps >= self.options.max_steps {
                return Err(Status::MaxSteps);
            }
            if let Some(budget) = self.options.time_budget
                && self.started.elapsed() > budget
            {
                return Err(Status::Timeout);
            }
            if (self.cancelled)() {
                return Err(Status::Cancelled);
            }
            let evaluator = &mut self.evaluator;
            let step = line_search(
                &self.x,
                energy,
                &gradient,
                &direction,
                &mut next_x,
                &mut next_gradient,
                |x, g| evaluator.energy(x, penalty, mask, g),
            );
            self.steps += 1;
            if !step.energy.is_finite() || next_gradient.iter().any(|g| !g.is_finite()) {
                // The search ended where the energy is not a number: retry
                // from here along the gradient alone, then give up, keeping
                // the last state that was a number.
                if memory.is_empty() {
                    return Err(self.nan());
                }
                memory.clear();
                continue;
            }
            let s: Vec<f64> = next_x.iter().zip(&self.x).map(|(a, b)| a - b).collect();
            let y: Vec<f64> = next_gradient
                .iter()
                .zip(&gradient)
                .map(|(a, b)| a - b)
                .collect();
            memory.push(s, y);
            std::mem::swap(&mut self.x, &mut next_x);
            std::mem::swap(&mut gradient, &mut next_gradient);
            energy = step.energy;
        }
    }
}

fn distance(a: &[f64], b: &[f64]) -> f64 {
    a.iter()
        .zip(b)
        .map(|(x, y)| (x - y) * (x - y))
        .sum::<f64>()
        .sqrt()
}
