//! Rename of each kind of name, and each reason to refuse.

mod support;

use kite_db::Database;
use kite_diagnostics::Edit;
use kite_ide::{RenameErrorKind, prepare_rename, rename};
use support::Fixture;

const TRIO: &str = r#"-- file: domain
type Set
type Point
type Subset <: Set
predicate IsSubset(Set a, Set b)
predicate HasSize(Set s, Number n)
function Union(Set a, Set b) -> Set
constructor MakeSet(Point p) -> Set
-- file: substance
Set A, B
Subset C
Point p
IsSubset(C, A)
Set D := Union(A, B)
Set E := MakeSet(p)
Label A $A$
Set x_i for i in [0, 2]
IsSubset(x_i, A) for i in [0, 2]
Set y_1
-- file: style
canvas {
  width = 800
}
forall Set x {
  x.icon = Circle { r: 10 }
  ensure contains(x.icon, x.icon)
}
forall Subset x; Set z where IsSubset(x, z) as rel {
  x.icon.r = canvas.width / 10
  local = 1
}
forall Set `A` {
  `A`.icon.r = 5
}
"#;

/// The lines the edits change, after the edits, as `path:line: text`.
fn changed_lines(db: &Database, edits: &[Edit]) -> String {
    let mut files: Vec<_> = edits.iter().map(|edit| edit.file).collect();
    files.dedup();
    let mut out = String::new();
    for file in files {
        let source = db.file(file).expect("the file exists");
        let mut text = source.text(db).clone();
        let mut lines = Vec::new();
        let mut in_file: Vec<&Edit> = edits.iter().filter(|edit| edit.file == file).collect();
        in_file.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
        for edit in &in_file {
            text.replace_range(edit.span.range(), &edit.replacement);
        }
        // Edits were applied from the end, so earlier offsets still hold.
        let mut shift = 0isize;
        in_file.reverse();
        for edit in in_file {
            let start = (edit.span.start as isize + shift) as usize;
            shift += edit.replacement.len() as isize - edit.span.len() as isize;
            let line = text[..start].matches('\n').count() + 1;
            if !lines.contains(&line) {
                lines.push(line);
            }
        }
        for line in lines {
            let content = text.lines().nth(line - 1).unwrap_or_default();
            out.push_str(&format!("{}:{line}: {content}\n", source.path(db)));
        }
    }
    out
}

fn renamed(section: &str, needle: &str, new_name: &str) -> String {
    let fixture = Fixture::at(TRIO, section, needle);
    let (file, offset) = fixture.cursor();
    let span = prepare_rename(&fixture.db, fixture.trio, file, offset)
        .unwrap_or_else(|error| panic!("`{needle}` can be renamed, but: {error}"));
    let edits = rename(&fixture.db, fixture.trio, file, offset, new_name)
        .unwrap_or_else(|error| panic!("`{needle}` can be renamed, but: {error}"));
    format!(
        "rename `{}` (at `{needle}`) to `{new_name}`: {} edits\n{}",
        fixture.text(file, span),
        edits.len(),
        changed_lines(&fixture.db, &edits)
    )
}

fn refusal(section: &str, needle: &str, new_name: &str) -> (RenameErrorKind, String) {
    let fixture = Fixture::at(TRIO, section, needle);
    let (file, offset) = fixture.cursor();
    let error = rename(&fixture.db, fixture.trio, file, offset, new_name)
        .expect_err("the rename is refused");
    (error.kind, error.message)
}

#[test]
fn domain_type_across_every_file() {
    insta::assert_snapshot!(renamed("style", "forall Sub$0set x", "Part"));
}

#[test]
fn predicate_across_every_file() {
    insta::assert_snapshot!(renamed("substance", "IsSub$0set(C, A)", "Within"));
}

#[test]
fn function_and_constructor() {
    insta::assert_snapshot!(renamed("domain", "function Uni$0on", "Join"));
    insta::assert_snapshot!(renamed("substance", "Make$0Set(p)", "Singleton"));
}

#[test]
fn domain_parameter() {
    insta::assert_snapshot!(renamed("domain", "Point p$0)", "point"));
}

#[test]
fn substance_object_with_backtick_references() {
    insta::assert_snapshot!(renamed("substance", "Set A$0, B", "Alpha"));
}

