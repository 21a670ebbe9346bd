//! PDF output: an SVG converted to a one-page vector PDF by svg2pdf, so
//! the same SVG gives the same bytes everywhere.
//!
//! The SVG is first read by the same usvg as PNG output, with kite's
//! bundled fonts, and written back as plain SVG: text (the "image not
//! found" caption, or text in an inlined Image file; kite's own labels are
//! already glyph paths) becomes paths drawn with the fonts PNG output uses,
//! and CSS, `<use>` and nested `<svg>` elements are resolved. svg2pdf then
//! reads that SVG with its own, older usvg, built without text support,
//! so it needs no fonts at all. Neither reads a file: `href`s that name
//! files are ignored.
//!
//! The page is the SVG's size (its `width` and `height`, or its `viewBox`
//! when they are absent, as in kite's documents), one PDF point per SVG
//! unit: the MediaBox of a 720 × 480 canvas is `[0 0 720 480]`.
//! Everything is drawn as vector paths. Not drawn: raster images and
//! `<image>` elements (kite inlines Image files as SVG markup, which is
//! drawn) and filters such as `filter: blur(…)`, which are skipped and
//! the shape drawn unfiltered.
//!
//! svg2pdf writes no date and no document id; the entries of its resource
//! dictionaries come out in hash-map order, so [`sort_resource_entries`]
//! puts them in one order.

use kite_text::Fonts;
use resvg::usvg as kite_usvg;
use std::fmt;
use svg2pdf::usvg;

/// Why an SVG could not be converted to PDF.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PdfError(pub String);

impl fmt::Display for PdfError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PdfError {}

