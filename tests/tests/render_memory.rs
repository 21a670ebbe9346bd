//! Memory across many renders: corpus trios rendered one after another in
//! one process (`kite_tests::batch`), each loaded into a fresh database
//! and drawn at its initial state, as a batch renderer would, must not
//! keep memory from one render to the next.
//!
//! A first pass over the whole corpus warms up what is loaded once
//! (fonts, tables). After two more passes, the heap in use between
//! renders — counted exactly by a global allocator — must be what it was
//! after the warm-up, give or take a little: that is the assertion that
//! catches a leak, to the byte and without flakiness.
//!
//! The resident set size (`/proc/self/statm`, read after each render) is
//! printed, but is too uneven for a 10% bound: the allocator returns freed
//! memory to the system or keeps it depending on what is left at the top
//! of its heap, so the same pass reads 24 MiB in one run and 130 MiB in the
//! next, and the greatest reading of a pass ranged from 120 to 172 MiB
//! between passes and runs. It is bounded only against gross growth
//! (memory the allocator does not see, such as threads that never end):
//! the greatest reading of the last pass must stay under twice the
//! warm-up pass's. The benchmark `render_memory` runs 10,000 renders.

use kite_pipeline::Layout;
use kite_tests::batch::{BatchRenderer, mib, resident_bytes};
use kite_tests::corpus_dir;
use peak_alloc::PeakAlloc;

#[global_allocator]
static HEAP: PeakAlloc = PeakAlloc;

/// Passes over the corpus after the warm-up.
const PASSES: usize = 2;

/// Heap the process may gain over the passes after the warm-up without
/// failing: far less than one trio's database and diagram.
const HEAP_SLACK: u64 = 256 * 1024;

/// The greatest resident size of the last pass must stay under this many
/// times the warm-up pass's.
const RESIDENT_BOUND: f64 = 2.0;

/// One pass's memory, in bytes.
#[derive(Clone, Copy, Debug)]
struct Pass {
    /// The heap in use after the pass.
    heap: u64,
    /// The least and the greatest resident size read after any render of
    /// the pass.
    least: u64,
    greatest: u64,
}

fn pass(renderer: &mut BatchRenderer) -> Pass {
    let (mut least, mut greatest) = (u64::MAX, 0);
    for _ in 0..renderer.cycle() {
        renderer.render_next();
        let resident = resident_bytes().unwrap_or(0);
        least = least.min(resident);
        greatest = greatest.max(resident);
    }
    Pass {
        heap: HEAP.current_usage() as u64,
        least,
        greatest,
    }
}

#[test]
fn renders_keep_no_memory() {
    let Some(corpus) = corpus_dir() else { return };
    let mut renderer = BatchRenderer::new(&corpus, Layout::Initial);
    let warm = pass(&mut renderer);
    let passes: Vec<Pass> = (0..PASSES).map(|_| pass(&mut renderer)).collect();
    let last = passes[PASSES - 1];
    for (index, pass) in std::iter::once(&warm).chain(&passes).enumerate() {
        println!(
            "pass {} ({} renders): heap in use {:.3} MiB, resident {:.1} to {:.1} MiB",
            index + 1,
            renderer.cycle(),
            mib(pass.heap),
            mib(pass.least),
            mib(pass.greatest)
        );
    }
    assert_eq!(
        renderer.drawn,
        renderer.cycle() * (PASSES + 1),
        "every corpus trio draws"
    );
    assert!(
        last.heap <= warm.heap + HEAP_SLACK,
        "the heap in use grew from {} to {} bytes over {} renders",
        warm.heap,
        last.heap,
        renderer.cycle() * PASSES
    );
    if warm.greatest > 0 {
        assert!(
            (last.greatest as f64) < warm.greatest as f64 * RESIDENT_BOUND,
            "the greatest resident size grew from {:.1} to {:.1} MiB over {} renders",
            mib(warm.greatest),
            mib(last.greatest),
            renderer.cycle() * PASSES
        );
    }
}
