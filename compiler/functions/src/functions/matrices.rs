//! Matrices: construction, products, determinants and inverses, and
//! homogeneous coordinates.

use super::Answer;
use crate::args::{Args, MAX_BUILT};
use crate::error::FunctionError;
use crate::expr::{Builder, Num, vector};
use crate::values::{float, matrix, vector as vector_value};
use kite_graph::Value;

pub type Matrix<'b> = Vec<Vec<Num<'b>>>;

pub fn call(name: &str, args: &Args) -> Answer {
    let builder = args.builder();
    Some(match name {
        "identity" => args.fixed_size(0).and_then(|n| {
            if n * n > MAX_BUILT {
                return Err(args.error(
                    0,
                    format!("must be at most 100: the matrix would have {n}² entries"),
                ));
            }
            Ok(matrix(&identity(builder, n)))
        }),
        "diagonal" => args.vector(0).map(|v| matrix(&diagonal(builder, &v))),
        "trace" => args.square_matrix(0, &[]).map(|a| {
            let entries: Vec<Num> = (0..a.len()).map(|i| a[i][i]).collect();
            float(builder.sum(&entries))
        }),
        "determinant" => args
            .square_matrix(0, &[2, 3, 4])
            .map(|a| float(determinant(builder, &a))),
        "inverse" => args
            .square_matrix(0, &[2, 3, 4])
            .map(|a| matrix(&inverse(builder, &a))),
        "outerProduct" => outer_product(args),
        "crossProductMatrix" => args
            .vector_of(0, 3)
            .map(|v| matrix(&cross_product_matrix(builder, &v))),
        "matrix" => matrix_2d(args),
        "matrix3d" => matrix_3d(args),
        "mul" => matrix_vector(args),
        "matrixMultiplyList" => matrix_multiply_list(args),
        "fromHomogeneous" => args.vector(0).and_then(|q| {
            from_homogeneous(&q)
                .map(|p| vector_value(&p))
                .ok_or_else(|| args.error(0, "must not be empty"))
        }),
        "fromHomogeneousList" => args.rows(0).and_then(|rows| {
            let points = rows
                .iter()
                .map(|q| {
                    from_homogeneous(q).ok_or_else(|| args.error(0, "must not have empty rows"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            Ok(matrix(&points))
        }),
        "toHomogeneous" => args
            .vector(0)
            .map(|p| vector_value(&to_homogeneous(builder, &p))),
        "toHomogeneousList" => args.rows(0).map(|rows| {
            let points: Matrix = rows.iter().map(|p| to_homogeneous(builder, p)).collect();
            matrix(&points)
        }),
        "toHomogeneousMatrix" => args
            .square_matrix(0, &[])
            .map(|a| matrix(&to_homogeneous_matrix(builder, &a))),
        _ => return None,
    })
}

pub fn identity(builder: &Builder, n: usize) -> Matrix<'_> {
    let (zero, one) = (builder.num(0.0), builder.num(1.0));
    (0..n)
        .map(|i| (0..n).map(|j| if i == j { one } else { zero }).collect())
        .collect()
}

pub fn diagonal<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Matrix<'b> {
    let zero = builder.num(0.0);
    (0..v.len())
        .map(|i| {
            (0..v.len())
                .map(|j| if i == j { v[i] } else { zero })
                .collect()
        })
        .collect()
}

/// `A[i][j] = u[i]·v[j]`.
pub fn outer<'b>(u: &[Num<'b>], v: &[Num<'b>]) -> Matrix<'b> {
    u.iter()
        .map(|&ui| v.iter().map(|&vj| ui * vj).collect())
        .collect()
}

/// The skew matrix `[v]×` with `[v]× u = v × u`.
pub fn cross_product_matrix<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Matrix<'b> {
    let zero = builder.num(0.0);
    vec![
        vec![zero, -v[2], v[1]],
        vec![v[2], zero, -v[0]],
        vec![-v[1], v[0], zero],
    ]
}

pub fn add<'b>(a: &[Vec<Num<'b>>], b: &[Vec<Num<'b>>]) -> Matrix<'b> {
    a.iter()
        .zip(b)
        .map(|(ra, rb)| vector::add(ra, rb))
        .collect()
}

pub fn scale<'b>(factor: Num<'b>, a: &[Vec<Num<'b>>]) -> Matrix<'b> {
    a.iter().map(|row| vector::scale(factor, row)).collect()
}

/// The product of square matrices of one size.
pub fn product<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>], b: &[Vec<Num<'b>>]) -> Matrix<'b> {
    let n = a.len();
    (0..n)
        .map(|i| {
            (0..n)
                .map(|j| {
                    let column: Vec<Num<'b>> = (0..n).map(|k| b[k][j]).collect();
                    vector::dot(builder, &a[i], &column)
                })
                .collect()
        })
        .collect()
}

/// `A v` for a square `A` of `v`'s size (Penrose's `mvmul`).
pub fn apply<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>], v: &[Num<'b>]) -> Vec<Num<'b>> {
    (0..v.len())
        .map(|i| vector::dot(builder, &a[i], v))
        .collect()
}

/// Embeds an `n × n` matrix in `(n+1) × (n+1)` with `1` in the corner.
pub fn to_homogeneous_matrix<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>]) -> Matrix<'b> {
    let n = a.len();
    let mut result = identity(builder, n + 1);
    for i in 0..n {
        result[i][..n].copy_from_slice(&a[i][..n]);
    }
    result
}

