//! Axis-aligned bounding boxes of shapes (spec §6), and the corners of
//! rotated rectangles.

use super::Scene;
use super::properties::{self, RectFrame};
use crate::error::FunctionError;
use crate::expr::{Builder, Num, Operand, V2};
use kite_graph::{PathCmd, PathCommand, PathPiece, Shape, ShapeId};
use kite_library::{Property, ShapeKind};

/// An axis-aligned box by its centre and size.
#[derive(Clone, Copy, Debug)]
pub struct BBox<'b> {
    pub center: V2<'b>,
    pub width: Num<'b>,
    pub height: Num<'b>,
}

/// The corners of a box, or of a rotated rectangle.
#[derive(Clone, Copy, Debug)]
pub struct Corners<'b> {
    pub top_right: V2<'b>,
    pub top_left: V2<'b>,
    pub bottom_left: V2<'b>,
    pub bottom_right: V2<'b>,
}

impl<'b> Corners<'b> {
    /// `[top right, top left, bottom left, bottom right]`, the order
    /// Penrose's rectangle functions take.
    pub fn to_array(self) -> [V2<'b>; 4] {
        [
            self.top_right,
            self.top_left,
            self.bottom_left,
            self.bottom_right,
        ]
    }

    pub fn from_array(
        [top_right, top_left, bottom_left, bottom_right]: [V2<'b>; 4],
    ) -> Corners<'b> {
        Corners {
            top_right,
            top_left,
            bottom_left,
            bottom_right,
        }
    }
}

impl<'b> BBox<'b> {
    /// The smallest box around `points`; `None` when there are none.
    pub fn from_points(points: &[V2<'b>]) -> Option<BBox<'b>> {
        let (first, rest) = points.split_first()?;
        let (low, high) = rest.iter().fold((*first, *first), |(low, high), point| {
            (
                V2::new(low.x.min(point.x), low.y.min(point.y)),
                V2::new(high.x.max(point.x), high.y.max(point.y)),
            )
        });
        Some(BBox {
            center: (low + high) / 2.0,
            width: high.x - low.x,
            height: high.y - low.y,
        })
    }

    /// The smallest box around `boxes`; `None` when there are none.
    pub fn union(builder: &'b Builder, boxes: &[BBox<'b>]) -> Option<BBox<'b>> {
        if boxes.is_empty() {
            return None;
        }
        let edges =
            |pick: fn(BBox<'b>) -> Num<'b>| boxes.iter().map(|&b| pick(b)).collect::<Vec<_>>();
        let min_x = builder.min_of(&edges(BBox::min_x));
        let max_x = builder.max_of(&edges(BBox::max_x));
        let min_y = builder.min_of(&edges(BBox::min_y));
        let max_y = builder.max_of(&edges(BBox::max_y));
        Some(BBox {
            center: V2::new((min_x + max_x) / 2.0, (min_y + max_y) / 2.0),
            width: max_x - min_x,
            height: max_y - min_y,
        })
    }

    pub fn corners(self) -> Corners<'b> {
        let half_width = self.width / 2.0;
        let half_height = self.height / 2.0;
        let offset = |x: Num<'b>, y: Num<'b>| self.center + V2::new(x, y);
        Corners {
            top_right: offset(half_width, half_height),
            top_left: offset(-half_width, half_height),
            bottom_left: offset(-half_width, -half_height),
            bottom_right: offset(half_width, -half_height),
        }
    }

    // The edges are the corners' coordinates (`c + (−w/2)` is `c − w/2`
    // exactly), without building all four corners.
    pub fn min_x(self) -> Num<'b> {
        self.center.x - self.width / 2.0
    }

    pub fn max_x(self) -> Num<'b> {
        self.center.x + self.width / 2.0
    }

    pub fn min_y(self) -> Num<'b> {
        self.center.y - self.height / 2.0
    }

    pub fn max_y(self) -> Num<'b> {
        self.center.y + self.height / 2.0
    }

    /// The overlap of two boxes; an empty box at the origin if they are
    /// disjoint.
    pub fn intersect(self, other: BBox<'b>) -> BBox<'b> {
        let (half_w1, half_w2) = (self.width * 0.5, other.width * 0.5);
        let (half_h1, half_h2) = (self.height * 0.5, other.height * 0.5);
        let left = (self.center.x - half_w1).max(other.center.x - half_w2);
        let right = (self.center.x + half_w1).min(other.center.x + half_w2);
        let top = (self.center.y + half_h1).min(other.center.y + half_h2);
        let bottom = (self.center.y - half_h1).max(other.center.y - half_h2);
        let overlaps = left.lt(right).and(bottom.lt(top));
        BBox {
            center: V2::new(
                overlaps.select((left + right) / 2.0, 0.0),
                overlaps.select((top + bottom) / 2.0, 0.0),
            ),
            width: overlaps.select(right - left, 0.0),
            height: overlaps.select(top - bottom, 0.0),
        }
    }
}