#[test]
fn style_variable_within_its_block() {
    insta::assert_snapshot!(renamed("style", "forall Subset x$0;", "sub"));
}

#[test]
fn prepare_gives_the_name_without_backticks() {
    let fixture = Fixture::at(TRIO, "style", "`A$0`.icon");
    let (file, offset) = fixture.cursor();
    let span = prepare_rename(&fixture.db, fixture.trio, file, offset).expect("renamable");
    assert_eq!(fixture.text(file, span), "A");
}

#[test]
fn refuses_what_cannot_be_renamed() {
    let cases = [
        ("style", "fora$0ll Set x {", "every"),
        ("domain", "ty$0pe Point", "kind"),
        ("style", "x.icon = Cir$0cle", "Disc"),
        ("style", "ensure cont$0ains", "holds"),
        ("style", "{ r$0: 10 }", "radius"),
        ("domain", "Num$0ber n", "Real"),
        ("style", "x.ic$0on = Circle", "glyph"),
        ("style", "canv$0as.width", "page"),
        ("substance", "for i$0 in [0, 2]\nIsSubset", "j"),
        ("substance", "Set x$0_i for", "x"),
        ("style", "width =$0 800", "w"),
    ];
    let mut out = String::new();
    for (section, needle, new_name) in cases {
        let (kind, message) = refusal(section, needle, new_name);
        out.push_str(&format!("`{needle}`: {kind:?}: {message}\n"));
    }
    let undeclared = Fixture::parse("-- file: domain\ntype Set\n-- file: substance\nShape$0 S\n");
    let (file, offset) = undeclared.cursor();
    let error = rename(&undeclared.db, undeclared.trio, file, offset, "Form").expect_err("refused");
    out.push_str(&format!(
        "undeclared `Shape`: {:?}: {}\n",
        error.kind, error.message
    ));
    insta::assert_snapshot!(out);
}

#[test]
fn refuses_objects_named_by_templates() {
    let mut out = String::new();
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set\npredicate P(Set a)\n-- file: substance\nSet x_i for i in [0, 1]\nSet y_1$0\nP(y_i) for i in [1, 1]\n",
    );
    let (file, offset) = fixture.cursor();
    let error = rename(&fixture.db, fixture.trio, file, offset, "z").expect_err("refused");
    out.push_str(&format!("{:?}: {}\n", error.kind, error.message));
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set\n-- file: substance\nSet x_i for i in [0, 1]\nAutoLabel x_1$0\n",
    );
    let (file, offset) = fixture.cursor();
    let error = rename(&fixture.db, fixture.trio, file, offset, "z").expect_err("refused");
    out.push_str(&format!("{:?}: {}\n", error.kind, error.message));
    insta::assert_snapshot!(out);
}

#[test]
fn refuses_invalid_names() {
    let mut out = String::new();
    for new_name in [
        "",
        "1set",
        "two words",
        "a-b",
        "forall",
        "type",
        "Label",
        "into",
        "`A`",
    ] {
        let (kind, message) = refusal("substance", "Set A$0, B", new_name);
        out.push_str(&format!("{new_name:?}: {kind:?}: {message}\n"));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn refuses_clashes() {
    let cases = [
        ("domain", "type Sub$0set", "Point"),
        ("domain", "type Sub$0set", "String"),
        ("domain", "predicate IsSub$0set", "HasSize"),
        ("domain", "function Uni$0on", "MakeSet"),
        ("domain", "constructor Make$0Set", "Union"),
        ("domain", "Union(Set a$0, Set b)", "b"),
        ("substance", "Set A$0, B", "B"),
        ("substance", "Set A$0, B", "x_1"),
        ("style", "forall Subset x$0;", "z"),
        ("style", "forall Subset x$0;", "canvas"),
        ("style", "forall Subset x$0;", "local"),
        ("style", "as re$0l", "Set"),
    ];
    let mut out = String::new();
    for (section, needle, new_name) in cases {
        let (kind, message) = refusal(section, needle, new_name);
        out.push_str(&format!(
            "`{needle}` to `{new_name}`: {kind:?}: {message}\n"
        ));
    }
    insta::assert_snapshot!(out);
}
