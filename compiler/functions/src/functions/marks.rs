//! Points for annotation marks: label offsets, chevrons, right-angle and
//! unit marks, and arc sweep flags.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::V2;
use crate::geometry::properties;
use crate::values::{float, point, point_list};
use kite_graph::{Shape, Value};

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "midpointOffset" => midpoint_offset(args),
        "chevron" => chevron(args),
        "innerPointOffset" => inner_point_offset(args),
        "unitMark" => unit_mark(args),
        "unitMark2" => unit_mark_cap(args),
        "arcSweepFlag" => arc_sweep_flag(args),
        _ => return None,
    })
}

fn line<'b>(args: &Args<'_, 'b>, index: usize) -> Result<[V2<'b>; 2], FunctionError> {
    let shape: &Shape = args.shape(index)?;
    properties::endpoints(shape, args.builder()).map_err(|e| e.in_argument(index))
}

/// The midpoint of a Line moved `padding` along its left normal, as a
/// tuple.
fn midpoint_offset(args: &Args) -> Result<Value, FunctionError> {
    let [start, end] = line(args, 0)?;
    let padding = args.real(1)?;
    let normal = (end - start).normalize().rot90();
    let p = ((start + end) * 0.5).moved(padding, normal);
    Ok(Value::Tuple([p.x.scalar(), p.y.scalar()]))
}

/// Two segments meeting at right angles at a Line's midpoint.
fn chevron(args: &Args) -> Result<Value, FunctionError> {
    let [start, end] = line(args, 0)?;
    let padding = args.real(1)?;
    let direction = (end - start).normalize();
    let center = (start + end) * 0.5;
    Ok(point_list(&[
        center.moved(padding, direction.rotate_degrees(135.0)),
        center,
        center.moved(padding, direction.rotate_degrees(225.0)),
    ]))
}

/// The inner corner of a right-angle mark at `pt1` between the rays to
/// `pt2` and `pt3`.
fn inner_point_offset(args: &Args) -> Result<Value, FunctionError> {
    let (pt1, pt2, pt3) = (args.point(0)?, args.point(1)?, args.point(2)?);
    let padding = args.real(3)?;
    let towards_first = (pt2 - pt1).normalize();
    let normal = -towards_first.rot90();
    let reference = pt1.moved(padding, towards_first);
    let positive = reference.moved(padding, normal);
    let negative = reference.moved(padding, -normal);
    let end = pt1.moved(padding, (pt3 - pt1).normalize());
    let into_end = (positive - end).normalize();
    let parallel = towards_first.dot(into_end).gt(0.95);
    Ok(point(V2::select(parallel, positive, negative)))
}

/// The endpoints of Line `s1` moved `padding` against the direction of
/// Line `s2`.
fn unit_mark(args: &Args) -> Result<Value, FunctionError> {
    let [start1, end1] = line(args, 0)?;
    let [start2, end2] = line(args, 1)?;
    let padding = args.real(2)?;
    let away = -(end2 - start2).normalize();
    Ok(point_list(&[
        start1.moved(padding, away),
        end1.moved(padding, away),
    ]))
}

/// The two ends of a cap `±size` across the start (`t = "start"`) or end
/// of a segment.
fn unit_mark_cap(args: &Args) -> Result<Value, FunctionError> {
    let [start, end]: [V2; 2] = args.points_of(0, 2)?.try_into().expect("two points");
    let base = if args.string(1)? == "start" {
        start
    } else {
        end
    };
    let size = args.real(2)?;
    let normal = (end - start).normalize().rot90();
    Ok(point_list(&[
        base.moved(size, normal),
        base.moved(-size, normal),
    ]))
}

/// `0` if turning from `start` to `end` about the centre is
/// counterclockwise, else `1`.
fn arc_sweep_flag(args: &Args) -> Result<Value, FunctionError> {
    let (center, start, end) = (args.point(0)?, args.point(1)?, args.point(2)?);
    let from = (start - center).normalize();
    let to = (end - center).normalize();
    Ok(float(from.cross(to).gt(0.0).select(0.0, 1.0)))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{
        Harness, assert_close, assert_rows_close, float_value, numbers, rows,
    };
    use kite_graph::Value;

    #[test]
    fn marks_on_lines() {
        let mut h = Harness::new();
        let line = h.line((0.0, 0.0), (10.0, 0.0));
        let padding = h.float(2.0);
        let offset = h
            .call("midpointOffset", &[line.clone(), padding.clone()])
            .unwrap();
        assert!(matches!(offset, Value::Tuple(_)));
        let s = 10.0 / (10.0 + 1e-5);
        assert_close(&numbers(&h, &offset), &[5.0, 2.0 * s]);
        let chevron = h.call("chevron", &[line.clone(), padding.clone()]).unwrap();
        let r = 2.0 * s * std::f64::consts::FRAC_1_SQRT_2;
        assert_rows_close(
            &rows(&h, &chevron),
            &[&[5.0 - r, r], &[5.0, 0.0], &[5.0 - r, -r]],
        );
        let across = h.line((0.0, 0.0), (0.0, 10.0));
        let mark = h.call("unitMark", &[line, across, padding]).unwrap();
        assert_rows_close(&rows(&h, &mark), &[&[0.0, -2.0 * s], &[10.0, -2.0 * s]]);
        let segment = h.points(&[(0.0, 0.0), (10.0, 0.0)]);
        let one = h.float(1.0);
        let cap = h
            .call("unitMark2", &[segment, Value::Str("end".into()), one])
            .unwrap();
        assert_rows_close(&rows(&h, &cap), &[&[10.0, s], &[10.0, -s]]);
    }

    #[test]
    fn corner_marks() {
        let mut h = Harness::new();
        let args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[10.0, 0.0]),
            h.vector(&[0.0, 10.0]),
            h.float(2.0),
        ];
        let corner = h.call("innerPointOffset", &args).unwrap();
        let s = 10.0 / (10.0 + 1e-5);
        assert_close(&numbers(&h, &corner), &[2.0 * s, 2.0 * s]);
        let sweep_args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[1.0, 0.0]),
            h.vector(&[0.0, 1.0]),
        ];
        let ccw = h.call("arcSweepFlag", &sweep_args).unwrap();
        assert_eq!(float_value(&h, &ccw), 0.0);
        let reversed = [
            sweep_args[0].clone(),
            sweep_args[2].clone(),
            sweep_args[1].clone(),
        ];
        let cw = h.call("arcSweepFlag", &reversed).unwrap();
        assert_eq!(float_value(&h, &cw), 1.0);
    }
}
