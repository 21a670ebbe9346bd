//! The corpus trios elaborate without errors and render to well-formed
//! SVG: the test prints the share and lists the trios that do not.

use kite_db::trio_elaboration;
use kite_diagnostics::{HumanOptions, render_human};
use kite_render::render_svg;
use kite_tests::{corpus_dir, load_trio, read_manifest, trio_manifests};
use kite_world::TrioImages;

/// The share of corpus trios that must render.
const REQUIRED_SHARE: f64 = 0.95;

#[test]
fn corpus_trios_elaborate_and_render() {
    let Some(corpus) = corpus_dir() else { return };
    let manifests = trio_manifests(&corpus);
    let mut failures = Vec::new();
    for path in &manifests {
        let name = path.strip_prefix(&corpus).unwrap_or(path).display();
        let (db, trio) = load_trio(path, &corpus);
        let elaboration = trio_elaboration(&db, trio);
        let Some(diagram) = &elaboration.diagram else {
            let errors: Vec<_> = elaboration
                .diagnostics
                .iter()
                .filter(|d| d.is_error())
                .cloned()
                .collect();
            let report = render_human(&errors, &db.sources(), HumanOptions { color: false });
            failures.push(format!("{name}: does not elaborate\n{report}"));
            continue;
        };
        let images = TrioImages::new(&read_manifest(path));
        let svg = render_svg(diagram, diagram.graph.initial_values(), &images);
        if let Err(error) = roxmltree::Document::parse(&svg) {
            failures.push(format!("{name}: malformed SVG: {error}"));
        }
    }
    let rendered = manifests.len() - failures.len();
    println!(
        "corpus: {rendered} of {} trios elaborate and render ({:.1}%)",
        manifests.len(),
        100.0 * rendered as f64 / manifests.len() as f64
    );
    for failure in &failures {
        println!("{failure}");
    }
    assert!(
        rendered as f64 >= REQUIRED_SHARE * manifests.len() as f64,
        "fewer than {}% of the corpus trios render",
        REQUIRED_SHARE * 100.0
    );
}
