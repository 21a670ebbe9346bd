//! Splitting a simple polygon into convex parts (ear-clipping
//! triangulation, then Hertel–Mehlhorn merging, as the `poly-partition`
//! package Penrose uses). The split is computed once from the vertices'
//! initial values and then reused for the symbolic vertices, so it stays
//! fixed while the layout is optimised.

use crate::error::FunctionError;
use crate::expr::V2;
use std::cmp::Ordering;

/// A vertex by its initial position and its index in the input.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: f64,
    y: f64,
    index: usize,
}

impl Point {
    fn same_place(self, other: Point) -> bool {
        self.x == other.x && self.y == other.y
    }
}

/// Twice the signed area of `a, b, c`, negative when they turn left.
fn area(a: Point, b: Point, c: Point) -> f64 {
    (b.y - a.y) * (c.x - b.x) - (b.x - a.x) * (c.y - b.y)
}

/// Whether the corner at `b` of a counterclockwise polygon is convex.
fn is_convex(a: Point, b: Point, c: Point) -> bool {
    area(a, b, c) < 0.0
}

fn is_clockwise(polygon: &[Point]) -> bool {
    let n = polygon.len();
    let sum: f64 = (0..n)
        .map(|i| {
            let (p1, p2) = (polygon[i], polygon[(i + 1) % n]);
            (p2.x - p1.x) * (p2.y + p1.y)
        })
        .sum();
    sum > 0.0
}

/// The convex parts of the polygon `points` (none of them empty);
/// triangles and smaller are their own single part.
pub fn convex_partitions<'b>(points: &[V2<'b>]) -> Result<Vec<Vec<V2<'b>>>, FunctionError> {
    if points.is_empty() {
        return Err(FunctionError::new("a polygon needs at least one point"));
    }
    if points.len() <= 3 {
        return Ok(vec![points.to_vec()]);
    }
    let mut contour: Vec<Point> = points
        .iter()
        .enumerate()
        .map(|(index, point)| Point {
            x: point.x.value(),
            y: point.y.value(),
            index,
        })
        .collect();
    if is_clockwise(&contour) {
        contour.reverse();
    }
    let parts = convex_partition(&contour)?;
    Ok(parts
        .into_iter()
        .map(|part| part.into_iter().map(|point| points[point.index]).collect())
        .collect())
}

fn convex_partition(polygon: &[Point]) -> Result<Vec<Vec<Point>>, FunctionError> {
    let n = polygon.len();
    let convex =
        (0..n).all(|i| is_convex(polygon[(i + n - 1) % n], polygon[i], polygon[(i + 1) % n]));
    if convex {
        return Ok(vec![polygon.to_vec()]);
    }
    let mut triangles = Triangulation::new(polygon).triangulate()?;
    let mut parts = Vec::new();
    while !triangles.is_empty() {
        let mut part = triangles.remove(0);
        let mut i = 0;
        while i < part.len() {
            if let Some(merged) = merge_across(&part, i, &mut triangles) {
                part = merged;
                i = 0;
            } else {
                i += 1;
            }
        }
        parts.push(part);
    }
    Ok(parts)
}

/// Merges the triangle on the other side of the edge of `part` starting at
/// vertex `i`, if there is one and the union stays convex at both ends of
/// the edge.
fn merge_across(part: &[Point], i: usize, triangles: &mut Vec<Vec<Point>>) -> Option<Vec<Point>> {
    let n = part.len();
    let (diagonal_start, diagonal_end) = (part[i], part[(i + 1) % n]);
    let (position, apex) = triangles
        .iter()
        .enumerate()
        .find_map(|(position, triangle)| {
            (0..3).find_map(|k| {
                let shares_edge = diagonal_start.same_place(triangle[(k + 1) % 3])
                    && diagonal_end.same_place(triangle[k]);
                shares_edge.then_some((position, triangle[(k + 2) % 3]))
            })
        })?;
    if area(part[(i + n - 1) % n], diagonal_start, apex) > 0.0 {
        return None;
    }
    if area(apex, diagonal_end, part[(i + 2) % n]) > 0.0 {
        return None;
    }
    let mut merged: Vec<Point> = (1..n).map(|k| part[(i + k) % n]).collect();
    merged.extend([diagonal_start, apex]);
    triangles.remove(position);
    Some(merged)
}

/// A vertex of the shrinking polygon during ear clipping.
#[derive(Clone, Copy, Debug)]
struct Vertex {
    point: Point,
    active: bool,
    convex: bool,
    ear: bool,
    /// The cosine of the corner angle; the most extruded ear is clipped
    /// first.
    angle_cos: f64,
    previous: usize,
    next: usize,
    stale: bool,
}

struct Triangulation {
    vertices: Vec<Vertex>,
}

impl Triangulation {
    fn new(polygon: &[Point]) -> Triangulation {
        let n = polygon.len();
        let vertices = polygon
            .iter()
            .enumerate()
            .map(|(i, &point)| Vertex {
                point,
                active: true,
                convex: false,
                ear: false,
                angle_cos: 0.0,
                previous: (i + n - 1) % n,
                next: (i + 1) % n,
                stale: true,
            })
            .collect();
        Triangulation { vertices }
    }

