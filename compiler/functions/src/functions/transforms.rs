//! Transformation matrices (rotations, scalings, skews, shears,
//! translations), OpenGL-style view and projection matrices, and
//! projection of 3D points to the canvas.

use super::Answer;
use super::matrices::{
    Matrix, add, apply, cross_product_matrix, diagonal, identity, outer, product, scale,
    to_homogeneous, to_homogeneous_matrix, translation,
};
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::{Builder, Num, V2, vector};
use crate::values::{matrix, point_list, vector as vector_value};
use kite_graph::Value;
use std::f64::consts::PI;

pub fn call(name: &str, args: &Args) -> Answer {
    let builder = args.builder();
    Some(match name {
        "rotate" => rotate(args),
        "rotate2d" => args.real(0).map(|theta| matrix(&rotation_2d(theta))),
        "rotate3d" => rotation_3d(args).map(|m| matrix(&m)),
        "rotate3dh" => rotation_3d(args).map(|m| matrix(&to_homogeneous_matrix(builder, &m))),
        "scale" => diagonal_of(args, 2).map(|m| matrix(&to_homogeneous_matrix(builder, &m))),
        "scale2d" => diagonal_of(args, 2).map(|m| matrix(&m)),
        "scale3d" => diagonal_of(args, 3).map(|m| matrix(&m)),
        "scale3dh" => diagonal_of(args, 3).map(|m| matrix(&to_homogeneous_matrix(builder, &m))),
        "skew" => skew(args).map(|m| matrix(&to_homogeneous_matrix(builder, &m))),
        "skew2d" => skew(args).map(|m| matrix(&m)),
        "shear" => shear(args, None).map(|m| matrix(&to_homogeneous_matrix(builder, &m))),
        "shear2d" => shear(args, Some(2)).map(|m| matrix(&m)),
        "shear3d" => shear(args, Some(3)).map(|m| matrix(&m)),
        "translate" => translate(args, 2),
        "translate3dh" => translate(args, 3),
        "lookAt" => look_at(args),
        "perspective" => perspective(args),
        "ortho" => ortho(args),
        "project" => projection(args).map(|r| vector_value(&r[..2])),
        "projectDepth" => projection(args).map(|r| vector_value(&r)),
        "projectList" => project_list(args),
        _ => return None,
    })
}

