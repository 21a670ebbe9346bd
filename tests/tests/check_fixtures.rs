//! Checker fixtures: one trio per file in `tests/fixtures/check`, annotated
//! with the diagnostics it must produce (see `kite_tests::TrioFixture`).
//!
//! Each fixture is checked against its annotation and snapshotted with its
//! source and rendered report; each suggested fix is applied and must
//! resolve its diagnostic; and every code that checking can report must
//! have a fixture.

use kite_diagnostics::{Code, Diagnostic, HumanOptions, Phase, render_human};
use kite_tests::{TrioFixture, fixtures_dir, read, trio_fixtures};
use std::collections::BTreeSet;
use std::fmt::Write;

fn fixtures() -> Vec<TrioFixture> {
    trio_fixtures("check")
}

#[test]
fn fixtures_report_exactly_the_annotated_diagnostics() {
    let fixtures = fixtures();
    assert!(fixtures.len() >= 40, "expected at least 40 check fixtures");
    let mut mismatches = Vec::new();
    for fixture in &fixtures {
        let (db, diagnostics) = fixture.check();
        let actual = fixture.locate(&diagnostics);
        let rendered = render_human(&diagnostics, &db.sources(), HumanOptions { color: false });
        if actual != fixture.expected {
            mismatches.push(format!(
                "{}: expected {:?}, got {actual:?}\n{rendered}",
                fixture.name, fixture.expected
            ));
        }
        insta::with_settings!({ prepend_module_to_snapshot => false, omit_expression => true }, {
            insta::assert_snapshot!(
                format!("check__{}", fixture.name),
                snapshot(fixture, &diagnostics, &actual, &rendered)
            );
        });
    }
    assert!(mismatches.is_empty(), "{}", mismatches.join("\n"));
}

/// Each section's source, then one line per diagnostic, then the reports.
fn snapshot(
    fixture: &TrioFixture,
    diagnostics: &[Diagnostic],
    located: &[String],
    rendered: &str,
) -> String {
    let mut out = String::new();
    for (section, language) in fixture
        .sections
        .iter()
        .zip(["domain", "substance", "style"])
    {
        if !section.is_empty() {
            writeln!(out, "-- file: {language}\n{}", section.trim_end()).unwrap();
        }
    }
    out.push_str("\n== diagnostics\n");
    for (diagnostic, location) in diagnostics.iter().zip(located) {
        writeln!(out, "{location} {}", diagnostic.message).unwrap();
        for fix in &diagnostic.fixes {
            for edit in &fix.edits {
                writeln!(
                    out,
                    "  fix: {} — {:?} becomes {:?}",
                    fix.message, edit.span, edit.replacement
                )
                .unwrap();
            }
        }
    }
    out.push_str("\n== rendered\n");
    out.push_str(rendered);
    out
}

#[test]
fn suggested_fixes_resolve_their_diagnostics() {
    let mut fixed_count = 0;
    let mut failures = Vec::new();
    for fixture in fixtures() {
        let (_, diagnostics) = fixture.check();
        let fixable: Vec<&Diagnostic> = diagnostics
            .iter()
            .filter(|diagnostic| !diagnostic.fixes.is_empty())
            .collect();
        if fixable.is_empty() {
            continue;
        }
        fixed_count += fixable.len();
        let (_, after) = fixture.edited(&fixable).check();
        // What remains must be exactly the diagnostics that had no fix.
        let codes = |diagnostics: Vec<&Diagnostic>| -> Vec<(Code, String)> {
            let mut codes: Vec<_> = diagnostics
                .into_iter()
                .map(|diagnostic| (diagnostic.code, diagnostic.message.clone()))
                .collect();
            codes.sort();
            codes
        };
        let expected = codes(diagnostics.iter().filter(|d| d.fixes.is_empty()).collect());
        let remaining = codes(after.iter().collect());
        if expected != remaining {
            failures.push(format!(
                "{}: after applying {} fixes, expected {expected:?}, got {remaining:?}",
                fixture.name,
                fixable.len()
            ));
        }
    }
    assert!(fixed_count >= 15, "only {fixed_count} fixes were exercised");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_code_that_checking_reports_has_a_fixture() {
    let mut covered: BTreeSet<String> = fixtures()
        .iter()
        .flat_map(|fixture| fixture.expected.iter())
        .map(|expectation| expectation[..5].to_string())
        .collect();
    // Syntax codes are covered by the syntax fixtures' `-- expect:` lines.
    let syntax = fixtures_dir().join("syntax").join("errors");
    for (path, _) in kite_tests::program_files(&syntax) {
        let text = read(&path);
        let annotation = text.lines().next().unwrap_or_default();
        for expectation in annotation.split_whitespace().skip(2) {
            covered.insert(expectation[..5].to_string());
        }
    }
    let checked_phases = [
        Phase::Syntax,
        Phase::Domain,
        Phase::Substance,
        Phase::Style,
        Phase::Elaboration,
    ];
    let missing: Vec<_> = Code::ALL
        .iter()
        .filter(|code| checked_phases.contains(&code.phase()) && !covered.contains(code.as_str()))
        .map(|code| format!("{} {}", code.as_str(), code.name()))
        .collect();
    let later: Vec<_> = Code::ALL
        .iter()
        .filter(|code| !checked_phases.contains(&code.phase()) && !covered.contains(code.as_str()))
        .map(|code| code.as_str())
        .collect();
    println!(
        "{} codes have fixtures; {} are reported by elaboration and layout: {}",
        covered.len(),
        later.len(),
        later.join(" ")
    );
    assert!(missing.is_empty(), "codes without a fixture: {missing:?}");
}
