//! Axis-aligned bounding boxes of shapes in diagram coordinates (§6),
//! kept as Penrose keeps them (centre, width, height) so their edges come
//! out with the same rounding.

use crate::number::{js_max, js_min};
use crate::shape_view::ShapeView;
use kite_graph::{Diagram, PathCmd, PathCommand, PathPiece, ShapeId};
use kite_library::ShapeKind;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    center: [f64; 2],
    width: f64,
    height: f64,
}

impl BBox {
    pub fn min_x(&self) -> f64 {
        self.center[0] - self.width / 2.0
    }

    pub fn max_x(&self) -> f64 {
        self.center[0] + self.width / 2.0
    }

    pub fn min_y(&self) -> f64 {
        self.center[1] - self.height / 2.0
    }

    pub fn max_y(&self) -> f64 {
        self.center[1] + self.height / 2.0
    }

    fn from_corners([min_x, min_y]: [f64; 2], [max_x, max_y]: [f64; 2]) -> BBox {
        BBox {
            center: [(min_x + max_x) / 2.0, (min_y + max_y) / 2.0],
            width: max_x - min_x,
            height: max_y - min_y,
        }
    }

    /// The smallest box holding every point; `None` for no points.
    fn from_points(points: &[[f64; 2]]) -> Option<BBox> {
        let (first, rest) = points.split_first()?;
        let (min, max) = rest.iter().fold((*first, *first), |(min, max), [x, y]| {
            (
                [js_min(min[0], *x), js_min(min[1], *y)],
                [js_max(max[0], *x), js_max(max[1], *y)],
            )
        });
        Some(BBox::from_corners(min, max))
    }

    /// The smallest box holding every box; `None` for no boxes.
    pub fn union(boxes: &[BBox]) -> Option<BBox> {
        let (first, rest) = boxes.split_first()?;
        let start = (
            [first.min_x(), first.min_y()],
            [first.max_x(), first.max_y()],
        );
        let (min, max) = rest.iter().fold(start, |(min, max), b| {
            (
                [js_min(min[0], b.min_x()), js_min(min[1], b.min_y())],
                [js_max(max[0], b.max_x()), js_max(max[1], b.max_y())],
            )
        });
        Some(BBox::from_corners(min, max))
    }

    /// The overlap of two boxes; boxes that do not overlap give an empty
    /// box at the origin, as in Penrose.
    fn intersect(&self, other: &BBox) -> BBox {
        let left = js_max(self.min_x(), other.min_x());
        let right = js_min(self.max_x(), other.max_x());
        let top = js_min(self.max_y(), other.max_y());
        let bottom = js_max(self.min_y(), other.min_y());
        if left < right && bottom < top {
            BBox {
                center: [(left + right) / 2.0, (top + bottom) / 2.0],
                width: right - left,
                height: top - bottom,
            }
        } else {
            BBox {
                center: [0.0, 0.0],
                width: 0.0,
                height: 0.0,
            }
        }
    }
}

/// Computes the boxes of a diagram's shapes.
pub struct Boxes<'a> {
    diagram: &'a Diagram,
    values: &'a [f64],
    /// The Groups being measured, so a Group inside itself is skipped.
    open_groups: Vec<ShapeId>,
}

