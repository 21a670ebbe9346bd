//! Measures of polygonal chains (`points`, `closed`) and the vectors and
//! curves derived from them.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Builder, Num};
use crate::geometry::curves;
use crate::values::{float, list, list_of_lists};
use kite_graph::Value;

type Points<'b> = Vec<Vec<Num<'b>>>;

/// A derivation of one vector per point from a chain.
type Derive<'b> = fn(&'b Builder, &[Vec<Num<'b>>], bool) -> Result<Points<'b>, FunctionError>;

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "signedArea" => planar(args).map(|(b, p, c)| float(curves::signed_area(b, &p, c))),
        "turningNumber" => chain(args).map(|(b, p, c)| float(curves::turning_number(b, &p, c))),
        "perimeter" => chain(args).map(|(b, p, c)| float(curves::perimeter(b, &p, c))),
        "isoperimetricRatio" => {
            planar(args).map(|(b, p, c)| float(curves::isoperimetric_ratio(b, &p, c)))
        }
        "elasticEnergy" => {
            chain(args).map(|(b, p, c)| float(curves::elastic_energy(b, &p, c, None)))
        }
        "totalCurvature" => chain(args)
            .and_then(|(b, p, c)| Ok(float(curves::total_curvature(b, &p, c, args.boolean(2)?)))),
        "lengthK" => {
            chain(args).and_then(|(b, p, c)| Ok(float(curves::length_k(b, &p, c, args.real(2)?))))
        }
        "maxCurvature" => chain(args).map(|(b, p, c)| float(curves::max_curvature(b, &p, c))),
        "pElasticEnergy" => chain(args)
            .and_then(|(b, p, c)| Ok(float(curves::elastic_energy(b, &p, c, Some(args.real(2)?))))),
        "inflectionEnergy" => chain(args)
            .and_then(|(b, p, c)| Ok(float(curves::inflection_energy(b, &p, c, args.real(2)?)))),
        "tangentVectors" => vectors(args, curves::tangent_vectors),
        "normalVectors" => vectors(args, curves::normal_vectors),
        "binormalVectors" => vectors(args, curves::binormal_vectors),
        "evoluteCurve" => vectors(args, curves::evolute_curve),
        "offsetCurve" => chain(args).and_then(|(b, p, c)| {
            let offset =
                curves::offset_curve(b, &p, c, args.real(2)?).map_err(|e| e.in_argument(0))?;
            Ok(list_of_lists(&offset))
        }),
        "curvatures" => chain(args).and_then(|(b, p, c)| {
            let kappas = curves::curvatures(b, &p, c).map_err(|e| e.in_argument(0))?;
            Ok(list(&kappas))
        }),
        _ => return None,
    })
}

/// The chain's builder, points and `closed` flag.
fn chain<'b>(args: &Args<'_, 'b>) -> Result<(&'b Builder, Points<'b>, bool), FunctionError> {
    Ok((args.builder(), args.rows(0)?, args.boolean(1)?))
}

/// A chain of 2D points.
fn planar<'b>(args: &Args<'_, 'b>) -> Result<(&'b Builder, Points<'b>, bool), FunctionError> {
    let (builder, points, closed) = chain(args)?;
    if points.iter().any(|point| point.len() != 2) {
        return Err(args.error(0, "must be a list of 2D points"));
    }
    Ok((builder, points, closed))
}

fn vectors<'b>(args: &Args<'_, 'b>, derive: Derive<'b>) -> Result<Value, FunctionError> {
    let (builder, points, closed) = chain(args)?;
    let derived = derive(builder, &points, closed).map_err(|e| e.in_argument(0))?;
    Ok(list_of_lists(&derived))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close, float_value, numbers, rows};
    use kite_graph::Value;
    use std::f64::consts::PI;

    #[test]
    fn measures_of_a_square() {
        let mut h = Harness::new();
        let square = h.points(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        let closed = Value::Bool(true);
        let open = Value::Bool(false);
        let check = |h: &mut Harness, name: &str, args: &[Value], expected: f64| {
            let value = h.call(name, args).unwrap();
            assert!(
                (float_value(h, &value) - expected).abs() < 1e-9,
                "{name}: {}",
                float_value(h, &value)
            );
        };
        check(&mut h, "signedArea", &[square.clone(), closed.clone()], 1.0);
        check(&mut h, "perimeter", &[square.clone(), closed.clone()], 4.0);
        check(&mut h, "perimeter", &[square.clone(), open.clone()], 3.0);
        check(
            &mut h,
            "isoperimetricRatio",
            &[square.clone(), closed.clone()],
            16.0,
        );
        check(
            &mut h,
            "turningNumber",
            &[square.clone(), closed.clone()],
            1.0,
        );
        let signed = Value::Bool(false);
        check(
            &mut h,
            "totalCurvature",
            &[square.clone(), closed.clone(), signed],
            2.0 * PI,
        );
        let two = h.float(2.0);
        check(
            &mut h,
            "lengthK",
            &[square.clone(), closed.clone(), two.clone()],
            4.0,
        );
        let steiner = 2.0 * (PI / 4.0).sin();
        check(
            &mut h,
            "elasticEnergy",
            &[square.clone(), closed.clone()],
            4.0 * steiner * steiner * 0.5,
        );
        check(
            &mut h,
            "pElasticEnergy",
            &[square.clone(), closed.clone(), two.clone()],
            4.0 * steiner * steiner * 0.5,
        );
        check(
            &mut h,
            "inflectionEnergy",
            &[square.clone(), closed.clone(), two],
            0.0,
        );
        check(
            &mut h,
            "maxCurvature",
            &[square.clone(), closed.clone()],
            steiner / 2f64.sqrt(),
        );
    }

    #[test]
    fn derived_vectors() {
        let mut h = Harness::new();
        let square = h.points(&[(0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0)]);
        let closed = Value::Bool(true);
        let tangents = h
            .call("tangentVectors", &[square.clone(), closed.clone()])
            .unwrap();
        let t = rows(&h, &tangents);
        let s = 1.0 / (2f64.sqrt() + 1e-5);
        assert_close(&t[0], &[s, -s]);
        let normals = h
            .call("normalVectors", &[square.clone(), closed.clone()])
            .unwrap();
        assert_close(&rows(&h, &normals)[0], &[s, s]);
        let half = h.float(0.5);
        let offset = h
            .call("offsetCurve", &[square.clone(), closed.clone(), half])
            .unwrap();
        assert_close(&rows(&h, &offset)[0], &[0.5 * s, 0.5 * s]);
        let kappas = h
            .call("curvatures", &[square.clone(), closed.clone()])
            .unwrap();
        assert!(matches!(kappas, Value::List(_)));
        assert_eq!(numbers(&h, &kappas).len(), 4);
        let evolute = h.call("evoluteCurve", &[square, closed.clone()]).unwrap();
        assert_eq!(rows(&h, &evolute).len(), 4);
        let helix = h.matrix(&[
            &[1.0, 0.0, 0.0],
            &[0.0, 1.0, 0.5],
            &[-1.0, 0.0, 1.0],
            &[0.0, -1.0, 1.5],
        ]);
        let binormals = h
            .call("binormalVectors", &[helix, Value::Bool(false)])
            .unwrap();
        assert_eq!(rows(&h, &binormals).len(), 4);
        let flat = h.points(&[(0.0, 0.0), (1.0, 0.0)]);
        assert!(h.call("binormalVectors", &[flat, closed]).is_err());
    }
}
