//! Images: the SVG file `href` names, inlined in a `<g>` that rotates it
//! and moves it to its box. The caller resolves and reads the file; one
//! that is unavailable or not usable XML is drawn as a placeholder (a grey
//! card with a red cross and a caption in glyph outlines, like all text
//! kite draws) and recorded, so the caller can warn about it.

use crate::attributes::{passthrough, rotate, title, translate_to_corner};
use crate::context::Context;
use crate::number::js_number;
use crate::shape_view::ShapeView;
use crate::shapes::label::centred_outline;
use crate::svg_inline::{Sizing, inline_svg};
use crate::xml::Element;
use crate::{ImageUnavailable, PlaceholderImage, Resources};
use kite_graph::{Diagram, ShapeId};
use kite_library::{Property, ShapeKind};
use kite_text::TextStyle;

pub fn draw_image(id: ShapeId, view: &ShapeView, context: &mut Context) -> Element {
    let center = context.screen(view.point(Property::Center));
    let suffix = context.next_injection_suffix();
    let sizing = Sizing {
        width: js_number(view.float(Property::Width)),
        height: js_number(view.float(Property::Height)),
        preserve_aspect_ratio: view.string(Property::PreserveAspectRatio),
    };
    let href = view.string(Property::Href);
    let markup = match inlined(context.resources, href, &suffix, &sizing) {
        Ok(markup) => markup,
        Err(reason) => {
            let placeholder =
                inline_svg(&placeholder(&reason), &suffix, &sizing).unwrap_or_default();
            context.placeholders.push(PlaceholderImage {
                shape: id,
                href: href.to_string(),
                reason,
            });
            placeholder
        }
    };
    let mut group = Element::new("g");
    rotate(view, center, &mut group);
    translate_to_corner(view, center, &mut group);
    group.push_markup(markup);
    title(view, &mut group);
    passthrough(view, &mut group);
    group
}

/// The SVG file `href` names, inlined, or why it cannot be.
fn inlined(
    resources: &dyn Resources,
    href: &str,
    suffix: &str,
    sizing: &Sizing,
) -> Result<String, ImageUnavailable> {
    resources
        .image(href)
        .and_then(|source| inline_svg(&source, suffix, sizing).ok_or(ImageUnavailable::NotSvg))
}

/// The Images of `diagram` that drawing it would replace by placeholders,
/// and why: what [`Rendered::placeholders`](crate::Rendered) lists, found
/// without drawing (an Image's `href` is fixed before layout), so that a
/// check can warn about them.
pub fn unavailable_images(diagram: &Diagram, resources: &dyn Resources) -> Vec<PlaceholderImage> {
    let sizing = Sizing {
        width: String::new(),
        height: String::new(),
        preserve_aspect_ratio: "",
    };
    diagram
        .shapes
        .iter()
        .enumerate()
        .filter(|(_, shape)| shape.kind == ShapeKind::Image)
        .filter_map(|(index, shape)| {
            let href = shape.string(Property::Href).unwrap_or_default();
            let reason = inlined(resources, href, "", &sizing).err()?;
            Some(PlaceholderImage {
                shape: ShapeId(u32::try_from(index).ok()?),
                href: href.to_string(),
                reason,
            })
        })
        .collect()
}

/// The picture drawn instead of an image: a grey card, a red cross, and a
/// caption saying why, on a 100 × 100 view box stretched to the Image's
/// box.
fn placeholder(reason: &ImageUnavailable) -> String {
    let caption = match reason {
        ImageUnavailable::Refused(_) => "image refused",
        ImageUnavailable::Missing(_) => "image not found",
        ImageUnavailable::NotSvg => "not an SVG image",
    };
    let style = TextStyle {
        text: caption,
        family: "sans-serif",
        size_px: 10.0,
        weight: "",
        style: "",
    };
    let mut svg = Element::new("svg")
        .with("xmlns", "http://www.w3.org/2000/svg")
        .with("viewBox", "0 0 100 100")
        .with("preserveAspectRatio", "none");
    svg.push(
        Element::new("rect")
            .with("x", "2")
            .with("y", "2")
            .with("width", "96")
            .with("height", "96")
            .with("fill", "#eeeeee")
            .with("stroke", "#cc0000")
            .with("stroke-width", "4"),
    );
    svg.push(
        Element::new("path")
            .with("d", "M 20 20 L 80 80 M 80 20 L 20 80")
            .with("stroke", "#cc0000")
            .with("stroke-width", "6"),
    );
    if let Some(mut caption) = centred_outline(&style, [50.0, 90.0]) {
        caption.set("fill", "#333333");
        svg.push(caption);
    }
    let mut out = String::new();
    svg.write(&mut out, 0);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_placeholders_are_usable_and_made_of_paths() {
        let sizing = Sizing {
            width: "1".to_string(),
            height: "1".to_string(),
            preserve_aspect_ratio: "",
        };
        for reason in [
            ImageUnavailable::Refused("a URL".to_string()),
            ImageUnavailable::Missing("no file".to_string()),
            ImageUnavailable::NotSvg,
        ] {
            let svg = placeholder(&reason);
            assert!(inline_svg(&svg, "", &sizing).is_some());
            assert!(!svg.contains("<text"), "{svg}");
            assert_eq!(svg.matches("<path").count(), 2, "{svg}");
        }
    }
}
