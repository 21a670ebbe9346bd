//! Benchmark: selector matching over the corpus.
//!
//! For each trio (parsed and checked first, so only matching is timed), the median
//! time of matching every block of its Styles and the number of block runs
//! (substitutions and collector groups) it yields, as one JSON line; then
//! the block with the most substitutions in the corpus and the median and
//! maximum matching time. Run with
//! `cargo bench -p kite-tests --bench match_corpus`.

use kite_db::{Database, Trio, domain_check, parse, style_matches, substance_check};
use kite_tests::{corpus_dir, edge_chain_fixture, load_trio, trio_manifests};
use std::time::{Duration, Instant};

const RUNS: usize = 21;

fn main() {
    chain();
    let Some(corpus) = corpus_dir() else { return };
    let mut times = Vec::new();
    let mut largest: (usize, String, Duration) = (0, String::new(), Duration::ZERO);
    for manifest in trio_manifests(&corpus) {
        let name = manifest
            .strip_prefix(&corpus)
            .unwrap_or(&manifest)
            .display()
            .to_string();
        let mut samples = Vec::new();
        let mut runs = 0;
        let mut biggest_block = 0;
        for _ in 0..RUNS {
            let (db, trio) = load_trio(&manifest, &corpus);
            prepare_matching(&db, trio);
            let start = Instant::now();
            let counts = match_styles(&db, trio);
            samples.push(start.elapsed());
            runs = counts.iter().sum();
            biggest_block = counts.iter().copied().max().unwrap_or(0);
        }
        samples.sort();
        let median = samples[RUNS / 2];
        println!(
            "{{\"trio\": {name:?}, \"match_us\": {:.1}, \"block_runs\": {runs}, \"largest_block\": {biggest_block}}}",
            median.as_secs_f64() * 1e6
        );
        if biggest_block > largest.0 {
            largest = (biggest_block, name.clone(), median);
        }
        times.push((median, name));
    }
    times.sort();
    let micros = |duration: Duration| duration.as_secs_f64() * 1e6;
    println!(
        "matching: {} trios, median {:.0} µs, max {:.0} µs ({})",
        times.len(),
        micros(times[times.len() / 2].0),
        micros(times[times.len() - 1].0),
        times[times.len() - 1].1
    );
    println!(
        "largest block: {} substitutions in {} (whole trio matched in {:.0} µs)",
        largest.0,
        largest.1,
        micros(largest.2)
    );
}

/// A synthetic worst case for a product-then-filter matcher: two relations
/// sharing a variable over a path of 3,000 edges (9 million edge pairs, of
/// which 2,999 join).
fn chain() {
    let fixture = edge_chain_fixture(3000);
    let mut samples: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let (db, trio) = fixture.load();
            prepare_matching(&db, trio);
            let start = Instant::now();
            let largest_block = match_styles(&db, trio).into_iter().max();
            let elapsed = start.elapsed();
            assert_eq!(largest_block, Some(2999));
            elapsed
        })
        .collect();
    samples.sort();
    println!(
        "chain of 3000 edges, two relations: 2999 substitutions in {:.0} µs",
        samples[RUNS / 2].as_secs_f64() * 1e6
    );
}

/// Runs the queries matching reads (the checks, the Style parses), so
/// that timing covers matching alone.
fn prepare_matching(db: &Database, trio: Trio) {
    domain_check(db, trio.domain(db));
    substance_check(db, trio.substance(db), trio.domain(db));
    for style in trio.styles(db) {
        parse(db, *style);
    }
}

/// Matches every block of every Style of the trio; the run count of each
/// block.
fn match_styles(db: &Database, trio: Trio) -> Vec<usize> {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    trio.styles(db)
        .iter()
        .flat_map(|style| {
            style_matches(db, *style, substance, domain)
                .blocks
                .iter()
                .map(|block| block.runs())
        })
        .collect()
}
