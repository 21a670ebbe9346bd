//! Functions that draw from the random stream. Each draw happens when the
//! call is made, in Penrose's order, and becomes a constant of the
//! layout: these values are never optimised.

use super::Answer;
use super::matrices::apply;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use crate::random::SeedRandom;
use crate::values::{float, point, point_list, vector};
use kite_graph::{Color, Value};
use std::f64::consts::PI;

pub fn call(name: &str, args: &Args, rng: &mut SeedRandom) -> Answer {
    let builder = args.builder();
    let mut draw = |low: f64, high: f64| builder.num(rng.uniform(low, high));
    Some(match name {
        "random" => uniform_between(args, &mut draw).map(float),
        "randomIndex" => uniform_between(args, &mut draw).map(|x| float(x.floor())),
        "unitRandom" => Ok(float(draw(0.0, 1.0))),
        "diskRandom" => {
            let (u1, u2) = (draw(0.0, 1.0), draw(0.0, 1.0));
            let angle = (2.0 * PI) * u2;
            Ok(vector(&[u1.sqrt() * angle.cos(), u1.sqrt() * angle.sin()]))
        }
        "circleRandom" => {
            let angle = draw(0.0, 2.0 * PI);
            Ok(vector(&[angle.cos(), angle.sin()]))
        }
        "sphereRandom" => {
            let (u1, u2) = (draw(0.0, 1.0), draw(0.0, 1.0));
            let z = 1.0 - 2.0 * u1;
            let r = (1.0 - z * z).clamp(0.0, 1.0).sqrt();
            let phi = (2.0 * PI) * u2;
            Ok(vector(&[r * phi.cos(), r * phi.sin(), z]))
        }
        "normalRandom" => Ok(float(normal(&mut draw))),
        "triangleRandom" => triangle_random(args, &mut draw),
        "sampleColor" => sample_color(args, &mut draw),
        "diffusionProcess" => diffusion_process(args, &mut draw),
        _ => return None,
    })
}

/// A draw between the two fixed bounds.
fn uniform_between<'b>(
    args: &Args<'_, 'b>,
    draw: &mut impl FnMut(f64, f64) -> Num<'b>,
) -> Result<Num<'b>, FunctionError> {
    let (low, high) = (args.fixed(0)?, args.fixed(1)?);
    Ok(draw(low, high))
}

/// A uniform point in the triangle `a, b, c` (two draws).
fn triangle_random<'b>(
    args: &Args<'_, 'b>,
    draw: &mut impl FnMut(f64, f64) -> Num<'b>,
) -> Result<Value, FunctionError> {
    let (a, b, c) = (args.point(0)?, args.point(1)?, args.point(2)?);
    let (u1, u2) = (draw(0.0, 1.0), draw(0.0, 1.0));
    let s = u1.sqrt();
    Ok(point(a * (1.0 - s) + b * (s * (1.0 - u2)) + c * (s * u2)))
}

/// A random RGB colour (three draws in `[0.1, 0.9)`) or, for `"hsv"`, a
/// random hue at full saturation and value 80.
fn sample_color<'b>(
    args: &Args<'_, 'b>,
    draw: &mut impl FnMut(f64, f64) -> Num<'b>,
) -> Result<Value, FunctionError> {
    let alpha = args.real(0)?.scalar();
    Ok(Value::Color(if args.string(1)? == "rgb" {
        let [r, g, b] = [(); 3].map(|()| draw(0.1, 0.9).scalar());
        Color::Rgba([r, g, b, alpha])
    } else {
        let hue = draw(0.0, 360.0).scalar();
        let builder = args.builder();
        Color::Hsva([
            hue,
            builder.num(100.0).scalar(),
            builder.num(80.0).scalar(),
            alpha,
        ])
    }))
}

/// A standard normal sample by the Box–Muller transform (two draws).
fn normal<'b>(draw: &mut impl FnMut(f64, f64) -> Num<'b>) -> Num<'b> {
    let (u1, u2) = (draw(0.0, 1.0), draw(0.0, 1.0));
    (-2.0 * u1.ln()).sqrt() * ((2.0 * PI) * u2).cos()
}

