//! Timing helpers for the benchmarks: medians of repeated runs, one
//! summary line per measurement, and the median and largest corpus trios
//! the editor benchmarks measure.

use crate::{read_manifest, trio_manifests};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The median of `runs` measurements.
pub fn median(runs: usize, mut measure: impl FnMut() -> Duration) -> Duration {
    let mut times: Vec<Duration> = (0..runs).map(|_| measure()).collect();
    times.sort();
    times[runs / 2]
}

pub fn micros(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e6
}

/// Prints "what: N trios, median …, p90 …, max … (trio)" for per-trio
/// times.
pub fn summarize(what: &str, times: &mut [(Duration, String)]) {
    if times.is_empty() {
        return;
    }
    times.sort();
    let median = &times[times.len() / 2];
    let p90 = &times[(times.len() * 9 / 10).min(times.len() - 1)];
    let max = &times[times.len() - 1];
    println!(
        "{what}: {} trios, median {:.0} µs, p90 {:.0} µs, max {:.0} µs ({})",
        times.len(),
        micros(median.0),
        micros(p90.0),
        micros(max.0),
        max.1
    );
}

/// Prints "what: p50 …, p95 …, max … over N" for latencies.
pub fn percentiles(what: &str, times: &mut [Duration]) {
    if times.is_empty() {
        return;
    }
    times.sort();
    let at = |share: f64| times[((times.len() as f64 * share) as usize).min(times.len() - 1)];
    println!(
        "{what}: p50 {:.2} ms, p95 {:.2} ms, max {:.2} ms over {}",
        at(0.5).as_secs_f64() * 1e3,
        at(0.95).as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}

/// The corpus trio of median size and the largest, by the bytes of
/// their Domain, Substance and Styles: the manifests, labelled.
pub fn median_and_largest(corpus: &Path) -> [(&'static str, PathBuf); 2] {
    let mut trios: Vec<(u64, PathBuf)> = trio_manifests(corpus)
        .into_iter()
        .map(|path| (trio_size(&path), path))
        .collect();
    trios.sort();
    let median = trios[trios.len() / 2].1.clone();
    let largest = trios[trios.len() - 1].1.clone();
    [("median", median), ("largest", largest)]
}

/// The bytes of a trio's Domain, Substance and Styles.
pub fn trio_size(manifest: &Path) -> u64 {
    let manifest = read_manifest(manifest);
    std::iter::once(&manifest.domain)
        .chain([&manifest.substance])
        .chain(&manifest.styles)
        .filter_map(|path| std::fs::metadata(path).ok())
        .map(|metadata| metadata.len())
        .sum()
}