impl<'a> Boxes<'a> {
    pub fn new(diagram: &'a Diagram, values: &'a [f64]) -> Boxes<'a> {
        Boxes {
            diagram,
            values,
            open_groups: Vec::new(),
        }
    }

    /// The shape's box; `None` when it has none (a Path with no
    /// segments, a Group with no members) or it cannot be computed (path
    /// data that does not start with a move).
    pub fn of(&mut self, id: ShapeId) -> Option<BBox> {
        let shape = self.diagram.shapes.get(id.index())?;
        let view = ShapeView::new(shape, self.values);
        let stroke_width = view.float("strokeWidth");
        match shape.kind {
            ShapeKind::Circle => {
                let diameter = 2.0 * view.float("r") + stroke_width;
                Some(centered(view.point("center"), diameter, diameter))
            }
            ShapeKind::Ellipse => Some(centered(
                view.point("center"),
                2.0 * view.float("rx") + stroke_width,
                2.0 * view.float("ry") + stroke_width,
            )),
            ShapeKind::Rectangle => rotated_rectangle(&view, stroke_width),
            ShapeKind::Text | ShapeKind::Equation | ShapeKind::Image => {
                rotated_rectangle(&view, 0.0)
            }
            ShapeKind::Line => line(&view, stroke_width),
            ShapeKind::Polygon | ShapeKind::Polyline => {
                let scale = view.float("scale");
                let points: Vec<[f64; 2]> = view
                    .points("points")
                    .into_iter()
                    .map(|[x, y]| [scale * x, scale * y])
                    .collect();
                BBox::from_points(&points)
            }
            ShapeKind::Path => path(&view, view.path_data("d")),
            ShapeKind::Group => self.group(id, &view),
        }
    }

    /// The union of the members' boxes, cut to the clip shape's box.
    fn group(&mut self, id: ShapeId, view: &ShapeView) -> Option<BBox> {
        if self.open_groups.contains(&id) {
            return None;
        }
        self.open_groups.push(id);
        let boxes: Vec<BBox> = view
            .members()
            .iter()
            .filter_map(|member| self.of(*member))
            .collect();
        let clip = view.clip().and_then(|clip| self.of(clip));
        self.open_groups.pop();
        let union = BBox::union(&boxes)?;
        Some(match clip {
            Some(clip) => union.intersect(&clip),
            None => union,
        })
    }
}

fn centered(center: [f64; 2], width: f64, height: f64) -> BBox {
    BBox {
        center,
        width,
        height,
    }
}

/// The box of a `width × height` rectangle (each side grown by
/// `grow`) turned `rotation` degrees clockwise about its centre.
fn rotated_rectangle(view: &ShapeView, grow: f64) -> Option<BBox> {
    let [cx, cy] = view.point("center");
    let half_width = (view.float("width") + grow) / 2.0;
    let half_height = (view.float("height") + grow) / 2.0;
    let angle = -view.float("rotation").to_radians();
    let (sin, cos) = angle.sin_cos();
    let corners = [
        [half_width, half_height],
        [-half_width, half_height],
        [-half_width, -half_height],
        [half_width, -half_height],
    ]
    .map(|[x, y]| [cx + x * cos - y * sin, cy + x * sin + y * cos]);
    BBox::from_points(&corners)
}

/// The box of the four corners of the stroke: each endpoint moved half
/// the stroke width along the unit normal, both ways.
fn line(view: &ShapeView, stroke_width: f64) -> Option<BBox> {
    let [sx, sy] = view.point("start");
    let [ex, ey] = view.point("end");
    let (dx, dy) = (ex - sx, ey - sy);
    let length = (dx * dx + dy * dy).sqrt();
    let [nx, ny] = if length == 0.0 {
        [0.0, 0.0]
    } else {
        [-dy / length, dx / length]
    };
    let [ox, oy] = [stroke_width / 2.0 * nx, stroke_width / 2.0 * ny];
    BBox::from_points(&[
        [sx + ox, sy + oy],
        [sx - ox, sy - oy],
        [ex + ox, ey + oy],
        [ex - ox, ey - oy],
    ])
}

/// The box of every segment's endpoints and control points; an arc
/// counts as the square around its centre whose side is twice its larger
/// radius.
fn path(view: &ShapeView, commands: &[PathCmd]) -> Option<BBox> {
    let point = |piece: Option<&PathPiece>| match piece {
        Some(PathPiece::Point([x, y])) => Some([view.number(*x), view.number(*y)]),
        _ => None,
    };
    let first_command = commands.first()?;
    if first_command.command != PathCommand::MoveTo {
        return None;
    }
    let first = point(first_command.pieces.first())?;
    let mut cursor = first;
    let mut control = cursor;
    let mut points = Vec::new();
    for command in commands {
        let next = match command.command {
            PathCommand::Close => first,
            _ => point(command.pieces.last())?,
        };
        let reflected = [2.0 * cursor[0] - control[0], 2.0 * cursor[1] - control[1]];
        let mut next_control = next;
        match command.command {
            PathCommand::MoveTo => {}
            PathCommand::LineTo | PathCommand::Close => points.extend([cursor, next]),
            PathCommand::QuadraticTo => {
                let handle = point(command.pieces.first())?;
                points.extend([cursor, handle, next]);
                next_control = handle;
            }
            PathCommand::CubicTo => {
                let first_handle = point(command.pieces.first())?;
                let second_handle = point(command.pieces.get(1))?;
                points.extend([cursor, first_handle, second_handle, next]);
                next_control = second_handle;
            }
            PathCommand::SmoothQuadraticTo => {
                points.extend([cursor, reflected, next]);
                next_control = reflected;
            }
            PathCommand::SmoothCubicTo => {
                let second_handle = point(command.pieces.first())?;
                points.extend([cursor, reflected, second_handle, next]);
                next_control = second_handle;
            }
            PathCommand::Arc => {
                let Some(PathPiece::Values(parameters)) = command.pieces.first() else {
                    return None;
                };
                let parameters: Vec<f64> = parameters.iter().map(|p| view.number(*p)).collect();
                let [rx, ry, rotation, large_arc, sweep] = parameters[..] else {
                    return None;
                };
                let arc = Arc {
                    radii: [rx, ry],
                    rotation,
                    large_arc,
                    sweep,
                };
                points.extend(arc.enclosing_square(cursor, next));
            }
        }
        cursor = next;
        control = next_control;
    }
    BBox::from_points(&points)
}

