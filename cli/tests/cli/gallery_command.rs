//! `kite gallery`: a folder of trios drawn as PNGs with a contact sheet.

use crate::common::{kite, stderr};

#[test]
fn a_folder_of_trios_becomes_pngs_and_an_index() {
    let output_dir = std::env::temp_dir().join(format!("kite-gallery-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&output_dir);
    let output = kite(&["gallery", "image-trio", "-o", output_dir.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let index = std::fs::read_to_string(output_dir.join("index.html")).expect("an index");
    assert!(index.contains("<img src=\"images.png\""), "{index}");
    assert!(index.contains("converged"), "{index}");
    let png = std::fs::read(output_dir.join("images.png")).expect("the PNG");
    assert_eq!(&png[1..4], b"PNG");
    let _ = std::fs::remove_dir_all(&output_dir);
}

#[test]
fn trios_with_errors_are_listed_and_an_empty_folder_is_a_usage_error() {
    let output_dir =
        std::env::temp_dir().join(format!("kite-gallery-empty-{}", std::process::id()));
    let output = kite(&[
        "gallery",
        "trio-errors/..",
        "-o",
        output_dir.to_str().unwrap(),
    ]);
    // The fixtures folder holds trios (with errors among them): the run
    // draws what it can and fails for the rest.
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let index = std::fs::read_to_string(output_dir.join("index.html")).expect("an index");
    assert!(index.contains("errors"), "{index}");
    let _ = std::fs::remove_dir_all(&output_dir);
    let empty = std::env::temp_dir().join(format!("kite-gallery-none-{}", std::process::id()));
    std::fs::create_dir_all(&empty).unwrap();
    let output = kite(&[
        "gallery",
        empty.to_str().unwrap(),
        "-o",
        output_dir.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let _ = std::fs::remove_dir_all(&empty);
}
