//! Every corpus trio that renders to SVG also converts to PDF, at its
//! initial state (the conversion does not depend on the layout, and
//! skipping the solver keeps the test fast). Trios with Images and with
//! Text or Equation labels are counted, so a corpus without them shows.

use kite_library::ShapeKind;
use kite_pipeline::{Layout, compile};
use kite_tests::{corpus_dir, load_trio, read_manifest, trio_manifests};
use kite_world::TrioImages;
use std::time::{Duration, Instant};

#[test]
fn corpus_trios_that_render_convert_to_pdf() {
    let Some(corpus) = corpus_dir() else { return };
    let started = Instant::now();
    let manifests = trio_manifests(&corpus);
    let (mut rendered, mut converted, mut with_images, mut with_labels) = (0, 0, 0, 0);
    let mut failures = Vec::new();
    let mut converting = Duration::ZERO;
    for path in &manifests {
        let name = path.strip_prefix(&corpus).unwrap_or(path).display();
        let (db, trio) = load_trio(path, &corpus);
        let images = TrioImages::new(&read_manifest(path));
        let compiled = compile(&db, trio, &Layout::Initial, &images);
        let (Some(diagram), Some(drawing)) = (compiled.diagram, &compiled.drawing) else {
            continue;
        };
        rendered += 1;
        let has = |kinds: &[ShapeKind]| diagram.shapes.iter().any(|s| kinds.contains(&s.kind));
        let start = Instant::now();
        let pdf = drawing.pdf();
        converting += start.elapsed();
        match pdf {
            Ok(pdf) if pdf.starts_with(b"%PDF-") => {
                converted += 1;
                with_images += usize::from(has(&[ShapeKind::Image]));
                with_labels += usize::from(has(&[ShapeKind::Text, ShapeKind::Equation]));
            }
            Ok(_) => failures.push(format!("{name}: the output is not a PDF")),
            Err(error) => failures.push(format!("{name}: {error}")),
        }
    }
    println!(
        "corpus: {converted} of {rendered} rendered trios convert to PDF \
         ({with_images} with Images, {with_labels} with labels); {:.1} s in all, \
         {:.1} s converting",
        started.elapsed().as_secs_f64(),
        converting.as_secs_f64()
    );
    assert!(
        failures.is_empty(),
        "trios that render but do not convert:\n{}",
        failures.join("\n")
    );
    assert!(rendered > 0, "no corpus trio renders");
}
