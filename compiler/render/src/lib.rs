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
mod color;
mod context;
mod document;
mod ids;
mod number;
mod pdf;
mod png;
mod presentation_attributes;
mod screen;
mod shape_view;
mod shapes;
mod svg_inline;
mod xml;

use kite_graph::{Diagram, ShapeId};

pub use pdf::{PdfError, render_pdf};
pub use png::{PNG_BUDGET, PngError, render_png, render_png_within};
pub use shapes::image::unavailable_images;

/// What the renderer needs from outside the diagram.
pub trait Resources {
    /// The text of the SVG file an Image's `href` names, resolved by the
    /// caller (relative to the trio, never outside its folder, never from
    /// the network), or why there is none.
    fn image(&self, href: &str) -> Result<String, ImageUnavailable>;
}

/// Resources with no image files: every Image is drawn as a placeholder.
pub struct NoImages;

impl Resources for NoImages {
    fn image(&self, _href: &str) -> Result<String, ImageUnavailable> {
        Err(ImageUnavailable::Missing(
            "no image files are available".to_string(),
        ))
    }
}

/// Why an Image's file cannot be drawn; the Image is drawn as a
/// placeholder instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImageUnavailable {
    /// kite will not read it (a URL, an absolute path, a path out of the
    /// trio's folders, a file too large): the reason.
    Refused(String),
    /// There is no readable file there: the reason.
    Missing(String),
    /// The file is not an SVG document kite can inline.
    NotSvg,
}

/// An Image drawn as a placeholder.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlaceholderImage {
    pub shape: ShapeId,
    pub href: String,
    pub reason: ImageUnavailable,
}

/// An SVG document and the Images it could not draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rendered {
    pub svg: String,
    pub placeholders: Vec<PlaceholderImage>,
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
    render_svg_with_options(diagram, values, resources, &RenderOptions::default()).svg
}

/// [`render_svg`] with explicit [`RenderOptions`], and the Images drawn as
/// placeholders.
pub fn render_svg_with_options(
    diagram: &Diagram,
    values: &[f64],
    resources: &dyn Resources,
    options: &RenderOptions,
) -> Rendered {
    document::render_document(diagram, values, resources, options)
}
