//! The solver on problems with known optima, conflicting constraints, a
//! NaN, layout stages and repeated runs.

use kite_graph::{
    Canvas, Diagram, ExprGraph, Input, InputOrigin, Origin, Scalar, Stages, Term, UnaryOp,
};
use kite_layout::{Options, Problem, Status, solve, solve_from};
use kite_library::FunctionKind;

/// A diagram with no shapes whose terms are built by the caller.
struct Builder {
    graph: ExprGraph,
    terms: Vec<Term>,
}

impl Builder {
    fn new() -> Builder {
        Builder {
            graph: ExprGraph::new(),
            terms: Vec::new(),
        }
    }

    fn input(&mut self, initial: f64, stages: Stages) -> Scalar {
        self.graph.input(Input {
            initial,
            stages,
            origin: InputOrigin::Unknown("x".into()),
        })
    }

    fn term(&mut self, kind: FunctionKind, value: Scalar, stages: Stages) {
        self.terms.push(Term {
            kind,
            function: "test".into(),
            args: Vec::new(),
            value,
            stages,
            origin: Origin::detached(),
        });
    }

    fn objective(&mut self, value: Scalar) {
        self.term(FunctionKind::Objective, value, Stages::All);
    }

    /// `value ≤ 0`.
    fn constraint(&mut self, value: Scalar) {
        self.term(FunctionKind::Constraint, value, Stages::All);
    }

    fn problem(self, stages: &[&str]) -> Problem {
        Problem::new(&Diagram {
            graph: self.graph,
            shapes: Vec::new(),
            order: Vec::new(),
            canvas: Canvas {
                width: 100.0,
                height: 100.0,
            },
            variation: String::new(),
            terms: self.terms,
            stages: stages.iter().map(|s| s.to_string()).collect(),
            bounds: None,
        })
    }
}

fn squared_distance(b: &mut Builder, x: Scalar, target: f64) -> Scalar {
    let target = b.graph.constant(target);
    let difference = b.graph.sub(x, target);
    b.graph.square(difference)
}

#[test]
fn an_unconstrained_quadratic_reaches_its_minimum() {
    let mut b = Builder::new();
    let x = b.input(10.0, Stages::All);
    let y = b.input(-7.0, Stages::All);
    let fx = squared_distance(&mut b, x, 3.0);
    let fy = squared_distance(&mut b, y, -1.0);
    let sum = b.graph.add(fx, fy);
    b.objective(sum);
    let solution = solve(&b.problem(&[]), &Options::default());
    assert_eq!(solution.status, Status::Converged);
    assert!(
        (solution.inputs[0] - 3.0).abs() < 0.1,
        "{:?}",
        solution.inputs
    );
    assert!(
        (solution.inputs[1] + 1.0).abs() < 0.1,
        "{:?}",
        solution.inputs
    );
}

#[test]
fn a_constraint_holds_at_the_optimum_on_its_boundary() {
    // Minimise x² subject to x ≥ 5.
    let mut b = Builder::new();
    let x = b.input(-20.0, Stages::All);
    let objective = b.graph.square(x);
    b.objective(objective);
    let five = b.graph.constant(5.0);
    let g = b.graph.sub(five, x);
    b.constraint(g);
    let solution = solve(&b.problem(&[]), &Options::default());
    assert_eq!(solution.status, Status::Converged);
    assert!(
        (solution.inputs[0] - 5.0).abs() < 1e-2,
        "{:?}",
        solution.inputs
    );
    assert!(
        solution.term_values[1] <= 1e-3,
        "residual {}",
        solution.term_values[1]
    );
}

#[test]
fn conflicting_constraints_end_with_a_status_not_a_hang() {
    // x ≤ 0 and x ≥ 1 cannot both hold.
    let mut b = Builder::new();
    let x = b.input(0.5, Stages::All);
    b.constraint(x);
    let one = b.graph.constant(1.0);
    let g = b.graph.sub(one, x);
    b.constraint(g);
    let options = Options {
        max_steps: 2_000,
        time_budget: None,
    };
    let solution = solve(&b.problem(&[]), &options);
    assert!(solution.steps <= 2_000);
    let worst = solution.term_values.iter().cloned().fold(0.0, f64::max);
    assert!(worst > 0.4, "one constraint must stay violated: {worst}");
}

