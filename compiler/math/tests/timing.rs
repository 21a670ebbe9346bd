//! How long typesetting takes. Ignored by default; run it in release:
//! `cargo test --release -p kite-math --test timing -- --ignored --nocapture`.

use std::time::{Duration, Instant};

use common::FORMS;
use kite_math::{MathRenderer, engine};

mod common;

const RUNS: usize = 101;

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

#[test]
#[ignore = "timing: run in release with --ignored --nocapture"]
fn median_typesetting_time_per_label() {
    let start = Instant::now();
    engine().typeset("x", 16.0).unwrap();
    println!(
        "first call, loading the font: {:.2} ms",
        ms(start.elapsed())
    );
    let mut medians = Vec::new();
    for (_, tex) in FORMS {
        let times = (0..RUNS)
            .map(|_| {
                let start = Instant::now();
                engine().typeset(tex, 16.0).unwrap();
                start.elapsed()
            })
            .collect();
        let label_median = median(times);
        println!("{tex:>20}: {:.3} ms", ms(label_median));
        medians.push(label_median);
    }
    println!("median over labels: {:.3} ms", ms(median(medians)));
}

fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}