    fn corner(&self, v: usize) -> (Point, Point, Point) {
        let vertex = self.vertices[v];
        (
            self.vertices[vertex.previous].point,
            vertex.point,
            self.vertices[vertex.next].point,
        )
    }

    fn update(&mut self, v: usize) {
        if !self.vertices[v].stale {
            return;
        }
        let (v1, v2, v3) = self.corner(v);
        let convex = is_convex(v1, v2, v3);
        let (ax, ay) = (v1.x - v2.x, v1.y - v2.y);
        let (bx, by) = (v3.x - v2.x, v3.y - v2.y);
        let (a_length, b_length) = (ax.hypot(ay), bx.hypot(by));
        let angle_cos = (ax / a_length) * (bx / b_length) + (ay / a_length) * (by / b_length);
        let ear = convex && self.no_vertex_inside(v, v1, v2, v3);
        let vertex = &mut self.vertices[v];
        vertex.stale = false;
        vertex.convex = convex;
        vertex.angle_cos = angle_cos;
        vertex.ear = ear;
    }

    /// Whether no other active vertex lies in (or on an edge of, reaching
    /// inside) the triangle `v1, v2, v3` at vertex `v`.
    fn no_vertex_inside(&self, v: usize, v1: Point, v2: Point, v3: Point) -> bool {
        let blocks_edge = |other: &Vertex, from: Point, to: Point| {
            area(from, self.vertices[other.previous].point, to) > 0.0
                || area(from, self.vertices[other.next].point, to) > 0.0
        };
        self.vertices.iter().enumerate().all(|(index, other)| {
            if !other.active || index == v {
                return true;
            }
            let p = other.point;
            if v1.same_place(p) || v2.same_place(p) || v3.same_place(p) {
                return true;
            }
            let (a, b, c) = (area(v1, p, v2), area(v2, p, v3), area(v3, p, v1));
            if a > 0.0 && b > 0.0 && c > 0.0 {
                return false;
            }
            if a == 0.0 && b >= 0.0 && c >= 0.0 && blocks_edge(other, v1, v2) {
                return false;
            }
            if b == 0.0 && a >= 0.0 && c >= 0.0 && blocks_edge(other, v2, v3) {
                return false;
            }
            !(c == 0.0 && a >= 0.0 && b >= 0.0 && blocks_edge(other, v3, v1))
        })
    }

    fn unlink(&mut self, v: usize) {
        let Vertex { previous, next, .. } = self.vertices[v];
        self.vertices[v].active = false;
        self.vertices[previous].next = next;
        self.vertices[next].previous = previous;
        self.vertices[previous].stale = true;
        self.vertices[next].stale = true;
    }

    /// Drops vertices that repeat their successor or lie on the line
    /// through their neighbours, walking the ring from `start`.
    fn remove_degenerate(&mut self, start: usize) {
        let mut current = start;
        let mut end = start;
        loop {
            let (previous, point, next) = self.corner(current);
            if point.same_place(next) || area(previous, point, next) == 0.0 {
                let Vertex { previous, next, .. } = self.vertices[current];
                self.unlink(current);
                if current == next {
                    break;
                }
                end = previous;
                current = next;
                continue;
            }
            current = self.vertices[current].next;
            if current == end {
                break;
            }
        }
    }

    fn triangulate(mut self) -> Result<Vec<Vec<Point>>, FunctionError> {
        let n = self.vertices.len();
        let mut triangles = Vec::new();
        for v in 0..n {
            self.update(v);
        }
        for round in 0..n - 3 {
            let ear = (0..n)
                .filter(|&v| self.vertices[v].active && self.vertices[v].ear)
                .fold(None, |best: Option<usize>, v| match best {
                    Some(b)
                        if self.vertices[v]
                            .angle_cos
                            .partial_cmp(&self.vertices[b].angle_cos)
                            != Some(Ordering::Greater) =>
                    {
                        Some(b)
                    }
                    _ => Some(v),
                });
            let Some(ear) = ear else {
                let degenerate = (0..n).filter(|&v| self.vertices[v].active).all(|v| {
                    let (a, b, c) = self.corner(v);
                    area(a, b, c).abs() <= 1e-5
                });
                if !degenerate {
                    return Err(FunctionError::new(
                        "cannot split the polygon into convex parts: it may intersect itself",
                    ));
                }
                break;
            };
            let (a, b, c) = self.corner(ear);
            triangles.push(vec![a, b, c]);
            let next = self.vertices[ear].next;
            self.unlink(ear);
            self.remove_degenerate(next);
            if round == n - 4 {
                break;
            }
            for v in 0..n {
                self.update(v);
            }
        }
        for v in 0..n {
            if self.vertices[v].active {
                let Vertex { previous, next, .. } = self.vertices[v];
                self.vertices[previous].active = false;
                self.vertices[next].active = false;
                let (a, b, c) = self.corner(v);
                if area(a, b, c).abs() > 1e-5 {
                    triangles.push(vec![a, b, c]);
                }
            }
        }
        Ok(triangles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::expr::Builder;

    fn polygon<'b>(builder: &'b Builder, points: &[(f64, f64)]) -> Vec<V2<'b>> {
        points
            .iter()
            .map(|&(x, y)| V2::new(builder.num(x), builder.num(y)))
            .collect()
    }

