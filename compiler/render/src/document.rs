//! The SVG document (§10.1): the root `<svg>` sized to the canvas, the
//! Penrose metadata with the cropped view box, and the top-level shapes
//! in draw order, bottom first.

use crate::context::Context;
use crate::number::js_number;
use crate::screen::to_screen;
use crate::shapes::draw;
use crate::xml::Element;
use crate::{RenderOptions, Rendered, Resources};
use kite_graph::{Diagram, Scalar};

const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";
const METADATA_NAMESPACE: &str = "https://penrose.cs.cmu.edu/metadata";
const CROPPED_VIEW_BOX_NAMESPACE: &str = "https://penrose.cs.cmu.edu/croppedViewBox";

pub fn render_document(
    diagram: &Diagram,
    values: &[f64],
    resources: &dyn Resources,
    options: &RenderOptions,
) -> Rendered {
    let canvas = diagram.canvas;
    let roots = diagram.roots();
    let mut svg = Element::new("svg")
        .with("version", "1.2")
        .with("xmlns", SVG_NAMESPACE)
        .with(
            "viewBox",
            format!(
                "0 0 {} {}",
                js_number(canvas.width),
                js_number(canvas.height)
            ),
        )
        .with("penrose", "0");
    let mut metadata = Element::new("penrose").with("xmlns", METADATA_NAMESPACE);
    let mut cropped = Element::new("croppedViewBox").with("xmlns", CROPPED_VIEW_BOX_NAMESPACE);
    cropped.push_text(cropped_view_box(diagram, values));
    metadata.push(cropped);
    svg.push(metadata);
    let mut context = Context::new(diagram, values, resources, options);
    for root in roots {
        if let Some(element) = draw(&mut context, root) {
            svg.push(element);
        }
    }
    let mut out = String::new();
    svg.write(&mut out, 0);
    Rendered {
        svg: out,
        placeholders: context.placeholders,
    }
}

/// `x y width height` of the screen-space box around the top-level
/// shapes; the whole canvas when none of them has a box.
fn cropped_view_box(diagram: &Diagram, values: &[f64]) -> String {
    let canvas = diagram.canvas;
    let value = |scalar: Scalar| values.get(scalar.index()).copied().unwrap_or(f64::NAN);
    let numbers = match diagram.bounds {
        Some(bounds) => {
            // The screen's y axis points down: the world's top is the
            // screen's top.
            let [left, bottom] = to_screen(canvas, [value(bounds.left), value(bounds.bottom)]);
            let [right, top] = to_screen(canvas, [value(bounds.right), value(bounds.top)]);
            [left, top, right - left, bottom - top]
        }
        None => [0.0, 0.0, canvas.width, canvas.height],
    };
    numbers.map(js_number).join(" ")
}
