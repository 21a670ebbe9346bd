//! The arrowhead markers of a Line or a Path: defined in the shape's
//! `<g>` and referred to from its stroke.

use crate::arrowheads::{Arrowhead, arrowhead, marker};
use crate::context::Context;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_library::Property;

/// The arrowheads a Line or Path asks for.
pub struct Arrowheads {
    pub start: Option<&'static Arrowhead>,
    pub end: Option<&'static Arrowhead>,
}

impl Arrowheads {
    pub fn of(view: &ShapeView) -> Arrowheads {
        Arrowheads {
            start: arrowhead(view.string(Property::StartArrowhead)),
            end: arrowhead(view.string(Property::EndArrowhead)),
        }
    }

    pub fn any(&self) -> bool {
        self.start.is_some() || self.end.is_some()
    }

    /// Adds a `<marker>` for each arrowhead to `container`, painted with
    /// the stroke colour, and points `stroke`'s `marker-start` and
    /// `marker-end` at them.
    pub fn attach(
        &self,
        view: &ShapeView,
        context: &mut Context,
        container: &mut Element,
        stroke: &mut Element,
    ) {
        let paint = view.paint(Property::StrokeColor);
        if let Some(start) = self.start {
            let id = context.marker_id(view.name(), "-startArrowId");
            let size = view.float(Property::StartArrowheadSize);
            let flip = view.bool(Property::FlipStartArrowhead);
            container.push(marker(&id, &paint, start, size, flip));
            stroke.set("marker-start", format!("url(#{id})"));
        }
        if let Some(end) = self.end {
            let id = context.marker_id(view.name(), "-endArrowId");
            let size = view.float(Property::EndArrowheadSize);
            container.push(marker(&id, &paint, end, size, false));
            stroke.set("marker-end", format!("url(#{id})"));
        }
    }
}