pub fn to_homogeneous<'b>(builder: &'b Builder, p: &[Num<'b>]) -> Vec<Num<'b>> {
    let mut q = p.to_vec();
    q.push(builder.num(1.0));
    q
}

fn from_homogeneous<'b>(q: &[Num<'b>]) -> Option<Vec<Num<'b>>> {
    let (&w, rest) = q.split_last()?;
    Some(rest.iter().map(|&x| x / w).collect())
}

/// The homogeneous translation by `v`.
pub fn translation<'b>(builder: &'b Builder, v: &[Num<'b>]) -> Matrix<'b> {
    let n = v.len();
    let mut result = identity(builder, n + 1);
    for (row, &offset) in result.iter_mut().zip(v) {
        row[n] = offset;
    }
    result
}

fn minor<'b>(a: &[Vec<Num<'b>>], row: usize, column: usize) -> Matrix<'b> {
    a.iter()
        .enumerate()
        .filter(|&(i, _)| i != row)
        .map(|(_, r)| {
            r.iter()
                .enumerate()
                .filter(|&(j, _)| j != column)
                .map(|(_, &x)| x)
                .collect()
        })
        .collect()
}

/// The determinant, by cofactor expansion along the first row.
pub fn determinant<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>]) -> Num<'b> {
    match a.len() {
        0 => builder.num(1.0),
        1 => a[0][0],
        2 => a[0][0] * a[1][1] - a[0][1] * a[1][0],
        n => {
            let terms: Vec<Num<'b>> = (0..n)
                .map(|j| a[0][j] * cofactor(builder, a, 0, j))
                .collect();
            builder.sum(&terms)
        }
    }
}

fn cofactor<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>], row: usize, column: usize) -> Num<'b> {
    let minor_determinant = determinant(builder, &minor(a, row, column));
    if (row + column).is_multiple_of(2) {
        minor_determinant
    } else {
        -minor_determinant
    }
}

