//! Signed distances at the origin of Minkowski sums `A ⊕ (−B)`: the origin
//! lies inside exactly when `A` and `B` overlap, so these measure how far
//! two shapes are from touching.

use super::bbox::Corners;
use super::convex_partition::convex_partitions;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, V2};

/// The corners (bottom left, top right) of the box `box1 ⊕ (−box2)`,
/// grown by `padding`.
pub fn rectangle_difference<'b>(
    box1: Corners<'b>,
    box2: Corners<'b>,
    padding: Num<'b>,
) -> [V2<'b>; 2] {
    let builder = padding.builder();
    let (xa1, xa2, ya1, ya2) = (
        box1.top_left.x,
        box1.bottom_right.x,
        box1.bottom_right.y,
        box1.top_left.y,
    );
    let (xb1, xb2, yb1, yb2) = (
        box2.top_left.x,
        box2.bottom_right.x,
        box2.bottom_right.y,
        box2.top_left.y,
    );
    let xs = [xa1 - xb1, xa2 - xb2, xa1 - xb2, xa2 - xb1];
    let ys = [ya1 - yb1, ya2 - yb2, ya1 - yb2, ya2 - yb1];
    [
        V2::new(builder.min_of(&xs) - padding, builder.min_of(&ys) - padding),
        V2::new(builder.max_of(&xs) + padding, builder.max_of(&ys) + padding),
    ]
}

/// The signed distance from the origin to the box with the given corners.
pub fn rectangle_signed_distance<'b>(bottom_left: V2<'b>, top_right: V2<'b>) -> Num<'b> {
    let center = ((bottom_left + top_right) * 0.5).abs();
    let half_size = (top_right - bottom_left) * 0.5;
    let q = center - half_size;
    let outside = ((center.x - half_size.x).max(0.0).square()
        + (center.y - half_size.y).max(0.0).square())
    .sqrt();
    let inside = q.x.max(q.y).min(0.0);
    outside + inside
}

/// The unit normal of a segment pointing away from `inside`.
pub fn outward_unit_normal<'b>(segment: [V2<'b>; 2], inside: V2<'b>) -> V2<'b> {
    let normal = (segment[1] - segment[0]).rot90().normalize();
    let inside_value = (inside - segment[0]).dot(normal);
    normal * -inside_value.msign()
}

/// The signed distance from the origin to a convex, counterclockwise
/// polygon.
pub fn convex_polygon_origin_signed_distance<'b>(polygon: &[V2<'b>]) -> Num<'b> {
    struct Edge<'b> {
        good_left: Num<'b>,
        good_right: Num<'b>,
        from_start: Num<'b>,
        signed_distance: Num<'b>,
    }
    let n = polygon.len();
    let edges: Vec<Edge<'b>> = (0..n)
        .map(|i| {
            let p0 = polygon[i];
            let d = polygon[(i + 1) % n] - p0;
            let squared_length = d.x.square() + d.y.square();
            let along = -(p0.x * d.x + p0.y * d.y);
            Edge {
                good_left: along.builder().num(0.0).le(along),
                good_right: along.lt(squared_length),
                from_start: (p0.x.square() + p0.y.square()).sqrt(),
                signed_distance: (d.x * p0.y - p0.x * d.y) / squared_length.sqrt(),
            }
        })
        .collect();
    let pieces: Vec<Num<'b>> = (0..n)
        .map(|i| {
            let (edge, next) = (&edges[i], &edges[(i + 1) % n]);
            edge.good_left.select(
                edge.good_right.select(
                    edge.signed_distance,
                    next.good_left.select(f64::NEG_INFINITY, next.from_start),
                ),
                f64::NEG_INFINITY,
            )
        })
        .collect();
    polygon[0].x.builder().max_of(&pieces)
}

