//! Selector matching fixtures: each Style block in
//! `tests/fixtures/matching/*.trio` is preceded by an annotation listing
//! exactly the substitutions it must get, in order:
//!
//! ```text
//! -- matches: x=A y=B; x=B y=C        (or: -- matches: none)
//! -- groups: ps=[p, r] s=A; ps=[q] s=B (collectors)
//! ```

use kite_check::SubstanceValue;
use kite_db::style_matches;
use kite_diagnostics::{HumanOptions, render_human};
use kite_matching::BlockMatches;
use kite_tests::{TrioFixture, edge_chain_fixture, fixtures_dir, read};

#[test]
fn blocks_get_exactly_the_annotated_substitutions() {
    let dir = fixtures_dir().join("matching");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("the matching fixtures exist")
        .map(|entry| entry.unwrap().path())
        .collect();
    paths.sort();
    assert!(paths.len() >= 8);
    let mut failures = Vec::new();
    for path in paths {
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let fixture = TrioFixture::parse(&name, &read(&path));
        let (db, diagnostics) = fixture.check();
        let errors: Vec<_> = diagnostics
            .iter()
            .filter(|d| d.is_error())
            .cloned()
            .collect();
        assert!(
            errors.is_empty(),
            "{name} must check clean:\n{}",
            render_human(&errors, &db.sources(), HumanOptions { color: false })
        );
        let (_, trio) = fixture.load();
        let style = trio.styles(&db)[0];
        let matches = &style_matches(&db, style, trio.substance(&db), trio.domain(&db)).blocks;
        let expected: Vec<&str> = fixture.sections[2]
            .lines()
            .filter_map(|line| {
                line.strip_prefix("-- matches:")
                    .or_else(|| line.strip_prefix("-- groups:"))
            })
            .map(str::trim)
            .collect();
        let actual: Vec<String> = matches
            .iter()
            .filter_map(|block| match block {
                BlockMatches::Selector(substitutions) => Some(describe(
                    substitutions
                        .iter()
                        .map(|s| bindings(&s.bindings))
                        .collect(),
                )),
                BlockMatches::Collector(groups) => Some(describe(
                    groups
                        .iter()
                        .map(|group| {
                            let values: Vec<String> =
                                group.collection.1.iter().map(value).collect();
                            let mut text =
                                format!("{}=[{}]", group.collection.0, values.join(", "));
                            if !group.foreach.is_empty() {
                                text.push(' ');
                                text.push_str(&bindings(&group.foreach));
                            }
                            text
                        })
                        .collect(),
                )),
                BlockMatches::Refused { estimate } => Some(format!("refused ({estimate})")),
                BlockMatches::Namespace => None,
            })
            .collect();
        if actual != expected {
            failures.push(format!(
                "{name}:\n  expected {expected:#?}\n  got {actual:#?}"
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

fn describe(substitutions: Vec<String>) -> String {
    if substitutions.is_empty() {
        "none".to_string()
    } else {
        substitutions.join("; ")
    }
}

fn bindings(bindings: &[(String, SubstanceValue)]) -> String {
    bindings
        .iter()
        .map(|(key, bound)| format!("{key}={}", value(bound)))
        .collect::<Vec<_>>()
        .join(" ")
}

fn value(value: &SubstanceValue) -> String {
    match value {
        SubstanceValue::Object(name) => name.clone(),
        SubstanceValue::Number(number) => number.to_string(),
        SubstanceValue::String(string) => format!("\"{string}\""),
    }
}

#[test]
fn a_chain_of_relations_is_joined_through_the_shared_variable() {
    let fixture = edge_chain_fixture(3000);
    let (db, diagnostics) = fixture.check();
    assert!(diagnostics.is_empty());
    let (_, trio) = fixture.load();
    let style = trio.styles(&db)[0];
    let matches = &style_matches(&db, style, trio.substance(&db), trio.domain(&db)).blocks;
    let [BlockMatches::Selector(substitutions)] = matches.as_slice() else {
        panic!("one selector block");
    };
    assert_eq!(substitutions.len(), 2999);
    let first = bindings(&substitutions[0].bindings);
    let last = bindings(&substitutions[2998].bindings);
    assert_eq!(first, "a=n0 b=n1 c=n2");
    assert_eq!(last, "a=n2998 b=n2999 c=n3000");
}
