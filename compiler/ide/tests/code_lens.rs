//! Code lenses over the blocks of `fixtures/code_lens`, and over the
//! second Style of a trio.

mod support;

use kite_db::Database;
use kite_ide::{CodeLens, code_lenses};
use kite_syntax::Language;
use support::Fixture;

fn render(text: &str, lenses: &[CodeLens]) -> String {
    lenses
        .iter()
        .map(|lens| {
            let header = text[lens.span.range()].replace('\n', "⏎");
            format!("{header}\n  {} ({})\n", lens.title, lens.matches)
        })
        .collect()
}

#[test]
fn lenses_count_matches_and_groups() {
    let text = include_str!("fixtures/code_lens/blocks.trio");
    let fixture = Fixture::parse(text);
    let style = fixture.files[2];
    let lenses = code_lenses(&fixture.db, fixture.trio, style);
    insta::assert_snapshot!(render(style.text(&fixture.db), &lenses));
}

#[test]
fn lenses_of_each_style_and_none_outside_the_trio() {
    let mut db = Database::default();
    let domain = db.add_file("t.domain", Language::Domain, "type Set\ntype Point\n");
    let substance = db.add_file("t.substance", Language::Substance, "Set A, B\n");
    let canvas = db.add_file(
        "canvas.style",
        Language::Style,
        "canvas {\n  width = 1\n  height = 1\n}\nforall Point p {\n}\n",
    );
    let sets = db.add_file("sets.style", Language::Style, "forall Set s {\n}\n");
    let outside = db.add_file("outside.style", Language::Style, "forall Set s {\n}\n");
    let trio = db.add_trio(domain, substance, vec![canvas, sets], "");
    let titles = |file| -> Vec<String> {
        code_lenses(&db, trio, file)
            .into_iter()
            .map(|lens| lens.title)
            .collect()
    };
    assert_eq!(
        titles(canvas),
        ["matched nothing — no Substance objects fit this selector"]
    );
    assert_eq!(titles(sets), ["matched 2 times"]);
    assert!(titles(outside).is_empty());
    assert!(titles(substance).is_empty());
}
