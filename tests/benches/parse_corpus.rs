//! Benchmark: lexing and parsing every Domain, Substance and Style file of the
//! Penrose corpus, reported as time per pass and throughput.
//!
//! Run with `cargo bench -p kite-tests --bench parse_corpus`.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use kite_diagnostics::FileId;
use kite_syntax::parse;
use kite_tests::{corpus_dir, program_files};
use std::hint::black_box;

fn parse_corpus(c: &mut Criterion) {
    let Some(corpus) = corpus_dir() else { return };
    let files: Vec<_> = program_files(&corpus)
        .into_iter()
        .map(|(path, language)| (std::fs::read_to_string(path).unwrap(), language))
        .collect();
    let bytes: usize = files.iter().map(|(text, _)| text.len()).sum();
    println!("corpus: {} files, {bytes} bytes", files.len());

    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("whole corpus", |b| {
        b.iter(|| {
            for (text, language) in &files {
                black_box(parse(black_box(text), *language, FileId(0)));
            }
        })
    });
    for language in [
        kite_syntax::Language::Domain,
        kite_syntax::Language::Substance,
        kite_syntax::Language::Style,
    ] {
        let subset: Vec<_> = files.iter().filter(|(_, l)| *l == language).collect();
        let subset_bytes: usize = subset.iter().map(|(text, _)| text.len()).sum();
        group.throughput(Throughput::Bytes(subset_bytes as u64));
        group.bench_function(format!("{language:?} files"), |b| {
            b.iter(|| {
                for (text, language) in &subset {
                    black_box(parse(black_box(text), *language, FileId(0)));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, parse_corpus);
criterion_main!(benches);
