//! Random trios from the grammar-aware generator
//! (`kite_tests::random_program`), compiled and laid out through
//! `kite_pipeline::compile`: none may panic, each must end either with a
//! drawing (with a layout status) or with an error diagnostic saying why
//! there is none, every diagnostic span must lie inside its file and every
//! SVG must be well-formed. A minimum share must reach a drawing, so that
//! the generator cannot silently degrade into producing rejected programs.
//! A failure prints the trio as a fixture, with its seed.
//!
//! `KITE_RANDOM_PROGRAMS` sets how many trios to run (2,000 by default,
//! about 10 s on two cores in the dev profile; 30,000 take 4 to 6
//! minutes); the benchmark `random_programs` runs many more.

use kite_tests::random_program::{GeneratedTrio, count_from_env, run_many};

/// The seed of the first trio; trio `i` is generated from `SEED + i`.
const SEED: u64 = 0x6b69_7465_0000_0000;

/// Trios run unless `KITE_RANDOM_PROGRAMS` says otherwise.
const DEFAULT_COUNT: usize = 2_000;

/// Solver steps per layout: enough to exercise the optimiser, few enough
/// to keep each trio quick.
const MAX_STEPS: usize = 200;

/// The share of trios that must reach a drawing: a ratchet a little below
/// what the generator achieves (98.2% of the 2,000 from `SEED`; the rest
/// are mostly library calls that fail on their values, E0422). Raise it
/// when the generator gets better.
const MIN_DRAWING_SHARE: f64 = 0.95;

#[test]
fn random_programs_never_panic_and_mostly_draw() {
    let count = count_from_env(DEFAULT_COUNT);
    let summary = run_many(SEED, count, MAX_STEPS);
    summary.print();
    let failures: Vec<String> = summary
        .failures
        .iter()
        .take(3)
        .map(|(seed, what)| format!("{what}\n{}", GeneratedTrio::generate(*seed).fixture_text()))
        .collect();
    assert!(
        summary.failures.is_empty(),
        "{} of {count} random programs failed; the first:\n\n{}",
        summary.failures.len(),
        failures.join("\n\n")
    );
    assert!(
        summary.drawing_share() >= MIN_DRAWING_SHARE,
        "only {:.1}% of random programs reached a drawing (at least {:.1}% did before)",
        100.0 * summary.drawing_share(),
        100.0 * MIN_DRAWING_SHARE
    );
}
