//! Text: a `<text>` at the centre of its ink box. With a measured size
//! the baseline is placed so the ink box is centred on `center`; without
//! one (`height` 0) `x` and `y` are the centre itself.

use crate::attributes::{fill, passthrough, rotate, stroke, title};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::xml::Element;

pub fn draw_text(view: &ShapeView, context: &Context) -> Element {
    let mut text = Element::new("text");
    fill(view, &mut text);
    stroke(view, &mut text);
    title(view, &mut text);
    text.push_text(view.string("string"));
    let [x, y] = context.screen(view.point("center"));
    rotate(view, [x, y], &mut text);
    text.set("style", format!("font: {};", font_rule(view)));
    text.set("x", js_number(x));
    let height = view.float("height");
    if height == 0.0 {
        text.set("y", js_number(y));
    } else {
        let baseline = y + (height / 2.0 - view.float("descent"));
        text.set("y", js_number(baseline));
        text.set("width", js_number(view.float("width")));
        text.set("height", js_number(height));
    }
    for (attribute, property) in [
        ("font-size-adjust", "fontSizeAdjust"),
        ("alignment-baseline", "alignmentBaseline"),
        ("dominant-baseline", "dominantBaseline"),
    ] {
        text.set(attribute, view.string(property));
    }
    text.set("ascent", js_number(view.float("ascent")));
    text.set("descent", js_number(view.float("descent")));
    text.set("text-anchor", view.string("textAnchor"));
    text.set("visibility", view.string("visibility"));
    passthrough(view, &mut text);
    text
}

/// The CSS `font` shorthand Penrose builds: stretch, style, variant,
/// weight, size and family separated by spaces (empty parts leave their
/// spaces), then `/lineHeight` at the very end when there is one.
pub fn font_rule(view: &ShapeView) -> String {
    let parts = [
        "fontStretch",
        "fontStyle",
        "fontVariant",
        "fontWeight",
        "fontSize",
        "fontFamily",
    ]
    .map(|property| view.string(property));
    let rule = parts.join(" ");
    match view.string("lineHeight") {
        "" => rule,
        line_height => format!("{rule}/{line_height}"),
    }
}
