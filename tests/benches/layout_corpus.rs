//! Benchmark: the whole pipeline on every corpus trio, in-process —
//! compile (parse, check, match, elaborate), optimise and write the SVG —
//! next to Penrose's own timings from `penrose-reference.jsonl`.
//!
//! One JSON line per trio with each phase's time, the layout's status and
//! steps, the median energy-and-gradient evaluation time and the
//! reference's total; then medians, the 90th percentile, the median
//! speed-up over the reference, the time to draw a laid-out 800 × 700
//! canvas as PNG, and the five slowest trios. Run with
//! `cargo bench -p kite-tests --bench layout_corpus`.

use kite_layout::Problem;
use kite_pipeline::{Layout, Options, compile};
use kite_tests::timing::{median, micros, summarize};
use kite_tests::{
    corpus_dir, load_trio, penrose_reference, read_manifest, trio_id, trio_manifests,
};
use kite_world::TrioImages;
use std::collections::BTreeMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

/// Energy-and-gradient evaluations timed per trio.
const EVALUATIONS: usize = 101;

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let reference: BTreeMap<String, f64> = penrose_reference(&corpus)
        .into_iter()
        .filter_map(|(id, run)| Some((id, run["total_ms"].as_f64()?)))
        .collect();
    let mut totals = Vec::new();
    let mut evaluations = Vec::new();
    let mut speedups = Vec::new();
    let mut slowest = Vec::new();
    let mut pngs = Vec::new();
    for manifest in trio_manifests(&corpus) {
        let id = trio_id(&manifest, &corpus);
        let (db, trio) = load_trio(&manifest, &corpus);
        let images = TrioImages::new(&read_manifest(&manifest));
        let layout = Layout::Optimize(Options::default());
        let compiled = compile(&db, trio, &layout, &images);
        let (Some(diagram), Some(drawing)) = (compiled.diagram, &compiled.drawing) else {
            continue;
        };
        let (report, timings) = (&drawing.report, &drawing.report.timings);
        let compile = timings.parse + timings.check + timings.elaborate;
        let (optimize, svg) = (timings.optimize, timings.render);
        if diagram.canvas.width == 800.0 && diagram.canvas.height == 700.0 {
            let start = Instant::now();
            black_box(drawing.png(1.0).ok());
            pngs.push((start.elapsed(), id.clone()));
        }
        let total = compile + optimize + svg;

        let problem = Problem::new(diagram);
        let mut evaluator = problem.evaluator();
        let mask = problem.mask(&problem.stages[0]);
        let mut gradient = vec![0.0; problem.input_count()];
        let evaluation = median(EVALUATIONS, || {
            let start = Instant::now();
            black_box(evaluator.energy(&problem.initial, 1e3, &mask, &mut gradient));
            start.elapsed()
        });

        let penrose_ms = reference.get(&id).copied();
        println!(
            "{{\"trio\": {id:?}, \"compile_ms\": {:.3}, \"optimize_ms\": {:.3}, \"svg_ms\": {:.3}, \"total_ms\": {:.3}, \"status\": {:?}, \"steps\": {}, \"inputs\": {}, \"terms\": {}, \"tape\": {}, \"energy_eval_us\": {:.2}, \"penrose_total_ms\": {}}}",
            millis(compile),
            millis(optimize),
            millis(svg),
            millis(total),
            report.status.as_str(),
            report.steps,
            problem.input_count(),
            problem.term_count(),
            problem.tape_len(),
            micros(evaluation),
            penrose_ms.map_or("null".to_string(), |ms| format!("{ms:.1}")),
        );
        if let Some(penrose_ms) = penrose_ms {
            speedups.push(penrose_ms / millis(total));
        }
        slowest.push((
            total,
            format!(
                "{id} ({} steps, {} inputs, {} terms)",
                report.steps,
                problem.input_count(),
                problem.term_count()
            ),
        ));
        totals.push((total, id.clone()));
        evaluations.push((evaluation, id));
    }
    summarize("end to end (compile, optimise, SVG)", &mut totals);
    summarize("energy and gradient evaluation", &mut evaluations);
    summarize("PNG of a laid-out 800 x 700 canvas", &mut pngs);
    speedups.sort_by(f64::total_cmp);
    if !speedups.is_empty() {
        println!(
            "speed-up over Penrose's reference total: median {:.0}x over {} trios",
            speedups[speedups.len() / 2],
            speedups.len()
        );
    }
    slowest.sort();
    for (time, what) in slowest.iter().rev().take(5) {
        println!("slow: {:.0} ms {what}", millis(*time));
    }
}

fn millis(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1e3
}