/// `n` (fixed) points of the walk `Xᵢ = Xᵢ₋₁ + A W + ω` with `W` standard
/// normal, starting at `X0`.
fn diffusion_process<'b>(
    args: &Args<'_, 'b>,
    draw: &mut impl FnMut(f64, f64) -> Num<'b>,
) -> Result<Value, FunctionError> {
    let n = args.fixed_size(0)?;
    let start = args.point(1)?;
    let a = args.square_matrix(2, &[2])?;
    let drift = args.point(3)?;
    let mut walk = vec![start];
    for _ in 1..n {
        let noise = [normal(draw), normal(draw)];
        let step = apply(args.builder(), &a, &noise);
        let previous = walk[walk.len() - 1];
        walk.push(previous + V2::new(step[0], step[1]) + drift);
    }
    Ok(point_list(&walk))
}

#[cfg(test)]
mod tests {
    use crate::SeedRandom;
    use crate::functions::tests::{Harness, float_value, numbers, rows};
    use kite_graph::{Color, Value};

    #[test]
    fn draws_are_constants_in_stream_order() {
        let mut h = Harness::new();
        let mut expected = SeedRandom::new("test");
        let (low, high) = (h.float(10.0), h.float(20.0));
        let value = h.call("random", &[low.clone(), high.clone()]).unwrap();
        let Value::Float(scalar) = value else {
            panic!()
        };
        assert_eq!(
            h.graph.as_constant(scalar),
            Some(expected.uniform(10.0, 20.0))
        );
        let index = h.call("randomIndex", &[low, high]).unwrap();
        assert_eq!(
            float_value(&h, &index),
            expected.uniform(10.0, 20.0).floor()
        );
        let unit = h.call("unitRandom", &[]).unwrap();
        assert_eq!(float_value(&h, &unit), expected.draw());
        let disk = h.call("diskRandom", &[]).unwrap();
        let disk = numbers(&h, &disk);
        assert!(disk[0].hypot(disk[1]) <= 1.0);
        let circle = h.call("circleRandom", &[]).unwrap();
        let circle = numbers(&h, &circle);
        assert!((circle[0].hypot(circle[1]) - 1.0).abs() < 1e-12);
        let sphere = h.call("sphereRandom", &[]).unwrap();
        let sphere = numbers(&h, &sphere);
        assert!((sphere.iter().map(|x| x * x).sum::<f64>() - 1.0).abs() < 1e-12);
        let normal = h.call("normalRandom", &[]).unwrap();
        assert!(float_value(&h, &normal).is_finite());
        for _ in 0..7 {
            expected.draw();
        }
        let corners = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[1.0, 0.0]),
            h.vector(&[0.0, 1.0]),
        ];
        let inside = h.call("triangleRandom", &corners).unwrap();
        let inside = numbers(&h, &inside);
        assert!(inside[0] >= 0.0 && inside[1] >= 0.0 && inside[0] + inside[1] <= 1.0);
        expected.draw();
        expected.draw();
        let alpha = h.float(0.5);
        let color = h
            .call("sampleColor", &[alpha.clone(), Value::Str("rgb".into())])
            .unwrap();
        let Value::Color(Color::Rgba(channels)) = color else {
            panic!()
        };
        assert_eq!(h.value_of(channels[0]), expected.uniform(0.1, 0.9));
        let hsv = h
            .call("sampleColor", &[alpha, Value::Str("hsv".into())])
            .unwrap();
        assert!(matches!(hsv, Value::Color(Color::Hsva(_))));
    }

    #[test]
    fn bounds_must_be_fixed() {
        let mut h = Harness::new();
        let low = h.input(0.0);
        let high = h.float(1.0);
        assert!(h.call("random", &[low, high]).is_err());
    }

    #[test]
    fn diffusion_walks_from_the_start() {
        let mut h = Harness::new();
        let args = [
            h.float(4.0),
            h.vector(&[1.0, 2.0]),
            h.matrix(&[&[0.0, 0.0], &[0.0, 0.0]]),
            h.vector(&[1.0, 0.0]),
        ];
        let walk = h.call("diffusionProcess", &args).unwrap();
        assert_eq!(
            rows(&h, &walk),
            vec![
                vec![1.0, 2.0],
                vec![2.0, 2.0],
                vec![3.0, 2.0],
                vec![4.0, 2.0]
            ]
        );
    }
}
