//! Property tests: whatever the edit to a real program, the parsers return a
//! tree and diagnostics whose spans lie inside the text, and rendering those
//! diagnostics works. They never panic or hang.
//!
//! Inputs are the corpus files (or, without the corpus, the fixtures), edited
//! by random byte and token operations. The seed is fixed so runs repeat.

use kite_diagnostics::{HumanOptions, Sources, render_human, render_json};
use kite_syntax::{Language, lex, parse};
use kite_tests::{corpus_dir, fixtures_dir, program_files};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};
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

#[derive(Clone, Debug)]
enum Edit {
    DeleteBytes { at: usize, len: usize },
    InsertBytes { at: usize, bytes: Vec<u8> },
    DeleteToken { index: usize },
    DuplicateToken { index: usize, to: usize },
    SwapTokens { first: usize, second: usize },
    Truncate { at: usize },
}

fn edit() -> impl Strategy<Value = Edit> {
    // Bytes that matter to the lexers, plus arbitrary ones.
    let interesting =
        prop::sample::select(b"{}()[],;:=<>-+*/^.'\"$`#?!&|\n\t 0aZ_\xce\xb8".to_vec());
    let byte = prop_oneof![interesting, any::<u8>()];
    prop_oneof![
        (any::<usize>(), 1..8usize).prop_map(|(at, len)| Edit::DeleteBytes { at, len }),
        (any::<usize>(), prop::collection::vec(byte, 1..6))
            .prop_map(|(at, bytes)| Edit::InsertBytes { at, bytes }),
        any::<usize>().prop_map(|index| Edit::DeleteToken { index }),
        (any::<usize>(), any::<usize>()).prop_map(|(index, to)| Edit::DuplicateToken { index, to }),
        (any::<usize>(), any::<usize>())
            .prop_map(|(first, second)| Edit::SwapTokens { first, second }),
        any::<usize>().prop_map(|at| Edit::Truncate { at }),
    ]
}

/// Applies `edit`; indices wrap around the text or its tokens.
fn apply(text: &str, language: Language, edit: &Edit) -> String {
    let mut bytes = text.as_bytes().to_vec();
    let tokens: Vec<std::ops::Range<usize>> = lex(text, language, kite_diagnostics::FileId(0))
        .tokens
        .iter()
        .map(|(_, span)| span.range())
        .collect();
    let token = |index: usize| tokens[index % tokens.len()].clone();
    match edit {
        Edit::DeleteBytes { at, len } if !bytes.is_empty() => {
            let at = at % bytes.len();
            bytes.drain(at..(at + len).min(bytes.len()));
        }
        Edit::InsertBytes { at, bytes: new } => {
            let at = at % (bytes.len() + 1);
            bytes.splice(at..at, new.iter().copied());
        }
        Edit::Truncate { at } => bytes.truncate(at % (bytes.len() + 1)),
        Edit::DeleteToken { index } if !tokens.is_empty() => {
            bytes.drain(token(*index));
        }
        Edit::DuplicateToken { index, to } if !tokens.is_empty() => {
            let copy = bytes[token(*index)].to_vec();
            let at = token(*to).start;
            bytes.splice(at..at, copy);
        }
        Edit::SwapTokens { first, second } if !tokens.is_empty() => {
            let (a, b) = (token(*first), token(*second));
            let (a, b) = if a.start <= b.start { (a, b) } else { (b, a) };
            if a.end <= b.start {
                let (left, right) = (bytes[a.clone()].to_vec(), bytes[b.clone()].to_vec());
                bytes.splice(b, left);
                bytes.splice(a, right);
            }
        }
        _ => {}
    }
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Parses `text` and checks every invariant of the result.
fn check(text: String, language: Language) -> Result<(), TestCaseError> {
    let mut sources = Sources::new();
    let file = sources.add("edited", text);
    let text = &sources.get(file).text;
    let parsed = parse(text, language, file);
    for diagnostic in &parsed.diagnostics {
        let span = diagnostic.primary.span;
        prop_assert!(
            span.start <= span.end && span.end <= text.len(),
            "{span:?} outside the text"
        );
        prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        for fix in &diagnostic.fixes {
            for edit in &fix.edits {
                prop_assert!(edit.span.end <= text.len());
            }
        }
    }
    render_human(&parsed.diagnostics, &sources, HumanOptions { color: false });
    render_json(&parsed.diagnostics, &sources);
    Ok(())
}

fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x6b69_7465),
        ..Config::default()
    })
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
