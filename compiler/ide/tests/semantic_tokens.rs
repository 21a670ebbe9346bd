//! Semantic tokens of a small trio, file by file.

mod support;

use kite_db::SourceFile;
use kite_diagnostics::Span;
use kite_ide::{SemanticToken, semantic_tokens};
use support::Fixture;

const TRIO: &str = r#"-- file: domain
-- sets and points
type Set
type Subset <: Set
predicate IsSubset(Set a, Set b)
function Union(Set a, Set b) -> Set
constructor MakeSet(Number n) -> Set
-- file: substance
Set A, B
Subset C
IsSubset(C, A)
Set D := Union(A, B)
Label A $\alpha$
Label B "bee"
Set x_i for i in [0, 2]
-- file: style
canvas {
  width = 800
}
layout = [main]
forall Subset y; Set z where IsSubset(y, z) {
  y.icon = Circle {
    r: 10 * 2
    fillColor: #ff8000
  }
  ensure contains(z.icon, y.icon) in main
  y.icon above z.icon
  /* a comment */
  y.name = "text"
}
collect Set s into ss {
  n = numberof ss
}
"#;

/// One line per token: position, text, kind and modifiers.
fn render(fixture: &Fixture, file: SourceFile, tokens: &[SemanticToken]) -> String {
    let text = file.text(&fixture.db);
    tokens
        .iter()
        .map(|token| {
            let line = text[..token.span.start].matches('\n').count() + 1;
            let column =
                token.span.start - text[..token.span.start].rfind('\n').map_or(0, |at| at + 1) + 1;
            let modifiers = if token.modifiers.is_empty() {
                String::new()
            } else {
                format!(" {:?}", token.modifiers)
            };
            format!(
                "{line}:{column} {:?} {:?}{modifiers}\n",
                fixture.text(file, token.span),
                token.kind
            )
        })
        .collect()
}

fn tokens_of(index: usize) -> String {
    let fixture = Fixture::parse(TRIO);
    let file = fixture.files[index];
    let tokens = semantic_tokens(&fixture.db, fixture.trio, file, None);
    render(&fixture, file, &tokens)
}

#[test]
fn domain_tokens() {
    insta::assert_snapshot!(tokens_of(0));
}

#[test]
fn substance_tokens() {
    insta::assert_snapshot!(tokens_of(1));
}

#[test]
fn style_tokens() {
    insta::assert_snapshot!(tokens_of(2));
}

#[test]
fn tokens_in_a_range() {
    let fixture = Fixture::parse(TRIO);
    let file = fixture.files[2];
    let text = file.text(&fixture.db);
    let start = text.find("ensure").expect("the line exists");
    let end = start + text[start..].find('\n').expect("the line ends");
    let tokens = semantic_tokens(&fixture.db, fixture.trio, file, Some(Span::new(start, end)));
    insta::assert_snapshot!(render(&fixture, file, &tokens));
}

#[test]
fn tokens_are_sorted_and_disjoint() {
    let fixture = Fixture::parse(TRIO);
    for file in fixture.files {
        let tokens = semantic_tokens(&fixture.db, fixture.trio, file, None);
        assert!(
            tokens
                .windows(2)
                .all(|pair| pair[0].span.end <= pair[1].span.start)
        );
    }
}
