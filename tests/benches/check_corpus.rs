//! Benchmark: checking every corpus trio in-process, as an editor or agent
//! would, and re-checking after a one-line Substance edit.
//!
//! For each trio it measures, as the median of many runs in a warm process:
//! - a full check: a fresh database, parsing and checking all files;
//! - a re-check: after inserting a line at the top of the Substance file
//!   (which moves every Substance span, so its parse and check re-run while
//!   the Domain and Style results are reused).
//!
//! It prints one JSON line per trio, then the median and maximum over the
//! corpus. Run with `cargo bench -p kite-tests --bench check_corpus`.

use kite_db::trio_diagnostics;
use kite_tests::timing::{median, micros, summarize};
use kite_tests::{corpus_dir, load_trio, trio_manifests};
use std::hint::black_box;
use std::time::Instant;

/// Runs per trio and measurement; the median is reported.
const RUNS: usize = 31;

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let manifests = trio_manifests(&corpus);
    let mut full = Vec::new();
    let mut recheck = Vec::new();
    for manifest in &manifests {
        let name = manifest
            .strip_prefix(&corpus)
            .unwrap_or(manifest)
            .display()
            .to_string();
        let full_check = median(RUNS, || {
            let (db, trio) = load_trio(manifest, &corpus);
            let start = Instant::now();
            black_box(trio_diagnostics(&db, trio));
            start.elapsed()
        });

        let (mut db, trio) = load_trio(manifest, &corpus);
        trio_diagnostics(&db, trio);
        let substance = trio.substance(&db);
        let original = substance.text(&db).clone();
        let edited = format!("\n{original}");
        let mut toggle = false;
        let re_check = median(RUNS, || {
            toggle = !toggle;
            db.set_text(substance, if toggle { &edited } else { &original }.clone());
            let start = Instant::now();
            black_box(trio_diagnostics(&db, trio));
            start.elapsed()
        });
        println!(
            "{{\"trio\": {name:?}, \"check_us\": {:.1}, \"recheck_us\": {:.1}}}",
            micros(full_check),
            micros(re_check)
        );
        full.push((full_check, name.clone()));
        recheck.push((re_check, name));
    }
    summarize("full check", &mut full);
    summarize("re-check after a one-line Substance edit", &mut recheck);
}
