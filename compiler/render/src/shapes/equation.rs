//! Equations: the TeX typeset by the math engine as glyph paths, in a
//! `<g>` rotated about the centre and translated to the box's top-left
//! corner, whose inner `<g>` carries the fill. TeX the engine cannot set
//! is drawn as its plain source, centred, instead.

use crate::attributes::{append_transform, fill, passthrough, rotate, title};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::shapes::label::{centred_outline, size_px};
use crate::xml::Element;
use kite_library::Property;
use kite_math::{DEFAULT_EQUATION_SIZE_PX, MathRenderer, engine};
use kite_text::TextStyle;

pub fn draw_equation(view: &ShapeView, context: &Context) -> Element {
    let center = context.screen(view.point(Property::Center));
    let tex = view.string(Property::String);
    let size = size_px(view, DEFAULT_EQUATION_SIZE_PX);
    let mut group = Element::new("g");
    rotate(view, center, &mut group);
    match engine().typeset(tex, size) {
        Ok(typeset) => {
            let corner = format!(
                "translate({}, {})",
                js_number(center[0] - typeset.width / 2.0),
                js_number(center[1] - typeset.height / 2.0)
            );
            append_transform(&mut group, &corner);
            title(view, &mut group);
            let mut glyphs = Element::new("g");
            fill(view, &mut glyphs);
            glyphs.set("stroke", "none");
            glyphs.push_markup(typeset.body);
            group.push(glyphs);
        }
        Err(_) => {
            fill(view, &mut group);
            title(view, &mut group);
            if let Some(outline) = centred_outline(&TextStyle::plain(tex, size), center) {
                group.push(outline);
            }
        }
    }
    passthrough(view, &mut group);
    group
}
