//! Gradient checks for every computation function: each is called on
//! arguments made of optimisation inputs at a generic point (no ties at
//! kinks, no zero-length vectors, points in general position), and the
//! tape gradient of every number of its result is checked against central
//! finite differences of the graph. Functions whose results never depend
//! on inputs are listed as constant results instead, and checked to be
//! made of constants.

mod chains;
mod marks;
mod matrices;
mod numbers;
mod paths;
mod rays;
mod samples;
mod shapes;
mod vectors;

use super::tests::result_scalars;
use crate::term_harness::TermHarness;
use kite_graph::{Color, PathCmd, PathCommand, PathPiece, Value};
use kite_library::FunctionKind;

type Build = Box<dyn Fn(&mut TermHarness) -> Vec<Value>>;

/// A call of a computation function on arguments it builds.
pub struct Call {
    name: &'static str,
    build: Build,
}

impl Call {
    pub fn new(
        name: &'static str,
        build: impl Fn(&mut TermHarness) -> Vec<Value> + 'static,
    ) -> Call {
        Call {
            name,
            build: Box::new(build),
        }
    }

    /// The call's result, over a fresh harness.
    fn run(&self, label: &str) -> (TermHarness, Value) {
        let mut h = TermHarness::new();
        let args = (self.build)(&mut h);
        let result = h
            .call(self.name, &args)
            .unwrap_or_else(|error| panic!("{label}: {error}"));
        (h, result)
    }
}

/// Piecewise-constant functions: away from their jumps every gradient is
/// zero, and the tape must say so.
const STEPS: &[&str] = &["ceil", "floor", "round", "sign", "trunc", "arcSweepFlag"];

/// Runs every call and checks the gradient of every number of its result
/// against finite differences: some number must depend on the inputs, and
/// some gradient must be non-zero unless the function is a step.
pub fn check(calls: &[Call]) {
    for (index, call) in calls.iter().enumerate() {
        let label = format!("{} (case {index})", call.name);
        let (h, result) = call.run(&label);
        let outputs = result_scalars(&result);
        assert!(
            outputs.iter().any(|&s| h.graph.as_constant(s).is_none()),
            "{label}: the result does not depend on the inputs: {result:?}"
        );
        let gradients = h.check_gradients(&label, &outputs);
        let moves = gradients.iter().flatten().any(|&d| d != 0.0);
        if STEPS.contains(&call.name) {
            assert!(!moves, "{label}: a step function has a non-zero gradient");
        } else {
            assert!(moves, "{label}: the gradient is zero");
        }
    }
}

/// Calls whose results never depend on optimisation inputs: random draws
/// (bounds fixed before layout), constants, colours without paint,
/// functions of strings, clip data, and counts. The sampling functions
/// whose results still follow their arguments (`triangleRandom`,
/// `sampleColor`'s alpha, `diffusionProcess`) have gradient checks.
fn constant_results() -> Vec<Call> {
    vec![
        Call::new("random", |h| vec![h.fixed(2.0), h.fixed(5.0)]),
        Call::new("randomIndex", |h| vec![h.fixed(2.0), h.fixed(9.0)]),
        Call::new("unitRandom", |_| vec![]),
        Call::new("diskRandom", |_| vec![]),
        Call::new("circleRandom", |_| vec![]),
        Call::new("sphereRandom", |_| vec![]),
        Call::new("normalRandom", |_| vec![]),
        Call::new("MathE", |_| vec![]),
        Call::new("MathPI", |_| vec![]),
        Call::new("none", |_| vec![]),
        Call::new("noClip", |_| vec![]),
        Call::new("clip", |h| vec![h.circle((0.3, -0.2), 1.7)]),
        Call::new("TeXify", |_| vec![Value::Str("x_1".into())]),
        Call::new("identity", |h| vec![h.fixed(3.0)]),
        Call::new("count", |h| vec![h.vector(&[0.3, -1.2, 2.5])]),
    ]
}

/// Every gradient check.
fn gradient_calls() -> Vec<Call> {
    [
        numbers::calls(),
        vectors::calls(),
        samples::calls(),
        matrices::calls(),
        paths::calls(),
        marks::calls(),
        chains::calls(),
        shapes::calls(),
        rays::calls(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// Path data of commands with input points.
pub fn path(h: &mut TermHarness, commands: &[(PathCommand, &[(f64, f64)])]) -> Vec<PathCmd> {
    commands
        .iter()
        .map(|&(command, points)| PathCmd {
            command,
            pieces: points
                .iter()
                .map(|&(x, y)| PathPiece::Point([h.input(x), h.input(y)]))
                .collect(),
        })
        .collect()
}

/// A colour whose channels are inputs.
pub fn rgba(h: &mut TermHarness, channels: [f64; 4]) -> Value {
    Value::Color(Color::Rgba(channels.map(|x| h.input(x))))
}

#[test]
fn constant_results_have_no_inputs() {
    for (index, call) in constant_results().iter().enumerate() {
        let label = format!("{} (case {index})", call.name);
        let (h, result) = call.run(&label);
        for scalar in result_scalars(&result) {
            assert!(
                h.graph.as_constant(scalar).is_some(),
                "{label}: {result:?} has a number that is not a constant"
            );
        }
    }
}

#[test]
fn every_computation_function_is_checked() {
    let gradients: Vec<&str> = gradient_calls().iter().map(|call| call.name).collect();
    let constants: Vec<&str> = constant_results().iter().map(|call| call.name).collect();
    for spec in kite_library::functions(FunctionKind::Computation) {
        let (checked, constant) = (
            gradients.contains(&spec.name),
            constants.contains(&spec.name),
        );
        assert!(
            checked || constant,
            "`{}` has neither a gradient check nor a constant result",
            spec.name
        );
        assert!(
            !(checked && constant),
            "`{}` has both a gradient check and a constant result",
            spec.name
        );
    }
    for name in gradients.iter().chain(&constants) {
        assert!(
            kite_library::function(FunctionKind::Computation, name).is_some(),
            "`{name}` is not a computation function"
        );
    }
}