/// The parameters of an `A` command.
struct Arc {
    radii: [f64; 2],
    /// Degrees.
    rotation: f64,
    large_arc: f64,
    sweep: f64,
}

impl Arc {
    /// Two opposite corners of the square around the arc's ellipse
    /// centre whose side is twice the larger radius (after the SVG
    /// correction of radii too small to reach the endpoint), following
    /// the SVG implementation notes' conversion from endpoint to centre
    /// parameterisation as Penrose does it.
    fn enclosing_square(&self, from: [f64; 2], to: [f64; 2]) -> [[f64; 2]; 2] {
        let phi = -self.rotation;
        let rx_abs = self.radii[0].abs();
        let ry_abs = self.radii[1].abs();
        let [x1, y1] = rotate_degrees([(from[0] - to[0]) / 2.0, (from[1] - to[1]) / 2.0], -phi);
        let lambda = (x1 / rx_abs).powi(2) + (y1 / ry_abs).powi(2);
        let (rx, ry) = if lambda > 1.0 {
            (lambda.sqrt() * rx_abs, lambda.sqrt() * ry_abs)
        } else {
            (rx_abs, ry_abs)
        };
        let sign = if self.large_arc == self.sweep {
            1.0
        } else {
            -1.0
        };
        let radicand = ((rx * ry).powi(2) - (rx * y1).powi(2) - (ry * x1).powi(2))
            / ((rx * y1).powi(2) + (ry * x1).powi(2));
        let factor = sign * js_max(1e-18, radicand).sqrt();
        let center_prime = [factor * (rx * y1 / ry), factor * -(ry * x1 / rx)];
        let [rotated_x, rotated_y] = rotate_degrees(center_prime, phi);
        let cx = rotated_x + (from[0] + to[0]) / 2.0;
        let cy = rotated_y + (from[1] + to[1]) / 2.0;
        let r = js_max(rx, ry);
        [[cx - r, cy - r], [cx + r, cy + r]]
    }
}

/// Turns a vector `degrees` counterclockwise.
fn rotate_degrees([x, y]: [f64; 2], degrees: f64) -> [f64; 2] {
    let angle = degrees * std::f64::consts::PI / 180.0;
    let (sin, cos) = angle.sin_cos();
    [cos * x - sin * y, sin * x + cos * y]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn disjoint_boxes_intersect_in_an_empty_box_at_the_origin() {
        let a = centered([0.0, 0.0], 2.0, 2.0);
        let b = centered([10.0, 10.0], 2.0, 2.0);
        assert_eq!(a.intersect(&b), centered([0.0, 0.0], 0.0, 0.0));
        let c = centered([1.0, 1.0], 2.0, 2.0);
        assert_eq!(a.intersect(&c), centered([0.5, 0.5], 1.0, 1.0));
    }

    #[test]
    fn a_half_circle_arc_is_enclosed_by_its_circle() {
        let arc = Arc {
            radii: [5.0, 5.0],
            rotation: 0.0,
            large_arc: 0.0,
            sweep: 1.0,
        };
        let [low, high] = arc.enclosing_square([-5.0, 0.0], [5.0, 0.0]);
        for (actual, expected) in low.into_iter().chain(high).zip([-5.0, -5.0, 5.0, 5.0]) {
            assert!((actual - expected).abs() < 1e-6, "{actual} vs {expected}");
        }
    }
}
