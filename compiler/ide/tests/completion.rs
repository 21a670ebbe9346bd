//! Completion at the `$0` of each fixture in `fixtures/completion`, a field
//! assigned in another Style file of the trio, and a sweep over every
//! offset of corpus trios and a garbled program (no panics, spans inside
//! the file) for completion and signature help.

mod support;

use kite_db::{Database, SourceFile, Trio, TrioManifest};
use kite_ide::{CompletionItem, completions, signature_help};
use kite_syntax::Language;
use std::path::PathBuf;
use support::Fixture;

/// How many items a snapshot lists before summing up the rest.
const SHOWN: usize = 40;

/// The cursor's line with `$0` put back, then one item per line.
fn render(fixture: &Fixture, items: &[CompletionItem]) -> String {
    let (file, offset) = fixture.cursor();
    let text = file.text(&fixture.db);
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = text[offset..]
        .find('\n')
        .map_or(text.len(), |end| offset + end);
    let mut out = format!(
        "at: {}$0{}\n",
        &text[line_start..offset],
        &text[offset..line_end]
    );
    for item in items.iter().take(SHOWN) {
        out.push_str(&format!("{:<22} {:?}", item.label, item.kind));
        if let Some(detail) = &item.detail {
            out.push_str(&format!("  — {detail}"));
        }
        if item.insert_text != item.label {
            let insert = item.insert_text.replace('\n', "⏎").replace('\t', "⇥");
            out.push_str(&format!("\n{:<22} inserts {insert}", ""));
        }
        out.push('\n');
    }
    if items.len() > SHOWN {
        out.push_str(&format!("… and {} more\n", items.len() - SHOWN));
    }
    out
}

#[test]
fn completion_fixtures() {
    for (name, text) in support::fixtures("completion") {
        let fixture = Fixture::parse(&text);
        let (file, offset) = fixture.cursor();
        let items = completions(&fixture.db, fixture.trio, file, offset);
        for (index, item) in items.iter().enumerate() {
            assert_eq!(item.sort_text, format!("{index:04}"), "{name}");
        }
        insta::assert_snapshot!(name, render(&fixture, &items));
    }
}

#[test]
fn fields_come_from_every_style_of_the_trio() {
    let mut db = Database::default();
    let domain = db.add_file(
        "t.domain",
        Language::Domain,
        "type Shape\ntype Set <: Shape\n",
    );
    let substance = db.add_file("t.substance", Language::Substance, "Set A\n");
    let base = db.add_file(
        "base.style",
        Language::Style,
        "forall Shape s {\n  s.outline = Rectangle {\n  }\n}\n",
    );
    let text = "forall Set x {\n  x.\n}\n";
    let extra = db.add_file("extra.style", Language::Style, text);
    let other = db.add_file(
        "other.style",
        Language::Style,
        "forall Set y {\n  y.unrelated = 1\n}\n",
    );
    let trio = db.add_trio(domain, substance, vec![base, extra], "");
    let offset = text.find("x.").unwrap() + 2;
    let labels: Vec<String> = completions(&db, trio, extra, offset)
        .into_iter()
        .map(|item| item.label)
        .collect();
    assert_eq!(labels, ["outline", "label"]);
    // A Style outside the trio contributes nothing.
    let outside = completions(&db, trio, other, 0);
    assert!(outside.iter().all(|item| item.label != "outline"));
}

/// Runs completion and signature help at every character boundary.
fn sweep(db: &Database, trio: Trio, file: SourceFile) {
    let text = file.text(db).clone();
    for offset in (0..=text.len()).filter(|offset| text.is_char_boundary(*offset)) {
        for item in completions(db, trio, file, offset) {
            assert!(!item.label.is_empty());
        }
        if let Some(help) = signature_help(db, trio, file, offset) {
            for parameter in &help.parameters {
                assert!(parameter.label_span.end <= help.label.len());
                assert!(help.label.is_char_boundary(parameter.label_span.start));
                assert!(help.label.is_char_boundary(parameter.label_span.end));
            }
            if let Some(active) = help.active_parameter {
                assert!(active < help.parameters.len());
            }
        }
    }
}

fn corpus() -> Option<PathBuf> {
    let folder = match std::env::var_os("KITE_CORPUS") {
        Some(folder) => PathBuf::from(folder),
        None => PathBuf::from("/work/shared/corpus/penrose"),
    };
    if folder.is_dir() {
        Some(folder)
    } else {
        eprintln!(
            "skipping: no corpus at {} (set KITE_CORPUS)",
            folder.display()
        );
        None
    }
}

#[test]
fn every_offset_of_corpus_trios() {
    let Some(corpus) = corpus() else { return };
    for manifest in [
        "exterior-algebra/vector-wedge.trio.json",
        "set-theory-domain/continuousmap.trio.json",
        "graph-domain/textbook/sec2/fig4.trio.json",
    ] {
        let path = corpus.join(manifest);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {manifest}: not in the corpus");
            continue;
        };
        let manifest = TrioManifest::parse(&text, path.parent().unwrap()).unwrap();
        let mut db = Database::default();
        let trio = db
            .add_manifest(&manifest, |path| {
                std::fs::read_to_string(path).map(|text| (path.display().to_string(), text))
            })
            .unwrap();
        let mut files = vec![trio.domain(&db), trio.substance(&db)];
        files.extend(trio.styles(&db).iter().copied());
        for file in files {
            sweep(&db, trio, file);
        }
    }
}

#[test]
fn every_offset_of_a_garbled_program() {
    let fixture = Fixture::parse(
        "-- file: domain\ntype Set <: \npredicate P(Set, \nfunction f(Set s -> \nconstructor ( \n\
         -- file: substance\nSet A, \nP(A, \nSet B := f(A, \"x\nLabel A $unclosed\nAutoLabel \n\
         Let := (\nfor i in [0, \n\
         -- file: style\nforall Set x; where P(x, {\n  x.icon = Circle {\n    r: max(1, \n\
         center: (x.,\n  }\n  ensure contains(x.icon, \n  encourage near(\n\
         collect Set s into ss foreach\nGlobal {\n  a = \"é ü 😀\" /* unclosed\n",
    );
    for file in fixture.files {
        sweep(&fixture.db, fixture.trio, file);
    }
}
