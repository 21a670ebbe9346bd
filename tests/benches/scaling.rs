//! Benchmark: how time and heap memory grow with the size of a program.
//! Three generated trios, 1×, 4× and 16×: a Domain with `type Node`, a
//! Substance of 100 `Node`s, and a Style of 50, 200 or 800 blocks, each
//! `forall Node x` with one Circle and one `ensure lessThan` — 5,000,
//! 20,000 and 80,000 shapes. For each, the whole compile
//! (`kite_pipeline::compile`) is timed, with the report's per-phase
//! timings, and the heap is measured by a counting global allocator
//! (the peak is reset before each measured run): the bytes the database
//! and the compiled result keep once it returns, and the peak during it,
//! both above the heap before it. Then, in a fresh database, each phase's
//! own peak above the heap it started with. A table, then the growth factors
//! 1× → 4× → 16× of time and peak memory: about 4 per step is linear.
//!
//! `KITE_SCALING_STEPS` caps the solver's steps (1,000 by default; each
//! size is laid out with the same cap). Run with
//! `cargo bench -p kite-tests --bench scaling`.

use kite_db::{
    Database, Trio, domain_check, parse, style_check, style_references, substance_check,
    trio_elaboration,
};
use kite_pipeline::{Layout, NoImages, Options, compile, lay_out};
use kite_render::render_svg;
use kite_syntax::Language;
use peak_alloc::PeakAlloc;
use std::fmt::Write;
use std::hint::black_box;
use std::time::{Duration, Instant};

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// Objects in the Substance.
const NODES: usize = 100;

/// Style blocks at 1×.
const BLOCKS: usize = 50;

const FACTORS: [usize; 3] = [1, 4, 16];

const DEFAULT_STEPS: usize = 1_000;

/// The trio with `blocks` Style blocks, in a new database.
fn program(blocks: usize) -> (Database, Trio) {
    let mut substance = String::new();
    for node in 0..NODES {
        writeln!(substance, "Node n{node}").unwrap();
    }
    let mut style = String::from("canvas {\n  width = 800\n  height = 700\n}\n\n");
    for block in 0..blocks {
        writeln!(
            style,
            "forall Node x {{\n  x.c{block} = Circle {{\n    r: 5\n  }}\n  ensure lessThan(x.c{block}.r, 10)\n}}\n"
        )
        .unwrap();
    }
    let mut db = Database::default();
    let domain = db.add_file("scaling.domain", Language::Domain, "type Node\n");
    let substance = db.add_file("scaling.substance", Language::Substance, substance);
    let style = db.add_file("scaling.style", Language::Style, style);
    let trio = db.add_trio(domain, substance, vec![style], "scaling");
    (db, trio)
}

/// One size's figures.
struct Row {
    factor: usize,
    shapes: usize,
    phases: [Duration; 5],
    wall: Duration,
    status: &'static str,
    steps: usize,
    heap_before: usize,
    heap_peak: usize,
    heap_after: usize,
    /// Each phase's peak above the heap it started with.
    phase_peaks: [usize; 5],
}

const PHASES: [&str; 5] = ["parse", "check", "elaborate", "optimize", "render"];

/// Runs `phase` and gives its result and its peak heap above the heap
/// it started with.
fn peak_of<T>(phase: impl FnOnce() -> T) -> (T, usize) {
    HEAP.reset_peak_usage();
    let before = HEAP.current_usage();
    let result = phase();
    (result, HEAP.peak_usage().saturating_sub(before))
}

