//! Code actions at the `$0` of each fixture in `fixtures/code_actions`:
//! each action is listed, then applied, and the trio re-checked: the
//! diagnostic it is for must be gone.

mod support;

use kite_db::trio_diagnostics;
use kite_diagnostics::{Code, Edit, FileId, Span};
use kite_ide::{CodeAction, code_actions};
use support::Fixture;

/// `text` with the edits to `file` applied, last first.
fn apply(text: &str, file: FileId, edits: &[Edit]) -> String {
    let mut edits: Vec<&Edit> = edits.iter().filter(|edit| edit.file == file).collect();
    edits.sort_by_key(|edit| std::cmp::Reverse(edit.span.start));
    let mut text = text.to_string();
    for edit in edits {
        text.replace_range(edit.span.range(), &edit.replacement);
    }
    text
}

/// How many diagnostics with `code` the trio has in `file`.
fn count(fixture: &Fixture, file: FileId, code: Code) -> usize {
    trio_diagnostics(&fixture.db, fixture.trio)
        .iter()
        .filter(|diagnostic| diagnostic.primary.file == file && diagnostic.code == code)
        .count()
}

/// Applies `action` to a fresh copy of the fixture; returns the texts of
/// the edited files, after checking that the diagnostic count dropped.
fn applied(name: &str, text: &str, action: &CodeAction) -> String {
    let mut fixture = Fixture::parse(text);
    let (file, _) = fixture.cursor();
    let (code, _) = action
        .diagnostic
        .expect("every action names its diagnostic");
    let before = count(&fixture, file.file_id(&fixture.db), code);
    let mut out = String::new();
    for source in fixture.files {
        let id = source.file_id(&fixture.db);
        if action.edits.iter().all(|edit| edit.file != id) {
            continue;
        }
        let edited = apply(source.text(&fixture.db), id, &action.edits);
        out.push_str(&format!("  --- {} after:\n", source.path(&fixture.db)));
        for line in edited.lines() {
            out.push_str(&format!("  | {line}\n"));
        }
        fixture.db.set_text(source, edited);
    }
    let after = count(&fixture, file.file_id(&fixture.db), code);
    assert!(
        after < before,
        "{name}: `{}` leaves {after} of {before} {code:?}",
        action.title
    );
    out
}

fn render(fixture: &Fixture, name: &str, text: &str, actions: &[CodeAction]) -> String {
    let (file, offset) = fixture.cursor();
    let source = file.text(&fixture.db);
    let line_start = source[..offset]
        .rfind('\n')
        .map_or(0, |newline| newline + 1);
    let line_end = source[offset..]
        .find('\n')
        .map_or(source.len(), |end| offset + end);
    let mut out = format!(
        "at: {}$0{}\n",
        &source[line_start..offset],
        &source[offset..line_end]
    );
    if actions.is_empty() {
        out.push_str("no actions\n");
    }
    for action in actions {
        let (code, span) = action.diagnostic.expect("a diagnostic");
        out.push_str(&format!(
            "{:?}{}: {}\n  for {} at `{}`\n",
            action.kind,
            if action.is_preferred {
                " (preferred)"
            } else {
                ""
            },
            action.title,
            code.as_str(),
            fixture.text(file, span),
        ));
        out.push_str(&applied(name, text, action));
    }
    out
}

#[test]
fn code_action_fixtures() {
    for (name, text) in support::fixtures("code_actions") {
        let fixture = Fixture::parse(&text);
        let (file, offset) = fixture.cursor();
        let actions = code_actions(&fixture.db, fixture.trio, file, Span::empty_at(offset));
        insta::assert_snapshot!(name.clone(), render(&fixture, &name, &text, &actions));
    }
}

#[test]
fn actions_over_a_garbled_trio_stay_inside_its_files() {
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set <: \npredicat P(Set, \nfunction f(Set s -> Nope\n\
         -- file: substance\nSet A, \nP(A, Q)\nSet B := g(A, \"x\nLett C := f(Z)\nAutoLabel Alll\n\
         -- file: style\nforall Sett x; where Q(x, {\n  x.icon = Circl {\n    r: max(1, \n\
         }\n  ensur contains(x.icon, \n\"é ü 😀\" /* unclosed\n",
    );
    for file in fixture.files {
        let text = file.text(&fixture.db);
        let actions = code_actions(&fixture.db, fixture.trio, file, Span::new(0, text.len()));
        for action in &actions {
            for edit in &action.edits {
                let target = fixture
                    .db
                    .file(edit.file)
                    .expect("an edited file of the trio");
                let target_text = target.text(&fixture.db);
                assert!(edit.span.end <= target_text.len(), "{}", action.title);
                assert!(target_text.is_char_boundary(edit.span.start));
                assert!(target_text.is_char_boundary(edit.span.end));
            }
        }
    }
}