/// The inverse as the adjugate over the determinant (NaN or infinite
/// entries when singular).
pub fn inverse<'b>(builder: &'b Builder, a: &[Vec<Num<'b>>]) -> Matrix<'b> {
    let n = a.len();
    let adjugate: Matrix<'b> = (0..n)
        .map(|i| (0..n).map(|j| cofactor(builder, a, j, i)).collect())
        .collect();
    let terms: Vec<Num<'b>> = (0..n).map(|j| a[0][j] * adjugate[j][0]).collect();
    let det = builder.sum(&terms);
    adjugate
        .iter()
        .map(|row| row.iter().map(|&x| x / det).collect())
        .collect()
}

fn outer_product(args: &Args) -> Result<Value, FunctionError> {
    let (u, v) = (args.vector(0)?, args.vector(1)?);
    args.same_length(0, &u, 1, &v)?;
    Ok(matrix(&outer(&u, &v)))
}

/// `[[a, c, e], [b, d, f], [0, 0, 1]]`, SVG's `matrix(a, b, c, d, e, f)`.
fn matrix_2d(args: &Args) -> Result<Value, FunctionError> {
    let [a, b, c, d, e, f] = reals(args)?;
    let (zero, one) = (args.builder().num(0.0), args.builder().num(1.0));
    Ok(matrix(&[
        vec![a, c, e],
        vec![b, d, f],
        vec![zero, zero, one],
    ]))
}

/// A 4 × 4 matrix from its 16 entries, row by row.
fn matrix_3d(args: &Args) -> Result<Value, FunctionError> {
    let entries: [Num; 16] = reals(args)?;
    let rows: Matrix = entries.chunks(4).map(<[Num]>::to_vec).collect();
    Ok(matrix(&rows))
}

fn reals<'b, const N: usize>(args: &Args<'_, 'b>) -> Result<[Num<'b>; N], FunctionError> {
    let numbers = (0..N)
        .map(|i| args.real(i))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(numbers.try_into().expect("N numbers"))
}

/// `m v`, each row dotted with `v`.
fn matrix_vector(args: &Args) -> Result<Value, FunctionError> {
    let rows = args.rows(0)?;
    let v = args.vector(1)?;
    if rows.is_empty() {
        return Err(args.error(0, "must not be empty"));
    }
    if v.is_empty() || rows[0].len() != v.len() {
        return Err(args.error(
            1,
            format!("must have {} numbers, one per column", rows[0].len()),
        ));
    }
    let product: Vec<Num> = rows
        .iter()
        .map(|row| vector::dot(args.builder(), row, &v))
        .collect();
    Ok(vector_value(&product))
}

