//! Random edits of real programs, for the property tests: byte and token
//! deletions, insertions, duplications, swaps and truncations, with a
//! fixed-seed runner so that runs repeat.

use kite_diagnostics::{Diagnostic, HumanOptions, Sources, render_human, render_json};
use kite_syntax::{Language, lex};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestRunner};

#[derive(Clone, Debug)]
pub enum Edit {
    DeleteBytes { at: usize, len: usize },
    InsertBytes { at: usize, bytes: Vec<u8> },
    DeleteToken { index: usize },
    DuplicateToken { index: usize, to: usize },
    SwapTokens { first: usize, second: usize },
    Truncate { at: usize },
}

pub fn edit() -> impl Strategy<Value = Edit> {
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
pub fn apply(text: &str, language: Language, edit: &Edit) -> String {
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

/// A runner for `cases` cases with a fixed seed and no persistence.
pub fn runner(cases: u32) -> TestRunner {
    TestRunner::new(Config {
        cases,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x6b69_7465),
        ..Config::default()
    })
}

/// Checks that every span of `diagnostics` (primary, secondary and fix
/// edits) lies inside its file on character boundaries, and that both
/// renderers run.
pub fn check_diagnostic_spans(
    diagnostics: &[Diagnostic],
    sources: &Sources,
) -> Result<(), TestCaseError> {
    for diagnostic in diagnostics {
        let labels = std::iter::once(&diagnostic.primary)
            .chain(&diagnostic.secondary)
            .map(|label| (label.file, label.span));
        let edits = diagnostic
            .fixes
            .iter()
            .flat_map(|fix| &fix.edits)
            .map(|edit| (edit.file, edit.span));
        for (file, span) in labels.chain(edits) {
            let text = &sources.get(file).text;
            prop_assert!(
                span.start <= span.end && span.end <= text.len(),
                "{span:?} outside the text of {}",
                sources.get(file).name
            );
            prop_assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
        }
    }
    render_human(diagnostics, sources, HumanOptions { color: false });
    render_json(diagnostics, sources);
    Ok(())
}
