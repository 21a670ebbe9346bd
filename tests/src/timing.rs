//! Timing helpers for the corpus benchmarks: medians of repeated runs and
//! one summary line per measurement.

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
