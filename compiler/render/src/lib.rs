//! Draws an elaborated diagram as an SVG document, element for element
//! and attribute for attribute as Penrose's renderer does (spec §10):
//! the document with its cropped view box, every shape type, arrowhead
//! markers, Groups with clipping, and inlined images.
//!
//! The renderer does no IO. Numbers come from a slice of node values
//! (the solver's, or the graph's initial values), and the SVG files that
//! Images name come from the caller through [`Resources`]. Every
//! attribute value and text is escaped, and the output depends only on
//! its inputs. [`render_png`] rasterises an SVG with resvg and the
//! bundled fonts; [`render_pdf`] converts it to a vector PDF with svg2pdf.

mod arrowheads;
mod attributes;
mod bbox;
mod color;
mod context;
mod document;
mod ids;
mod number;
mod pdf;
mod png;
mod presentation_attributes;
mod roots;
mod screen;
mod shape_view;
mod shapes;
mod svg_inline;
mod xml;

use kite_graph::Diagram;

pub use pdf::{PdfError, render_pdf};
pub use png::{PngError, render_png};

/// What the renderer needs from outside the diagram.
pub trait Resources {
    /// The text of the SVG file an Image's `href` names, resolved by the
    /// caller (relative to the trio, never outside its folder, never from
    /// the network); `None` if it is unavailable.
    fn image(&self, href: &str) -> Option<String>;
}

/// Settings of one rendering.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// Put before the ids of markers and clip paths, so several diagrams
    /// can share one web page.
    pub namespace: String,
    /// Mark each shape's element with `data-kite-shape="N"`, its index in
    /// the diagram, so a preview can map what is clicked to its source.
    pub source_map: bool,
}

/// The diagram as an SVG document, with the number of every graph node
/// taken from `values` (indexed by `Scalar::index`).
pub fn render_svg(diagram: &Diagram, values: &[f64], resources: &dyn Resources) -> String {
    render_svg_with_options(diagram, values, resources, &RenderOptions::default())
}

/// [`render_svg`] with explicit [`RenderOptions`].
pub fn render_svg_with_options(
    diagram: &Diagram,
    values: &[f64],
    resources: &dyn Resources,
    options: &RenderOptions,
) -> String {
    document::render_document(diagram, values, resources, options)
}
