//! `format_edits`: a few line replacements that turn the text into its
//! formatted form, and with a range only those touching its lines.

use kite_diagnostics::Span;
use kite_format::{TextEdit, format, format_edits};
use kite_syntax::Language;

const MESSY: &str = "type  A\ntype B\ntype   C\ntype D\npredicate P( A a )\n";

fn edit(start: usize, end: usize, replacement: &str) -> TextEdit {
    TextEdit {
        span: Span::new(start, end),
        replacement: replacement.to_owned(),
    }
}

fn apply(text: &str, edits: &[TextEdit]) -> String {
    let mut result = text.to_owned();
    for edit in edits.iter().rev() {
        result.replace_range(edit.span.range(), &edit.replacement);
    }
    result
}

#[test]
fn edits_replace_only_changed_lines() {
    let edits = format_edits(MESSY, Language::Domain, None).unwrap();
    assert_eq!(
        edits,
        [
            edit(0, 8, "type A\n"),
            edit(15, 24, "type C\n"),
            edit(31, 50, "predicate P(A a)\n"),
        ]
    );
    assert_eq!(
        apply(MESSY, &edits),
        format(MESSY, Language::Domain).unwrap()
    );
}

#[test]
fn formatted_text_needs_no_edits() {
    let formatted = format(MESSY, Language::Domain).unwrap();
    assert_eq!(format_edits(&formatted, Language::Domain, None), Ok(vec![]));
}

#[test]
fn a_range_keeps_the_edits_on_its_lines() {
    // From inside `type   C` to inside `type D`: only the third line changes.
    let range = Span::new(18, 27);
    let edits = format_edits(MESSY, Language::Domain, Some(range)).unwrap();
    assert_eq!(edits, [edit(15, 24, "type C\n")]);
    // An empty range (a cursor) selects its line.
    let cursor = format_edits(MESSY, Language::Domain, Some(Span::empty_at(2))).unwrap();
    assert_eq!(cursor, [edit(0, 8, "type A\n")]);
    // A range past the end is clamped to the last line.
    let past_end = format_edits(MESSY, Language::Domain, Some(Span::new(500, 900))).unwrap();
    assert_eq!(past_end, []);
}

#[test]
fn missing_final_newline_and_crlf_are_edited() {
    let text = "type A\r\ntype B";
    let edits = format_edits(text, Language::Domain, None).unwrap();
    assert_eq!(apply(text, &edits), "type A\ntype B\n");
}

#[test]
fn edits_serialize_with_string_spans() {
    let json = serde_json::to_string(&edit(1, 3, "x")).unwrap();
    assert_eq!(json, r#"{"span":"1..3","replacement":"x"}"#);
}
