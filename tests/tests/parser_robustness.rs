//! Property tests: whatever the edit to a real program, the parsers return a
//! tree and diagnostics whose spans lie inside the text, and rendering those
//! diagnostics works. They never panic or hang.
//!
//! Inputs are the corpus files (or, without the corpus, the fixtures), edited
//! by random byte and token operations. The seed is fixed so runs repeat.

use kite_db::Database;
use kite_syntax::Language;
use kite_tests::mutation::{apply, check_diagnostic_spans, edit, runner};
use kite_tests::{corpus_dir, fixtures_dir, program_files};
use proptest::prelude::*;
use std::sync::OnceLock;

/// The texts to mutate, with their languages.
fn seeds() -> &'static [(String, Language)] {
    static SEEDS: OnceLock<Vec<(String, Language)>> = OnceLock::new();
    SEEDS.get_or_init(|| {
        let dir = corpus_dir().unwrap_or_else(|| fixtures_dir().join("syntax"));
        program_files(&dir)
            .into_iter()
            .map(|(path, language)| (std::fs::read_to_string(path).unwrap(), language))
            .collect()
    })
}

/// Parses `text` through the database and checks every invariant of the
/// result.
fn check(text: String, language: Language) -> Result<(), TestCaseError> {
    let mut db = Database::default();
    let file = db.add_file("edited", language, text);
    check_diagnostic_spans(&kite_db::parse(&db, file).diagnostics, &db.sources())
}

#[test]
fn edited_programs_never_break_the_parsers() {
    let count = seeds().len();
    let strategy = (0..count, prop::collection::vec(edit(), 1..6));
    runner(1500)
        .run(&strategy, |(index, edits)| {
            let (text, language) = &seeds()[index];
            let edited = edits
                .iter()
                .fold(text.clone(), |text, edit| apply(&text, *language, edit));
            check(edited, *language)
        })
        .unwrap();
}

#[test]
fn arbitrary_text_never_breaks_the_parsers() {
    let languages =
        prop::sample::select(vec![Language::Domain, Language::Substance, Language::Style]);
    let text = "(?s)[\\PC\\n{}()\\[\\],;:=<>+*/^.'\"$`#?!&|-]{0,200}";
    runner(1500)
        .run(&(languages, text), |(language, text)| check(text, language))
        .unwrap();
}