/// Converts `svg` to a one-page vector PDF whose page is the SVG's size in
/// points.
pub fn render_pdf(svg: &str) -> Result<Vec<u8>, PdfError> {
    let plain = plain_svg(svg)?;
    let options = usvg::Options {
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(&plain, &options)
        .map_err(|error| PdfError(format!("the SVG does not parse: {error}")))?;
    let conversion = svg2pdf::ConversionOptions {
        compress: true,
        raster_scale: 1.5,
        embed_text: false,
        pdfa: false,
    };
    // 72 dpi: one point per SVG unit.
    let page = svg2pdf::PageOptions { dpi: 72.0 };
    let mut pdf = svg2pdf::to_pdf(&tree, conversion, page)
        .map_err(|error| PdfError(format!("cannot convert the SVG to PDF: {error}")))?;
    sort_resource_entries(&mut pdf);
    Ok(pdf)
}

/// `svg` as usvg reads it with the bundled fonts (text as paths), written
/// back as SVG.
fn plain_svg(svg: &str) -> Result<String, PdfError> {
    let bundled = Fonts::bundled().usvg_options();
    let options = kite_usvg::Options {
        font_family: bundled.font_family.clone(),
        fontdb: bundled.fontdb.clone(),
        image_href_resolver: kite_usvg::ImageHrefResolver {
            resolve_data: kite_usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..kite_usvg::Options::default()
    };
    let tree = kite_usvg::Tree::from_str(svg, &options)
        .map_err(|error| PdfError(format!("the SVG does not parse: {error}")))?;
    Ok(tree.to_string(&kite_usvg::WriteOptions::default()))
}

/// The dictionaries whose entries svg2pdf writes in hash-map order.
const RESOURCE_KINDS: [&[u8]; 6] = [
    b"/XObject",
    b"/Pattern",
    b"/ExtGState",
    b"/Shading",
    b"/Font",
    b"/ColorSpace",
];

/// Sorts the entries of every resource dictionary (`/ExtGState << … >>`
/// and the like) by name, outside stream data. pdf-writer puts each entry
/// on a line of its own, so sorting the lines only moves bytes within the
/// dictionary: every object keeps its offset and the cross-reference table
/// stays right. Anything that is not laid out as expected is left alone.
fn sort_resource_entries(pdf: &mut [u8]) {
    let mut at = 0;
    while at < pdf.len() {
        // pdf-writer ends a stream's dictionary with "\n>>\nstream\n",
        // and `/Length` is the dictionary's first entry.
        let Some(found) = find(&pdf[at..], b"\n>>\nstream\n") else {
            sort_text(&mut pdf[at..]);
            return;
        };
        let data_start = at + found + b"\n>>\nstream\n".len();
        let Some(length) = stream_length(&pdf[at..data_start]) else {
            return;
        };
        sort_text(&mut pdf[at..data_start]);
        at = data_start.saturating_add(length);
    }
}

/// The value of the last `/Length` entry in `text`.
fn stream_length(text: &[u8]) -> Option<usize> {
    const KEY: &[u8] = b"/Length ";
    let start = text.windows(KEY.len()).rposition(|w| w == KEY)? + KEY.len();
    let digits = text[start..]
        .iter()
        .take_while(|b| b.is_ascii_digit())
        .count();
    std::str::from_utf8(&text[start..start + digits])
        .ok()?
        .parse()
        .ok()
}

/// Sorts the entries of the resource dictionaries in `text`, which holds
/// no stream data.
fn sort_text(text: &mut [u8]) {
    let lines = line_ranges(text);
    let mut index = 0;
    while index < lines.len() {
        let line = text[lines[index].clone()].trim_ascii();
        let opens_resources = line
            .strip_suffix(b" <<")
            .is_some_and(|key| RESOURCE_KINDS.contains(&key));
        index += 1;
        if !opens_resources {
            continue;
        }
        let first = index;
        while index < lines.len() && text[lines[index].clone()].trim_ascii() != b">>" {
            index += 1;
        }
        if index == lines.len() {
            return;
        }
        let entries = &lines[first..index];
        // One-line entries only: a name and a reference or a short array.
        let simple = entries.iter().all(|range| {
            let entry = text[range.clone()].trim_ascii();
            entry.starts_with(b"/") && !entry.ends_with(b"<<") && !entry.ends_with(b"[")
        });
        if simple && entries.len() > 1 {
            let start = entries[0].start;
            let end = entries[entries.len() - 1].end;
            let mut sorted: Vec<&[u8]> = entries.iter().map(|range| &text[range.clone()]).collect();
            sorted.sort_by_key(|entry| (name_of(entry).len(), *entry));
            let joined = sorted.join(&b'\n');
            text[start..end].copy_from_slice(&joined);
        }
    }
}

/// The resource name an entry line starts with (after its indentation).
fn name_of(entry: &[u8]) -> &[u8] {
    let entry = entry.trim_ascii_start();
    let end = entry.iter().position(|&b| b == b' ').unwrap_or(entry.len());
    &entry[..end]
}

/// The byte ranges of the lines of `text`, without their `\n`.
fn line_ranges(text: &[u8]) -> Vec<std::ops::Range<usize>> {
    let mut ranges = Vec::new();
    let mut start = 0;
    for (index, &byte) in text.iter().enumerate() {
        if byte == b'\n' {
            ranges.push(start..index);
            start = index + 1;
        }
    }
    ranges.push(start..text.len());
    ranges
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 30 20"><rect width="10" height="10" fill="#f00"/></svg>"##;

    /// Many translucent groups: many graphics states in one dictionary,
    /// which svg2pdf writes in hash-map order.
    fn translucent_groups() -> String {
        let mut svg =
            String::from(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">"#);
        for index in 1..=24 {
            let opacity = f64::from(index) / 25.0;
            svg.push_str(&format!(
                r#"<g opacity="{opacity}"><rect x="{index}" y="{index}" width="10" height="10"/></g>"#
            ));
        }
        svg.push_str("</svg>");
        svg
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        find(haystack, needle).is_some()
    }

    #[test]
    fn the_page_is_the_svg_size_in_points() {
        let pdf = render_pdf(SQUARE).unwrap();
        assert!(pdf.starts_with(b"%PDF-"));
        assert!(contains(&pdf, b"/MediaBox [0 0 30 20]"));
        assert!(contains(&pdf, b"/Count 1"));
    }

    #[test]
    fn the_same_svg_gives_the_same_bytes() {
        let svg = translucent_groups();
        let first = render_pdf(&svg).unwrap();
        // Each conversion hashes with new keys, so unsorted dictionaries
        // would differ between these runs.
        for _ in 0..4 {
            assert_eq!(first, render_pdf(&svg).unwrap());
        }
        assert!(!contains(&first, b"/CreationDate"));
        assert!(!contains(&first, b"/ID"));
    }

    #[test]
    fn resource_entries_are_sorted_in_place() {
        let data = "/ExtGState <<\n/b\n/a\n>>";
        let mut pdf = format!(
            "1 0 obj\n<<\n  /Resources <<\n    /ExtGState <<\n      /gs10 9 0 R\n      /gs2 5 0 R\n      /gs1 4 0 R\n    >>\n  >>\n>>\nendobj\n\n2 0 obj\n<<\n  /Length {}\n>>\nstream\n{data}\nendstream\nendobj\n",
            data.len()
        )
        .into_bytes();
        let length = pdf.len();
        sort_resource_entries(&mut pdf);
        assert_eq!(pdf.len(), length);
        let text = String::from_utf8(pdf).unwrap();
        assert!(
            text.contains("      /gs1 4 0 R\n      /gs2 5 0 R\n      /gs10 9 0 R\n"),
            "{text}"
        );
        assert!(
            text.contains("stream\n/ExtGState <<\n/b\n/a\n>>"),
            "stream data is untouched: {text}"
        );
    }

    #[test]
    fn text_is_drawn_as_paths() {
        let svg = r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"><text x="5" y="30" font-family="sans-serif" font-size="20">kite</text></svg>"#;
        let with_text = render_pdf(svg).unwrap();
        let without =
            render_pdf(r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 40"/>"#)
                .unwrap();
        assert!(
            with_text.len() > without.len() + 100,
            "the glyphs are drawn"
        );
        assert!(!contains(&with_text, b"/Font"), "no font is embedded");
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(render_pdf("not svg").is_err());
        assert!(render_pdf("<svg xmlns=\"http://www.w3.org/2000/svg\"><g></svg>").is_err());
    }
}
