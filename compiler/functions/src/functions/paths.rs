//! Path data: polylines and Bézier curves through points, arcs, splines,
//! tick marks and other path-shaped marks.

use super::Answer;
use crate::args::{Args, MAX_BUILT};
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use crate::geometry::properties;
use crate::path_builder::PathBuilder;
use kite_graph::{PathCmd, PathCommand, Value};
use kite_library::Property;
use std::f64::consts::PI;

pub fn call(name: &str, args: &Args) -> Answer {
    Some(
        match name {
            "makePath" => make_path(args),
            "pathFromPoints" => path_from_points(args),
            "quadraticCurveFromPoints" => quadratic_curve_from_points(args),
            "interpolateQuadraticFromPoints" => interpolate_quadratic(args),
            "cubicCurveFromPoints" => cubic_curve_from_points(args),
            "connectPaths" => connect_paths(args),
            "concatenatePaths" => args.paths(0).map(|paths| paths.concat()),
            "joinPaths" => args.paths(0).map(join_paths),
            "Penrose" => penrose(args),
            "interpolatingSpline" => interpolating_spline(args),
            "arc" => arc(args),
            "circularArc" => circular_arc(args),
            "repeatedArcs" => repeated_arcs(args),
            "wedge" => wedge(args),
            "ticksOnLine" => ticks_on_line(args),
            "orientedSquare" => oriented_square(args),
            "triangle" => triangle(args),
            _ => return None,
        }
        .map(Value::PathData),
    )
}

type Path = Result<Vec<PathCmd>, FunctionError>;

/// A quadratic curve from `start` to `end` bowed sideways by
/// `curveHeight`, both ends pulled in by `padding`.
fn make_path(args: &Args) -> Path {
    let (start, end) = (args.point(0)?, args.point(1)?);
    let (height, padding) = (args.real(2)?, args.real(3)?);
    let unit = (start - end).normalize();
    let normal = unit.rot90();
    let half_length = start.dist(end) / 2.0;
    let control = end.moved(half_length, unit).moved(height, normal);
    let curve_end = end.moved(padding, unit);
    Ok(PathBuilder::new()
        .move_to(start.moved(padding, -unit))
        .quadratic_to(control, curve_end)
        .finish())
}

fn at_least<'b>(
    args: &Args<'_, 'b>,
    index: usize,
    count: usize,
) -> Result<Vec<V2<'b>>, FunctionError> {
    let points = args.points(index)?;
    if points.len() < count {
        return Err(args.error(
            index,
            format!("must have at least {count} points, not {}", points.len()),
        ));
    }
    Ok(points)
}

fn close_if(path: &mut PathBuilder, closed: bool) -> Vec<PathCmd> {
    if closed {
        path.close();
    }
    path.finish()
}

/// `M p0, L p1, …` (and `Z` if closed).
fn path_from_points(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let points = at_least(args, 1, 1)?;
    let mut path = PathBuilder::new();
    path.move_to(points[0]);
    for &point in &points[1..] {
        path.line_to(point);
    }
    Ok(close_if(&mut path, closed))
}

/// `M p0, Q p1 p2`, then `T` through each further point.
fn quadratic_curve_from_points(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let points = at_least(args, 1, 3)?;
    let mut path = PathBuilder::new();
    path.move_to(points[0]).quadratic_to(points[1], points[2]);
    for &point in &points[3..] {
        path.smooth_quadratic_to(point);
    }
    Ok(close_if(&mut path, closed))
}

/// A quadratic curve through `p0`, `p1` and `p2`: its control point is
/// `2 p1 − (p0 + p2) / 2`.
fn interpolate_quadratic(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let (p0, p1, p2) = (args.point(1)?, args.point(2)?, args.point(3)?);
    let control = p1 * 2.0 - (p0 + p2) * 0.5;
    let mut path = PathBuilder::new();
    path.move_to(p0).quadratic_to(control, p2);
    Ok(close_if(&mut path, closed))
}

