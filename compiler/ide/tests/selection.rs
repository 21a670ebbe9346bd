//! Selection ranges at chosen places of `fixtures/selection/cases.trio`.

mod support;

use kite_ide::selection_ranges;
use support::Fixture;

/// Each case: the file (0 Domain, 1 Substance, 2 Style) and the text just
/// after the cursor, which must occur once in that file.
const CASES: &[(usize, &str)] = &[
    (0, "b)"),
    (1, "B) for"),
    (1, "i < 1"),
    (2, "y) {"),
    (2, "r + 2"),
    (2, "y.r, 0"),
    (2, "5)"),
    (2, "\n  ensure"),
];

/// `text`, or its start and end when it is long.
fn abbreviate(text: &str) -> String {
    let characters: Vec<char> = text.chars().collect();
    if characters.len() <= 60 {
        return text.to_string();
    }
    let start: String = characters[..28].iter().collect();
    let end: String = characters[characters.len() - 28..].iter().collect();
    format!("{start} … {end}")
}

#[test]
fn selection_ranges_grow_outwards() {
    let fixture = Fixture::parse(include_str!("fixtures/selection/cases.trio"));
    let mut out = String::new();
    for (index, after) in CASES {
        let file = fixture.files[*index];
        let text = file.text(&fixture.db);
        assert_eq!(text.matches(after).count(), 1, "`{after}` is ambiguous");
        let offset = text.find(after).unwrap();
        out.push_str(&format!(
            "at {}$0{}\n",
            &text[text[..offset].rfind('\n').map_or(0, |n| n + 1)..offset],
            after.lines().next().unwrap_or_default(),
        ));
        let chains = selection_ranges(&fixture.db, file, &[offset]);
        let chain = &chains[0];
        for pair in chain.windows(2) {
            assert!(pair[1].start <= pair[0].start && pair[0].end <= pair[1].end);
        }
        assert_eq!(chain.last().unwrap().len(), text.len());
        for span in chain {
            let shown = abbreviate(&fixture.text(file, *span).replace('\n', "⏎"));
            out.push_str(&format!("  `{shown}`\n"));
        }
    }
    insta::assert_snapshot!(out);
}

#[test]
fn offsets_past_the_end_give_the_file() {
    let fixture = Fixture::parse("-- file: substance\nSet A\n");
    let file = fixture.files[1];
    let chains = selection_ranges(&fixture.db, file, &[100, 0]);
    assert_eq!(chains[0].len(), 1);
    assert_eq!(fixture.text(file, chains[1][0]), "Set");
}

#[test]
fn every_offset_of_a_garbled_program_has_nested_ranges() {
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set <: \npredicate P(Set, \n\
         -- file: substance\nSet A, \nP(A, \nLabel A $x\n\
         -- file: style\nforall Set x where P(x, {\n  x.icon = Circle {\n    r: max(1, \n\
         }\n  ensure contains(x.icon, \n\"é 😀\" /* open\n",
    );
    for file in fixture.files {
        let text = file.text(&fixture.db);
        let offsets: Vec<usize> = (0..=text.len()).collect();
        for chain in selection_ranges(&fixture.db, file, &offsets) {
            for pair in chain.windows(2) {
                assert!(pair[1].start <= pair[0].start && pair[0].end <= pair[1].end);
            }
            assert!(chain.iter().all(|span| span.end <= text.len()));
        }
    }
}