/// The corners of a `width × height` rectangle about `center`, rotated
/// clockwise by `clockwise` degrees.
pub fn rect_corners<'b>(
    center: V2<'b>,
    width: Num<'b>,
    height: Num<'b>,
    clockwise: impl Operand<'b>,
) -> Corners<'b> {
    let counterclockwise = -clockwise.into_num(width.builder());
    let half_width = width / 2.0;
    let half_height = height / 2.0;
    let place = |x: Num<'b>, y: Num<'b>| V2::new(x, y).rotate_degrees(counterclockwise) + center;
    Corners {
        top_right: place(half_width, half_height),
        top_left: place(-half_width, half_height),
        bottom_left: place(-half_width, -half_height),
        bottom_right: place(half_width, -half_height),
    }
}

fn from_four(corners: Corners<'_>) -> BBox<'_> {
    BBox::from_points(&corners.to_array()).expect("four corners")
}

/// The box of a rect-like shape's rotated `width × height` frame, without
/// its stroke (Penrose's `bboxFromRectlike`).
pub fn rect_like_bbox<'b>(frame: RectFrame<'b>) -> BBox<'b> {
    from_four(rect_corners(
        frame.center,
        frame.width,
        frame.height,
        frame.rotation,
    ))
}

/// The bounding box of any shape, stroke included where §6 says so.
pub fn bbox<'b>(shape: &Shape, scene: Scene<'b>) -> Result<BBox<'b>, FunctionError> {
    bbox_inside(shape, scene, &mut Vec::new())
}

/// The bounding box of the shape `id` of the scene; a Group inside
/// itself adds nothing to its own box.
pub fn bbox_of<'b>(id: ShapeId, scene: Scene<'b>) -> Result<BBox<'b>, FunctionError> {
    bbox_inside(scene.shape(id)?, scene, &mut vec![id])
}

/// The bounding box of a shape inside the Groups `open`.
fn bbox_inside<'b>(
    shape: &Shape,
    scene: Scene<'b>,
    open: &mut Vec<ShapeId>,
) -> Result<BBox<'b>, FunctionError> {
    let builder = scene.builder;
    let number = |property: Property| properties::number(shape, property, builder);
    match shape.kind {
        ShapeKind::Circle => {
            let diameter = 2.0 * number(Property::R)? + number(Property::StrokeWidth)?;
            Ok(BBox {
                center: properties::point(shape, Property::Center, builder)?,
                width: diameter,
                height: diameter,
            })
        }
        ShapeKind::Ellipse => {
            let stroke = number(Property::StrokeWidth)?;
            Ok(BBox {
                center: properties::point(shape, Property::Center, builder)?,
                width: 2.0 * number(Property::Rx)? + stroke,
                height: 2.0 * number(Property::Ry)? + stroke,
            })
        }
        ShapeKind::Rectangle => {
            let frame = properties::rect_frame(shape, builder)?;
            let stroke = number(Property::StrokeWidth)?;
            Ok(from_four(rect_corners(
                frame.center,
                frame.width + stroke,
                frame.height + stroke,
                frame.rotation,
            )))
        }
        ShapeKind::Text | ShapeKind::Equation | ShapeKind::Image => {
            Ok(rect_like_bbox(properties::rect_frame(shape, builder)?))
        }
        ShapeKind::Line => {
            let [start, end] = properties::endpoints(shape, builder)?;
            let offset = (end - start).normalize().rot90() * (number(Property::StrokeWidth)? / 2.0);
            Ok(from_four(Corners::from_array([
                start + offset,
                start - offset,
                end + offset,
                end - offset,
            ])))
        }
        ShapeKind::Polygon | ShapeKind::Polyline => {
            let scale = number(Property::Scale)?;
            let points: Vec<V2<'b>> = properties::points(shape, builder)?
                .into_iter()
                .map(|point| point * scale)
                .collect();
            BBox::from_points(&points).ok_or_else(|| {
                FunctionError::new(format!(
                    "the {} `{}` has no points, so it has no bounding box",
                    shape.kind.name(),
                    shape.name
                ))
            })
        }
        ShapeKind::Path => path_bbox(shape, builder),
        ShapeKind::Group => group_bbox(shape, scene, open),
    }
}

