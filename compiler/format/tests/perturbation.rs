//! Property tests: the formatted form of a program does not depend on its
//! whitespace. Random spaces, tabs, indentation, trailing blanks, extra
//! blank lines where there was one, and `\r\n` line breaks all format to
//! the same text. Seeded, so every run checks the same cases.

mod common;

use common::assert_formatting_properties;
use kite_format::format;
use kite_syntax::{Language, LexicalKind, lexical_tokens};
use proptest::collection::vec;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use std::cell::Cell;
use std::path::Path;

/// Corpus-like programs: the fixtures plus a few short ones.
fn snippets() -> Vec<(String, Language)> {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut snippets: Vec<(String, Language)> = [
        "messy.domain",
        "messy.substance",
        "messy.style",
        "comments.style",
    ]
    .iter()
    .map(|name| {
        let path = fixtures.join(name);
        let language = Language::from_extension(name.rsplit('.').next().unwrap_or(""))
            .expect("fixture names end in a language");
        let text = std::fs::read_to_string(&path).expect("fixture is readable");
        (text, language)
    })
    .collect();
    snippets.extend([
        (
            "type Set\npredicate Subset(Set a, Set b)\n\n-- ops\nfunction Meet(Set a, Set b) -> Set\n",
            Language::Domain,
        ),
        (
            "Set A, B\nSubset(A, B)\n\nLet C := Meet(A, B) -- meet\nAutoLabel All\n",
            Language::Substance,
        ),
        (
            "canvas {\n  width = 400\n  height = 400\n}\n\nforall Set a; Set b\nwhere Subset(a, b) {\n  a.shape = Circle {\n    r: 10 - -2\n  }\n\n  ensure disjoint(a.shape, b.shape, -5) /* apart */\n}\n",
            Language::Style,
        ),
    ]
    .map(|(text, language)| (text.to_owned(), language)));
    snippets
}

/// Reads choices from a random byte string, cycling through it.
struct Choices<'a> {
    bytes: &'a [u8],
    next: usize,
}

impl Choices<'_> {
    /// A number below `bound`.
    fn below(&mut self, bound: u8) -> u8 {
        let byte = self.bytes[self.next % self.bytes.len()];
        self.next += 1;
        byte % bound
    }

    /// `count` random spaces and tabs.
    fn blanks(&mut self, count: u8) -> String {
        (0..count)
            .map(|_| if self.below(4) == 0 { '\t' } else { ' ' })
            .collect()
    }
}

/// `text` with its whitespace rewritten at random, but never removed
/// between tokens that were apart and never adding a blank line where there
/// was none.
fn perturb(text: &str, language: Language, choices: &mut Choices<'_>) -> String {
    let tokens = lexical_tokens(text, language);
    let mut out = "\n".repeat(usize::from(choices.below(3)));
    let mut previous: Option<(LexicalKind, usize)> = None;
    for token in &tokens {
        let gap_was_blank = previous.is_some_and(|(_, end)| end < token.span.start);
        match (previous.map(|(kind, _)| kind), token.kind) {
            (_, LexicalKind::Newline) => {
                let trailing = choices.below(3);
                out.push_str(&choices.blanks(trailing));
            }
            (None | Some(LexicalKind::Newline), _) => {
                let indent = choices.below(7);
                out.push_str(&choices.blanks(indent));
            }
            _ if gap_was_blank => {
                let count = 1 + choices.below(3);
                out.push_str(&choices.blanks(count));
            }
            _ => {
                let count = choices.below(2);
                out.push_str(&choices.blanks(count));
            }
        }
        if token.kind == LexicalKind::Newline {
            let blank_line = previous.is_some_and(|(kind, _)| kind == LexicalKind::Newline);
            let repeats = if blank_line { 1 + choices.below(3) } else { 1 };
            for _ in 0..repeats {
                out.push_str(if choices.below(4) == 0 { "\r\n" } else { "\n" });
            }
        } else {
            out.push_str(&text[token.span.range()]);
        }
        previous = Some((token.kind, token.span.end));
    }
    for _ in 0..choices.below(3) {
        out.push('\n');
    }
    out
}

#[test]
fn whitespace_does_not_change_the_formatted_text() {
    let snippets = snippets();
    let expected: Vec<String> = snippets
        .iter()
        .map(|(text, language)| format(text, *language).expect("snippet formats"))
        .collect();
    let mut runner = TestRunner::new(Config {
        cases: 300,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x6b69_7465),
        ..Config::default()
    });
    let strategy = (0..snippets.len(), vec(proptest::num::u8::ANY, 1..256));
    let changed = Cell::new(0);
    runner
        .run(&strategy, |(index, bytes)| {
            let (text, language) = &snippets[index];
            let mut choices = Choices {
                bytes: &bytes,
                next: 0,
            };
            let perturbed = perturb(text, *language, &mut choices);
            if perturbed != *text {
                changed.set(changed.get() + 1);
            }
            let formatted = format(&perturbed, *language)
                .map_err(|error| TestCaseError::fail(format!("{error}\n{perturbed:?}")))?;
            if formatted != expected[index] {
                return Err(TestCaseError::fail(format!(
                    "perturbed:\n{perturbed:?}\nformatted:\n{formatted}\nexpected:\n{}",
                    expected[index]
                )));
            }
            assert_formatting_properties(&perturbed, &formatted, *language, "perturbed snippet");
            Ok(())
        })
        .expect("whitespace never changes the formatted text");
    assert!(changed.get() > 250, "most cases must change the whitespace");
}
