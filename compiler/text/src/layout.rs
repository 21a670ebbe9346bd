//! Laying a [`TextStyle`] out with usvg, the same engine that renders it.

use resvg::usvg::{self, Node, Path};

use crate::fonts::Fonts;
use crate::text_style::TextStyle;

/// A laid-out string: its glyph outlines, their ink box and the advance.
pub(crate) struct LaidOutText {
    tree: Option<usvg::Tree>,
}

impl LaidOutText {
    pub(crate) fn new(fonts: &Fonts, style: &TextStyle) -> LaidOutText {
        let tree = style
            .is_drawable()
            .then(|| usvg::Tree::from_str(&style.svg_document(), fonts.usvg_options()).ok())
            .flatten();
        LaidOutText { tree }
    }

    /// usvg drops a text element that has no glyph outlines (empty or all
    /// white space), so `None` means there is no ink.
    fn text(&self) -> Option<&usvg::Text> {
        match self.tree.as_ref()?.root().children().first()? {
            Node::Text(text) => Some(text),
            _ => None,
        }
    }

    /// The ink box `(min_x, min_y, max_x, max_y)` in px, y down, baseline at
    /// y = 0; all zero without ink.
    pub(crate) fn ink(&self) -> (f64, f64, f64, f64) {
        self.text().map_or((0.0, 0.0, 0.0, 0.0), |text| {
            let ink = text.flattened().bounding_box();
            (
                f64::from(ink.left()),
                f64::from(ink.top()),
                f64::from(ink.right()),
                f64::from(ink.bottom()),
            )
        })
    }

    /// The advance width in px (summed glyph advances); zero without ink.
    pub(crate) fn advance(&self) -> f64 {
        self.text()
            .map_or(0.0, |text| f64::from(text.bounding_box().width()))
    }

    /// The glyph outline paths, in drawing order, in the text's own
    /// coordinates. The bundled fonts have only outline glyphs (no colour or
    /// bitmap glyphs), so the flattened text is a flat list of paths.
    pub(crate) fn glyph_paths(&self) -> impl Iterator<Item = &Path> {
        self.text()
            .into_iter()
            .flat_map(|text| text.flattened().children())
            .filter_map(|child| match child {
                Node::Path(path) => Some(path.as_ref()),
                _ => None,
            })
    }
}
