//! Signature help at the `$0` of each fixture in `fixtures/signature_help`.

mod support;

use kite_ide::{SignatureHelp, signature_help};
use support::Fixture;

/// The cursor's line with `$0`, the signature, and its parameters with
/// the active one marked.
fn render(fixture: &Fixture, help: Option<&SignatureHelp>) -> String {
    let (file, offset) = fixture.cursor();
    let text = file.text(&fixture.db);
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = text[offset..]
        .find('\n')
        .map_or(text.len(), |end| offset + end);
    let mut out = format!(
        "at: {}$0{}\n",
        &text[line_start..offset],
        &text[offset..line_end]
    );
    let Some(help) = help else {
        out.push_str("no signature\n");
        return out;
    };
    out.push_str(&format!("signature: {}\n", help.label));
    for (index, parameter) in help.parameters.iter().enumerate() {
        let marker = if help.active_parameter == Some(index) {
            "→"
        } else {
            " "
        };
        assert_eq!(&help.label[parameter.label_span.range()], parameter.label);
        out.push_str(&format!("{marker} {}\n", parameter.label));
    }
    if help.active_parameter.is_none() {
        out.push_str("(no active parameter)\n");
    }
    if let Some(documentation) = &help.documentation {
        out.push_str(&format!("doc: {documentation}\n"));
    }
    out
}

#[test]
fn signature_help_fixtures() {
    for (name, text) in support::fixtures("signature_help") {
        let fixture = Fixture::parse(&text);
        let (file, offset) = fixture.cursor();
        let help = signature_help(&fixture.db, fixture.trio, file, offset);
        insta::assert_snapshot!(name, render(&fixture, help.as_ref()));
    }
}
