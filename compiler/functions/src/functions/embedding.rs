//! The t-SNE energy of a projection of high-dimensional points.

use super::Answer;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, vector};
use crate::values::float;
use kite_graph::Value;

pub fn call(name: &str, args: &Args) -> Answer {
    Some(match name {
        "tsneEnergy" => tsne_energy(args),
        _ => return None,
    })
}

/// Pairwise similarities `kernel(‖xᵢ − xⱼ‖)` (zero on the diagonal),
/// normalised to sum to one.
fn similarities<'b>(
    builder: &'b Builder,
    points: &[Vec<Num<'b>>],
    kernel: impl Fn(Num<'b>) -> Num<'b>,
) -> Vec<Vec<Num<'b>>> {
    let n = points.len();
    let zero = builder.num(0.0);
    let mut matrix = vec![vec![zero; n]; n];
    for i in 0..n {
        for j in i + 1..n {
            let value = kernel(vector::dist(builder, &points[i], &points[j]));
            matrix[i][j] = value;
            matrix[j][i] = value;
        }
    }
    let all: Vec<Num<'b>> = matrix.iter().flatten().copied().collect();
    let total = builder.sum(&all);
    matrix
        .iter()
        .map(|row| row.iter().map(|&value| value / total).collect())
        .collect()
}

/// The Kullback–Leibler divergence of the low-dimensional similarities
/// from the high-dimensional ones.
fn tsne_energy(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let points = args.rows(0)?;
    let projected = args.rows(1)?;
    if points.len() != projected.len() {
        return Err(args.error(
            1,
            format!("must have {} points, one per point", points.len()),
        ));
    }
    let p = similarities(builder, &points, |distance| (-(distance / 2.0)).exp());
    let q = similarities(builder, &projected, |distance| 1.0 / (1.0 + distance));
    let rows: Vec<Num> = p
        .iter()
        .zip(&q)
        .map(|(p_row, q_row)| {
            let terms: Vec<Num> = p_row
                .iter()
                .zip(q_row)
                .map(|(&p_ij, &q_ij)| p_ij * ((p_ij + f64::EPSILON) / (q_ij + f64::EPSILON)).ln())
                .collect();
            builder.sum(&terms)
        })
        .collect();
    Ok(float(builder.sum(&rows)))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, float_value};

    #[test]
    fn matching_similarities_cost_little() {
        let mut h = Harness::new();
        let high = h.matrix(&[&[0.0, 0.0, 0.0], &[1.0, 0.0, 0.0], &[5.0, 0.0, 0.0]]);
        let near = h.matrix(&[&[0.0, 0.0], &[1.0, 0.0], &[5.0, 0.0]]);
        let far = h.matrix(&[&[0.0, 0.0], &[5.0, 0.0], &[1.0, 0.0]]);
        let good = h.call("tsneEnergy", &[high.clone(), near]).unwrap();
        let bad = h.call("tsneEnergy", &[high, far]).unwrap();
        assert!(float_value(&h, &good) >= 0.0);
        assert!(float_value(&h, &good) < float_value(&h, &bad));
    }
}
