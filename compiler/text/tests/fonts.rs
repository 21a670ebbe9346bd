//! The font database is hermetic, and glyphs missing from Liberation fall
//! back to the matching DejaVu face.

use kite_text::{Fonts, TextStyle};
use resvg::usvg::fontdb::Source;

#[test]
fn the_database_holds_exactly_the_bundled_faces() {
    let fontdb = &Fonts::bundled().usvg_options().fontdb;
    let faces: Vec<&str> = fontdb
        .faces()
        .map(|face| face.post_script_name.as_str())
        .collect();
    assert_eq!(
        faces,
        [
            "LiberationSans",
            "LiberationSans-Bold",
            "LiberationSans-Italic",
            "LiberationSans-BoldItalic",
            "LiberationSerif",
            "LiberationSerif-Bold",
            "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic",
            "LiberationMono",
            "LiberationMono-Bold",
            "LiberationMono-Italic",
            "LiberationMono-BoldItalic",
            "DejaVuSans",
            "DejaVuSans-Bold",
            "DejaVuSans-Oblique",
            "DejaVuSans-BoldOblique",
            "DejaVuSerif",
            "DejaVuSerif-Bold",
            "DejaVuSerif-Italic",
            "DejaVuSerif-BoldItalic",
        ]
    );
    assert!(
        fontdb
            .faces()
            .all(|face| matches!(face.source, Source::Binary(_))),
        "every face is compiled in, none is read from a file"
    );
}

fn outline_of(text: &str, family: &str, weight: &str, style: &str) -> String {
    let label = TextStyle {
        text,
        family,
        size_px: 12.0,
        weight,
        style,
    };
    Fonts::bundled().outline(&label).path_data
}

#[test]
fn glyphs_missing_from_liberation_come_from_the_matching_dejavu_face() {
    let double_struck_r = "ℝ";
    for (family, weight, style, dejavu) in [
        ("sans-serif", "", "", "DejaVu Sans"),
        ("monospace", "", "", "DejaVu Sans"),
        ("Times", "", "", "DejaVu Serif"),
        ("Times", "bold", "italic", "DejaVu Serif"),
        ("Helvetica", "bold", "", "DejaVu Sans"),
    ] {
        let fallback = outline_of(double_struck_r, family, weight, style);
        assert!(!fallback.is_empty(), "{family} {weight} {style}");
        assert_eq!(
            fallback,
            outline_of(double_struck_r, dejavu, weight, style),
            "{family} {weight} {style}"
        );
    }
}
