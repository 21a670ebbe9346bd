//! Median time of one measurement per label, over 1000 runs each.
//! Run with `cargo bench -p kite-text --bench measure`.

use std::time::{Duration, Instant};

use kite_text::{Fonts, TextStyle};

const RUNS: usize = 1000;

fn median_measurement(fonts: &Fonts, label: &TextStyle) -> Duration {
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(fonts.measure(std::hint::black_box(label)));
            start.elapsed()
        })
        .collect();
    times.sort();
    times[RUNS / 2]
}

fn main() {
    let start = Instant::now();
    let fonts = Fonts::bundled();
    println!(
        "loading the bundled fonts: {:.3} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    for (text, family) in [
        ("A", "sans-serif"),
        ("Hello, world", "sans-serif"),
        ("Hello, world", "Times"),
        ("αβγ", "sans-serif"),
        ("x ∈ ℝ", "sans-serif"),
        (
            "The quick brown fox jumps over the lazy dog (0123456789)",
            "sans-serif",
        ),
    ] {
        let label = TextStyle {
            text,
            family,
            size_px: 12.0,
            weight: "",
            style: "",
        };
        let median = median_measurement(fonts, &label);
        println!(
            "{text:?} in {family}: median {:.3} ms",
            median.as_secs_f64() * 1e3
        );
    }
}
