//! Property tests: whatever the edit to one file of a real trio, checking
//! the trio returns diagnostics whose spans (primary, secondary and fixes)
//! lie inside their files, and rendering them works; when the edited trio
//! still elaborates, its SVG is well-formed. It never panics or hangs.

use kite_db::{Database, Trio, trio_diagnostics, trio_elaboration};
use kite_render::{NoImages, render_svg};
use kite_syntax::Language;
use kite_tests::mutation::{apply, check_diagnostic_spans, edit, runner};
use kite_tests::{TrioFixture, corpus_dir, fixtures_dir, load_trio, read, trio_manifests};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The trios to edit, as the texts of their domain, substance and first
/// style: every fifth corpus trio, or the check fixtures without a corpus.
fn seeds() -> &'static [[String; 3]] {
    static SEEDS: OnceLock<Vec<[String; 3]>> = OnceLock::new();
    SEEDS.get_or_init(|| match corpus_dir() {
        Some(corpus) => trio_manifests(&corpus)
            .iter()
            .step_by(5)
            .map(|manifest| {
                let (db, trio) = load_trio(manifest, &corpus);
                texts(&db, trio)
            })
            .collect(),
        None => std::fs::read_dir(fixtures_dir().join("check"))
            .unwrap()
            .map(|entry| {
                let path = entry.unwrap().path();
                TrioFixture::parse("seed", &read(&path)).sections
            })
            .collect(),
    })
}

fn texts(db: &Database, trio: Trio) -> [String; 3] {
    [
        trio.domain(db).text(db).clone(),
        trio.substance(db).text(db).clone(),
        trio.styles(db)[0].text(db).clone(),
    ]
}

/// Images are not what these tests are about.
const LANGUAGES: [Language; 3] = [Language::Domain, Language::Substance, Language::Style];

#[test]
fn edited_trios_never_break_the_checker() {
    let strategy = (
        0..seeds().len(),
        0..3usize,
        prop::collection::vec(edit(), 1..5),
    );
    runner(600)
        .run(&strategy, |(index, which, edits)| {
            let mut texts = seeds()[index].clone();
            let language = LANGUAGES[which];
            texts[which] = edits.iter().fold(texts[which].clone(), |text, edit| {
                apply(&text, language, edit)
            });
            let fixture = TrioFixture {
                name: "edited".to_string(),
                expected: Vec::new(),
                sections: texts,
                add_canvas: false,
                layout: None,
                limits: kite_db::Limits::default(),
            };
            let (db, trio) = fixture.load();
            let diagnostics = trio_diagnostics(&db, trio);
            check_diagnostic_spans(diagnostics, &db.sources())?;
            if let Some(diagram) = &trio_elaboration(&db, trio).diagram {
                let svg = render_svg(diagram, diagram.graph.initial_values(), &NoImages);
                prop_assert!(roxmltree::Document::parse(&svg).is_ok(), "malformed SVG");
            }
            Ok(())
        })
        .unwrap();
}
