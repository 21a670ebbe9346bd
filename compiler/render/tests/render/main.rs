//! Rendering hand-built diagrams: snapshots of the SVG of each shape
//! type, arrowhead style, Group, Image and attribute rule, each checked
//! to parse as well-formed XML.

mod arrowheads;
mod builder;
mod document;
mod escaping;
mod groups;
mod images;
mod shapes;

use kite_graph::Diagram;
use kite_render::{ImageUnavailable, RenderOptions, Resources, render_svg_with_options};
use std::collections::BTreeMap;

/// SVG files by `href`.
#[derive(Default)]
pub struct Files(BTreeMap<&'static str, &'static str>);

impl Files {
    pub fn with(mut self, href: &'static str, text: &'static str) -> Files {
        self.0.insert(href, text);
        self
    }
}

impl Resources for Files {
    fn image(&self, href: &str) -> Result<String, ImageUnavailable> {
        self.0
            .get(href)
            .map(|text| text.to_string())
            .ok_or_else(|| ImageUnavailable::Missing(format!("no file {href}")))
    }
}

/// The diagram at its initial values, with no image files.
pub fn render(diagram: &Diagram) -> String {
    render_with(diagram, &Files::default(), &RenderOptions::default())
}

/// The diagram at its initial values; the SVG must be well formed.
pub fn render_with(diagram: &Diagram, files: &Files, options: &RenderOptions) -> String {
    let svg = render_svg_with_options(diagram, diagram.graph.initial_values(), files, options).svg;
    if let Err(error) = roxmltree::Document::parse(&svg) {
        panic!("the SVG is not well formed: {error}\n{svg}");
    }
    svg
}