/// `M p0, C p1 p2 p3`, then `S` for each further (control, end) pair.
fn cubic_curve_from_points(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let points = at_least(args, 1, 4)?;
    if (points.len() - 4) % 2 != 0 {
        return Err(args.error(1, "must have an even number of points after the first four"));
    }
    let mut path = PathBuilder::new();
    path.move_to(points[0])
        .cubic_to(points[1], points[2], points[3]);
    for pair in points[4..].chunks(2) {
        path.smooth_cubic_to(pair[0], pair[1]);
    }
    Ok(close_if(&mut path, closed))
}

/// The paths one after another, each later leading move turned into a
/// line (and closed at the end if "closed").
fn connect_paths(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let mut commands = Vec::new();
    for (index, path) in args.paths(1)?.iter().enumerate() {
        for (position, command) in path.iter().enumerate() {
            let mut command = command.clone();
            if index > 0 && position == 0 && command.command == PathCommand::MoveTo {
                command.command = PathCommand::LineTo;
            }
            commands.push(command);
        }
    }
    if closed {
        commands.push(PathCmd {
            command: PathCommand::Close,
            pieces: Vec::new(),
        });
    }
    Ok(commands)
}

/// The paths one after another, dropping each later leading move (their
/// ends must already meet).
fn join_paths(paths: &[Vec<PathCmd>]) -> Vec<PathCmd> {
    paths
        .iter()
        .enumerate()
        .flat_map(|(index, path)| {
            let skip = usize::from(
                index > 0
                    && path
                        .first()
                        .is_some_and(|command| command.command == PathCommand::MoveTo),
            );
            path[skip..].iter().cloned()
        })
        .collect()
}

/// An "impossible polygon": `n` interlocking bars around a hole, the
/// Penrose triangle for `n = 3`.
fn penrose(args: &Args) -> Path {
    let builder = args.builder();
    let center = args.point(0)?;
    let (radius, hole_size, angle) = (args.real(1)?, args.real(2)?, args.real(3)?);
    let sides = args.fixed(4)?.max(3.0).floor();
    if sides > MAX_BUILT as f64 {
        return Err(args.error(4, format!("must be at most {MAX_BUILT}")));
    }
    let n = sides as usize;
    let chirality = if args.string(5)? == "cw" { 1.0 } else { -1.0 };
    let inner_radius = hole_size * radius;
    let sides = n as f64;
    let interior_angle = builder.num(PI * ((sides - 2.0) / sides));
    let half_width = (radius - inner_radius) / (4.0 * (interior_angle / 2.0).cos());
    let mut inner = Vec::with_capacity(n);
    let mut outer = Vec::with_capacity(n);
    for k in 0..n {
        let theta = angle + (2.0 * k as f64 * PI) / sides;
        let direction = V2::new(chirality * theta.sin(), theta.cos());
        inner.push(center + direction * inner_radius);
        outer.push(center + direction * radius);
    }
    let edges: Vec<V2> = (0..n)
        .map(|i| (inner[(i + 1) % n] - inner[i]).normalize())
        .collect();
    let inner_mid: Vec<V2> = (0..n).map(|i| inner[i] - edges[i] * half_width).collect();
    let outer_mid: Vec<V2> = (0..n)
        .map(|i| outer[i] - edges[(i + n - 1) % n] * half_width)
        .collect();
    let mut path = PathBuilder::new();
    for i in 0..n {
        let (j, k) = ((i + 1) % n, (i + 2) % n);
        path.move_to(outer_mid[i])
            .line_to(outer[i])
            .line_to(outer_mid[j])
            .line_to(inner_mid[k])
            .line_to(inner[k])
            .line_to(inner_mid[j])
            .close();
    }
    Ok(path.finish())
}

