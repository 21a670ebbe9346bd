//! The layout engine (§8). A [`Problem`] is the diagram's energy terms
//! lowered to one flat tape; [`solve`] minimises the objectives subject to
//! the constraints with L-BFGS inside an exterior-point penalty loop,
//! stage by stage, and reports how it ended. The same problem and options
//! give the same result, bit for bit.

mod lbfgs;
mod penalty;
mod problem;

pub use penalty::{Options, Solution, Status, solve, solve_from};
pub use problem::{Evaluator, Mask, Problem, SATISFIED, residual};
