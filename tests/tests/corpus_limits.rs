//! The default limits sit far above every program of the corpus: for each
//! limit, the largest value a corpus trio reaches is at most a tenth of the
//! default, so that no real program meets a limit. The test prints the
//! figures.

use kite_db::{Database, SourceFile, Trio, style_matches, trio_elaboration};
use kite_limits::{Limit, thousands};
use kite_tests::{corpus_dir, load_trio, trio_manifests};
use std::collections::BTreeMap;

#[test]
fn the_largest_corpus_trio_stays_below_a_tenth_of_every_limit() {
    let Some(corpus) = corpus_dir() else { return };
    let mut largest: BTreeMap<Limit, (u64, String)> = BTreeMap::new();
    for path in trio_manifests(&corpus) {
        let name = path
            .strip_prefix(&corpus)
            .unwrap_or(&path)
            .display()
            .to_string();
        let (db, trio) = load_trio(&path, &corpus);
        for (limit, value) in measure(&db, trio) {
            let entry = largest.entry(limit).or_insert((0, String::new()));
            if value > entry.0 {
                *entry = (value, name.clone());
            }
        }
    }
    let mut over = Vec::new();
    for (limit, (value, trio)) in &largest {
        let default = limit.default_value();
        println!(
            "{:<20} largest {:>10} ({trio}), default {:>12}",
            limit.name(),
            thousands(*value),
            thousands(default)
        );
        if value.saturating_mul(10) > default {
            over.push(format!("{limit}: {trio} reaches {value} of {default}"));
        }
    }
    assert_eq!(
        largest.len(),
        Limit::ALL.len() - 1,
        "every limit but indexed-statements measured"
    );
    assert!(over.is_empty(), "{over:?}");
}

/// What the trio reaches of each limit (all but `indexed-statements`,
/// which the checker does not report per statement).
fn measure(db: &Database, trio: Trio) -> Vec<(Limit, u64)> {
    let files: Vec<SourceFile> = [trio.domain(db), trio.substance(db)]
        .into_iter()
        .chain(trio.styles(db).iter().copied())
        .collect();
    let text_of = |file: &SourceFile| file.text(db).clone();
    let file_bytes = files
        .iter()
        .map(|file| text_of(file).len())
        .max()
        .unwrap_or(0);
    let line_bytes = files
        .iter()
        .flat_map(|file| text_of(file).lines().map(str::len).collect::<Vec<_>>())
        .max()
        .unwrap_or(0);
    let block_matches = trio
        .styles(db)
        .iter()
        .flat_map(|style| {
            style_matches(db, *style, trio.substance(db), trio.domain(db))
                .blocks
                .iter()
                .map(|block| block.runs())
                .collect::<Vec<_>>()
        })
        .max()
        .unwrap_or(0);
    let diagram = trio_elaboration(db, trio)
        .diagram
        .as_ref()
        .expect("every corpus trio elaborates");
    [
        (Limit::FileBytes, file_bytes),
        (Limit::LineBytes, line_bytes),
        (Limit::BlockMatches, block_matches),
        (Limit::Shapes, diagram.shapes.len()),
        (Limit::Terms, diagram.terms.len()),
        (Limit::Inputs, diagram.graph.inputs().len()),
        (Limit::GraphNodes, diagram.graph.nodes().len()),
    ]
    .into_iter()
    .map(|(limit, value)| (limit, value as u64))
    .collect()
}
