//! Layout fixtures: hand-written trios with known outcomes
//! (`tests/fixtures/layout`), each laid out from its initial state. Those
//! that must converge hold every constraint and are checked against
//! their geometry; conflicting constraints end with a status; a NaN names
//! the term to blame.

use kite_db::{trio_diagnostics, trio_elaboration};
use kite_graph::Diagram;
use kite_layout::{SATISFIED, Solution, Status};
use kite_pipeline::{Layout, Options, lay_out};
use kite_tests::{TrioFixture, trio_fixtures};

#[test]
fn layout_fixtures_end_as_annotated() {
    let fixtures = trio_fixtures("layout");
    assert!(fixtures.len() >= 5, "expected the layout fixtures");
    for fixture in &fixtures {
        let (db, trio) = fixture.load();
        let errors: Vec<_> = trio_diagnostics(&db, trio)
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.message.clone())
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", fixture.name);
        let diagram = trio_elaboration(&db, trio)
            .diagram
            .as_ref()
            .expect("an elaborated diagram");
        let options = Options {
            max_steps: 5_000,
            time_budget: None,
        };
        let solution = lay_out(diagram, &Layout::Optimize(options));
        let expected = fixture.layout.as_deref().expect("a `-- layout:` line");
        match expected {
            "converged" => {
                assert_eq!(solution.status, Status::Converged, "{}", fixture.name);
                let worst = solution.max_residual;
                assert!(worst <= SATISFIED, "{}: residual {worst}", fixture.name);
                check_geometry(fixture, diagram, &solution);
            }
            "stopped" => {
                assert_ne!(solution.status, Status::Nan, "{}", fixture.name);
                assert!(solution.steps <= options.max_steps);
                assert!(solution.max_residual > SATISFIED, "{}", fixture.name);
            }
            nan => {
                let line: usize = nan
                    .strip_prefix("nan@style:")
                    .and_then(|line| line.parse().ok())
                    .expect("`nan@style:LINE`");
                assert_eq!(solution.status, Status::Nan, "{}", fixture.name);
                let term = &diagram.terms[solution.nan_term.expect("a term to blame")];
                let style = &fixture.sections[2];
                let term_line = style[..term.origin.statement.start].matches('\n').count() + 1;
                assert_eq!(term_line, line, "{}: the term to blame", fixture.name);
            }
        }
    }
}

/// The final value of a shape's numeric property.
fn numbers(diagram: &Diagram, solution: &Solution, shape: &str, property: &str) -> Vec<f64> {
    let values = diagram.graph.evaluate(&solution.inputs);
    let shape = diagram
        .shapes
        .iter()
        .find(|s| s.name == shape)
        .unwrap_or_else(|| panic!("no shape {shape}"));
    let named = kite_library::Property::named(property)
        .unwrap_or_else(|| panic!("no shape type has a property {property}"));
    match shape.property(named) {
        Some(kite_graph::Value::Float(s)) => vec![values[s.index()]],
        Some(value) => value
            .as_numbers()
            .expect("a numeric property")
            .iter()
            .map(|s| values[s.index()])
            .collect(),
        None => panic!("no property {property}"),
    }
}

/// What each converged fixture's geometry must be, beyond its residuals.
fn check_geometry(fixture: &TrioFixture, diagram: &Diagram, solution: &Solution) {
    let get = |shape: &str, property: &str| numbers(diagram, solution, shape, property);
    match fixture.name.as_str() {
        "circle-in-rectangle" => {
            let (box_center, disc) = (get("A.box", "center"), get("A.disc", "center"));
            let r = get("A.disc", "r")[0];
            assert!(
                (disc[0] - box_center[0]).abs() + r + 5.0 <= 60.0 + 1e-2,
                "{disc:?}"
            );
            assert!(
                (disc[1] - box_center[1]).abs() + r + 5.0 <= 40.0 + 1e-2,
                "{disc:?}"
            );
        }
        "disjoint-circles" => {
            let (a, b) = (get("A.disc", "center"), get("B.disc", "center"));
            let distance = ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2)).sqrt();
            assert!(distance >= 170.0 - 1e-2, "centres {distance} apart");
        }
        "centred-label" => {
            let (text, disc) = (get("A.text", "center"), get("A.disc", "center"));
            assert!((text[0] - disc[0]).abs() < 0.5 && (text[1] - disc[1]).abs() < 0.5);
        }
        other => panic!("no geometry check for {other}"),
    }
}
