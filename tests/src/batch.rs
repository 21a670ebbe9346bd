//! Batch rendering, as a long-lived renderer would do it: corpus trios
//! cycled in a fixed order, each loaded as the command line loads it
//! (`kite_world`) into a fresh database and run through
//! `kite_pipeline::compile`, with the process's resident memory read from
//! `/proc/self/statm` — for the memory benchmark and test.

use kite_pipeline::{Layout, compile};
use kite_world::{TrioImages, load_trio, read_manifest};
use std::path::{Path, PathBuf};

/// Renders the corpus trios one after another, round and round.
pub struct BatchRenderer {
    manifests: Vec<PathBuf>,
    layout: Layout,
    next: usize,
    /// Renders that gave a drawing.
    pub drawn: usize,
}

impl BatchRenderer {
    /// A renderer over every trio of `corpus`, in path order.
    pub fn new(corpus: &Path, layout: Layout) -> BatchRenderer {
        BatchRenderer {
            manifests: crate::trio_manifests(corpus),
            layout,
            next: 0,
            drawn: 0,
        }
    }

    /// How many renders make one pass over the corpus.
    pub fn cycle(&self) -> usize {
        self.manifests.len()
    }

    /// Renders the next trio; everything it made is dropped before this
    /// returns.
    pub fn render_next(&mut self) {
        let path = &self.manifests[self.next % self.manifests.len()];
        self.next += 1;
        let manifest = read_manifest(path).unwrap_or_else(|error| panic!("{error}"));
        let (db, trio) =
            load_trio(&manifest, Path::new("")).unwrap_or_else(|error| panic!("{error}"));
        let compiled = compile(&db, trio, &self.layout, &TrioImages::new(&manifest));
        if let Some(drawing) = &compiled.drawing {
            self.drawn += 1;
            std::hint::black_box(drawing.svg.len());
        }
    }
}

/// The process's resident set size in bytes: the second field of
/// `/proc/self/statm` (pages) times the page size. `None` where there is
/// no `/proc`.
pub fn resident_bytes() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some(pages * page_size())
}

/// The page size, from the `AT_PAGESZ` entry of `/proc/self/auxv` (pairs
/// of native words); 4 KiB if it cannot be read.
fn page_size() -> u64 {
    const AT_PAGESZ: u64 = 6;
    let word = std::mem::size_of::<usize>();
    let auxv = std::fs::read("/proc/self/auxv").unwrap_or_default();
    let value = |bytes: &[u8]| {
        let mut buffer = [0u8; 8];
        buffer[..word].copy_from_slice(bytes);
        u64::from_ne_bytes(buffer)
    };
    auxv.chunks_exact(2 * word)
        .find(|entry| value(&entry[..word]) == AT_PAGESZ)
        .map_or(4096, |entry| value(&entry[word..]))
}

/// Bytes as MiB.
pub fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}
