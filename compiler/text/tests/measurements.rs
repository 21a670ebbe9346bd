//! Snapshots of Penrose-style measurements over strings, sizes, families,
//! weights and styles, and the guarantees measuring makes.

use kite_text::{Fonts, TextMetrics, TextStyle, font_size_px};

const STRINGS: [&str; 8] = [
    "A",
    "Ag",
    "xyz",
    "Hello, world",
    "αβγ",
    "",
    "  ",
    "The quick brown fox jumps over the lazy dog (0123456789)",
];
const FAMILIES: [&str; 5] = [
    "sans-serif",
    "Times",
    "monospace",
    "Palatino",
    "Unknown Grotesk",
];
const SIZES: [&str; 3] = ["12px", "18px", "1in"];
const WEIGHTS_AND_STYLES: [(&str, &str); 3] = [("bold", ""), ("", "italic"), ("700", "oblique")];

fn style<'a>(
    text: &'a str,
    family: &'a str,
    size: &str,
    weight: &'a str,
    style: &'a str,
) -> TextStyle<'a> {
    TextStyle {
        text,
        family,
        size_px: font_size_px(size).expect("test sizes parse"),
        weight,
        style,
    }
}

fn row(style: &TextStyle, size: &str) -> String {
    let TextMetrics {
        width,
        height,
        ascent,
        descent,
    } = Fonts::bundled().measure(style);
    format!(
        "{:<16} {:<5} {:<4} {:<7} {:<60} w {width:.2} h {height:.2} a {ascent:.2} d {descent:.2}",
        style.family,
        size,
        style.weight,
        style.style,
        format!("{:?}", style.text),
    )
}

#[test]
fn strings_in_every_family() {
    let rows: Vec<String> = FAMILIES
        .iter()
        .flat_map(|family| {
            STRINGS
                .iter()
                .map(move |text| row(&style(text, family, "12px", "", ""), "12px"))
        })
        .collect();
    insta::assert_snapshot!(rows.join("\n"));
}

#[test]
fn strings_at_every_size() {
    let rows: Vec<String> = SIZES
        .iter()
        .flat_map(|size| {
            STRINGS
                .iter()
                .map(move |text| row(&style(text, "sans-serif", size, "", ""), size))
        })
        .collect();
    insta::assert_snapshot!(rows.join("\n"));
}

#[test]
fn weights_and_styles_in_every_family() {
    let rows: Vec<String> = FAMILIES
        .iter()
        .flat_map(|family| {
            WEIGHTS_AND_STYLES.iter().flat_map(move |&(weight, slant)| {
                ["Ag", "Hello, world"]
                    .into_iter()
                    .map(move |text| row(&style(text, family, "12px", weight, slant), "12px"))
            })
        })
        .collect();
    insta::assert_snapshot!(rows.join("\n"));
}

#[test]
fn measuring_twice_gives_identical_results() {
    let fonts = Fonts::bundled();
    for family in FAMILIES {
        for text in STRINGS {
            let label = style(text, family, "18px", "bold", "italic");
            assert_eq!(
                fonts.measure(&label),
                fonts.measure(&label),
                "{text:?} in {family}"
            );
        }
    }
}

#[test]
fn text_without_ink_measures_zero() {
    let fonts = Fonts::bundled();
    for text in ["", " ", "  \t\n"] {
        assert_eq!(
            fonts.measure(&style(text, "sans-serif", "12px", "", "")),
            TextMetrics::default()
        );
    }
    for size_px in [0.0, -12.0, f64::NAN, f64::INFINITY] {
        let label = TextStyle {
            size_px,
            ..style("A", "sans-serif", "12px", "", "")
        };
        assert_eq!(
            fonts.measure(&label),
            TextMetrics::default(),
            "size {size_px}"
        );
    }
}

#[test]
fn markup_characters_are_measured_as_text() {
    let fonts = Fonts::bundled();
    let markup = fonts.measure(&style("a<b & \"c\"", "sans-serif", "12px", "", ""));
    assert!(markup.width > 30.0, "{markup:?}");
}

#[test]
fn bold_is_wider_than_regular() {
    let fonts = Fonts::bundled();
    let regular = fonts.measure(&style("Hello, world", "sans-serif", "12px", "", ""));
    let bold = fonts.measure(&style("Hello, world", "sans-serif", "12px", "bold", ""));
    assert!(bold.width > regular.width, "{bold:?} vs {regular:?}");
}
