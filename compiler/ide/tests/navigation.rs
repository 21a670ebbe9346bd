//! Go to definition, find references and highlights over one trio, each
//! symbol kind from the files that name it.

mod support;

use kite_db::{Database, SourceFile};
use kite_diagnostics::{FileId, Span};
use kite_ide::{
    HighlightKind, document_highlight, find_references, goto_definition, hover, prepare_rename,
    semantic_tokens, symbol_at,
};
use kite_syntax::Language;
use std::path::{Path, PathBuf};
use support::Fixture;

const TRIO: &str = r#"-- file: domain
type Set
type Point
type Subset <: Set
predicate IsSubset(Set a, Set b)
symmetric predicate Disjoint(Set, Set)
function Union(Set a, Set b) -> Set
constructor MakeSet(Point p) -> Set
-- file: substance
Set A, B
Subset C
Point p
IsSubset(C, A)
Disjoint(A, B)
Set D := Union(A, B)
Set E := MakeSet(p)
Label A $\mathcal{A}$
AutoLabel C
Set x_i for i in [0, 2]
IsSubset(x_i, A) for i in [0, 2]
IsSubset(x_1, B)
-- file: style
canvas {
  width = 800
  height = 700
}
layout = [main, polish]
forall Set x {
  x.icon = Circle {
    r: 20
  }
  x.text = Equation {
    string: x.label
  }
  ensure contains(x.icon, x.text) in main
}
forall Subset y; Set z where IsSubset(y, z) as rel {
  y.icon.r = canvas.width / 10
  ensure disjoint(y.icon, z.icon)
  rel.arrow = Line { start: y.icon.center }
  encourage near(y.icon, z.icon) except polish
}
forall Set `A` {
  override `A`.icon = Circle { r: 30 }
}
collect Set s into ss {
  n = numberof ss
  l = listof icon from ss
  m = n
}
"#;

/// `path:line: text` of the line holding `span`, carets under the span.
fn excerpt(db: &Database, file: FileId, span: Span) -> String {
    let source = db.file(file).expect("the file exists");
    let text = source.text(db);
    let line_start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
    let line_end = text[span.start..]
        .find('\n')
        .map_or(text.len(), |at| span.start + at);
    let line = text[..span.start].matches('\n').count() + 1;
    let prefix = format!("{}:{line}: ", source.path(db));
    let indent = prefix.len() + text[line_start..span.start].chars().count();
    let width = text[span.start..span.end.min(line_end)]
        .chars()
        .count()
        .max(1);
    format!(
        "{prefix}{}\n{}{}",
        &text[line_start..line_end],
        " ".repeat(indent),
        "^".repeat(width)
    )
}

fn first_line(db: &Database, file: FileId, span: Span) -> String {
    let source = db.file(file).expect("the file exists");
    source.text(db)[span.range()]
        .lines()
        .next()
        .unwrap_or_default()
        .to_string()
}

