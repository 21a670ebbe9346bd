//! `kite render` end to end: the SVG file, determinism, variations,
//! `--emit shapes`, images read only from the trio's folders, and errors.

use crate::common::{kite, stderr, stdout};
use std::path::PathBuf;

/// A fresh output path for one test.
fn output_path(test: &str) -> PathBuf {
    let path = std::env::temp_dir().join(format!("kite-render-{}-{test}.svg", std::process::id()));
    let _ = std::fs::remove_file(&path);
    path
}

fn render(trio: &str, test: &str, extra: &[&str]) -> (std::process::Output, String) {
    let path = output_path(test);
    let mut args = vec!["render", trio, "-o", path.to_str().unwrap()];
    args.extend_from_slice(extra);
    let output = kite(&args);
    let svg = std::fs::read_to_string(&path).unwrap_or_default();
    let _ = std::fs::remove_file(&path);
    (output, svg)
}

const EXAMPLE: &str = "../../../examples/sets/sets.trio.json";

#[test]
fn the_example_renders_to_well_formed_svg() {
    let (output, svg) = render(EXAMPLE, "example", &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let document = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    assert_eq!(document.root_element().tag_name().name(), "svg");
    assert!(svg.contains("<title>Mammals.icon</title>"), "{svg}");
}

#[test]
fn the_same_variation_gives_the_same_bytes_and_another_differs() {
    let (_, first) = render(EXAMPLE, "same-1", &[]);
    let (_, second) = render(EXAMPLE, "same-2", &[]);
    assert_eq!(first, second);
    let (_, other) = render(EXAMPLE, "other", &["--variation", "SomethingElse7"]);
    assert_ne!(first, other);
}

#[test]
fn emit_shapes_prints_the_diagram_as_json() {
    let (output, _) = render(EXAMPLE, "emit", &["--emit", "shapes"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("JSON");
    let shapes = json["shapes"].as_array().expect("a shape list");
    assert!(!shapes.is_empty());
    let circle = shapes
        .iter()
        .find(|shape| shape["name"] == "Mammals.icon")
        .expect("the Mammals circle");
    assert_eq!(circle["kind"], "Circle");
    assert_eq!(circle["properties"]["center"].as_array().unwrap().len(), 2);
    assert!(json["inputs"].as_u64().unwrap() > 0);
    assert_eq!(json["canvas"]["width"], 720.0);
}

#[test]
fn images_are_inlined_from_the_trio_folder_only() {
    let (output, svg) = render("image-trio/images.trio.json", "images", &[]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(
        svg.contains("#123456"),
        "the picture beside the trio is inlined"
    );
    assert!(
        svg.contains("#654321"),
        "the picture beside the Style is inlined"
    );
    assert!(svg.contains("dot--inject-"), "inlined ids are made unique");
    assert!(
        !svg.contains("OUTSIDE-MARKER"),
        "a file outside the trio is never read"
    );
    assert!(svg.contains("image not found"));
}

#[test]
fn a_trio_with_errors_reports_them_and_writes_nothing() {
    let path = output_path("errors");
    let output = kite(&[
        "render",
        "trio-errors/shapes.trio.json",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("5 errors"), "{}", stderr(&output));
    assert!(!path.exists());
}

#[test]
fn a_dash_writes_the_svg_to_standard_output() {
    let output = kite(&["render", EXAMPLE, "-o", "-"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(stdout(&output).starts_with("<svg"));
}
