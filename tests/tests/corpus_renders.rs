//! Every corpus trio elaborates without errors and renders to well-formed
//! SVG, as the README promises; the test lists the trios that do not. It
//! also counts the trios with Text or Equation labels, every one of which
//! must be measured.

use kite_diagnostics::{HumanOptions, render_human};
use kite_graph::Diagram;
use kite_library::{Property, ShapeKind};
use kite_pipeline::{Layout, compile};
use kite_tests::{corpus_dir, load_trio, read_manifest, trio_manifests};
use kite_world::TrioImages;

#[test]
fn corpus_trios_elaborate_and_render() {
    let Some(corpus) = corpus_dir() else { return };
    let manifests = trio_manifests(&corpus);
    let mut failures = Vec::new();
    let (mut with_labels, mut texts, mut equations, mut measured) = (0, 0, 0, 0);
    for path in &manifests {
        let name = path.strip_prefix(&corpus).unwrap_or(path).display();
        let (db, trio) = load_trio(path, &corpus);
        let images = TrioImages::new(&read_manifest(path));
        let compiled = compile(&db, trio, &Layout::Initial, &images);
        let (Some(diagram), Some(drawing)) = (compiled.diagram, &compiled.drawing) else {
            let errors: Vec<_> = compiled
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .cloned()
                .collect();
            let report = render_human(&errors, &db.sources(), HumanOptions { color: false });
            failures.push(format!("{name}: does not elaborate\n{report}"));
            continue;
        };
        let labels = label_kinds(diagram);
        if labels != (0, 0) {
            with_labels += 1;
            texts += usize::from(labels.0 > 0);
            equations += usize::from(labels.1 > 0);
            if unmeasured_labels(diagram).is_empty() {
                measured += 1;
            } else {
                failures.push(format!(
                    "{name}: labels without a measured size: {:?}",
                    unmeasured_labels(diagram)
                ));
            }
        }
        if let Err(error) = roxmltree::Document::parse(&drawing.svg) {
            failures.push(format!("{name}: malformed SVG: {error}"));
        }
    }
    let rendered = manifests.len() - failures.len();
    println!(
        "corpus: {rendered} of {} trios elaborate and render ({:.1}%)",
        manifests.len(),
        100.0 * rendered as f64 / manifests.len() as f64
    );
    println!(
        "labels: {with_labels} trios use Text or Equation ({texts} Text, {equations} Equation); {measured} render with every label measured"
    );
    for failure in &failures {
        println!("{failure}");
    }
    assert!(failures.is_empty(), "{} corpus trios fail", failures.len());
}

/// How many Text and how many Equation shapes the diagram has.
fn label_kinds(diagram: &Diagram) -> (usize, usize) {
    let count = |kind| diagram.shapes.iter().filter(|s| s.kind == kind).count();
    (count(ShapeKind::Text), count(ShapeKind::Equation))
}

/// The labels with a non-empty string but no measured width.
fn unmeasured_labels(diagram: &Diagram) -> Vec<String> {
    let values = diagram.graph.initial_values();
    diagram
        .shapes
        .iter()
        .filter(|s| matches!(s.kind, ShapeKind::Text | ShapeKind::Equation))
        .filter(|s| {
            s.string(Property::String)
                .is_some_and(|text| !text.trim().is_empty())
        })
        .filter(|s| {
            s.float(Property::Width)
                .is_none_or(|width| values[width.index()] <= 0.0)
        })
        .map(|s| s.name.clone())
        .collect()
}
