//! Every trio of the Penrose corpus checks without errors.
//!
//! The corpus is registry data that Penrose compiles, so any error kite
//! reports on it is a false positive. Warnings are allowed, counted and
//! printed.

use kite_db::trio_diagnostics;
use kite_diagnostics::{HumanOptions, render_human};
use kite_tests::{corpus_dir, load_trio, trio_manifests};

#[test]
fn every_corpus_trio_checks_without_errors() {
    let Some(corpus) = corpus_dir() else { return };
    let manifests = trio_manifests(&corpus);
    assert!(
        !manifests.is_empty(),
        "no .trio.json under {}",
        corpus.display()
    );
    let mut failures = Vec::new();
    let mut warnings = 0;
    let mut trios_with_warnings = 0;
    for manifest in &manifests {
        let (db, trio) = load_trio(manifest, &corpus);
        let diagnostics = trio_diagnostics(&db, trio);
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        let count = diagnostics.len() - errors.len();
        warnings += count;
        trios_with_warnings += usize::from(count > 0);
        if !errors.is_empty() {
            failures.push(render_human(
                &errors,
                &db.sources(),
                HumanOptions { color: false },
            ));
        }
    }
    println!(
        "corpus: {} of {} trios check without errors; {warnings} warnings in {trios_with_warnings} trios",
        manifests.len() - failures.len(),
        manifests.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
