//! What drawing one document needs besides the shape at hand: the
//! diagram, the solver's values, the caller's resources, and the state
//! shared by the whole document (ids given out, images inlined, groups
//! being drawn).

use crate::ids::Ids;
use crate::screen::to_screen;
use crate::shape_view::ShapeView;
use crate::{PlaceholderImage, RenderOptions, Resources};
use kite_graph::{Diagram, ShapeId};

pub struct Context<'a> {
    pub diagram: &'a Diagram,
    values: &'a [f64],
    pub resources: &'a dyn Resources,
    pub options: &'a RenderOptions,
    pub ids: Ids,
    images_inlined: u32,
    /// The Images drawn as placeholders so far.
    pub placeholders: Vec<PlaceholderImage>,
    /// Each shape's place in the draw order, by shape index.
    places: Vec<usize>,
    /// The Groups being drawn, outermost first, so a Group that contains
    /// itself is not drawn inside itself.
    open_groups: Vec<ShapeId>,
}

impl<'a> Context<'a> {
    pub fn new(
        diagram: &'a Diagram,
        values: &'a [f64],
        resources: &'a dyn Resources,
        options: &'a RenderOptions,
    ) -> Context<'a> {
        let mut places = vec![usize::MAX; diagram.shapes.len()];
        for (place, id) in diagram.order.iter().enumerate() {
            if let Some(slot) = places.get_mut(id.index()) {
                *slot = (*slot).min(place);
            }
        }
        Context {
            diagram,
            values,
            resources,
            options,
            ids: Ids::default(),
            images_inlined: 0,
            placeholders: Vec::new(),
            places,
            open_groups: Vec::new(),
        }
    }

    /// The shape `id` names, if the diagram has it.
    pub fn view(&self, id: ShapeId) -> Option<ShapeView<'a>> {
        let shape = self.diagram.shapes.get(id.index())?;
        Some(ShapeView::new(shape, self.values))
    }

    pub fn screen(&self, point: [f64; 2]) -> [f64; 2] {
        to_screen(self.diagram.canvas, point)
    }

    /// The shape's place in the draw order; shapes the order leaves out
    /// come last.
    pub fn place(&self, id: ShapeId) -> usize {
        self.places.get(id.index()).copied().unwrap_or(usize::MAX)
    }

    /// The suffix that makes the ids of the next inlined image unique:
    /// `--inject-1`, `--inject-2`, …
    pub fn next_injection_suffix(&mut self) -> String {
        self.images_inlined += 1;
        format!("--inject-{}", self.images_inlined)
    }

    /// Marks a Group as being drawn; false if it already is (it contains
    /// itself).
    pub fn open_group(&mut self, id: ShapeId) -> bool {
        if self.open_groups.contains(&id) {
            return false;
        }
        self.open_groups.push(id);
        true
    }

    pub fn close_group(&mut self) {
        self.open_groups.pop();
    }

    /// An id of the form `<namespace>-<variation>-<shape name><suffix>`
    /// for a marker of the shape.
    pub fn marker_id(&mut self, shape_name: &str, suffix: &str) -> String {
        let wanted = format!(
            "{}-{}-{shape_name}{suffix}",
            self.options.namespace, self.diagram.variation
        );
        self.ids.claim(&wanted)
    }
}
