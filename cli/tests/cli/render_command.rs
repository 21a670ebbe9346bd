//! `kite render` end to end: the SVG file, determinism, variations,
//! `--emit shapes`, images read only from the trio's folders, PNG and PDF
//! output, and errors.

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
    assert!(!svg.contains("<text"), "the placeholder is drawn in paths");
    assert!(stderr(&output).contains("W0600"), "{}", stderr(&output));
}

#[test]
fn refused_and_missing_images_are_warnings_at_their_href() {
    let path = output_path("image-warnings");
    let output = kite(&[
        "render",
        "image-warnings/warnings.trio.json",
        "--format",
        "json",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let printed: serde_json::Value = serde_json::from_str(&stdout(&output)).unwrap();
    let located: Vec<String> = printed["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|diagnostic| {
            format!(
                "{} {}:{} {}",
                diagnostic["code"].as_str().unwrap(),
                diagnostic["start"]["line"],
                diagnostic["start"]["column"],
                diagnostic["severity"].as_str().unwrap()
            )
        })
        .collect();
    assert_eq!(
        located,
        [
            "W0600 9:11 warning",
            "W0600 13:11 warning",
            "W0600 17:11 warning",
            "W0601 21:11 warning",
        ]
    );
    let svg = std::fs::read_to_string(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(!svg.contains("<text"), "placeholders are drawn in paths");
    assert!(!svg.contains("localhost") && !svg.contains("example.com"));
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

#[test]
fn the_report_gives_status_residuals_locations_and_timings() {
    let report_path = output_path("report").with_extension("json");
    let (output, _) = render(
        EXAMPLE,
        "report-svg",
        &["--report", report_path.to_str().unwrap()],
    );
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
    let _ = std::fs::remove_file(&report_path);
    assert_eq!(report["status"], "converged");
    assert!(report["steps"].as_u64().unwrap() > 0);
    assert!(report["max_residual"].as_f64().unwrap() <= 1e-3);
    let constraint = &report["constraints"][0];
    for field in ["name", "residual", "satisfied", "location", "objects"] {
        assert!(
            constraint.get(field).is_some(),
            "missing {field}: {constraint}"
        );
    }
    // Located as diagnostics are: file, byte range, 1-based start and end.
    let location = &constraint["location"];
    assert!(location["file"].as_str().unwrap().ends_with(".style"));
    assert!(location["start"]["line"].as_u64().unwrap() > 0);
    assert!(location["range"]["end"].as_u64() > location["range"]["start"].as_u64());
    let timings = &report["timings_ms"];
    let phases = [
        "load",
        "parse",
        "check",
        "match",
        "elaborate",
        "optimize",
        "render",
        "report",
        "output",
    ];
    let mut sum = 0.0;
    for phase in phases {
        sum += timings[phase]
            .as_f64()
            .unwrap_or_else(|| panic!("missing timing {phase}"));
    }
    // The phases are parts of the whole run, which the total measures.
    assert!(sum <= timings["total"].as_f64().unwrap(), "{timings}");
    assert_eq!(report["variation"], "KiteVenn1");
}

/// A layout stopped by the step cap or the time budget still writes its
/// SVG, exits 0, and says how it stopped in the report and on stderr.
#[test]
fn a_stopped_layout_still_writes_its_svg_and_says_why() {
    for (test, limit, status) in [
        ("step-cap", ["--max-steps", "1"], "max-steps"),
        // A budget of zero runs out after the first step, whatever the
        // machine's speed.
        ("time-budget", ["--time-budget", "0"], "timeout"),
    ] {
        let report_path = output_path(test).with_extension("json");
        let mut extra = vec!["--report", report_path.to_str().unwrap()];
        extra.extend(limit);
        let (output, svg) = render(EXAMPLE, test, &extra);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
        assert!(roxmltree::Document::parse(&svg).is_ok(), "{test}: {svg}");
        let report: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&report_path).unwrap()).unwrap();
        let _ = std::fs::remove_file(&report_path);
        assert_eq!(report["status"], status, "{test}");
        assert!(report["steps"].as_u64().unwrap() <= 1, "{test}: {report}");
        assert!(
            stderr(&output).contains(status),
            "{test}: {}",
            stderr(&output)
        );
    }
}

#[test]
fn json_format_prints_the_diagnostics_and_the_report_as_one_object() {
    let (output, _) = render(EXAMPLE, "json", &["--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("one JSON value");
    assert!(json["diagnostics"].as_array().unwrap().is_empty());
    assert_eq!(json["report"]["status"], "converged");
}

#[test]
fn a_nan_in_the_layout_is_reported_at_its_term() {
    let (output, _) = render("nan-trio/nan.trio.json", "nan", &["--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    let json: serde_json::Value = serde_json::from_str(&stdout(&output)).expect("one JSON value");
    assert_eq!(json["report"]["status"], "nan");
    assert_eq!(json["report"]["nan_term"]["name"], "minimal");
    let diagnostic = &json["diagnostics"][0];
    assert_eq!(diagnostic["code"], "E0500");
    assert_eq!(diagnostic["start"]["line"], 7);
}

#[test]
fn no_optimize_draws_the_initial_state() {
    let (_, laid_out) = render(EXAMPLE, "laid-out", &[]);
    let (output, initial) = render(EXAMPLE, "initial", &["--no-optimize"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert_ne!(laid_out, initial);
}

#[test]
fn png_output_follows_the_extension_and_is_byte_identical() {
    let first_path = output_path("first").with_extension("png");
    let second_path = output_path("second").with_extension("png");
    for path in [&first_path, &second_path] {
        let output = kite(&["render", EXAMPLE, "-o", path.to_str().unwrap()]);
        assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    }
    let first = std::fs::read(&first_path).unwrap();
    let second = std::fs::read(&second_path).unwrap();
    let _ = std::fs::remove_file(&first_path);
    let _ = std::fs::remove_file(&second_path);
    assert_eq!(&first[1..4], b"PNG");
    assert_eq!(
        first, second,
        "the same trio and variation give the same PNG bytes"
    );
    // The example's canvas is 720 wide; the IHDR chunk holds the width.
    assert_eq!(u32::from_be_bytes(first[16..20].try_into().unwrap()), 720);
}

#[test]
fn format_out_and_scale_choose_the_png() {
    let (output, _) = render(EXAMPLE, "scaled", &[]);
    assert_eq!(output.status.code(), Some(0));
    let path = output_path("scaled-png");
    let output = kite(&[
        "render",
        EXAMPLE,
        "-o",
        path.to_str().unwrap(),
        "--format-out",
        "png",
        "--scale",
        "0.5",
    ]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let png = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), 360);
}

#[test]
fn pdf_output_follows_the_extension() {
    let path = output_path("pdf").with_extension("pdf");
    let output = kite(&["render", EXAMPLE, "-o", path.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let pdf = std::fs::read(&path).unwrap();
    let _ = std::fs::remove_file(&path);
    assert!(pdf.starts_with(b"%PDF-"));
    // The example's canvas is 720 × 480: one point per canvas unit.
    let media_box = b"/MediaBox [0 0 720 480]";
    assert!(pdf.windows(media_box.len()).any(|w| w == media_box));
}

#[test]
fn format_out_pdf_writes_the_pdf_to_standard_output() {
    let output = kite(&["render", EXAMPLE, "-o", "-", "--format-out", "pdf"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    assert!(output.stdout.starts_with(b"%PDF-"));
    assert!(output.stdout.ends_with(b"%%EOF"));
}

#[test]
fn labels_are_drawn_as_glyph_paths() {
    let (output, svg) = render(EXAMPLE, "glyphs", &[]);
    assert_eq!(output.status.code(), Some(0));
    assert!(
        !svg.contains("<text"),
        "no text element needs a font in the viewer"
    );
    assert!(svg.contains("<title>Mammals.text</title>"));
}

#[test]
fn an_internal_failure_writes_nothing_and_exits_one() {
    let path = output_path("internal");
    let output = kite(&[
        "render",
        EXAMPLE,
        "--debug-panic",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(1));
    assert!(stderr(&output).contains("E0900"), "{}", stderr(&output));
    assert!(stderr(&output).contains("kite failed during elaboration"));
    assert!(!path.exists());
}
