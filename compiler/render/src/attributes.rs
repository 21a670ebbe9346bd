//! The attributes most shapes share: fill, stroke, title, rotation and
//! translation transforms, and the passthrough SVG attributes.

use crate::number::js_number;
use crate::presentation_attributes::kebab_case;
use crate::shape_view::ShapeView;
use crate::xml::{Element, is_attribute_name};
use kite_library::Property;

/// The dash pattern of `strokeStyle: "dashed"`.
const DASHED: &str = "7,5";

/// `fill` from `fillColor`, and `fill-opacity` unless nothing is painted.
pub fn fill(view: &ShapeView, element: &mut Element) {
    let paint = view.paint(Property::FillColor);
    element.set("fill", paint.svg());
    if !paint.is_none() {
        element.set("fill-opacity", js_number(paint.opacity()));
    }
}

/// `stroke` from `strokeColor`; unless nothing is painted, also
/// `stroke-opacity`, `stroke-width`, a dash array (`strokeDasharray`, or
/// the dashed pattern for `strokeStyle: "dashed"`) and, for shapes that
/// have one, a non-empty `strokeLinecap`.
pub fn stroke(view: &ShapeView, element: &mut Element) {
    let paint = view.paint(Property::StrokeColor);
    element.set("stroke", paint.svg());
    if paint.is_none() {
        return;
    }
    element.set("stroke-opacity", js_number(paint.opacity()));
    element.set("stroke-width", js_number(view.float(Property::StrokeWidth)));
    let dasharray = view.string(Property::StrokeDasharray);
    if !dasharray.is_empty() {
        element.set("stroke-dasharray", dasharray);
    } else if view.string(Property::StrokeStyle) == "dashed" {
        element.set("stroke-dasharray", DASHED);
    }
    if view.has(Property::StrokeLinecap) {
        let linecap = view.string(Property::StrokeLinecap);
        if !linecap.is_empty() {
            element.set("stroke-linecap", linecap);
        }
    }
}

/// A `<title>` child naming the shape by its canonical path.
pub fn title(view: &ShapeView, element: &mut Element) {
    let mut title = Element::new("title");
    title.push_text(view.name());
    element.push(title);
}

/// Appends `rotate(θ, x, y)` to the transform: `rotation` degrees
/// clockwise about the given screen point.
pub fn rotate(view: &ShapeView, [x, y]: [f64; 2], element: &mut Element) {
    let rotation = js_number(view.float(Property::Rotation));
    let transform = format!("rotate({rotation}, {}, {})", js_number(x), js_number(y));
    append_transform(element, &transform);
}

/// Appends `translate(x − w/2, y − h/2)` to the transform: the top left
/// corner of a `width × height` box centred on the given screen point.
pub fn translate_to_corner(view: &ShapeView, [x, y]: [f64; 2], element: &mut Element) {
    let left = x - view.float(Property::Width) / 2.0;
    let top = y - view.float(Property::Height) / 2.0;
    let transform = format!("translate({}, {})", js_number(left), js_number(top));
    append_transform(element, &transform);
}

/// Transforms are concatenated without a separator, as Penrose writes
/// them.
pub fn append_transform(element: &mut Element, transform: &str) {
    let combined = match element.attribute("transform") {
        Some(existing) => format!("{existing}{transform}"),
        None => transform.to_string(),
    };
    element.set("transform", combined);
}

/// The passthrough attributes, in the order the shape holds them. Empty
/// strings are skipped; camel-case names of SVG attributes are written in
/// kebab case; an attribute the renderer already wrote wins, except
/// `style`, which is appended to; names that cannot name an XML attribute
/// are skipped.
pub fn passthrough(view: &ShapeView, element: &mut Element) {
    for (name, value) in view.passthrough() {
        if value.is_empty() {
            continue;
        }
        let attribute = kebab_case(name).unwrap_or(name);
        if !is_attribute_name(attribute) {
            continue;
        }
        if attribute == "style" {
            let style = match element.attribute("style") {
                Some(existing) => format!("{existing}{value}"),
                None => value,
            };
            element.set("style", style);
        } else if element.attribute(attribute).is_none() {
            element.set(attribute, value);
        }
    }
}
