//! Benchmark: memory across many renders in one process, as a batch
//! renderer would run. Corpus trios are cycled in a fixed order, each
//! loaded as the command line loads it into a fresh database and
//! compiled, laid out and drawn (`kite_pipeline::compile`), everything
//! dropped before the next.
//!
//! Every 1,000 renders it prints the resident set size
//! (`/proc/self/statm`) then, and its least and greatest over those 1,000
//! renders (read after each one: the allocator returns memory to the
//! system unevenly, so a single reading depends on which trio came last),
//! and the heap in use between renders (a counting allocator: what the
//! process keeps from one render to the next, exactly). At the end, the
//! figures after the first 1,000 and after all renders and their relative
//! difference. Memory kept per render (a cache or interner that holds
//! every trio) shows as steady growth of the heap in use.
//!
//! `KITE_RENDERS` sets the number of renders (10,000 by default);
//! `KITE_LAYOUT=initial` draws the initial state instead of laying out
//! with at most 500 steps. Run with
//! `cargo bench -p kite-tests --bench render_memory`.

use kite_pipeline::{Layout, Options};
use kite_tests::batch::{BatchRenderer, mib, resident_bytes};
use kite_tests::corpus_dir;
use peak_alloc::PeakAlloc;
use std::time::Instant;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// Solver steps per layout: enough for most corpus trios to converge,
/// few enough that 10,000 renders finish in reasonable time.
const MAX_STEPS: usize = 500;

const DEFAULT_RENDERS: usize = 10_000;

/// Memory is printed every this many renders.
const WINDOW: usize = 1_000;

/// One window's memory figures, in bytes.
#[derive(Clone, Copy)]
struct Window {
    resident: u64,
    least: u64,
    greatest: u64,
    heap: u64,
}

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let renders = std::env::var("KITE_RENDERS")
        .ok()
        .and_then(|renders| renders.parse().ok())
        .unwrap_or(DEFAULT_RENDERS);
    let initial = std::env::var("KITE_LAYOUT").is_ok_and(|layout| layout == "initial");
    let layout = if initial {
        Layout::Initial
    } else {
        Layout::Optimize(Options {
            max_steps: MAX_STEPS,
            time_budget: None,
        })
    };
    let mut renderer = BatchRenderer::new(&corpus, layout);
    println!(
        "{renders} renders over {} corpus trios, {}; at start {:.1} MiB resident, {:.1} KiB heap",
        renderer.cycle(),
        if initial {
            "initial state".to_string()
        } else {
            format!("at most {MAX_STEPS} layout steps")
        },
        mib(resident_bytes().unwrap_or(0)),
        HEAP.current_usage() as f64 / 1024.0
    );
    let start = Instant::now();
    let mut windows: Vec<Window> = Vec::new();
    let (mut least, mut greatest) = (u64::MAX, 0);
    for render in 1..=renders {
        renderer.render_next();
        let resident = resident_bytes().unwrap_or(0);
        least = least.min(resident);
        greatest = greatest.max(resident);
        if render % WINDOW == 0 || render == renders {
            let window = Window {
                resident,
                least,
                greatest,
                heap: HEAP.current_usage() as u64,
            };
            println!(
                "after {render:>6} renders: {:7.1} MiB resident ({:7.1} to {:7.1} since the last line), {:7.1} KiB heap in use, {:6.1} s",
                mib(window.resident),
                mib(window.least),
                mib(window.greatest),
                window.heap as f64 / 1024.0,
                start.elapsed().as_secs_f64()
            );
            windows.push(window);
            (least, greatest) = (u64::MAX, 0);
        }
    }
    let (Some(first), Some(last)) = (windows.first(), windows.last()) else {
        return;
    };
    let change = |first: u64, last: u64| 100.0 * (last as f64 - first as f64) / first.max(1) as f64;
    println!(
        "after {} and {renders} renders: resident {:.1} → {:.1} MiB ({:+.1}%), greatest resident {:.1} → {:.1} MiB ({:+.1}%), heap in use {:.1} → {:.1} KiB ({:+.1}%)",
        WINDOW.min(renders),
        mib(first.resident),
        mib(last.resident),
        change(first.resident, last.resident),
        mib(first.greatest),
        mib(last.greatest),
        change(first.greatest, last.greatest),
        first.heap as f64 / 1024.0,
        last.heap as f64 / 1024.0,
        change(first.heap, last.heap),
    );
    println!(
        "{} drawings, {:.1} renders per second",
        renderer.drawn,
        renders as f64 / start.elapsed().as_secs_f64()
    );
}
