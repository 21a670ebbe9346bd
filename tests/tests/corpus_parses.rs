//! Every Domain, Substance and Style file of the Penrose corpus parses
//! without a single diagnostic.

use kite_tests::{ParsedFile, corpus_dir, program_files};

#[test]
fn every_corpus_file_parses_clean() {
    let Some(corpus) = corpus_dir() else { return };
    let files = program_files(&corpus);
    assert!(
        !files.is_empty(),
        "no program files under {}",
        corpus.display()
    );
    let mut failures = Vec::new();
    for (path, _) in &files {
        let name = path
            .strip_prefix(&corpus)
            .unwrap_or(path)
            .display()
            .to_string();
        let file = ParsedFile::read(path, &name);
        if !file.diagnostics().is_empty() {
            failures.push(file.rendered());
        }
    }
    println!(
        "corpus: {} of {} files parse clean",
        files.len() - failures.len(),
        files.len()
    );
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
