//! Text with syntax errors is refused, and no input makes the formatter
//! panic: whatever it accepts, it formats faithfully.

mod common;

use common::assert_formatting_properties;
use kite_format::{FormatError, format, format_edits};
use kite_syntax::Language;
use proptest::string::string_regex;
use proptest::test_runner::{Config, RngSeed, TestRunner};

const LANGUAGES: [Language; 3] = [Language::Domain, Language::Substance, Language::Style];

#[test]
fn syntax_errors_are_refused_with_their_diagnostics() {
    let broken = [
        ("type\n", Language::Domain),
        ("Set A B C (\n", Language::Substance),
        ("forall Set x {\n  x.a = 2-1\n}\n", Language::Style),
        ("canvas {\n  width = \"open\n}\n", Language::Style),
        ("/* never closed\ntype A\n", Language::Domain),
    ];
    for (text, language) in broken {
        let error = format(text, language).expect_err(text);
        let FormatError::SyntaxErrors { diagnostics } = &error;
        assert!(diagnostics.iter().any(|d| d.is_error()), "{text}");
        assert!(error.to_string().contains("syntax error"), "{error}");
        assert_eq!(format_edits(text, language, None), Err(error));
    }
}

#[test]
fn empty_and_blank_texts_format_to_nothing() {
    for language in LANGUAGES {
        assert_eq!(format("", language).as_deref(), Ok(""));
        assert_eq!(format(" \n\t\n\r\n", language).as_deref(), Ok(""));
    }
}

#[test]
fn arbitrary_input_never_panics() {
    let mut runner = TestRunner::new(Config {
        cases: 400,
        failure_persistence: None,
        rng_seed: RngSeed::Fixed(0x666d_7421),
        ..Config::default()
    });
    let text = string_regex(
        r"([a-zA-Zα_0-9 \t]|\n|\r|[-+*/^.,;:=<>!?'`$#(){}\[\]]|--|/\*|\*/|\x22){0,80}",
    )
    .expect("the regex is valid");
    runner
        .run(&text, |text| {
            for language in LANGUAGES {
                if let Ok(formatted) = format(&text, language) {
                    assert_formatting_properties(&text, &formatted, language, "random text");
                }
            }
            Ok(())
        })
        .expect("formatting never panics and keeps what it accepts");
}