#[test]
fn a_nan_stops_the_solve_and_names_the_term() {
    // ln(x) decreases without bound as x falls to 0, then is NaN below.
    let mut b = Builder::new();
    let x = b.input(1.0, Stages::All);
    let ok = b.graph.square(x);
    b.objective(ok);
    let log = b.graph.unary(UnaryOp::Ln, x);
    let weight = b.graph.constant(1e6);
    let scaled = b.graph.mul(log, weight);
    b.objective(scaled);
    let solution = solve(&b.problem(&[]), &Options::default());
    assert_eq!(solution.status, Status::Nan);
    assert_eq!(solution.nan_term, Some(1), "the logarithm is to blame");
    assert!(
        solution.inputs[0].is_finite(),
        "the last state that was a number"
    );
}

#[test]
fn stages_optimise_only_their_inputs_and_terms() {
    let mut b = Builder::new();
    let x = b.input(10.0, Stages::Only(vec!["first".into()]));
    let y = b.input(10.0, Stages::Only(vec!["second".into()]));
    let fx = squared_distance(&mut b, x, 1.0);
    let fy = squared_distance(&mut b, y, 2.0);
    b.term(
        FunctionKind::Objective,
        fx,
        Stages::Only(vec!["first".into()]),
    );
    b.term(
        FunctionKind::Objective,
        fy,
        Stages::Except(vec!["first".into()]),
    );
    let solution = solve(&b.problem(&["first", "second"]), &Options::default());
    assert_eq!(solution.status, Status::Converged);
    assert!((solution.inputs[0] - 1.0).abs() < 0.1);
    assert!((solution.inputs[1] - 2.0).abs() < 0.1);
}

#[test]
fn inputs_no_stage_optimises_never_move() {
    let mut b = Builder::new();
    let x = b.input(10.0, Stages::Never);
    let fx = squared_distance(&mut b, x, 1.0);
    b.objective(fx);
    let solution = solve(&b.problem(&[]), &Options::default());
    assert_eq!(solution.inputs[0], 10.0);
}

#[test]
fn the_step_cap_ends_with_max_steps() {
    let mut b = Builder::new();
    let x = b.input(10.0, Stages::All);
    let fx = squared_distance(&mut b, x, 1.0);
    b.objective(fx);
    let options = Options {
        max_steps: 0,
        time_budget: None,
    };
    let solution = solve(&b.problem(&[]), &options);
    assert_eq!(solution.status, Status::MaxSteps);
    assert_eq!(solution.steps, 0);
}

#[test]
fn solving_twice_gives_the_same_bits() {
    let build = || {
        let mut b = Builder::new();
        let x = b.input(3.3, Stages::All);
        let y = b.input(-1.7, Stages::All);
        let product = b.graph.mul(x, y);
        let fx = squared_distance(&mut b, product, 2.0);
        let fy = squared_distance(&mut b, y, 0.5);
        let sum = b.graph.add(fx, fy);
        b.objective(sum);
        let one = b.graph.constant(1.0);
        let g = b.graph.sub(one, x);
        b.constraint(g);
        b.problem(&[])
    };
    let first = solve(&build(), &Options::default());
    let second = solve(&build(), &Options::default());
    assert_eq!(first, second);
}

/// Minimise x² subject to x ≥ 5, from x = -20.
fn bounded_square() -> Problem {
    let mut b = Builder::new();
    let x = b.input(-20.0, Stages::All);
    let objective = b.graph.square(x);
    b.objective(objective);
    let five = b.graph.constant(5.0);
    let g = b.graph.sub(five, x);
    b.constraint(g);
    b.problem(&[])
}

#[test]
fn a_warm_start_from_the_optimum_takes_fewer_steps() {
    let problem = bounded_square();
    let cold = solve(&problem, &Options::default());
    let warm = solve_from(&problem, &Options::default(), &cold.inputs, &|| false);
    assert_eq!(warm.status, Status::Converged);
    assert!(
        warm.steps < cold.steps,
        "warm {} steps, cold {}",
        warm.steps,
        cold.steps
    );
    assert!((warm.inputs[0] - cold.inputs[0]).abs() < 1e-2, "{warm:?}");
}

#[test]
fn a_cancelled_solve_stops_at_its_next_step() {
    let problem = bounded_square();
    let solution = solve_from(&problem, &Options::default(), &problem.initial, &|| true);
    assert_eq!(solution.status, Status::Cancelled);
    assert!(solution.steps <= 1, "{} steps", solution.steps);
}
