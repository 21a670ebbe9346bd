//! `kite explain`: every code is documented and can be looked up by code or
//! by name.

use crate::common::{kite, stdout};
use kite_diagnostics::Code;

#[test]
fn explains_a_code_by_code_or_name() {
    let by_code = kite(&["explain", "E0201"]);
    assert_eq!(by_code.status.code(), Some(0));
    let by_name = kite(&["explain", "unknown-object"]);
    assert_eq!(stdout(&by_code), stdout(&by_name));
    insta::assert_snapshot!(stdout(&by_code));
}

#[test]
fn lists_every_code_without_an_argument() {
    let output = kite(&["explain"]);
    assert_eq!(output.status.code(), Some(0));
    let listed = stdout(&output);
    assert_eq!(listed.lines().count(), Code::ALL.len());
    for code in Code::ALL {
        assert!(listed.contains(code.as_str()) && listed.contains(code.name()));
    }
}

#[test]
fn an_unknown_code_is_a_usage_error() {
    assert_eq!(kite(&["explain", "E9999"]).status.code(), Some(2));
}
