//! Benchmark: many random trios from the grammar-aware generator
//! (`kite_tests::random_program`) compiled and laid out in-process — the
//! random-program test at scale. Prints how many reached a drawing (by
//! layout status), the commonest first errors of the others, the
//! throughput, the slowest trio, and every trio that panicked or ended
//! with neither a drawing nor an error.
//!
//! `KITE_RANDOM_PROGRAMS` sets how many (20,000 by default). Run with
//! `cargo bench -p kite-tests --bench random_programs`.

use kite_tests::random_program::{GeneratedTrio, count_from_env, run_many};

/// The seed of the first trio: a range the test does not cover.
const SEED: u64 = 0x6b69_7465_0001_0000;

const DEFAULT_COUNT: usize = 20_000;

/// Solver steps per layout, as in the test.
const MAX_STEPS: usize = 200;

fn main() {
    let count = count_from_env(DEFAULT_COUNT);
    let summary = run_many(SEED, count, MAX_STEPS);
    summary.print();
    for (seed, what) in &summary.failures {
        println!(
            "failure: {what}\n{}",
            GeneratedTrio::generate(*seed).fixture_text()
        );
    }
}