/// A Catmull–Rom spline through the points as cubic Béziers with tangents
/// `tension · (p[i+1] − p[i−1])`.
fn interpolating_spline(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let points = args.points(1)?;
    let tension = args.real(2)?;
    let n = points.len();
    if n < 2 {
        return Err(args.error(1, "must have at least 2 points"));
    }
    let mut tangents: Vec<V2> = (0..n)
        .map(|j| (points[(j + 1) % n] - points[(j + n - 1) % n]) * tension)
        .collect();
    if !closed {
        tangents[0] = (points[1] - points[0]) * tension;
        tangents[n - 1] = (points[n - 1] - points[n - 2]) * tension;
    }
    let mut path = PathBuilder::new();
    path.move_to(points[0]);
    let segments = if closed { n } else { n - 1 };
    for i in 0..segments {
        let j = (i + 1) % n;
        path.cubic_to(points[i] + tangents[i], points[j] - tangents[j], points[j]);
    }
    Ok(close_if(&mut path, closed))
}

/// `M start, A (rx, ry, rotation, largeArc, sweep) end`.
fn arc(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let (start, end, radii) = (args.point(1)?, args.point(2)?, args.point(3)?);
    let (rotation, large_arc, sweep) = (args.real(4)?, args.real(5)?, args.real(6)?);
    let mut path = PathBuilder::new();
    path.move_to(start)
        .arc_to(radii, end, rotation, large_arc, sweep);
    Ok(close_if(&mut path, closed))
}

/// The arc `center + r (cos t, sin t)` for `t` from `theta0` to `theta1`.
fn circular_arc(args: &Args) -> Path {
    let closed = args.closed(0)?;
    let center = args.point(1)?;
    let (r, theta0, theta1) = (args.real(2)?, args.real(3)?, args.real(4)?);
    let from = center + V2::new(r * theta0.cos(), r * theta0.sin());
    let to = center + V2::new(r * theta1.cos(), r * theta1.sin());
    let large_arc = (theta1 - theta0).abs().gt(PI).select(1.0, 0.0);
    let sweep = theta0.gt(theta1).select(1.0, 0.0);
    let zero = args.builder().num(0.0);
    let mut path = PathBuilder::new();
    path.move_to(from)
        .arc_to(V2::new(r, r), to, zero, large_arc, sweep);
    if closed {
        path.line_to(center).close();
    }
    Ok(path.finish())
}

/// `repeat` (fixed) concentric arcs, each `spacing` further out.
fn repeated_arcs(args: &Args) -> Path {
    let (inner_start, inner_end) = (args.point(0)?, args.point(1)?);
    let (outer_start, outer_end) = (args.point(2)?, args.point(3)?);
    let mut radii = args.point(4)?;
    let repeat = args.fixed_size(5)?;
    let (spacing, sweep) = (args.real(6)?, args.real(7)?);
    let start_direction = (outer_start - inner_start).normalize();
    let end_direction = (outer_end - inner_end).normalize();
    let zero = args.builder().num(0.0);
    let (mut start, mut end) = (inner_start, inner_end);
    let mut path = PathBuilder::new();
    for _ in 0..repeat {
        path.move_to(start).arc_to(radii, end, zero, zero, sweep);
        start = start.moved(spacing, start_direction);
        end = end.moved(spacing, end_direction);
        radii = radii + V2::new(spacing, spacing);
    }
    Ok(path.finish())
}

/// A pie slice: `M start, A … end, L center, Z`.
fn wedge(args: &Args) -> Path {
    let (center, start, end, radii) = (
        args.point(0)?,
        args.point(1)?,
        args.point(2)?,
        args.point(3)?,
    );
    let (rotation, large_arc, sweep) = (args.real(4)?, args.real(5)?, args.real(6)?);
    Ok(PathBuilder::new()
        .move_to(start)
        .arc_to(radii, end, rotation, large_arc, sweep)
        .line_to(center)
        .close()
        .finish())
}