/// `A v` for each `v` of a list.
fn matrix_multiply_list(args: &Args) -> Result<Value, FunctionError> {
    let a = args.square_matrix(0, &[])?;
    let vectors = args.rows(1)?;
    if vectors.iter().any(|v| v.len() != a.len()) {
        return Err(args.error(1, format!("must hold vectors of {} numbers", a.len())));
    }
    let products: Matrix = vectors
        .iter()
        .map(|v| apply(args.builder(), &a, v))
        .collect();
    Ok(matrix(&products))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{
        Harness, assert_close, assert_rows_close, float_value, numbers, rows,
    };

    #[test]
    fn sizes_that_would_exhaust_memory_are_errors() {
        let mut h = Harness::new();
        let huge = h.float(100_000.0);
        let error = h.call("identity", &[huge]).unwrap_err();
        assert!(error.message.contains("at most 100"), "{}", error.message);
        let hundred = h.float(100.0);
        assert!(h.call("identity", &[hundred]).is_ok());
        let k = h.float(1.0);
        let many = h.float(20_000.0);
        assert!(h.call("repeat", &[many, k]).is_err());
    }

    #[test]
    fn constructions() {
        let mut h = Harness::new();
        let three = h.float(3.0);
        let i3 = h.call("identity", &[three]).unwrap();
        assert_rows_close(
            &rows(&h, &i3),
            &[&[1.0, 0.0, 0.0], &[0.0, 1.0, 0.0], &[0.0, 0.0, 1.0]],
        );
        let v = h.vector(&[1.0, 2.0]);
        let d = h.call("diagonal", std::slice::from_ref(&v)).unwrap();
        assert_rows_close(&rows(&h, &d), &[&[1.0, 0.0], &[0.0, 2.0]]);
        let w = h.vector(&[3.0, 4.0]);
        let outer = h.call("outerProduct", &[v, w]).unwrap();
        assert_rows_close(&rows(&h, &outer), &[&[3.0, 4.0], &[6.0, 8.0]]);
        let axis = h.vector(&[1.0, 2.0, 3.0]);
        let skew = h.call("crossProductMatrix", &[axis]).unwrap();
        assert_rows_close(
            &rows(&h, &skew),
            &[&[0.0, -3.0, 2.0], &[3.0, 0.0, -1.0], &[-2.0, 1.0, 0.0]],
        );
        let entries: Vec<_> = (1..=6).map(|x| h.float(x as f64)).collect();
        let affine = h.call("matrix", &entries).unwrap();
        assert_rows_close(
            &rows(&h, &affine),
            &[&[1.0, 3.0, 5.0], &[2.0, 4.0, 6.0], &[0.0, 0.0, 1.0]],
        );
        let entries: Vec<_> = (1..=16).map(|x| h.float(x as f64)).collect();
        let m4 = h.call("matrix3d", &entries).unwrap();
        assert_eq!(rows(&h, &m4)[1], vec![5.0, 6.0, 7.0, 8.0]);
    }

    #[test]
    fn determinants_and_inverses() {
        let mut h = Harness::new();
        let a = h.matrix(&[&[1.0, 2.0, 0.0], &[0.0, 1.0, 0.0], &[0.0, 0.0, 2.0]]);
        let det = h.call("determinant", std::slice::from_ref(&a)).unwrap();
        assert_eq!(float_value(&h, &det), 2.0);
        let trace = h.call("trace", std::slice::from_ref(&a)).unwrap();
        assert_eq!(float_value(&h, &trace), 4.0);
        let inverse = h.call("inverse", &[a]).unwrap();
        assert_rows_close(
            &rows(&h, &inverse),
            &[&[1.0, -2.0, 0.0], &[0.0, 1.0, 0.0], &[0.0, 0.0, 0.5]],
        );
        let m4 = h.matrix(&[
            &[1.0, 0.0, 0.0, 5.0],
            &[0.0, 2.0, 0.0, 0.0],
            &[0.0, 0.0, 4.0, 0.0],
            &[0.0, 0.0, 0.0, 1.0],
        ]);
        let det4 = h.call("determinant", std::slice::from_ref(&m4)).unwrap();
        assert_eq!(float_value(&h, &det4), 8.0);
        let inv4 = h.call("inverse", &[m4]).unwrap();
        assert_rows_close(
            &rows(&h, &inv4),
            &[
                &[1.0, 0.0, 0.0, -5.0],
                &[0.0, 0.5, 0.0, 0.0],
                &[0.0, 0.0, 0.25, 0.0],
                &[0.0, 0.0, 0.0, 1.0],
            ],
        );
        let wide = h.matrix(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
        assert!(h.call("determinant", &[wide]).is_err());
    }

    #[test]
    fn products_and_homogeneous_coordinates() {
        let mut h = Harness::new();
        let m = h.matrix(&[&[1.0, 2.0], &[3.0, 4.0]]);
        let v = h.vector(&[1.0, 1.0]);
        let product = h.call("mul", &[m.clone(), v]).unwrap();
        assert_close(&numbers(&h, &product), &[3.0, 7.0]);
        let list = h.matrix(&[&[1.0, 0.0], &[0.0, 1.0]]);
        let products = h.call("matrixMultiplyList", &[m.clone(), list]).unwrap();
        assert_rows_close(&rows(&h, &products), &[&[1.0, 3.0], &[2.0, 4.0]]);
        let p = h.vector(&[2.0, 4.0]);
        let q = h.call("toHomogeneous", &[p]).unwrap();
        assert_close(&numbers(&h, &q), &[2.0, 4.0, 1.0]);
        let q2 = h.vector(&[2.0, 4.0, 2.0]);
        let back = h.call("fromHomogeneous", &[q2]).unwrap();
        assert_close(&numbers(&h, &back), &[1.0, 2.0]);
        let ps = h.matrix(&[&[1.0, 2.0]]);
        let qs = h.call("toHomogeneousList", &[ps]).unwrap();
        assert_rows_close(&rows(&h, &qs), &[&[1.0, 2.0, 1.0]]);
        let back_list = h.call("fromHomogeneousList", &[qs]).unwrap();
        assert_rows_close(&rows(&h, &back_list), &[&[1.0, 2.0]]);
        let embedded = h.call("toHomogeneousMatrix", &[m]).unwrap();
        assert_rows_close(
            &rows(&h, &embedded),
            &[&[1.0, 2.0, 0.0], &[3.0, 4.0, 0.0], &[0.0, 0.0, 1.0]],
        );
    }
}
