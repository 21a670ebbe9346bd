//! Which shapes the document draws at the top level: those no Group
//! holds (as a member or as its clip shape), in draw order. A Group
//! listing itself does not count as holding itself, and when Groups hold
//! each other in a cycle, so that none of them would be drawn, the first
//! of them in draw order is drawn at the top level too.

use crate::diagram::{Diagram, ShapeId};
use kite_library::ShapeKind;

impl Diagram {
    /// The shapes drawn at the top level, in draw order.
    pub fn roots(&self) -> Vec<ShapeId> {
        roots(self)
    }
}

fn roots(diagram: &Diagram) -> Vec<ShapeId> {
    let holdings = Holdings::new(diagram);
    let mut held = vec![false; diagram.shapes.len()];
    for child in holdings.children.iter().flatten() {
        if let Some(flag) = held.get_mut(child.index()) {
            *flag = true;
        }
    }
    let mut reached = vec![false; diagram.shapes.len()];
    let mut chosen = vec![false; diagram.order.len()];
    for (place, id) in diagram.order.iter().enumerate() {
        if held.get(id.index()) == Some(&false) {
            chosen[place] = true;
            holdings.reach(*id, &mut reached);
        }
    }
    for (place, id) in diagram.order.iter().enumerate() {
        let is_group = diagram
            .shapes
            .get(id.index())
            .is_some_and(|shape| shape.kind == ShapeKind::Group);
        if is_group && reached.get(id.index()) == Some(&false) {
            chosen[place] = true;
            holdings.reach(*id, &mut reached);
        }
    }
    diagram
        .order
        .iter()
        .zip(chosen)
        .filter_map(|(id, chosen)| chosen.then_some(*id))
        .collect()
}

/// The shapes each Group holds, by shape index.
struct Holdings {
    children: Vec<Vec<ShapeId>>,
}

impl Holdings {
    fn new(diagram: &Diagram) -> Holdings {
        let children = diagram
            .shapes
            .iter()
            .enumerate()
            .map(|(index, shape)| {
                if shape.kind != ShapeKind::Group {
                    return Vec::new();
                }
                shape
                    .held()
                    .filter(|child| child.index() != index)
                    .collect()
            })
            .collect();
        Holdings { children }
    }

    /// Marks `id` and everything it holds, directly or through other
    /// Groups.
    fn reach(&self, id: ShapeId, reached: &mut [bool]) {
        let mut pending = vec![id];
        while let Some(next) = pending.pop() {
            let Some(flag) = reached.get_mut(next.index()) else {
                continue;
            };
            if !*flag {
                *flag = true;
                pending.extend(self.children.get(next.index()).into_iter().flatten());
            }
        }
    }
}
