//! Benchmark: elaborating and rendering every corpus trio in-process.
//!
//! For each trio, as the median of many runs in a warm process:
//! - `check_us`: a fresh database, parsing, checking, matching and
//!   elaborating (all passes, evaluation included) — what `kite check`
//!   does;
//! - `elaborate_us`: elaboration alone (passes 1–4 over the memoised
//!   parses, checks and matches), measured by changing the variation;
//! - `svg_us`: writing the SVG of the elaborated diagram.
//!
//! It prints one JSON line per trio, then the median, 90th percentile and
//! maximum of each. Run with `cargo bench -p kite-tests --bench
//! render_corpus`.

use kite_db::{trio_diagnostics, trio_elaboration};
use kite_render::render_svg;
use kite_tests::timing::{median, micros, summarize};
use kite_tests::{corpus_dir, load_trio, read_manifest, trio_manifests};
use kite_world::TrioImages;
use std::hint::black_box;
use std::time::Instant;

/// Runs per trio and measurement; the median is reported.
const RUNS: usize = 11;

fn main() {
    let Some(corpus) = corpus_dir() else { return };
    let mut checks = Vec::new();
    let mut elaborations = Vec::new();
    let mut renders = Vec::new();
    for manifest in trio_manifests(&corpus) {
        let name = manifest
            .strip_prefix(&corpus)
            .unwrap_or(&manifest)
            .display()
            .to_string();
        let check = median(RUNS, || {
            let (db, trio) = load_trio(&manifest, &corpus);
            let start = Instant::now();
            black_box(trio_diagnostics(&db, trio));
            start.elapsed()
        });

        let (mut db, trio) = load_trio(&manifest, &corpus);
        trio_diagnostics(&db, trio);
        let mut round = 0;
        let elaborate = median(RUNS, || {
            round += 1;
            db.set_variation(trio, format!("bench-{round}"));
            let start = Instant::now();
            black_box(trio_elaboration(&db, trio));
            start.elapsed()
        });

        let images = TrioImages::new(&read_manifest(&manifest));
        let diagram = trio_elaboration(&db, trio).diagram.clone();
        let svg = median(RUNS, || {
            let start = Instant::now();
            if let Some(diagram) = &diagram {
                black_box(render_svg(diagram, diagram.graph.initial_values(), &images));
            }
            start.elapsed()
        });
        println!(
            "{{\"trio\": {name:?}, \"check_us\": {:.1}, \"elaborate_us\": {:.1}, \"svg_us\": {:.1}}}",
            micros(check),
            micros(elaborate),
            micros(svg)
        );
        checks.push((check, name.clone()));
        elaborations.push((elaborate, name.clone()));
        renders.push((svg, name));
    }
    summarize("check (parse, check, match, elaborate)", &mut checks);
    summarize("elaboration alone", &mut elaborations);
    summarize("SVG", &mut renders);
}