/// The signed distance from the origin to the box from `(rx0, ry0)` to
/// `(rx1, ry1)` swept along the negated segment from `start` to `end`.
pub fn rect_line_dist<'b>(
    bottom_left: V2<'b>,
    top_right: V2<'b>,
    start: V2<'b>,
    end: V2<'b>,
) -> Num<'b> {
    let (rx0, ry0, rx1, ry1) = (bottom_left.x, bottom_left.y, top_right.x, top_right.y);
    let px = start.x.gt(end.x);
    let py = start.y.gt(end.y);
    let lx0 = px.select(start.x, end.x);
    let lx1 = px.select(end.x, start.x);
    let ly0 = py.select(start.y, end.y);
    let ly1 = py.select(end.y, start.y);
    let (x00, x01, x10, x11) = (rx0 - lx0, rx0 - lx1, rx1 - lx0, rx1 - lx1);
    let (y00, y01, y10, y11) = (ry0 - ly0, ry0 - ly1, ry1 - ly0, ry1 - ly1);
    let negative_slope = px.xor(py);
    let hexagon = [
        V2::new(negative_slope.select(x01, x00), y00),
        V2::new(negative_slope.select(x11, x10), y00),
        V2::new(x11, negative_slope.select(y10, y01)),
        V2::new(negative_slope.select(x10, x11), y11),
        V2::new(negative_slope.select(x00, x01), y11),
        V2::new(x00, negative_slope.select(y01, y10)),
    ];
    convex_polygon_origin_signed_distance(&hexagon)
}

/// The mean of a polygon's vertices (`None` for no vertices).
fn centroid<'b>(polygon: &[V2<'b>]) -> Option<V2<'b>> {
    let (first, rest) = polygon.split_first()?;
    let sum = rest.iter().fold(*first, |sum, &point| sum + point);
    Some(sum / polygon.len() as f64)
}

/// The sides of a polygon as `[p[i], p[i − 1]]`.
fn sides<'b>(polygon: &[V2<'b>]) -> Vec<[V2<'b>; 2]> {
    let n = polygon.len();
    (0..n)
        .map(|i| [polygon[i], polygon[(i + n - 1) % n]])
        .collect()
}

/// The signed distance at the origin of the half-plane of `side`, pushed
/// out by the support of `others`.
fn half_plane_sdf<'b>(
    side: [V2<'b>; 2],
    others: &[V2<'b>],
    inside: V2<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    let normal = outward_unit_normal(side, inside);
    let alpha = normal.dot(side[0]);
    let support: Vec<Num<'b>> = others.iter().map(|&point| normal.dot(point)).collect();
    -(alpha + padding.builder().max_of(&support)) + padding
}

/// The largest half-plane distance over the sides of `p1` (`−∞` if it
/// has none).
fn one_sided_sdf<'b>(p1: &[V2<'b>], p2: &[V2<'b>], padding: Num<'b>) -> Num<'b> {
    let distances: Vec<Num<'b>> = centroid(p1)
        .map(|center| {
            sides(p1)
                .into_iter()
                .map(|side| half_plane_sdf(side, p2, center, padding))
                .collect()
        })
        .unwrap_or_default();
    padding.builder().max_of(&distances)
}

/// The signed distance at the origin of `p1 ⊕ p2` for convex polygons.
pub fn convex_polygon_minkowski_sdf<'b>(p1: &[V2<'b>], p2: &[V2<'b>], padding: Num<'b>) -> Num<'b> {
    one_sided_sdf(p1, p2, padding).max(one_sided_sdf(p2, p1, padding))
}

/// The largest half-plane distance at `point` over the sides of a convex
/// polygon, plus `padding`: at most 0 exactly when `point` lies inside the
/// polygon shrunk by `padding` (`−∞` for a polygon without vertices).
pub fn contains_convex_polygon_point<'b>(
    polygon: &[V2<'b>],
    point: V2<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    one_sided_sdf(polygon, &[-point], padding)
}

/// The overlap measure of two simple polygons over their convex parts:
/// the largest over `p1`'s parts of the smallest over `p2`'s parts.
pub fn overlapping_polygon_points<'b>(
    builder: &'b Builder,
    points1: &[V2<'b>],
    points2: &[V2<'b>],
    overlap: Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let parts1 = convex_partitions(points1)?;
    let negated: Vec<V2<'b>> = points2.iter().map(|&point| -point).collect();
    let parts2 = convex_partitions(&negated)?;
    let per_part: Vec<Num<'b>> = parts1
        .iter()
        .map(|p1| {
            let distances: Vec<Num<'b>> = parts2
                .iter()
                .map(|p2| convex_polygon_minkowski_sdf(p1, p2, -overlap))
                .collect();
            builder.min_of(&distances)
        })
        .collect();
    Ok(builder.max_of(&per_part))
}

/// An implicit ellipse `a(X − x)² + b(Y − y)² = c`.
struct ImplicitEllipse<'b> {
    a: Num<'b>,
    b: Num<'b>,
    c: Num<'b>,
    center: V2<'b>,
}

