//! Hover over every kind of name, and over colours.

mod support;

use kite_ide::hover;
use support::Fixture;

const TRIO: &str = r#"-- file: domain
type Set
type Point
type Subset <: Set
predicate IsSubset(Set a, Set b)
predicate HasSize(Set s, Number n)
symmetric predicate Disjoint(Set, Set)
function Union(Set a, Set b) -> Set
constructor MakeSet(Point p) -> Set
-- file: substance
Set A, B
Subset C
Point p
IsSubset(C, A)
IsSubset(B, A)
Disjoint(A, B)
Set D := Union(A, B)
Set E := MakeSet(p)
Label A $\mathcal{A}$
Label B "bee"
Set x_i for i in [0, 2]
-- file: style
canvas {
  width = 800
  height = 700
}
layout = [main, polish]
forall Set x {
  x.icon = Circle {
    r: 20
    fillColor: #ff8000
    strokeColor: #0f08
    opacity: 0.5
  }
  x.shade = #336699cc
  x.box = 3
  x.size = x.box.width
  ensure contains(x.icon, x.icon) in main
}
forall Subset y; Set z where IsSubset(y, z) as rel {
  y.icon.r = canvas.width / 10
  c = rgba(0.5, 0.25, 1, 1)
  d = hsva(120, 100, 50, 1)
  e = rgba(x, 0.25, 1, 1)
  encourage near(y.icon, z.icon) except polish
  v = norm((1, 2))
}
collect Set s into ss {
  n = numberof ss
}
"#;

/// The hover where `$0` is in `needle` (found, without the `$0`, in the
/// `section` of the trio): the hovered text, then the Markdown.
fn hover_at(section: &str, needle: &str) -> String {
    let fixture = Fixture::at(TRIO, section, needle);
    let (file, offset) = fixture.cursor();
    match hover(&fixture.db, fixture.trio, file, offset) {
        Some(found) => format!(
            "hover at `{needle}` over `{}`\n---\n{}",
            fixture.text(file, found.span),
            found.markdown
        ),
        None => format!("hover at `{needle}`: none"),
    }
}

#[test]
fn domain_type_with_supertypes_subtypes_and_objects() {
    insta::assert_snapshot!(hover_at("domain", "type S$0et"));
    insta::assert_snapshot!(hover_at("substance", "Sub$0set C"));
}

#[test]
fn built_in_type() {
    insta::assert_snapshot!(hover_at("domain", "Num$0ber n"));
}

#[test]
fn predicate_signatures() {
    insta::assert_snapshot!(hover_at("substance", "IsSub$0set(C, A)"));
    insta::assert_snapshot!(hover_at("substance", "Disj$0oint(A, B)"));
}

#[test]
fn function_and_constructor_signatures() {
    insta::assert_snapshot!(hover_at("substance", "Uni$0on(A, B)"));
    insta::assert_snapshot!(hover_at("substance", "Make$0Set(p)"));
}

#[test]
fn domain_parameter() {
    insta::assert_snapshot!(hover_at("domain", "Union(Set a$0,"));
}

#[test]
fn substance_objects_with_labels() {
    insta::assert_snapshot!(hover_at("substance", "Label A$0 "));
    insta::assert_snapshot!(hover_at("substance", "Label B$0 "));
    insta::assert_snapshot!(hover_at("substance", "Subset C$0"));
}

#[test]
fn index_variable() {
    insta::assert_snapshot!(hover_at("substance", "for i$0 in"));
}

#[test]
fn selector_variables_with_types_and_matches() {
    insta::assert_snapshot!(hover_at("style", "forall Set x$0 {"));
    insta::assert_snapshot!(hover_at("style", "IsSubset(y$0, z)"));
    insta::assert_snapshot!(hover_at("style", "as re$0l"));
}

#[test]
fn collector_variable() {
    insta::assert_snapshot!(hover_at("style", "numberof s$0s"));
}

#[test]
fn namespace_and_fields() {
    insta::assert_snapshot!(hover_at("style", "canv$0as.width"));
    insta::assert_snapshot!(hover_at("style", "canvas.wid$0th"));
    insta::assert_snapshot!(hover_at("style", "near(y.ic$0on"));
    insta::assert_snapshot!(hover_at("style", "n$0 = numberof"));
}

#[test]
fn shape_type_with_its_properties() {
    insta::assert_snapshot!(hover_at("style", "x.icon = Cir$0cle"));
}

#[test]
fn shape_properties() {
    insta::assert_snapshot!(hover_at("style", "r$0: 20"));
    insta::assert_snapshot!(hover_at("style", "y.icon.r$0 ="));
    insta::assert_snapshot!(hover_at("style", "opac$0ity"));
    insta::assert_snapshot!(hover_at("style", "x.box.wid$0th"));
}

#[test]
fn library_functions() {
    insta::assert_snapshot!(hover_at("style", "ensure cont$0ains"));
    insta::assert_snapshot!(hover_at("style", "encourage ne$0ar"));
    insta::assert_snapshot!(hover_at("style", "v = no$0rm"));
}

#[test]
fn colour_literals() {
    insta::assert_snapshot!(hover_at("style", "#ff$08000"));
    insta::assert_snapshot!(hover_at("style", "#0f$008"));
    insta::assert_snapshot!(hover_at("style", "#3366$099cc"));
}

#[test]
fn colour_calls() {
    insta::assert_snapshot!(hover_at("style", "rgba(0.5, 0.$025"));
    insta::assert_snapshot!(hover_at("style", "c = rg$0ba"));
    insta::assert_snapshot!(hover_at("style", "hsva(1$020"));
    insta::assert_snapshot!(hover_at("style", "rgba(x, 0.$025"));
}

#[test]
fn layout_stage() {
    insta::assert_snapshot!(hover_at("style", "in ma$0in"));
}

#[test]
fn nothing_off_names() {
    insta::assert_snapshot!(hover_at("style", "width =$0 800"));
}