/// Offsets along the segment of `count` ticks `spacing` apart, centred on
/// its midpoint.
fn tick_offsets<'b>(spacing: Num<'b>, count: usize) -> Vec<Num<'b>> {
    let even = count.is_multiple_of(2);
    let mut offsets = vec![if even {
        spacing / 2.0
    } else {
        spacing.builder().num(0.0)
    }];
    let mut direction = 1.0;
    for i in 1..count {
        if even && i == 1 {
            direction = -direction;
        }
        let step = if i.is_multiple_of(2) {
            spacing * (-(i as f64) * direction)
        } else {
            spacing * (i as f64 * direction)
        };
        offsets.push(offsets[i - 1] + step);
    }
    offsets
}

/// `numTicks` (fixed) ticks across the segment from `pt1` to `pt2`, each
/// `2 · tickLength` long.
fn ticks_on_line(args: &Args) -> Path {
    let (pt1, pt2) = (args.point(0)?, args.point(1)?);
    let spacing = args.real(2)?;
    let count = args.fixed_size(3)?;
    let tick_length = args.real(4)?;
    if count == 0 {
        return Err(args.error(3, "must be greater than 0"));
    }
    let unit = (pt2 - pt1).normalize();
    let normal = -unit.rot90();
    let middle = (pt1 + pt2) * 0.5;
    let top = middle.moved(tick_length, normal);
    let bottom = middle.moved(tick_length, -normal);
    let mut path = PathBuilder::new();
    for offset in tick_offsets(spacing, count) {
        path.move_to(top.moved(offset, unit))
            .line_to(bottom.moved(offset, unit));
    }
    Ok(path.finish())
}

/// The right-angle mark between two perpendicular Lines meeting at
/// `intersection`.
fn oriented_square(args: &Args) -> Path {
    let builder = args.builder();
    let [start_r, end_r] =
        properties::endpoints(args.shape(0)?, builder).map_err(|e| e.in_argument(0))?;
    let [start_l, end_l] =
        properties::endpoints(args.shape(1)?, builder).map_err(|e| e.in_argument(1))?;
    let intersection = args.point(2)?;
    let len = args.real(3)?;
    let direction_r = (end_r - start_r).normalize();
    let direction_l = (end_l - start_l).normalize();
    let corner_l = start_r.moved(len, direction_l);
    let corner_r = start_r.moved(len, direction_r);
    let corner_lr = corner_l + direction_r * len;
    Ok(PathBuilder::new()
        .move_to(corner_l)
        .line_to(corner_lr)
        .line_to(corner_r)
        .line_to(intersection)
        .close()
        .finish())
}