/// An implicit half-plane `aX + bY ≤ c`.
struct ImplicitHalfPlane<'b> {
    a: Num<'b>,
    b: Num<'b>,
    c: Num<'b>,
}

impl<'b> ImplicitEllipse<'b> {
    fn new(center: V2<'b>, rx: Num<'b>, ry: Num<'b>, padding: Num<'b>) -> ImplicitEllipse<'b> {
        let (rx, ry) = (rx + padding, ry + padding);
        ImplicitEllipse {
            a: ry / rx,
            b: rx / ry,
            c: rx * ry,
            center,
        }
    }

    fn at(&self, x: Num<'b>, y: Num<'b>) -> Num<'b> {
        self.a * (x - self.center.x).square() + self.b * (y - self.center.y).square() - self.c
    }
}

impl<'b> ImplicitHalfPlane<'b> {
    fn new(side: [V2<'b>; 2], inside: V2<'b>) -> ImplicitHalfPlane<'b> {
        let normal = outward_unit_normal(side, inside);
        ImplicitHalfPlane {
            a: normal.x,
            b: normal.y,
            c: normal.dot(side[0]),
        }
    }

    fn at(&self, x: Num<'b>, y: Num<'b>) -> Num<'b> {
        self.a * x + self.b * y - self.c
    }
}

/// A candidate extremum of the half-plane function over the ellipse.
fn candidate<'b>(
    ellipse: &ImplicitEllipse<'b>,
    plane: &ImplicitHalfPlane<'b>,
    lambda: Num<'b>,
) -> V2<'b> {
    let c = lambda / (2.0 * (lambda - 1.0));
    V2::new(
        ellipse.center.x + c * (plane.a / ellipse.a),
        ellipse.center.y + c * (plane.b / ellipse.b),
    )
}

fn half_plane_ellipse_sdf<'b>(
    side: [V2<'b>; 2],
    center: V2<'b>,
    rx: Num<'b>,
    ry: Num<'b>,
    inside: V2<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    let plane = ImplicitHalfPlane::new(side, inside);
    let ellipse = ImplicitEllipse::new(center, rx, ry, padding);
    let e = (ellipse.b * plane.a.square() + ellipse.a * plane.b.square())
        / (ellipse.a
            * ellipse.b
            * (4.0
                * (ellipse.center.x * plane.a
                    + ellipse.center.y * plane.b
                    + (ellipse.c - plane.c))));
    let root = (e / (1.0 + e)).sqrt();
    let point1 = candidate(&ellipse, &plane, 1.0 + root);
    let point2 = candidate(&ellipse, &plane, 1.0 - root);
    let m1 = plane
        .at(point1.x, point1.y)
        .min(plane.at(point2.x, point2.y));
    let m2 = ellipse
        .at(ellipse.center.x, ellipse.center.y)
        .max(plane.at(ellipse.center.x, ellipse.center.y));
    m1.min(m2)
}

/// The overlap measure of a convex polygon and an axis-aligned ellipse
/// (`−∞` for a polygon without vertices).
pub fn overlapping_polygon_ellipse<'b>(
    polygon: &[V2<'b>],
    center: V2<'b>,
    rx: Num<'b>,
    ry: Num<'b>,
    padding: Num<'b>,
) -> Num<'b> {
    let distances: Vec<Num<'b>> = centroid(polygon)
        .map(|inside| {
            sides(polygon)
                .into_iter()
                .map(|side| half_plane_ellipse_sdf(side, center, rx, ry, inside, padding))
                .collect()
        })
        .unwrap_or_default();
    padding.builder().max_of(&distances)
}