fn definitions(db: &Database, trio: kite_db::Trio, file: SourceFile, offset: usize) -> String {
    let targets = goto_definition(db, trio, file, offset);
    if targets.is_empty() {
        return "no definition".to_string();
    }
    targets
        .iter()
        .map(|target| {
            format!(
                "{}\n  declaration: {}",
                excerpt(db, target.file, target.span),
                first_line(db, target.file, target.full_span)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn goto(section: &str, needle: &str) -> String {
    let fixture = Fixture::at(TRIO, section, needle);
    let (file, offset) = fixture.cursor();
    format!(
        "goto definition at `{needle}`\n{}",
        definitions(&fixture.db, fixture.trio, file, offset)
    )
}

fn references(section: &str, needle: &str, include_declaration: bool) -> String {
    let fixture = Fixture::at(TRIO, section, needle);
    let (file, offset) = fixture.cursor();
    let found = find_references(&fixture.db, fixture.trio, file, offset, include_declaration);
    let mut out =
        format!("references of `{needle}` (declaration included: {include_declaration})\n");
    for reference in found {
        let mark = if reference.is_definition {
            " (definition)"
        } else {
            ""
        };
        out.push_str(&format!(
            "{}{mark}\n",
            excerpt(&fixture.db, reference.file, reference.span)
        ));
    }
    out
}

#[test]
fn domain_type_from_substance() {
    insta::assert_snapshot!(goto("substance", "Sub$0set C"));
}

#[test]
fn domain_type_from_style() {
    insta::assert_snapshot!(goto("style", "forall Sub$0set y"));
}

#[test]
fn supertype_in_domain() {
    insta::assert_snapshot!(goto("domain", "<: S$0et"));
}

#[test]
fn predicate_from_style() {
    insta::assert_snapshot!(goto("style", "IsSub$0set(y, z)"));
}

#[test]
fn function_from_substance() {
    insta::assert_snapshot!(goto("substance", "Uni$0on(A, B)"));
}

#[test]
fn constructor_from_substance() {
    insta::assert_snapshot!(goto("substance", "Make$0Set(p)"));
}

#[test]
fn substance_object_from_style_backticks() {
    insta::assert_snapshot!(goto("style", "`A$0`.icon"));
}

#[test]
fn substance_object_from_label() {
    insta::assert_snapshot!(goto("substance", "Label A$0 "));
}

#[test]
fn object_declared_by_an_indexed_statement() {
    insta::assert_snapshot!(goto("substance", "IsSubset(x_$01, B)"));
}

#[test]
fn style_variable_from_its_block() {
    insta::assert_snapshot!(goto("style", "y$0.icon.r"));
}

#[test]
fn predicate_alias() {
    insta::assert_snapshot!(goto("style", "re$0l.arrow"));
}

#[test]
fn field_goes_to_every_assignment() {
    insta::assert_snapshot!(goto("style", "contains(x.ic$0on"));
}

#[test]
fn field_of_a_subtype_variable() {
    insta::assert_snapshot!(goto("style", "disjoint(y.ic$0on"));
}

#[test]
fn field_in_listof() {
    insta::assert_snapshot!(goto("style", "listof ic$0on"));
}

#[test]
fn namespace_field() {
    insta::assert_snapshot!(goto("style", "canvas.wid$0th"));
}

#[test]
fn namespace() {
    insta::assert_snapshot!(goto("style", "canv$0as.width"));
}

#[test]
fn local_field() {
    insta::assert_snapshot!(goto("style", "m = n$0"));
}

#[test]
fn collection_variable() {
    insta::assert_snapshot!(goto("style", "l = listof icon from s$0s"));
}

#[test]
fn layout_stage() {
    insta::assert_snapshot!(goto("style", "except pol$0ish"));
}

#[test]
fn library_names_have_no_definition() {
    insta::assert_snapshot!(goto("style", "ensure disj$0oint"));
    insta::assert_snapshot!(goto("style", "x.icon = Cir$0cle"));
}

#[test]
fn off_names_there_is_nothing() {
    insta::assert_snapshot!(goto("style", "width = 8$000"));
}

#[test]
fn references_of_an_object_across_files() {
    insta::assert_snapshot!(references("substance", "Set A$0, B", true));
    insta::assert_snapshot!(references("substance", "Set A$0, B", false));
}

#[test]
fn references_of_a_type_across_files() {
    insta::assert_snapshot!(references("domain", "type Sub$0set", true));
}

#[test]
fn references_of_a_predicate_across_files() {
    insta::assert_snapshot!(references("domain", "predicate IsS$0ubset", true));
}

#[test]
fn references_of_a_field_across_blocks() {
    insta::assert_snapshot!(references("style", "x.ic$0on = Circle", true));
}

#[test]
fn references_of_a_style_variable_stay_in_its_block() {
    insta::assert_snapshot!(references("style", "forall Set x$0 {", true));
}

#[test]
fn references_of_a_shape_property() {
    insta::assert_snapshot!(references("style", "y.icon.r$0 =", true));
}

#[test]
fn highlight_in_one_file() {
    let fixture = Fixture::at(TRIO, "style", "forall Subset y$0;");
    let (file, offset) = fixture.cursor();
    let mut out = String::new();
    for highlight in document_highlight(&fixture.db, fixture.trio, file, offset) {
        let kind = match highlight.kind {
            HighlightKind::Read => "read",
            HighlightKind::Write => "write",
        };
        out.push_str(&format!(
            "{kind}\n{}\n",
            excerpt(&fixture.db, file.file_id(&fixture.db), highlight.span)
        ));
    }
    insta::assert_snapshot!(out);
}

#[test]
fn highlight_of_an_object_stays_in_the_file() {
    let fixture = Fixture::at(TRIO, "style", "`A$0`.icon");
    let (file, offset) = fixture.cursor();
    let highlights = document_highlight(&fixture.db, fixture.trio, file, offset);
    let texts: Vec<&str> = highlights
        .iter()
        .map(|highlight| fixture.text(file, highlight.span))
        .collect();
    assert_eq!(texts, ["A", "A"]);
}

/// A trio with two Styles: fields and namespaces cross from one to the
/// next, as the Styles run as one program.
#[test]
fn navigation_across_two_styles() {
    let mut db = Database::default();
    let domain = db.add_file(
        "two.domain",
        Language::Domain,
        "type Set\ntype Subset <: Set\n",
    );
    let substance = db.add_file("two.substance", Language::Substance, "Set A\nSubset B\n");
    let first = db.add_file(
        "first.style",
        Language::Style,
        "global {\n  size = 10\n}\nforall Set x {\n  x.icon = Circle { r: global.size }\n}\n",
    );
    let second_text = "forall Subset y {\n  y.icon.r = global.size\n  y.label2 = y.icon\n}\n";
    let second = db.add_file("second.style", Language::Style, second_text);
    let trio = db.add_trio(domain, substance, vec![first, second], "two");
    let mut out = String::new();
    for needle in ["y.icon", "= global", "global.size"] {
        let needle_at = second_text.find(needle).expect("the needle occurs");
        let offset = needle_at + needle.len() - 1;
        out.push_str(&format!(
            "at `{needle}` (its last character)\n{}\n",
            definitions(&db, trio, second, offset)
        ));
    }
    insta::assert_snapshot!(out);
}

/// Asserts that `span` lies inside the text of `file` on character
/// boundaries.
fn assert_inside(db: &Database, file: FileId, span: Span, what: &str) {
    let text = db.file(file).expect("the file exists").text(db);
    assert!(
        span.start <= span.end
            && span.end <= text.len()
            && text.is_char_boundary(span.start)
            && text.is_char_boundary(span.end),
        "{what}: span {span:?} is not inside file {file:?} ({} bytes) on character boundaries",
        text.len()
    );
}

/// Runs every offset-taking feature at every byte offset of every file
/// of the trio (and one past the end), and the semantic tokens of each
/// file; nothing may panic and every span must lie inside its file.
fn exercise_every_offset(db: &Database, trio: kite_db::Trio) {
    let mut files = vec![trio.domain(db), trio.substance(db)];
    files.extend(trio.styles(db).iter().copied());
    for file in files {
        let id = file.file_id(db);
        let length = file.text(db).len();
        for offset in 0..=length + 1 {
            if let Some(occurrence) = symbol_at(db, trio, file, offset) {
                assert_inside(db, occurrence.file, occurrence.span, "symbol_at");
                assert_inside(db, occurrence.file, occurrence.full_span, "symbol_at full");
            }
            if let Some(found) = hover(db, trio, file, offset) {
                assert_inside(db, id, found.span, "hover");
                assert!(!found.markdown.is_empty());
            }
            for target in goto_definition(db, trio, file, offset) {
                assert_inside(db, target.file, target.span, "goto_definition");
                assert_inside(db, target.file, target.full_span, "goto_definition full");
            }
            for reference in find_references(db, trio, file, offset, true) {
                assert_inside(db, reference.file, reference.span, "find_references");
            }
            for highlight in document_highlight(db, trio, file, offset) {
                assert_inside(db, id, highlight.span, "document_highlight");
            }
            if let Ok(span) = prepare_rename(db, trio, file, offset) {
                assert_inside(db, id, span, "prepare_rename");
            }
        }
        let tokens = semantic_tokens(db, trio, file, None);
        for pair in tokens.windows(2) {
            assert!(pair[0].span.end <= pair[1].span.start, "tokens overlap");
        }
        for token in &tokens {
            assert_inside(db, id, token.span, "semantic_tokens");
        }
    }
}

/// The Penrose corpus: `$KITE_CORPUS` (relative to the workspace root)
/// or `../shared/corpus` beside the workspace, `penrose/` inside it if
/// present.
fn corpus_dir() -> Option<PathBuf> {
    let workspace = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let dir = match std::env::var_os("KITE_CORPUS") {
        Some(dir) => workspace.join(dir),
        None => workspace.join("../shared/corpus"),
    };
    let dir = if dir.join("penrose").is_dir() {
        dir.join("penrose")
    } else {
        dir
    };
    dir.is_dir().then_some(dir)
}

#[test]
fn every_offset_of_corpus_trios() {
    let Some(corpus) = corpus_dir() else {
        eprintln!("skipping: the Penrose corpus is absent (set KITE_CORPUS to its folder)");
        return;
    };
    let manifests = [
        "atoms-and-bonds/wet-floor.trio.json",
        "spectral-graphs/examples/star-graph.trio.json",
        "set-theory-domain/tree-tree.trio.json",
        "hypergraph/hypergraph.trio.json",
        "spectral-graphs/examples/box.trio.json",
        "alloy-models/workstations.trio.json",
        "triangle-mesh-2d/diagrams/halfedge-mesh.trio.json",
    ];
    for manifest in manifests {
        let path = corpus.join(manifest);
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {manifest}: not in the corpus");
            continue;
        };
        let folder = path.parent().expect("a manifest is in a folder");
        let manifest = kite_db::TrioManifest::parse(&text, folder).expect("the manifest parses");
        let mut db = Database::default();
        let trio = db
            .add_manifest(&manifest, |path| {
                std::fs::read_to_string(path).map(|text| (path.display().to_string(), text))
            })
            .expect("the trio's files are readable");
        exercise_every_offset(&db, trio);
    }
}

const GARBLED: &str = r#"-- file: domain
type Set <:
type θ <: Set, Set
predicate P(Set a, Set
function f(Set a) -> 
constructor K(θ t) ->
Set <: θ
-- file: substance
Set A, B,
θ t := K(A
P(A, B
Let x := K(t)
Label t $θ
Set y_i for i in [0, 2] where i <
P(y_i, A) for j in [0, 1]
AutoLabel All
`A`
-- file: style
canvas {
  width = 800
forall Set x; θ y where P(x, y) as r {
  x.icon = Circle { r: 10
    fillColor: #ff80
  y.icon.r = x..icon
  `A`.icon = rgba(1, 0.5
  ensure contains(x.icon, `B`.icon) in
  r.arrow = Line { start: x.icon.center end: }
  layout = [a,
}
collect Set s into ss foreach θ t {
  l = listof from ss
  θ.icon = hsva(10, 20, 30, 1)
"#;

#[test]
fn every_offset_of_garbled_and_truncated_programs() {
    let fixture = Fixture::parse(GARBLED);
    exercise_every_offset(&fixture.db, fixture.trio);
    // The sample trio cut short at many points, as while typing.
    for cut in (0..TRIO.len()).step_by(37) {
        let mut cut = cut;
        while !TRIO.is_char_boundary(cut) {
            cut -= 1;
        }
        let truncated = &TRIO[..cut];
        if !truncated.contains("-- file: substance") {
            continue;
        }
        let fixture = Fixture::parse(truncated);
        exercise_every_offset(&fixture.db, fixture.trio);
    }
}