/// The closed path through the start points of three Lines.
fn triangle(args: &Args) -> Path {
    let builder = args.builder();
    let start = |index: usize| {
        properties::point(args.shape(index)?, Property::Start, builder)
            .map_err(|e| e.in_argument(index))
    };
    Ok(PathBuilder::new()
        .move_to(start(0)?)
        .line_to(start(1)?)
        .line_to(start(2)?)
        .close()
        .finish())
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close};
    use kite_graph::{PathCmd, PathPiece, Value};

    /// Each command as its letter and its numbers.
    fn commands(h: &Harness, value: &Value) -> Vec<(char, Vec<f64>)> {
        let Value::PathData(commands) = value else {
            panic!("not path data: {value:?}");
        };
        commands
            .iter()
            .map(|PathCmd { command, pieces }| {
                let numbers = pieces
                    .iter()
                    .flat_map(|piece| match piece {
                        PathPiece::Point(p) => p.to_vec(),
                        PathPiece::Values(v) => v.clone(),
                    })
                    .map(|s| h.value_of(s))
                    .collect();
                (command.letter(), numbers)
            })
            .collect()
    }

    fn letters(h: &Harness, value: &Value) -> String {
        commands(h, value)
            .iter()
            .map(|(letter, _)| *letter)
            .collect()
    }

    #[test]
    fn paths_through_points() {
        let mut h = Harness::new();
        let open = Value::Str("open".into());
        let closed = Value::Str("closed".into());
        let three = h.points(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0)]);
        let polyline = h
            .call("pathFromPoints", &[open.clone(), three.clone()])
            .unwrap();
        assert_eq!(
            commands(&h, &polyline),
            vec![
                ('M', vec![0.0, 0.0]),
                ('L', vec![1.0, 0.0]),
                ('L', vec![1.0, 1.0])
            ]
        );
        let polygon = h
            .call("pathFromPoints", &[closed.clone(), three.clone()])
            .unwrap();
        assert_eq!(letters(&h, &polygon), "MLLZ");
        let four = h.points(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (2.0, 2.0)]);
        let quadratic = h
            .call("quadraticCurveFromPoints", &[open.clone(), four.clone()])
            .unwrap();
        assert_eq!(letters(&h, &quadratic), "MQT");
        let cubic = h
            .call("cubicCurveFromPoints", &[open.clone(), four])
            .unwrap();
        assert_eq!(letters(&h, &cubic), "MC");
        let six = h.points(&[
            (0.0, 0.0),
            (1.0, 0.0),
            (1.0, 1.0),
            (2.0, 2.0),
            (3.0, 3.0),
            (4.0, 4.0),
        ]);
        let smooth = h
            .call("cubicCurveFromPoints", &[open.clone(), six])
            .unwrap();
        assert_eq!(letters(&h, &smooth), "MCS");
        let args = [
            open.clone(),
            h.vector(&[0.0, 0.0]),
            h.vector(&[1.0, 1.0]),
            h.vector(&[2.0, 0.0]),
        ];
        let through = h.call("interpolateQuadraticFromPoints", &args).unwrap();
        assert_eq!(commands(&h, &through)[1], ('Q', vec![1.0, 2.0, 2.0, 0.0]));
        let tension = h.float(0.25);
        let spline = h
            .call(
                "interpolatingSpline",
                &[open, three.clone(), tension.clone()],
            )
            .unwrap();
        assert_eq!(
            commands(&h, &spline)[1],
            ('C', vec![0.25, 0.0, 0.75, -0.25, 1.0, 0.0])
        );
        let loop_spline = h
            .call("interpolatingSpline", &[closed, three, tension])
            .unwrap();
        assert_eq!(letters(&h, &loop_spline), "MCCCZ");
    }

    #[test]
    fn joining_paths() {
        let mut h = Harness::new();
        let open = Value::Str("open".into());
        let first = h.points(&[(0.0, 0.0), (1.0, 0.0)]);
        let second = h.points(&[(1.0, 0.0), (1.0, 1.0)]);
        let a = h.call("pathFromPoints", &[open.clone(), first]).unwrap();
        let b = h.call("pathFromPoints", &[open, second]).unwrap();
        let (Value::PathData(a), Value::PathData(b)) = (a, b) else {
            panic!("paths")
        };
        let list = Value::PathDataList(vec![a, b]);
        let concatenated = h
            .call("concatenatePaths", std::slice::from_ref(&list))
            .unwrap();
        assert_eq!(letters(&h, &concatenated), "MLML");
        let joined = h.call("joinPaths", std::slice::from_ref(&list)).unwrap();
        assert_eq!(letters(&h, &joined), "MLL");
        let connected = h
            .call("connectPaths", &[Value::Str("closed".into()), list])
            .unwrap();
        assert_eq!(letters(&h, &connected), "MLLLZ");
    }

    #[test]
    fn arcs_and_wedges() {
        let mut h = Harness::new();
        let open = Value::Str("open".into());
        let args = [
            open.clone(),
            h.vector(&[0.0, 0.0]),
            h.vector(&[10.0, 0.0]),
            h.vector(&[5.0, 5.0]),
            h.float(0.0),
            h.float(1.0),
            h.float(0.0),
        ];
        let arc = h.call("arc", &args).unwrap();
        assert_eq!(
            commands(&h, &arc),
            vec![
                ('M', vec![0.0, 0.0]),
                ('A', vec![5.0, 5.0, 0.0, 1.0, 0.0, 10.0, 0.0])
            ]
        );
        let wedge_args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[1.0, 0.0]),
            h.vector(&[0.0, 1.0]),
            h.vector(&[1.0, 1.0]),
            h.float(0.0),
            h.float(0.0),
            h.float(0.0),
        ];
        let wedge = h.call("wedge", &wedge_args).unwrap();
        assert_eq!(letters(&h, &wedge), "MALZ");
        let circular_args = [
            Value::Str("closed".into()),
            h.vector(&[0.0, 0.0]),
            h.float(2.0),
            h.float(0.0),
            h.float(std::f64::consts::PI * 1.5),
        ];
        let circular = h.call("circularArc", &circular_args).unwrap();
        let parts = commands(&h, &circular);
        assert_eq!(letters(&h, &circular), "MALZ");
        assert_close(&parts[1].1, &[2.0, 2.0, 0.0, 1.0, 0.0, 0.0, -2.0]);
        let repeated_args = [
            h.vector(&[1.0, 0.0]),
            h.vector(&[0.0, 1.0]),
            h.vector(&[2.0, 0.0]),
            h.vector(&[0.0, 2.0]),
            h.vector(&[1.0, 1.0]),
            h.float(2.0),
            h.float(0.5),
            h.float(0.0),
        ];
        let repeated = h.call("repeatedArcs", &repeated_args).unwrap();
        let parts = commands(&h, &repeated);
        assert_eq!(letters(&h, &repeated), "MAMA");
        assert_close(&parts[3].1[..2], &[1.5, 1.5]);
    }

    #[test]
    fn marks() {
        let mut h = Harness::new();
        let args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[10.0, 0.0]),
            h.float(2.0),
            h.float(2.0),
            h.float(1.0),
        ];
        let ticks = h.call("ticksOnLine", &args).unwrap();
        let parts = commands(&h, &ticks);
        assert_eq!(letters(&h, &ticks), "MLML");
        let scale = 10.0 / (10.0 + 1e-5);
        assert_close(&parts[0].1, &[5.0 + scale, -scale]);
        assert_close(&parts[1].1, &[5.0 + scale, scale]);
        assert_close(&parts[2].1, &[5.0 - scale, -scale]);
        let make = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[10.0, 0.0]),
            h.float(3.0),
            h.float(1.0),
        ];
        let curve = h.call("makePath", &make).unwrap();
        assert_eq!(letters(&h, &curve), "MQ");
        let l1 = h.line((0.0, 0.0), (1.0, 0.0));
        let l2 = h.line((1.0, 0.0), (0.0, 1.0));
        let l3 = h.line((0.0, 1.0), (0.0, 0.0));
        let triangle = h.call("triangle", &[l1.clone(), l2, l3.clone()]).unwrap();
        assert_eq!(
            commands(&h, &triangle),
            vec![
                ('M', vec![0.0, 0.0]),
                ('L', vec![1.0, 0.0]),
                ('L', vec![0.0, 1.0]),
                ('Z', vec![])
            ]
        );
        let square_args = [
            l1,
            h.line((0.0, 0.0), (0.0, 1.0)),
            h.vector(&[0.0, 0.0]),
            h.float(1.0),
        ];
        let square = h.call("orientedSquare", &square_args).unwrap();
        assert_eq!(letters(&h, &square), "MLLLZ");
        let penrose_args = [
            h.vector(&[0.0, 0.0]),
            h.float(50.0),
            h.float(0.35),
            h.float(0.0),
            h.float(3.0),
            Value::Str("ccw".into()),
        ];
        let penrose = h.call("Penrose", &penrose_args).unwrap();
        assert_eq!(letters(&h, &penrose), "MLLLLLZ".repeat(3));
    }
}
