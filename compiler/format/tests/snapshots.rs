//! Snapshots of hand-written, messily laid out inputs in each language
//! (`tests/fixtures`), each shown as input and formatted output, and held
//! to the same properties as the corpus.

mod common;

use common::assert_formatting_properties;
use kite_format::format;
use kite_syntax::Language;
use std::path::Path;

fn check_fixture(file_name: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(file_name);
    let input = std::fs::read_to_string(&path).expect("fixture is readable");
    let language = path
        .extension()
        .and_then(|extension| extension.to_str())
        .and_then(Language::from_extension)
        .expect("fixture has a language extension");
    let output = format(&input, language).expect("fixture formats");
    assert_formatting_properties(&input, &output, language, file_name);
    // Make carriage returns and trailing blanks visible in the snapshot.
    let shown_input = input.replace('\r', "\\r").replace(" \n", "·\n");
    insta::with_settings!({ omit_expression => true }, {
        insta::assert_snapshot!(
            file_name,
            format!("---- input\n{shown_input}\n---- output\n{output}")
        );
    });
}

#[test]
fn messy_domain() {
    check_fixture("messy.domain");
}

#[test]
fn messy_substance() {
    check_fixture("messy.substance");
}

#[test]
fn messy_style() {
    check_fixture("messy.style");
}

#[test]
fn comments_in_every_place() {
    check_fixture("comments.style");
}
