//! Drawing a laid-out latex-rust box tree as SVG elements in px.
//!
//! Everything is a filled shape (glyph outlines, rules, and the lines of
//! `\cancel` and frames of `\boxed` as outlines too), so the formula takes
//! the fill of the element the caller puts it in; only `\color` and
//! `\colorbox` set fills of their own.

use latex_rust::{BoxContent, Color, Dim, MathBox};

use super::dimension::em;
use super::font::EngineFont;
use super::outline::{Placement, glyph_path_data};
use crate::MathError;
use crate::svg_number::svg_number;

/// SVG elements drawn so far, at one font size.
pub(crate) struct Canvas<'a> {
    font: &'a EngineFont,
    px_per_em: f64,
    body: String,
}

/// A rectangle in px, y down.
#[derive(Clone, Copy, Debug)]
struct Rect {
    left: f64,
    top: f64,
    width: f64,
    height: f64,
}

impl<'a> Canvas<'a> {
    pub(crate) fn new(font: &'a EngineFont, px_per_em: f64) -> Self {
        Self {
            font,
            px_per_em,
            body: String::new(),
        }
    }

    pub(crate) fn into_body(self) -> String {
        self.body
    }

    /// Draws `bx` with its left edge at `x` on a parent baseline at `y`, in px.
    pub(crate) fn draw(
        &mut self,
        bx: &MathBox,
        x: f64,
        parent_baseline: f64,
    ) -> Result<(), MathError> {
        let baseline = parent_baseline - self.px(&bx.shift)?;
        match &bx.content {
            BoxContent::Empty | BoxContent::Kern(_) => {}
            BoxContent::Glyph {
                glyph_id, scale, ..
            } => {
                let scale = em(scale)? * self.px_per_em / self.font.units_per_em;
                self.glyph(*glyph_id, Placement { x, baseline, scale });
            }
            BoxContent::Rule => {
                let ink = self.ink(bx, x, baseline)?;
                self.rect(ink, None);
            }
            BoxContent::HList(children) => {
                let mut left = x;
                for child in children {
                    self.draw(child, left, baseline)?;
                    left += self.px(&child.width)?;
                }
            }
            BoxContent::VList(children) => self.vlist(children, x, baseline)?,
            BoxContent::Overlap(children) => {
                for child in children {
                    self.draw(child, x, baseline)?;
                }
            }
            BoxContent::Color(color, inner) => {
                self.body
                    .push_str(&format!(r#"<g fill="{}">"#, color.css_hex()));
                self.draw(inner, x, baseline)?;
                self.body.push_str("</g>");
            }
            BoxContent::BackColor(color, inner) => {
                let ink = self.ink(bx, x, baseline)?;
                self.rect(ink, Some(*color));
                self.draw(inner, x, baseline)?;
            }
            BoxContent::Line {
                x1,
                y1,
                x2,
                y2,
                thickness,
            } => {
                let start = (x + self.px(x1)?, baseline - self.px(y1)?);
                let end = (x + self.px(x2)?, baseline - self.px(y2)?);
                self.line(start, end, self.px(thickness)?);
            }
            BoxContent::Frame {
                thickness,
                stroke,
                inner,
            } => {
                let ink = self.ink(bx, x, baseline)?;
                self.frame(ink, self.px(thickness)?, *stroke);
                self.draw(inner, x, baseline)?;
            }
        }
        Ok(())
    }

    /// A vertical list: the first child on the baseline, the others below.
    fn vlist(&mut self, children: &[MathBox], x: f64, baseline: f64) -> Result<(), MathError> {
        let Some((first, rest)) = children.split_first() else {
            return Ok(());
        };
        self.draw(first, x, baseline)?;
        let mut bottom = baseline + self.px(&first.depth)?;
        for child in rest {
            let child_baseline = bottom + self.px(&child.height)?;
            self.draw(child, x, child_baseline)?;
            bottom = child_baseline + self.px(&child.depth)?;
        }
        Ok(())
    }

    fn px(&self, dim: &Dim) -> Result<f64, MathError> {
        Ok(em(dim)? * self.px_per_em)
    }

    /// The area a box covers: its width by its height plus depth.
    fn ink(&self, bx: &MathBox, x: f64, baseline: f64) -> Result<Rect, MathError> {
        let height = self.px(&bx.height)?;
        Ok(Rect {
            left: x,
            top: baseline - height,
            width: self.px(&bx.width)?,
            height: height + self.px(&bx.depth)?,
        })
    }

    fn glyph(&mut self, glyph: u16, placement: Placement) {
        if let Some(data) = glyph_path_data(self.font.math.face(), glyph, placement) {
            self.body.push_str(&format!(r#"<path d="{data}"/>"#));
        }
    }

    fn rect(&mut self, rect: Rect, fill: Option<Color>) {
        if rect.width <= 0.0 || rect.height <= 0.0 {
            return;
        }
        self.body.push_str(&format!(
            r#"<rect x="{}" y="{}" width="{}" height="{}"{}/>"#,
            svg_number(rect.left),
            svg_number(rect.top),
            svg_number(rect.width),
            svg_number(rect.height),
            fill_attribute(fill),
        ));
    }

    /// A straight line `thickness` wide, as the quadrilateral it covers.
    fn line(&mut self, start: (f64, f64), end: (f64, f64), thickness: f64) {
        let (dx, dy) = (end.0 - start.0, end.1 - start.1);
        let length = dx.hypot(dy);
        if length == 0.0 || thickness <= 0.0 {
            return;
        }
        let (nx, ny) = (
            -dy / length * thickness / 2.0,
            dx / length * thickness / 2.0,
        );
        let corners = [
            (start.0 + nx, start.1 + ny),
            (end.0 + nx, end.1 + ny),
            (end.0 - nx, end.1 - ny),
            (start.0 - nx, start.1 - ny),
        ];
        let data: Vec<String> = corners
            .iter()
            .map(|&(px, py)| format!("{} {}", svg_number(px), svg_number(py)))
            .collect();
        self.body
            .push_str(&format!(r#"<path d="M {} Z"/>"#, data.join(" L ")));
    }

    /// The border of `outer`, `thickness` wide on the inside, as a ring.
    fn frame(&mut self, outer: Rect, thickness: f64, fill: Option<Color>) {
        let inner = Rect {
            left: outer.left + thickness,
            top: outer.top + thickness,
            width: outer.width - 2.0 * thickness,
            height: outer.height - 2.0 * thickness,
        };
        if thickness <= 0.0 || outer.width <= 0.0 || outer.height <= 0.0 {
            return;
        }
        if inner.width <= 0.0 || inner.height <= 0.0 {
            self.rect(outer, fill);
            return;
        }
        self.body.push_str(&format!(
            r#"<path fill-rule="evenodd" d="{} {}"{}/>"#,
            rect_path(outer),
            rect_path(inner),
            fill_attribute(fill),
        ));
    }
}

fn rect_path(rect: Rect) -> String {
    format!(
        "M {} {} H {} V {} H {} Z",
        svg_number(rect.left),
        svg_number(rect.top),
        svg_number(rect.left + rect.width),
        svg_number(rect.top + rect.height),
        svg_number(rect.left),
    )
}

fn fill_attribute(fill: Option<Color>) -> String {
    fill.map(|color| format!(r#" fill="{}""#, color.css_hex()))
        .unwrap_or_default()
}