fn group_bbox<'b>(
    shape: &Shape,
    scene: Scene<'b>,
    open: &mut Vec<ShapeId>,
) -> Result<BBox<'b>, FunctionError> {
    let builder = scene.builder;
    // A member that is a Group being measured (the Group inside itself)
    // adds nothing, as when drawing it.
    let mut inside = |id: ShapeId| -> Result<Option<BBox<'b>>, FunctionError> {
        if open.contains(&id) {
            return Ok(None);
        }
        open.push(id);
        let inner = bbox_inside(scene.shape(id)?, scene, open);
        open.pop();
        inner.map(Some)
    };
    let mut boxes = Vec::new();
    for &member in properties::member_ids(shape)? {
        boxes.extend(inside(member)?);
    }
    let union = BBox::union(builder, &boxes).ok_or_else(|| {
        FunctionError::new(format!(
            "the Group `{}` has no members, so it has no bounding box",
            shape.name
        ))
    })?;
    match properties::clip_id(shape)? {
        Some(clip) => Ok(match inside(clip)? {
            Some(clip) => union.intersect(clip),
            None => union,
        }),
        None => Ok(union),
    }
}

fn path_error(shape: &Shape, problem: &str) -> FunctionError {
    FunctionError::new(format!(
        "cannot compute the bounding box of the Path `{}`: {problem}",
        shape.name
    ))
}

fn piece_point<'b>(piece: Option<&PathPiece>, builder: &'b Builder) -> Option<V2<'b>> {
    match piece? {
        PathPiece::Point([x, y]) => Some(V2::new(builder.wrap(*x), builder.wrap(*y))),
        PathPiece::Values(_) => None,
    }
}

/// The box of all end and control points of a path; an arc contributes
/// the square around its centre whose side is its larger diameter.
fn path_bbox<'b>(shape: &Shape, builder: &'b Builder) -> Result<BBox<'b>, FunctionError> {
    let commands = properties::path_data(shape)?;
    let Some(PathCmd {
        command: PathCommand::MoveTo,
        pieces,
    }) = commands.first()
    else {
        return Err(path_error(shape, "it must start with a move (M)"));
    };
    let first = piece_point(pieces.first(), builder)
        .ok_or_else(|| path_error(shape, "its first move has no point"))?;
    let mut cursor = first;
    let mut control = cursor;
    let mut points = Vec::new();
    for command in commands {
        let next = if command.command == PathCommand::Close {
            first
        } else {
            piece_point(command.pieces.last(), builder)
                .ok_or_else(|| path_error(shape, "a command does not end at a point"))?
        };
        let mut next_control = next;
        let control_point = |index: usize| {
            piece_point(command.pieces.get(index), builder)
                .ok_or_else(|| path_error(shape, "a curve is missing a control point"))
        };
        match command.command {
            PathCommand::MoveTo => {}
            PathCommand::Close | PathCommand::LineTo => points.extend([cursor, next]),
            PathCommand::QuadraticTo => {
                let cp = control_point(0)?;
                points.extend([cursor, cp, next]);
                next_control = cp;
            }
            PathCommand::CubicTo => {
                let (cp1, cp2) = (control_point(0)?, control_point(1)?);
                points.extend([cursor, cp1, cp2, next]);
                next_control = cp2;
            }
            PathCommand::SmoothQuadraticTo => {
                let cp = cursor + (cursor - control);
                points.extend([cursor, cp, next]);
                next_control = cp;
            }
            PathCommand::SmoothCubicTo => {
                let cp1 = cursor + (cursor - control);
                let cp2 = control_point(0)?;
                points.extend([cursor, cp1, cp2, next]);
                next_control = cp2;
            }
            PathCommand::Arc => {
                let Some(PathPiece::Values(values)) = command.pieces.first() else {
                    return Err(path_error(shape, "an arc has no radii and flags"));
                };
                let [rx, ry, rotation, large_arc, sweep] = values.as_slice() else {
                    return Err(path_error(shape, "an arc needs five values"));
                };
                let [rx, ry, rotation, large_arc, sweep] =
                    [*rx, *ry, *rotation, *large_arc, *sweep].map(|s| builder.wrap(s));
                let (center, radius) = arc_center(cursor, next, rx, ry, rotation, large_arc, sweep);
                points.extend([
                    center - V2::new(radius, radius),
                    center + V2::new(radius, radius),
                ]);
            }
        }
        cursor = next;
        control = next_control;
    }
    BBox::from_points(&points).ok_or_else(|| path_error(shape, "it draws nothing"))
}

