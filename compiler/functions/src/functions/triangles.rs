//! Centres and radii of triangles.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Num, V2};
use crate::values::{float, point};

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "barycenter" => vertices(args).map(|[a, b, c]| point((a + (b + c)) * (1.0 / 3.0))),
        "circumcenter" => vertices(args).map(|t| point(circumcenter(t))),
        "circumradius" => vertices(args).map(|t| float(circumradius(t))),
        "incenter" => vertices(args).map(|t| point(incenter(t))),
        "inradius" => vertices(args).map(|t| float(inradius(t))),
        _ => return None,
    })
}

fn vertices<'b>(args: &Args<'_, 'b>) -> Result<[V2<'b>; 3], FunctionError> {
    Ok([args.point(0)?, args.point(1)?, args.point(2)?])
}

/// The side lengths opposite each vertex.
fn sides<'b>([p, q, r]: [V2<'b>; 3]) -> [Num<'b>; 3] {
    [(r - q).norm(), (p - r).norm(), (q - p).norm()]
}

/// Barycentric weights applied to the vertices.
fn combine<'b>([p, q, r]: [V2<'b>; 3], [wp, wq, wr]: [Num<'b>; 3]) -> V2<'b> {
    p * wp + q * wq + r * wr
}

fn circumcenter<'b>(triangle: [V2<'b>; 3]) -> V2<'b> {
    let [p, q, r] = triangle;
    let (u, v, w) = (r - q, p - r, q - p);
    let [a, b, c] = sides(triangle);
    let hp = -((a / (b * c)) * w.dot(v));
    let hq = -((b / (c * a)) * u.dot(w));
    let hr = -((c / (a * b)) * v.dot(u));
    let total = hp + hq + hr;
    combine(triangle, [hp / total, hq / total, hr / total])
}

/// `abc / (4 √(s(a+b−s)(a+c−s)(b+c−s)))` with `s` the semiperimeter.
fn circumradius(triangle: [V2<'_>; 3]) -> Num<'_> {
    let [a, b, c] = sides(triangle);
    let s = 0.5 * (a + b + c);
    a * b * c / (4.0 * (s * (a + b - s) * (a + c - s) * (b + c - s)).sqrt())
}

fn incenter<'b>(triangle: [V2<'b>; 3]) -> V2<'b> {
    let [a, b, c] = sides(triangle);
    let perimeter = a + b + c;
    combine(triangle, [a / perimeter, b / perimeter, c / perimeter])
}

fn inradius(triangle: [V2<'_>; 3]) -> Num<'_> {
    let [a, b, c] = sides(triangle);
    let s = 0.5 * (a + b + c);
    ((s - a) * (s - b) * (s - c) / s).sqrt()
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close, float_value, numbers};

    #[test]
    fn centres_of_a_right_triangle() {
        let mut h = Harness::new();
        let args = [
            h.vector(&[0.0, 0.0]),
            h.vector(&[4.0, 0.0]),
            h.vector(&[0.0, 3.0]),
        ];
        let bary = h.call("barycenter", &args).unwrap();
        assert_close(&numbers(&h, &bary), &[4.0 / 3.0, 1.0]);
        let circum = h.call("circumcenter", &args).unwrap();
        assert_close(&numbers(&h, &circum), &[2.0, 1.5]);
        let radius = h.call("circumradius", &args).unwrap();
        assert!((float_value(&h, &radius) - 2.5).abs() < 1e-9);
        let incenter = h.call("incenter", &args).unwrap();
        assert_close(&numbers(&h, &incenter), &[1.0, 1.0]);
        let inradius = h.call("inradius", &args).unwrap();
        assert!((float_value(&h, &inradius) - 1.0).abs() < 1e-9);
    }
}
