//! A file with three independent syntax errors reports all three and still
//! yields the statements around them.

use kite_syntax::SyntaxTree;
use kite_syntax::ast::{DomainStmt, StyleItem, SubstanceStmtKind};
use kite_tests::{ParsedFile, fixtures_dir};

fn recovery_fixture(extension: &str) -> ParsedFile {
    let path = fixtures_dir()
        .join("syntax")
        .join("errors")
        .join(format!("recovery.{extension}"));
    ParsedFile::read(&path, &format!("recovery.{extension}"))
}

fn assert_three_errors(file: &ParsedFile) {
    let errors = file.diagnostics().iter().filter(|d| d.is_error()).count();
    assert_eq!(errors, 3, "{}", file.rendered());
}

#[test]
fn domain_keeps_the_declarations_around_three_errors() {
    let file = recovery_fixture("domain");
    assert_three_errors(&file);
    let SyntaxTree::Domain(program) = &file.parsed.ast else {
        panic!("a Domain tree")
    };
    let names: Vec<&str> = program
        .statements
        .iter()
        .map(|statement| match statement {
            DomainStmt::Type(decl) => decl.name.name.as_str(),
            DomainStmt::Subtype(decl) => decl.subtype.name.as_str(),
            DomainStmt::Predicate(decl) => decl.name.name.as_str(),
            DomainStmt::Function(decl) => decl.name.name.as_str(),
            DomainStmt::Constructor(decl) => decl.name.name.as_str(),
        })
        .collect();
    assert_eq!(
        names.join(" "),
        "Set Element In Intersection Disjoint Singleton"
    );
}

#[test]
fn substance_keeps_the_statements_around_three_errors() {
    let file = recovery_fixture("substance");
    assert_three_errors(&file);
    let SyntaxTree::Substance(program) = &file.parsed.ast else {
        panic!("a Substance tree")
    };
    let kinds: Vec<String> = program
        .statements
        .iter()
        .map(|statement| match &statement.kind {
            SubstanceStmtKind::Decl { names, .. } => format!("decl:{}", names[0].name),
            SubstanceStmtKind::Predicate(application) => format!("pred:{}", application.name.name),
            other => format!("{other:?}")
                .split_whitespace()
                .next()
                .unwrap()
                .to_owned(),
        })
        .collect();
    assert_eq!(
        kinds.join(" "),
        "decl:A decl:x pred:In pred:Subset Label AutoLabel"
    );
}

#[test]
fn style_keeps_the_blocks_and_statements_around_three_errors() {
    let file = recovery_fixture("style");
    assert_three_errors(&file);
    let SyntaxTree::Style(program) = &file.parsed.ast else {
        panic!("a Style tree")
    };
    let blocks: Vec<String> = program
        .items
        .iter()
        .map(|item| match item {
            StyleItem::Block { block, .. } => format!("block({})", block.statements.len()),
            StyleItem::Layout { .. } => "layout".to_owned(),
        })
        .collect();
    // canvas (2), the first forall without its two bad lines (3), the second
    // forall without its bad `ensure` (1).
    assert_eq!(blocks.join(" "), "block(2) block(3) block(1)");
}