/// The centre of an SVG arc from `from` to `to` and the larger of its
/// radii after out-of-range correction (SVG implementation notes §B.2.4–5).
fn arc_center<'b>(
    from: V2<'b>,
    to: V2<'b>,
    rx: Num<'b>,
    ry: Num<'b>,
    rotation: Num<'b>,
    large_arc: Num<'b>,
    sweep: Num<'b>,
) -> (V2<'b>, Num<'b>) {
    let phi = -rotation;
    let rx_positive = rx.abs();
    let ry_positive = ry.abs();
    let half_chord = ((from - to) / 2.0).rotate_degrees(-phi);
    let (x1, y1) = (half_chord.x, half_chord.y);
    let lambda = (x1 / rx_positive).square() + (y1 / ry_positive).square();
    let replace = lambda.gt(1.0);
    let rx = replace.select(lambda.sqrt() * rx_positive, rx_positive);
    let ry = replace.select(lambda.sqrt() * ry_positive, ry_positive);
    let numerator = (rx * ry).square() - (rx * y1).square() - (ry * x1).square();
    let denominator = (rx * y1).square() + (ry * x1).square();
    let factor =
        large_arc.equals(sweep).select(1.0, -1.0) * (numerator / denominator).max(1e-18).sqrt();
    let center_prime = V2::new(rx * y1 / ry, -(ry * x1 / rx)) * factor;
    let center = center_prime.rotate_degrees(phi) + (from + to) / 2.0;
    (center, rx.max(ry))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_rows_close, rows};
    use kite_graph::{ShapeId, Value};
    use kite_library::{Property, ShapeKind};

    /// `[min x, min y, max x, max y]` of a shape's box, via `bboxPts`.
    fn extent(h: &mut Harness, shape: Value) -> [f64; 4] {
        let corners = h.call("bboxPts", &[shape]).unwrap();
        let corners = rows(h, &corners);
        [corners[1][0], corners[2][1], corners[0][0], corners[0][1]]
    }

    fn assert_extent(actual: [f64; 4], expected: [f64; 4]) {
        assert_rows_close(&[actual.to_vec()], &[&expected]);
    }

    #[test]
    fn boxes_of_basic_shapes() {
        let mut h = Harness::new();
        let props = vec![
            (Property::Center, h.vector(&[1.0, 2.0])),
            (Property::R, h.float(3.0)),
            (Property::StrokeWidth, h.float(2.0)),
        ];
        let circle = h.shape(ShapeKind::Circle, props);
        assert_extent(extent(&mut h, circle), [-3.0, -2.0, 5.0, 6.0]);
        let props = vec![
            (Property::Center, h.vector(&[0.0, 0.0])),
            (Property::Rx, h.float(3.0)),
            (Property::Ry, h.float(1.0)),
            (Property::StrokeWidth, h.float(0.0)),
        ];
        let ellipse = h.shape(ShapeKind::Ellipse, props);
        assert_extent(extent(&mut h, ellipse), [-3.0, -1.0, 3.0, 1.0]);
        let props = vec![
            (Property::Center, h.vector(&[0.0, 0.0])),
            (Property::Width, h.float(4.0)),
            (Property::Height, h.float(2.0)),
            (Property::Rotation, h.float(90.0)),
            (Property::StrokeWidth, h.float(2.0)),
        ];
        let rotated = h.shape(ShapeKind::Rectangle, props);
        assert_extent(extent(&mut h, rotated), [-2.0, -3.0, 2.0, 3.0]);
        let props = vec![
            (Property::Center, h.vector(&[0.0, 0.0])),
            (Property::Width, h.float(4.0)),
            (Property::Height, h.float(2.0)),
            (Property::Rotation, h.float(90.0)),
        ];
        let text = h.shape(ShapeKind::Text, props);
        assert_extent(extent(&mut h, text), [-1.0, -2.0, 1.0, 2.0]);
        let props = vec![
            (Property::Start, h.vector(&[0.0, 0.0])),
            (Property::End, h.vector(&[10.0, 0.0])),
            (Property::StrokeWidth, h.float(2.0)),
        ];
        let line = h.shape(ShapeKind::Line, props);
        let s = 10.0 / (10.0 + 1e-5);
        assert_extent(extent(&mut h, line), [0.0, -s, 10.0, s]);
        let props = vec![
            (
                Property::Points,
                h.points(&[(0.0, 0.0), (1.0, 3.0), (2.0, 1.0)]),
            ),
            (Property::Scale, h.float(2.0)),
        ];
        let polygon = h.shape(ShapeKind::Polygon, props);
        assert_extent(extent(&mut h, polygon), [0.0, 0.0, 4.0, 6.0]);
    }

    #[test]
    fn boxes_of_paths() {
        let mut h = Harness::new();
        let open = Value::Str("open".into());
        let points = h.points(&[(0.0, 0.0), (2.0, 4.0), (4.0, 0.0), (6.0, -2.0)]);
        let curve = h
            .call("cubicCurveFromPoints", &[open.clone(), points])
            .unwrap();
        let path = h.shape(ShapeKind::Path, vec![(Property::D, curve)]);
        assert_extent(extent(&mut h, path), [0.0, -2.0, 6.0, 4.0]);
        let points = h.points(&[(0.0, 0.0), (1.0, 2.0), (2.0, 0.0), (4.0, 0.0)]);
        let smooth = h
            .call("quadraticCurveFromPoints", &[open.clone(), points])
            .unwrap();
        let path = h.shape(ShapeKind::Path, vec![(Property::D, smooth)]);
        assert_extent(extent(&mut h, path), [0.0, -2.0, 4.0, 2.0]);
        let args = [
            open,
            h.vector(&[-1.0, 0.0]),
            h.vector(&[1.0, 0.0]),
            h.vector(&[1.0, 1.0]),
            h.float(0.0),
            h.float(0.0),
            h.float(1.0),
        ];
        let arc = h.call("arc", &args).unwrap();
        let path = h.shape(ShapeKind::Path, vec![(Property::D, arc)]);
        assert_extent(extent(&mut h, path), [-1.0, -1.0, 1.0, 1.0]);
        let empty = h.shape(
            ShapeKind::Path,
            vec![(Property::D, Value::PathData(Vec::new()))],
        );
        assert!(h.call("bboxPts", &[empty]).is_err());
    }

    #[test]
    fn boxes_of_groups() {
        let mut h = Harness::new();
        let a = h.circle((0.0, 0.0), 1.0);
        let b = h.circle((4.0, 2.0), 1.0);
        let group = h.group(&[a.clone(), b]);
        assert_extent(extent(&mut h, group.clone()), [-1.0, -1.0, 5.0, 3.0]);
        let clip = h.rectangle((0.0, 0.0), 4.0, 4.0);
        let (Value::Shape(group_id), Value::Shape(clip_id)) = (group, clip) else {
            unreachable!()
        };
        h.shapes[group_id.index()]
            .properties
            .insert(Property::ClipPath, Value::ClipData(Some(clip_id)));
        assert_extent(
            extent(&mut h, Value::Shape(group_id)),
            [-1.0, -1.0, 2.0, 2.0],
        );
    }

    #[test]
    fn a_group_inside_itself_adds_nothing_and_an_empty_group_has_no_box() {
        let mut h = Harness::new();
        let a = h.circle((0.0, 0.0), 1.0);
        let group = h.group(&[a]);
        let Value::Shape(group_id) = group else {
            unreachable!()
        };
        h.shapes[group_id.index()].properties.insert(
            Property::Shapes,
            Value::ShapeList(vec![ShapeId(0), group_id]),
        );
        assert_extent(
            extent(&mut h, Value::Shape(group_id)),
            [-1.0, -1.0, 1.0, 1.0],
        );
        let empty = h.group(&[]);
        let error = h.call("bboxPts", &[empty]).unwrap_err();
        assert!(error.message.contains("has no members"), "{error:?}");
    }

    #[test]
    fn a_group_clipped_outside_its_members_is_an_empty_box_at_the_origin() {
        let mut h = Harness::new();
        let a = h.circle((0.0, 0.0), 1.0);
        let group = h.group(&[a]);
        let clip = h.rectangle((10.0, 10.0), 2.0, 2.0);
        let (Value::Shape(group_id), Value::Shape(clip_id)) = (group, clip) else {
            unreachable!()
        };
        h.shapes[group_id.index()]
            .properties
            .insert(Property::ClipPath, Value::ClipData(Some(clip_id)));
        assert_extent(extent(&mut h, Value::Shape(group_id)), [0.0, 0.0, 0.0, 0.0]);
    }
}