    fn coordinates(parts: &[Vec<V2<'_>>]) -> Vec<Vec<(f64, f64)>> {
        parts
            .iter()
            .map(|part| part.iter().map(|p| (p.x.value(), p.y.value())).collect())
            .collect()
    }

    #[test]
    fn convex_polygons_are_one_part() {
        let builder = Builder::default();
        let square = polygon(&builder, &[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        assert_eq!(convex_partitions(&square).unwrap().len(), 1);
    }

    #[test]
    fn a_concave_l_splits_into_two_convex_parts() {
        let builder = Builder::default();
        let l_shape = polygon(
            &builder,
            &[
                (0.0, 0.0),
                (3.0, 0.0),
                (3.0, 1.0),
                (1.0, 1.0),
                (1.0, 3.0),
                (0.0, 3.0),
            ],
        );
        let parts = convex_partitions(&l_shape).unwrap();
        assert_eq!(parts.len(), 2, "{:?}", coordinates(&parts));
        for part in coordinates(&parts) {
            let contour: Vec<Point> = part
                .iter()
                .map(|&(x, y)| Point { x, y, index: 0 })
                .collect();
            let n = contour.len();
            assert!((0..n).all(|i| area(
                contour[(i + n - 1) % n],
                contour[i],
                contour[(i + 1) % n]
            ) <= 0.0));
        }
    }

    #[test]
    fn clockwise_input_is_reversed_first() {
        let builder = Builder::default();
        let l_shape = polygon(
            &builder,
            &[
                (0.0, 3.0),
                (1.0, 3.0),
                (1.0, 1.0),
                (3.0, 1.0),
                (3.0, 0.0),
                (0.0, 0.0),
            ],
        );
        assert_eq!(convex_partitions(&l_shape).unwrap().len(), 2);
    }

    const HM83: [(f64, f64); 19] = [
        (-316.39758, -117.40885),
        (-291.04166, -57.877602),
        (-243.63715, -24.804688),
        (-189.61806, -74.414062),
        (-155.4427, 9.921875),
        (-173.63281, 78.823784),
        (-202.29601, 136.15016),
        (-257.41754, 167.01823),
        (-301.51477, 164.81337),
        (-359.94357, 147.72569),
        (-54.570312, 355.53384),
        (288.28558, 232.61285),
        (241.43228, 148.82812),
        (151.5842, 66.145836),
        (186.31076, 8.8194437),
        (269.54428, -59.53125),
        (219.38368, -151.03297),
        (14.882812, -128.98438),
        (-224.34462, -165.36458),
    ];

    /// The parts as indices into `points` (matching coordinates).
    fn part_indices(points: &[(f64, f64)]) -> Vec<Vec<usize>> {
        let builder = Builder::default();
        let polygon = polygon(&builder, points);
        coordinates(&convex_partitions(&polygon).unwrap())
            .iter()
            .map(|part| {
                part.iter()
                    .map(|p| points.iter().position(|q| q == p).unwrap())
                    .collect()
            })
            .collect()
    }

    #[test]
    fn matches_poly_partition_on_figure_1_of_hertel_mehlhorn() {
        assert_eq!(
            part_indices(&HM83),
            vec![
                vec![10, 9, 8],
                vec![10, 8, 7],
                vec![10, 7, 6, 13, 12, 11],
                vec![13, 6, 5],
                vec![13, 5, 4, 17, 16, 14],
                vec![2, 1, 0, 18, 3],
                vec![3, 18, 17, 4],
                vec![14, 16, 15],
            ]
        );
        let flipped = HM83.map(|(x, y)| (x, -y));
        assert_eq!(
            part_indices(&flipped),
            vec![
                vec![8, 9, 10],
                vec![7, 8, 10],
                vec![12, 13, 6, 7, 10, 11],
                vec![5, 6, 13],
                vec![16, 17, 4, 5, 13, 14],
                vec![18, 0, 1, 2, 3],
                vec![17, 18, 3, 4],
                vec![16, 14, 15],
            ]
        );
    }

    #[test]
    fn matches_poly_partition_on_a_yin_yang() {
        let points = [
            (-41.942347636454556, -334.57387855868393),
            (-28.8732769036464, -514.3771026404029),
            (69.71110339328084, -340.36239072939577),
            (-104.30360851772633, -241.77801043246853),
            (-91.23453778491817, -421.58123451418754),
            (-66.58844271068637, -378.07755653643574),
        ];
        assert_eq!(
            part_indices(&points),
            vec![vec![3, 4, 5, 0], vec![0, 1, 2], vec![0, 2, 3]]
        );
    }
}
