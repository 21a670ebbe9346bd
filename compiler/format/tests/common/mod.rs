//! Helpers shared by the formatter's tests: the properties
//! every formatted text must have, and comparing syntax trees.

use kite_diagnostics::FileId;
use kite_syntax::{Language, LexicalKind, lexical_tokens, parse};
use serde_json::Value;

/// The syntax tree of `text` as JSON with every span replaced by `null`, so
/// trees of differently laid out texts compare equal when they mean the same.
pub fn tree_without_spans(text: &str, language: Language) -> Value {
    let mut tree =
        serde_json::to_value(parse(text, language, FileId(0)).ast).expect("syntax trees serialize");
    erase_spans(&mut tree);
    tree
}

fn erase_spans(value: &mut Value) {
    match value {
        Value::Object(fields) => {
            for (key, field) in fields.iter_mut() {
                if key == "span" {
                    *field = Value::Null;
                } else {
                    erase_spans(field);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(erase_spans),
        _ => {}
    }
}

/// The comments of `text` in order, each line without trailing blanks (the
/// formatter removes them, inside comments too) or `\r`.
pub fn comments(text: &str, language: Language) -> Vec<String> {
    lexical_tokens(text, language)
        .iter()
        .filter(|token| token.kind == LexicalKind::Comment)
        .map(|token| {
            text[token.span.range()]
                .split('\n')
                .map(|line| line.trim_end_matches([' ', '\t', '\u{c}', '\r']))
                .collect::<Vec<_>>()
                .join("\n")
        })
        .collect()
}

/// Asserts the properties of `formatted`, the formatting of `original`:
/// it parses cleanly to the same tree, keeps every comment in order, is a
/// fixed point of the formatter and has the canonical whitespace.
pub fn assert_formatting_properties(
    original: &str,
    formatted: &str,
    language: Language,
    name: &str,
) {
    let reparsed = parse(formatted, language, FileId(0));
    assert!(
        reparsed.diagnostics.is_empty(),
        "{name}: the formatted text has diagnostics: {:?}\n{formatted}",
        reparsed.diagnostics
    );
    assert_eq!(
        tree_without_spans(original, language),
        tree_without_spans(formatted, language),
        "{name}: formatting changed the syntax tree\n{formatted}"
    );
    assert_eq!(
        comments(original, language),
        comments(formatted, language),
        "{name}: formatting changed the comments"
    );
    let again = kite_format::format(formatted, language).expect("formatted text formats");
    assert_eq!(formatted, again, "{name}: formatting is not idempotent");
    assert_canonical_whitespace(formatted, name);
}

/// No trailing blanks, no tabs for indentation, no two blank lines in a
/// row, no blank line at the start, exactly one newline at the end.
fn assert_canonical_whitespace(formatted: &str, name: &str) {
    if formatted.is_empty() {
        return;
    }
    assert!(
        formatted.ends_with('\n') && !formatted.ends_with("\n\n"),
        "{name}: the text must end with exactly one newline"
    );
    assert!(!formatted.starts_with('\n'), "{name}: leading blank line");
    assert!(
        !formatted.contains("\n\n\n"),
        "{name}: two blank lines in a row"
    );
    for (number, line) in formatted.lines().enumerate() {
        assert_eq!(
            line.trim_end(),
            line,
            "{name}: trailing whitespace on line {}",
            number + 1
        );
    }
}
