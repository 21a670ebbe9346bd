//! The example diagram as PDF: one page the canvas's size, drawn with
//! vector paths rather than an embedded picture, and the same bytes every
//! time.

use kite_pipeline::{Drawing, Layout, Options, compile};
use kite_world::{TrioImages, load_trio, read_manifest};
use std::path::{Path, PathBuf};

fn example() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples/sets/sets.trio.json")
}

/// The example laid out, and its canvas size.
fn drawing() -> (Drawing, [f64; 2]) {
    let manifest = read_manifest(&example()).unwrap();
    let (db, trio) = load_trio(&manifest, Path::new("")).unwrap();
    let compiled = compile(
        &db,
        trio,
        &Layout::Optimize(Options::default()),
        &TrioImages::new(&manifest),
    );
    let canvas = compiled.diagram.expect("the example elaborates").canvas;
    let drawing = compiled.drawing.expect("the example draws");
    (drawing, [canvas.width, canvas.height])
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

/// The numbers of the page's `/MediaBox [x0 y0 x1 y1]`.
fn media_box(pdf: &[u8]) -> Vec<f64> {
    let start = find(pdf, b"/MediaBox [").expect("a MediaBox") + b"/MediaBox [".len();
    let end = start + find(&pdf[start..], b"]").unwrap();
    std::str::from_utf8(&pdf[start..end])
        .unwrap()
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect()
}

/// Every stream's data, inflated where it is compressed.
fn streams(pdf: &[u8]) -> Vec<Vec<u8>> {
    let mut streams = Vec::new();
    let mut at = 0;
    while let Some(found) = find(&pdf[at..], b"\nstream\n") {
        let dictionary_start = at + find(&pdf[at..], b"/Length ").unwrap();
        let digits: String = pdf[dictionary_start + b"/Length ".len()..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .map(|&b| b as char)
            .collect();
        let start = at + found + b"\nstream\n".len();
        let data = &pdf[start..start + digits.parse::<usize>().unwrap()];
        let dictionary = &pdf[dictionary_start..start];
        streams.push(if find(dictionary, b"/FlateDecode").is_some() {
            miniz_oxide::inflate::decompress_to_vec_zlib(data).expect("a zlib stream")
        } else {
            data.to_vec()
        });
        at = start + data.len();
    }
    streams
}

#[test]
fn the_example_becomes_a_one_page_vector_pdf_the_canvas_size() {
    let (drawing, [width, height]) = drawing();
    let pdf = drawing.pdf().expect("the example converts");
    assert!(pdf.starts_with(b"%PDF-"));
    assert!(pdf.ends_with(b"%%EOF"));
    assert_eq!(count(&pdf, b"/Type /Page\n"), 1, "one page");
    assert_eq!(count(&pdf, b"/Count 1"), 1);
    let [x0, y0, x1, y1] = media_box(&pdf)[..] else {
        panic!("four numbers in the MediaBox")
    };
    assert_eq!([x0, y0], [0.0, 0.0]);
    assert!(
        (x1 - width).abs() < 1e-3 && (y1 - height).abs() < 1e-3,
        "MediaBox {x1} × {y1}, canvas {width} × {height}"
    );

    assert!(
        find(&pdf, b"/Subtype /Image").is_none(),
        "no raster picture"
    );
    let content: Vec<u8> = streams(&pdf).concat();
    // Path construction (moveto, curveto) and painting (fill, stroke).
    for operator in [&b" m\n"[..], b" c\n", b"\nf\n", b"\nS\n"] {
        assert!(
            find(&content, operator).is_some(),
            "no {:?} operator in the content",
            String::from_utf8_lossy(operator)
        );
    }
    // The labels are glyph outlines: many curves, and no font.
    assert!(count(&content, b" c\n") > 100);
    assert!(find(&pdf, b"/Font").is_none());
}

#[test]
fn two_conversions_are_byte_identical() {
    let (drawing, _) = drawing();
    let first = drawing.pdf().unwrap();
    let second = drawing.pdf().unwrap();
    assert_eq!(first, second);
    for stamp in [&b"/CreationDate"[..], b"/ModDate", b"/ID"] {
        assert!(find(&first, stamp).is_none());
    }
}