fn measure(factor: usize, layout: &Layout) -> Row {
    let (db, trio) = program(BLOCKS * factor);
    HEAP.reset_peak_usage();
    let heap_before = HEAP.current_usage();
    let start = Instant::now();
    let compiled = compile(&db, trio, layout, &NoImages);
    let wall = start.elapsed();
    let heap_peak = HEAP.peak_usage();
    let heap_after = HEAP.current_usage();
    let drawing = compiled.drawing.as_ref().expect("the scaling trio draws");
    let timings = drawing.report.timings;
    let shapes = compiled.diagram.map_or(0, |diagram| diagram.shapes.len());
    let (status, steps) = (drawing.report.status.as_str(), drawing.report.steps);
    drop(compiled);
    drop(db);

    let (db, trio) = program(BLOCKS * factor);
    let files = [trio.domain(&db), trio.substance(&db), trio.styles(&db)[0]];
    let ((), parse_peak) = peak_of(|| {
        for file in files {
            black_box(parse(&db, file));
        }
    });
    let ((), check_peak) = peak_of(|| {
        black_box(domain_check(&db, files[0]));
        black_box(substance_check(&db, files[1], files[0]));
        black_box(style_check(&db, files[2], files[0]));
        black_box(style_references(&db, files[2], files[1], files[0]));
    });
    let (elaboration, elaborate_peak) = peak_of(|| trio_elaboration(&db, trio));
    let diagram = elaboration
        .diagram
        .as_ref()
        .expect("the scaling trio elaborates");
    let (solution, optimize_peak) = peak_of(|| lay_out(diagram, layout));
    let ((), render_peak) = peak_of(|| {
        let values = diagram.graph.evaluate(&solution.inputs);
        black_box(render_svg(diagram, &values, &NoImages));
    });
    Row {
        factor,
        shapes,
        phases: [
            timings.parse,
            timings.check,
            timings.elaborate,
            timings.optimize,
            timings.render,
        ],
        wall,
        status,
        steps,
        heap_before,
        heap_peak,
        heap_after,
        phase_peaks: [
            parse_peak,
            check_peak,
            elaborate_peak,
            optimize_peak,
            render_peak,
        ],
    }
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}

fn mib(bytes: usize) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

fn main() {
    let steps = std::env::var("KITE_SCALING_STEPS")
        .ok()
        .and_then(|steps| steps.parse().ok())
        .unwrap_or(DEFAULT_STEPS);
    let layout = Layout::Optimize(Options {
        max_steps: steps,
        time_budget: None,
    });
    // A small run first, so that one-time set-up (fonts, tables) is not
    // counted against the 1× size.
    let _ = measure(1, &Layout::Initial);
    let rows: Vec<Row> = FACTORS
        .iter()
        .map(|&factor| measure(factor, &layout))
        .collect();

    println!(
        "scaling: {NODES} Nodes, {BLOCKS}×N blocks of one Circle and one ensure, at most {steps} layout steps"
    );
    println!(
        "{:>4} {:>7} {:>9} {:>9} {:>10} {:>10} {:>9} {:>10} {:>10} {:>10} {:>11}",
        "size",
        "shapes",
        "parse ms",
        "check ms",
        "elab. ms",
        "optim. ms",
        "render ms",
        "wall ms",
        "kept MiB",
        "peak MiB",
        "status"
    );
    for row in &rows {
        println!(
            "{:>3}× {:>7} {:>9.1} {:>9.1} {:>10.1} {:>10.1} {:>9.1} {:>10.1} {:>10.1} {:>10.1} {:>11}",
            row.factor,
            row.shapes,
            millis(row.phases[0]),
            millis(row.phases[1]),
            millis(row.phases[2]),
            millis(row.phases[3]),
            millis(row.phases[4]),
            millis(row.wall),
            mib(row.heap_after.saturating_sub(row.heap_before)),
            mib(row.heap_peak.saturating_sub(row.heap_before)),
            format!("{} {}", row.status, row.steps),
        );
    }
    println!("peak heap of each phase alone, above the heap it started with (MiB):");
    for row in &rows {
        let peaks: Vec<String> = PHASES
            .iter()
            .zip(row.phase_peaks)
            .map(|(phase, peak)| format!("{phase} {:.1}", mib(peak)))
            .collect();
        println!("{:>3}×: {}", row.factor, peaks.join(", "));
    }
    for pair in rows.windows(2) {
        let (small, large) = (&pair[0], &pair[1]);
        let growth = |large: f64, small: f64| large / small.max(f64::MIN_POSITIVE);
        let phases: Vec<String> = PHASES
            .iter()
            .enumerate()
            .map(|(index, phase)| {
                format!(
                    "{phase} {:.1}",
                    growth(
                        large.phases[index].as_secs_f64(),
                        small.phases[index].as_secs_f64()
                    )
                )
            })
            .collect();
        println!(
            "growth {}× → {}×: wall time {:.1}, peak heap {:.1}; time by phase: {}",
            small.factor,
            large.factor,
            growth(large.wall.as_secs_f64(), small.wall.as_secs_f64()),
            growth(
                (large.heap_peak - large.heap_before) as f64,
                (small.heap_peak - small.heap_before) as f64
            ),
            phases.join(", ")
        );
    }
}
