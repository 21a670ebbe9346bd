//! Document symbols of each file of `fixtures/symbols/outline.trio`, and
//! workspace symbol searches over all three.

mod support;

use kite_ide::{DocumentSymbol, document_symbols, workspace_symbols};
use support::Fixture;

fn render(
    fixture: &Fixture,
    file: kite_db::SourceFile,
    symbols: &[DocumentSymbol],
    depth: usize,
    out: &mut String,
) {
    for symbol in symbols {
        let indent = "  ".repeat(depth);
        assert!(symbol.span.start <= symbol.selection_span.start);
        assert!(symbol.selection_span.end <= symbol.span.end);
        let selection = fixture.text(file, symbol.selection_span).replace('\n', "⏎");
        out.push_str(&format!("{indent}{:?} {}", symbol.kind, symbol.name));
        if let Some(detail) = &symbol.detail {
            out.push_str(&format!(" — {detail}"));
        }
        out.push_str(&format!("  [selects `{selection}`]\n"));
        render(fixture, file, &symbol.children, depth + 1, out);
    }
}

fn fixture() -> Fixture {
    Fixture::parse(include_str!("fixtures/symbols/outline.trio"))
}

#[test]
fn document_symbols_of_each_language() {
    let fixture = fixture();
    let mut out = String::new();
    for file in fixture.files {
        out.push_str(&format!("--- {}\n", file.path(&fixture.db)));
        render(
            &fixture,
            file,
            &document_symbols(&fixture.db, file),
            0,
            &mut out,
        );
    }
    insta::assert_snapshot!(out);
}

#[test]
fn workspace_symbols_match_queries() {
    let fixture = fixture();
    let mut out = String::new();
    for query in ["set", "icon", "x.", "uni", "zzz"] {
        out.push_str(&format!("query `{query}`:\n"));
        for symbol in workspace_symbols(&fixture.db, &fixture.files, query) {
            let file = fixture.db.file(symbol.file).unwrap();
            assert_eq!(
                fixture
                    .text(file, symbol.span)
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
                symbol.name
            );
            out.push_str(&format!(
                "  {:?} {} in {}",
                symbol.kind,
                symbol.name,
                file.path(&fixture.db)
            ));
            if let Some(container) = &symbol.container {
                out.push_str(&format!(" (in {container})"));
            }
            out.push('\n');
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn garbled_programs_give_partial_outlines() {
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set <: \ntype Point\n\
         -- file: substance\nSet A, \nPoint p\n\
         -- file: style\nforall Set x where {\n}\nforall Point p {\n  p.dot = Circle {\n\
         r: \n  }\n",
    );
    let names: Vec<Vec<String>> = fixture
        .files
        .iter()
        .map(|file| {
            document_symbols(&fixture.db, *file)
                .into_iter()
                .map(|symbol| symbol.name)
                .collect()
        })
        .collect();
    assert!(names[0].contains(&"Point".to_string()));
    assert!(names[1].contains(&"p".to_string()));
    assert!(names[2].contains(&"forall Point p".to_string()));
}
