//! The draw order (§5.9): shapes in creation order (namespaces' shapes
//! first, then blocks' local ones, then Substance objects', as Penrose
//! builds its graph), rearranged only as
//! far as layering asks. A layering pair between shapes in different
//! groups orders the first ancestors where their group chains differ, so
//! group members stay together. When the pairs form a cycle, the shape
//! with the fewest unmet pairs goes next.

use crate::layers::lift_to_groups;
use kite_graph::{Shape, ShapeId};
use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Every shape, bottom first. `rank` gives each shape's place in the
/// creation order.
pub(super) fn draw_order(
    shapes: &[Shape],
    layering: &[(ShapeId, ShapeId)],
    rank: &[usize],
) -> Vec<ShapeId> {
    let count = shapes.len();
    let parent = parents(shapes);
    let mut above: Vec<Vec<usize>> = vec![Vec::new(); count];
    let mut unmet = vec![0usize; count];
    for &(low, high) in layering {
        let lifted = lift_to_groups(low.index(), high.index(), |shape| parent[shape]);
        if let Some((low, high)) = lifted
            && !above[low].contains(&high)
        {
            above[low].push(high);
            unmet[high] += 1;
        }
    }
    let mut placed = vec![false; count];
    let mut ready: BinaryHeap<Reverse<(usize, usize)>> = (0..count)
        .filter(|&s| unmet[s] == 0)
        .map(|s| Reverse((rank[s], s)))
        .collect();
    let mut order = Vec::with_capacity(count);
    while order.len() < count {
        let next = match ready.pop() {
            Some(Reverse((_, shape))) if !placed[shape] => shape,
            Some(_) => continue,
            // A cycle: the shape with the fewest unmet pairs goes next.
            None => (0..count)
                .filter(|&s| !placed[s])
                .min_by_key(|&s| (unmet[s], rank[s], s))
                .expect("an unplaced shape"),
        };
        placed[next] = true;
        order.push(ShapeId(
            u32::try_from(next).expect("fewer than 2^32 shapes"),
        ));
        for &high in &above[next] {
            unmet[high] = unmet[high].saturating_sub(1);
            if unmet[high] == 0 && !placed[high] {
                ready.push(Reverse((rank[high], high)));
            }
        }
    }
    order
}

/// The first Group that lists each shape (as a member or its clip shape).
fn parents(shapes: &[Shape]) -> Vec<Option<usize>> {
    let mut parent = vec![None; shapes.len()];
    for (group, shape) in shapes.iter().enumerate() {
        for member in shape.held() {
            let slot = &mut parent[member.index()];
            if slot.is_none() && member.index() != group {
                *slot = Some(group);
            }
        }
    }
    parent
}

#[cfg(test)]
mod tests {
    use super::*;
    use indexmap::IndexMap;
    use kite_graph::Value;
    use kite_library::{Property, ShapeKind};

    fn circle() -> Shape {
        Shape {
            kind: ShapeKind::Circle,
            name: String::new(),
            properties: IndexMap::new(),
            attributes: Vec::new(),
            origin: kite_graph::Origin::detached(),
        }
    }

    fn ids(order: &[ShapeId]) -> Vec<u32> {
        order.iter().map(|id| id.0).collect()
    }

    #[test]
    fn creation_order_without_layering() {
        let shapes = vec![circle(), circle(), circle()];
        assert_eq!(ids(&draw_order(&shapes, &[], &[0, 1, 2])), [0, 1, 2]);
    }

    #[test]
    fn layering_moves_only_what_it_orders() {
        let shapes = vec![circle(), circle(), circle()];
        // 0 above 2.
        let order = draw_order(&shapes, &[(ShapeId(2), ShapeId(0))], &[0, 1, 2]);
        assert_eq!(ids(&order), [1, 2, 0]);
    }

    #[test]
    fn cycles_still_place_every_shape_once() {
        let shapes = vec![circle(), circle()];
        let pairs = [(ShapeId(0), ShapeId(1)), (ShapeId(1), ShapeId(0))];
        let mut order = ids(&draw_order(&shapes, &pairs, &[0, 1]));
        order.sort_unstable();
        assert_eq!(order, [0, 1]);
    }

    #[test]
    fn ordering_a_member_orders_its_group() {
        let mut group = circle();
        group.kind = ShapeKind::Group;
        group
            .properties
            .insert(Property::Shapes, Value::ShapeList(vec![ShapeId(0)]));
        // 0 is in group 1; shape 2 must go below 0, so below the group.
        let shapes = vec![circle(), group, circle()];
        let order = draw_order(&shapes, &[(ShapeId(2), ShapeId(0))], &[0, 1, 2]);
        assert_eq!(ids(&order), [0, 2, 1]);
    }

    #[test]
    fn creation_rank_orders_unconstrained_shapes() {
        let shapes = vec![circle(), circle(), circle()];
        assert_eq!(ids(&draw_order(&shapes, &[], &[2, 0, 1])), [1, 2, 0]);
    }
}
