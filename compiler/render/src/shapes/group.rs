//! Groups: a `<g>` holding the members in the global draw order. A
//! clipped Group first defines a `<clipPath>` holding its clip shape, then
//! wraps every other member in a `<g>` clipped to it (the clip shape is
//! not drawn as a member).

use super::draw;
use crate::attributes::{passthrough, title};
use crate::context::Context;
use crate::shape_view::ShapeView;
use crate::xml::Element;
use kite_graph::ShapeId;

pub fn draw_group(id: ShapeId, view: &ShapeView, context: &mut Context) -> Option<Element> {
    if !context.open_group(id) {
        return None;
    }
    let mut group = Element::new("g");
    let clip = view.shape.clip();
    let clip_id = clip.and_then(|clip| clip_path(clip, context, &mut group));
    let mut members: Vec<ShapeId> = view
        .shape
        .members()
        .iter()
        .copied()
        .filter(|member| Some(*member) != clip)
        .collect();
    members.sort_by_key(|member| context.place(*member));
    for member in members {
        let Some(element) = draw(context, member) else {
            continue;
        };
        match &clip_id {
            Some(clip_id) => {
                let mut wrapper = Element::new("g").with("clip-path", format!("url(#{clip_id})"));
                wrapper.push(element);
                group.push(wrapper);
            }
            None => group.push(element),
        }
    }
    title(view, &mut group);
    passthrough(view, &mut group);
    context.close_group();
    Some(group)
}

/// Adds `<clipPath id="<namespace><clip shape name>-clip">` holding the
/// clip shape to `group`, and returns its id.
fn clip_path(clip: ShapeId, context: &mut Context, group: &mut Element) -> Option<String> {
    let name = context.view(clip)?.name();
    let element = draw(context, clip)?;
    let id = context
        .ids
        .claim(&format!("{}{name}-clip", context.options.namespace));
    let mut clip_path = Element::new("clipPath").with("id", id.as_str());
    clip_path.push(element);
    group.push(clip_path);
    Some(id)
}
