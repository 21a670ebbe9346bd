//! Functions of numbers: elementary functions, and reductions of a vector
//! to one number.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;
use crate::values::float;
use kite_graph::Value;
use std::f64::consts::{E, PI};

fn unary<'b>(name: &str) -> Option<fn(Num<'b>) -> Num<'b>> {
    let f: fn(Num<'b>) -> Num<'b> = match name {
        "acosh" => Num::acosh,
        "acos" => Num::acos,
        "asin" => Num::asin,
        "asinh" => Num::asinh,
        "atan" => Num::atan,
        "atanh" => Num::atanh,
        "cbrt" => Num::cbrt,
        "ceil" => Num::ceil,
        "cos" => Num::cos,
        "cosh" => Num::cosh,
        "exp" => Num::exp,
        "expm1" => Num::exp_m1,
        "floor" => Num::floor,
        "log" => Num::ln,
        "log2" => Num::log2,
        "log10" => Num::log10,
        "log1p" => Num::ln_1p,
        "round" => Num::round,
        "sign" => Num::sign,
        "sin" => Num::sin,
        "sinh" => Num::sinh,
        "tan" => Num::tan,
        "tanh" => Num::tanh,
        "trunc" => Num::trunc,
        "sqr" => Num::square,
        "sqrt" => Num::sqrt,
        "abs" => Num::abs,
        "toRadians" => |theta| (PI / 180.0) * theta,
        "toDegrees" => |theta| (180.0 / PI) * theta,
        _ => return None,
    };
    Some(f)
}

fn binary<'b>(
    args: &Args<'_, 'b>,
    f: impl FnOnce(Num<'b>, Num<'b>) -> Num<'b>,
) -> Result<Value, FunctionError> {
    Ok(float(f(args.real(0)?, args.real(1)?)))
}

pub fn call(name: &str, args: &Args) -> Answer {
    if let Some(f) = unary(name) {
        return Some(args.real(0).map(|x| float(f(x))));
    }
    let builder = args.builder();
    Some(match name {
        "mod" => binary(args, |a, n| a - n * (a / n).floor()),
        "atan2" => binary(args, |x, y| y.atan2(x)),
        "pow" => binary(args, |x, y| x.pow(y)),
        "max" => binary(args, |x, y| x.max(y)),
        "min" => binary(args, |x, y| x.min(y)),
        "average2" => binary(args, |x, y| (x + y) / 2.0),
        "MathE" => Ok(float(builder.num(E))),
        "MathPI" => Ok(float(builder.num(PI))),
        "sum" => args.vector(0).map(|xs| float(builder.sum(&xs))),
        "maxList" => args.vector(0).map(|xs| float(builder.max_of(&xs))),
        "minList" => args.vector(0).map(|xs| float(builder.min_of(&xs))),
        "count" => args.vector(0).map(|xs| float(builder.num(xs.len() as f64))),
        "average" => args
            .vector(0)
            .map(|xs| float(builder.sum(&xs) / 1f64.max(xs.len() as f64))),
        "get" => get(args),
        _ => return None,
    })
}

/// Element `i` (0-based, fixed) of a vector.
fn get(args: &Args) -> Result<Value, FunctionError> {
    let xs = args.vector(0)?;
    let i = args.fixed_count(1)?;
    xs.get(i).map(|&x| float(x)).ok_or_else(|| {
        args.error(
            1,
            format!("is {i}, past the end of a vector of {} numbers", xs.len()),
        )
    })
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, float_value};
    use kite_graph::Value;

    #[test]
    fn elementary_functions() {
        let mut h = Harness::new();
        let cases: &[(&str, &[f64], f64)] = &[
            ("acosh", &[1.0], 0.0),
            ("acos", &[1.0], 0.0),
            ("asin", &[0.0], 0.0),
            ("asinh", &[0.0], 0.0),
            ("atan", &[1.0], std::f64::consts::FRAC_PI_4),
            ("atanh", &[0.0], 0.0),
            ("cbrt", &[27.0], 3.0),
            ("ceil", &[1.2], 2.0),
            ("cos", &[0.0], 1.0),
            ("cosh", &[0.0], 1.0),
            ("exp", &[0.0], 1.0),
            ("expm1", &[0.0], 0.0),
            ("floor", &[1.8], 1.0),
            ("log", &[1.0], 0.0),
            ("log2", &[8.0], 3.0),
            ("log10", &[1000.0], 3.0),
            ("log1p", &[0.0], 0.0),
            ("round", &[2.5], 3.0),
            ("sign", &[-4.0], -1.0),
            ("sin", &[0.0], 0.0),
            ("sinh", &[0.0], 0.0),
            ("tan", &[0.0], 0.0),
            ("tanh", &[0.0], 0.0),
            ("trunc", &[-1.7], -1.0),
            ("sqr", &[3.0], 9.0),
            ("sqrt", &[16.0], 4.0),
            ("abs", &[-2.0], 2.0),
            ("toRadians", &[180.0], std::f64::consts::PI),
            ("toDegrees", &[std::f64::consts::PI], 180.0),
            ("mod", &[-1.0, 3.0], 2.0),
            ("atan2", &[0.0, 1.0], std::f64::consts::FRAC_PI_2),
            ("pow", &[2.0, 10.0], 1024.0),
            ("max", &[1.0, 2.0], 2.0),
            ("min", &[1.0, 2.0], 1.0),
            ("average2", &[1.0, 2.0], 1.5),
            ("MathE", &[], std::f64::consts::E),
            ("MathPI", &[], std::f64::consts::PI),
        ];
        for &(name, inputs, expected) in cases {
            let args: Vec<Value> = inputs.iter().map(|&x| h.float(x)).collect();
            let value = h.call(name, &args).unwrap();
            assert!(
                (float_value(&h, &value) - expected).abs() < 1e-12,
                "{name}{inputs:?}"
            );
        }
    }

    #[test]
    fn reductions_of_vectors() {
        let mut h = Harness::new();
        let xs = h.vector(&[3.0, -1.0, 4.0]);
        for (name, expected) in [
            ("sum", 6.0),
            ("maxList", 4.0),
            ("minList", -1.0),
            ("count", 3.0),
            ("average", 2.0),
        ] {
            let value = h.call(name, std::slice::from_ref(&xs)).unwrap();
            assert_eq!(float_value(&h, &value), expected, "{name}");
        }
        let empty = h.vector(&[]);
        let average = h.call("average", &[empty]).unwrap();
        assert_eq!(float_value(&h, &average), 0.0);
        let index = h.float(2.0);
        let value = h.call("get", &[xs.clone(), index]).unwrap();
        assert_eq!(float_value(&h, &value), 4.0);
        let past = h.float(3.0);
        let error = h.call("get", &[xs, past]).unwrap_err();
        assert_eq!(error.argument, Some(1));
    }

    #[test]
    fn wrong_argument_kinds_name_the_argument() {
        let mut h = Harness::new();
        let text = Value::Str("x".into());
        let error = h.call("sin", &[text]).unwrap_err();
        assert_eq!(
            error.message,
            "argument 1 (`x`) of `sin` must be a number, not a string"
        );
        assert_eq!(error.argument, Some(0));
    }

    #[test]
    fn indices_must_be_fixed_before_layout() {
        let mut h = Harness::new();
        let xs = h.vector(&[1.0, 2.0]);
        let unknown = h.input(1.0);
        let error = h.call("get", &[xs, unknown]).unwrap_err();
        assert!(
            error.message.contains("fixed before layout"),
            "{}",
            error.message
        );
    }
}
