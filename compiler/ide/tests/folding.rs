//! Folding ranges of each file of `fixtures/folding/regions.trio`.

mod support;

use kite_ide::folding_ranges;
use support::Fixture;

#[test]
fn folding_ranges_of_each_language() {
    let fixture = Fixture::parse(include_str!("fixtures/folding/regions.trio"));
    let mut out = String::new();
    for file in fixture.files {
        let text = file.text(&fixture.db);
        let line = |offset: usize| text[..offset].matches('\n').count() + 1;
        out.push_str(&format!("--- {}\n", file.path(&fixture.db)));
        for range in folding_ranges(&fixture.db, file) {
            let folded = fixture.text(file, range.span);
            let first = folded.lines().next().unwrap_or_default();
            let last = folded.lines().last().unwrap_or_default();
            out.push_str(&format!(
                "{:?} lines {}-{}: `{first}` … `{last}`\n",
                range.kind,
                line(range.span.start),
                line(range.span.end),
            ));
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn broken_programs_still_fold() {
    let fixture = Fixture::parse(
        "-- file: style\nforall Set x {\n  x.icon = Circle {\n    r: \n  }\n  ) ] stray\n}\n/* open\n",
    );
    let style = fixture.files[2];
    let folded: Vec<String> = folding_ranges(&fixture.db, style)
        .iter()
        .map(|range| {
            fixture
                .text(style, range.span)
                .lines()
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(folded, ["{", "{"]);
}