/// The counterclockwise rotation by `theta` radians.
fn rotation_2d(theta: Num<'_>) -> Matrix<'_> {
    vec![
        vec![theta.cos(), -theta.sin()],
        vec![theta.sin(), theta.cos()],
    ]
}

/// The homogeneous rotation by `theta` about `(x, y)`: `T(x, y) R T(−x, −y)`.
fn rotate(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let (theta, x, y) = (args.real(0)?, args.real(1)?, args.real(2)?);
    let r = to_homogeneous_matrix(builder, &rotation_2d(theta));
    let t = translation(builder, &[x, y]);
    let t_inverse = translation(builder, &[-x, -y]);
    Ok(matrix(&product(
        builder,
        &t,
        &product(builder, &r, &t_inverse),
    )))
}

/// Rodrigues' formula `I + sin θ [v]× + (1 − cos θ) [v]×²`.
fn rotation_3d<'b>(args: &Args<'_, 'b>) -> Result<Matrix<'b>, FunctionError> {
    let builder = args.builder();
    let theta = args.real(0)?;
    let v = args.vector_of(1, 3)?;
    let v_hat = cross_product_matrix(builder, &v);
    let linear = add(&identity(builder, 3), &scale(theta.sin(), &v_hat));
    Ok(add(
        &linear,
        &scale(1.0 - theta.cos(), &product(builder, &v_hat, &v_hat)),
    ))
}

fn diagonal_of<'b>(args: &Args<'_, 'b>, n: usize) -> Result<Matrix<'b>, FunctionError> {
    let entries = (0..n)
        .map(|i| args.real(i))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(diagonal(args.builder(), &entries))
}

/// `[[1, tan ax], [tan ay, 1]]`.
fn skew<'b>(args: &Args<'_, 'b>) -> Result<Matrix<'b>, FunctionError> {
    let one = args.builder().num(1.0);
    Ok(vec![
        vec![one, args.real(0)?.tan()],
        vec![args.real(1)?.tan(), one],
    ])
}

/// `I + u vᵀ`, for vectors of `dimension` numbers if given.
fn shear<'b>(args: &Args<'_, 'b>, dimension: Option<usize>) -> Result<Matrix<'b>, FunctionError> {
    let (u, v) = match dimension {
        Some(n) => (args.vector_of(0, n)?, args.vector_of(1, n)?),
        None => (args.vector(0)?, args.vector(1)?),
    };
    args.same_length(0, &u, 1, &v)?;
    Ok(add(&identity(args.builder(), u.len()), &outer(&u, &v)))
}

fn translate(args: &Args, dimension: usize) -> Result<Value, FunctionError> {
    let offsets = (0..dimension)
        .map(|i| args.real(i))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(matrix(&translation(args.builder(), &offsets)))
}

/// The view matrix mapping `eye` to the origin and `center` onto the
/// negative z axis, with `up` projected to the positive y axis.
fn look_at(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let eye = args.vector_of(0, 3)?;
    let center = args.vector_of(1, 3)?;
    let up = args.vector_of(2, 3)?;
    let forward = vector::normalize(builder, &vector::sub(&center, &eye));
    let side = vector::normalize(builder, &vector::cross3(&forward, &up));
    let vertical = vector::cross3(&side, &forward);
    let (zero, one) = (builder.num(0.0), builder.num(1.0));
    let m = vec![
        vec![side[0], side[1], side[2], zero],
        vec![vertical[0], vertical[1], vertical[2], zero],
        vec![-forward[0], -forward[1], -forward[2], zero],
        vec![zero, zero, zero, one],
    ];
    let t = translation(builder, &vector::neg(&eye));
    Ok(matrix(&product(builder, &m, &t)))
}

/// The perspective projection for a vertical field of view `fovy`
/// (degrees).
fn perspective(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let (fovy, aspect, near, far) = (args.real(0)?, args.real(1)?, args.real(2)?, args.real(3)?);
    let half_angle = ((PI / 180.0) * fovy) / 2.0;
    let depth = far - near;
    let cotangent = 1.0 / half_angle.tan();
    let mut m = identity(builder, 4);
    m[0][0] = cotangent / aspect;
    m[1][1] = -cotangent;
    m[2][2] = -(far + near) / depth;
    m[3][2] = builder.num(-1.0);
    m[2][3] = 2.0 * ((near * far) / depth);
    m[3][3] = builder.num(0.0);
    Ok(matrix(&m))
}

/// The parallel projection of the box between the clipping planes.
fn ortho(args: &Args) -> Result<Value, FunctionError> {
    let builder = args.builder();
    let [left, right, bottom, top, near, far] = [0, 1, 2, 3, 4, 5].map(|i| args.real(i));
    let (left, right, bottom, top, near, far) = (left?, right?, bottom?, top?, near?, far?);
    let mut m = identity(builder, 4);
    m[0][0] = 2.0 / (right - left);
    m[1][1] = 2.0 / (top - bottom);
    m[2][2] = -2.0 / (far - near);
    m[0][3] = (right + left) / (left - right);
    m[1][3] = (top + bottom) / (bottom - top);
    m[2][3] = (far + near) / (near - far);
    Ok(matrix(&m))
}

/// Window coordinates and depth of a 3D point (gluProject).
fn project<'b>(
    builder: &'b Builder,
    p: &[Num<'b>],
    model: &[Vec<Num<'b>>],
    projection: &[Vec<Num<'b>>],
    view: &[Num<'b>],
) -> Vec<Num<'b>> {
    let q = apply(
        builder,
        projection,
        &apply(builder, model, &to_homogeneous(builder, p)),
    );
    let normalized = vector::divide(&q, q[3]);
    let mut r: Vec<Num<'b>> = normalized[..3].iter().map(|&x| 0.5 * x + 0.5).collect();
    r[0] = r[0] * view[2] + view[0];
    r[1] = r[1] * view[3] + view[1];
    r
}

struct Camera<'b> {
    model: Matrix<'b>,
    projection: Matrix<'b>,
    view: Vec<Num<'b>>,
}

fn camera<'b>(args: &Args<'_, 'b>) -> Result<Camera<'b>, FunctionError> {
    Ok(Camera {
        model: args.square_matrix(1, &[4])?,
        projection: args.square_matrix(2, &[4])?,
        view: args.vector_of(3, 4)?,
    })
}

fn projection<'b>(args: &Args<'_, 'b>) -> Result<Vec<Num<'b>>, FunctionError> {
    let p = args.vector_of(0, 3)?;
    let camera = camera(args)?;
    Ok(project(
        args.builder(),
        &p,
        &camera.model,
        &camera.projection,
        &camera.view,
    ))
}

fn project_list(args: &Args) -> Result<Value, FunctionError> {
    let points = args.rows(0)?;
    if points.iter().any(|p| p.len() != 3) {
        return Err(args.error(0, "must be a list of 3D points"));
    }
    let camera = camera(args)?;
    let projected: Vec<V2> = points
        .iter()
        .map(|p| {
            let r = project(
                args.builder(),
                p,
                &camera.model,
                &camera.projection,
                &camera.view,
            );
            V2::new(r[0], r[1])
        })
        .collect();
    Ok(point_list(&projected))
}

#[cfg(test)]
mod tests {
    use crate::functions::tests::{Harness, assert_close, assert_rows_close, numbers, rows};
    use std::f64::consts::FRAC_PI_2;

    #[test]
    fn planar_transforms() {
        let mut h = Harness::new();
        let quarter = h.float(FRAC_PI_2);
        let r = h.call("rotate2d", std::slice::from_ref(&quarter)).unwrap();
        assert_rows_close(&rows(&h, &r), &[&[0.0, -1.0], &[1.0, 0.0]]);
        let (one, two) = (h.float(1.0), h.float(2.0));
        let about = h
            .call("rotate", &[quarter, one.clone(), one.clone()])
            .unwrap();
        assert_rows_close(
            &rows(&h, &about),
            &[&[0.0, -1.0, 2.0], &[1.0, 0.0, 0.0], &[0.0, 0.0, 1.0]],
        );
        let s = h.call("scale", &[two.clone(), one.clone()]).unwrap();
        assert_rows_close(
            &rows(&h, &s),
            &[&[2.0, 0.0, 0.0], &[0.0, 1.0, 0.0], &[0.0, 0.0, 1.0]],
        );
        let s2 = h.call("scale2d", &[two.clone(), one.clone()]).unwrap();
        assert_rows_close(&rows(&h, &s2), &[&[2.0, 0.0], &[0.0, 1.0]]);
        let zero = h.float(0.0);
        let angle = h.float(std::f64::consts::FRAC_PI_4);
        let k = h.call("skew2d", &[angle.clone(), zero.clone()]).unwrap();
        assert_rows_close(&rows(&h, &k), &[&[1.0, 1.0], &[0.0, 1.0]]);
        let kh = h.call("skew", &[angle, zero.clone()]).unwrap();
        assert_eq!(rows(&h, &kh).len(), 3);
        let t = h.call("translate", &[two.clone(), one.clone()]).unwrap();
        assert_rows_close(
            &rows(&h, &t),
            &[&[1.0, 0.0, 2.0], &[0.0, 1.0, 1.0], &[0.0, 0.0, 1.0]],
        );
        let u = h.vector(&[1.0, 0.0]);
        let v = h.vector(&[0.0, 1.0]);
        let shear = h.call("shear2d", &[u.clone(), v.clone()]).unwrap();
        assert_rows_close(&rows(&h, &shear), &[&[1.0, 1.0], &[0.0, 1.0]]);
        let shear_h = h.call("shear", &[u, v]).unwrap();
        assert_eq!(rows(&h, &shear_h).len(), 3);
    }

    #[test]
    fn spatial_transforms() {
        let mut h = Harness::new();
        let quarter = h.float(FRAC_PI_2);
        let z = h.vector(&[0.0, 0.0, 1.0]);
        let r = h.call("rotate3d", &[quarter.clone(), z.clone()]).unwrap();
        assert_rows_close(
            &rows(&h, &r),
            &[&[0.0, -1.0, 0.0], &[1.0, 0.0, 0.0], &[0.0, 0.0, 1.0]],
        );
        let rh = h.call("rotate3dh", &[quarter, z]).unwrap();
        assert_eq!(rows(&h, &rh)[3], vec![0.0, 0.0, 0.0, 1.0]);
        let (one, two, three) = (h.float(1.0), h.float(2.0), h.float(3.0));
        let s = h
            .call("scale3d", &[one.clone(), two.clone(), three.clone()])
            .unwrap();
        assert_rows_close(
            &rows(&h, &s),
            &[&[1.0, 0.0, 0.0], &[0.0, 2.0, 0.0], &[0.0, 0.0, 3.0]],
        );
        let sh = h
            .call("scale3dh", &[one.clone(), two.clone(), three.clone()])
            .unwrap();
        assert_eq!(rows(&h, &sh)[2], vec![0.0, 0.0, 3.0, 0.0]);
        let t = h.call("translate3dh", &[one, two, three]).unwrap();
        assert_eq!(rows(&h, &t)[2], vec![0.0, 0.0, 1.0, 3.0]);
        let u = h.vector(&[1.0, 0.0, 0.0]);
        let v = h.vector(&[0.0, 0.0, 1.0]);
        let shear = h.call("shear3d", &[u, v]).unwrap();
        assert_eq!(rows(&h, &shear)[0], vec![1.0, 0.0, 1.0]);
    }

    #[test]
    fn camera_and_projection() {
        let mut h = Harness::new();
        let eye = h.vector(&[0.0, 0.0, 5.0]);
        let center = h.vector(&[0.0, 0.0, 0.0]);
        let up = h.vector(&[0.0, 1.0, 0.0]);
        let view = h.call("lookAt", &[eye, center, up]).unwrap();
        let f = 5.0 / (5.0 + 1e-5);
        let side = f / (f + 1e-5);
        assert_rows_close(
            &rows(&h, &view),
            &[
                &[side, 0.0, 0.0, 0.0],
                &[0.0, side * f, 0.0, 0.0],
                &[0.0, 0.0, f, -5.0 * f],
                &[0.0, 0.0, 0.0, 1.0],
            ],
        );
        let (fovy, aspect, near, far) = (h.float(90.0), h.float(1.0), h.float(1.0), h.float(3.0));
        let p = h
            .call("perspective", &[fovy, aspect, near.clone(), far.clone()])
            .unwrap();
        assert_rows_close(
            &rows(&h, &p),
            &[
                &[1.0, 0.0, 0.0, 0.0],
                &[0.0, -1.0, 0.0, 0.0],
                &[0.0, 0.0, -2.0, 3.0],
                &[0.0, 0.0, -1.0, 0.0],
            ],
        );
        let (l, r, b, t) = (h.float(-1.0), h.float(1.0), h.float(-1.0), h.float(1.0));
        let o = h.call("ortho", &[l, r, b, t, near, far]).unwrap();
        assert_rows_close(
            &rows(&h, &o),
            &[
                &[1.0, 0.0, 0.0, 0.0],
                &[0.0, 1.0, 0.0, 0.0],
                &[0.0, 0.0, -1.0, -2.0],
                &[0.0, 0.0, 0.0, 1.0],
            ],
        );
        let identity = h.matrix(&[
            &[1.0, 0.0, 0.0, 0.0],
            &[0.0, 1.0, 0.0, 0.0],
            &[0.0, 0.0, 1.0, 0.0],
            &[0.0, 0.0, 0.0, 1.0],
        ]);
        let viewport = h.vector(&[0.0, 0.0, 100.0, 50.0]);
        let point = h.vector(&[0.5, -0.5, 0.0]);
        let args = [
            point.clone(),
            identity.clone(),
            identity.clone(),
            viewport.clone(),
        ];
        let projected = h.call("project", &args).unwrap();
        assert_close(&numbers(&h, &projected), &[75.0, 12.5]);
        let depth = h.call("projectDepth", &args).unwrap();
        assert_close(&numbers(&h, &depth), &[75.0, 12.5, 0.5]);
        let list = h.matrix(&[&[0.5, -0.5, 0.0]]);
        let many = h
            .call("projectList", &[list, identity.clone(), identity, viewport])
            .unwrap();
        assert_rows_close(&rows(&h, &many), &[&[75.0, 12.5]]);
    }
}
