//! [`V2`], a point or direction in the plane.

use super::num::{Num, Operand};
use std::ops::{Add, Div, Mul, Neg, Sub};

/// Penrose adds this to a norm before dividing by it (`EPS_DENOM`).
pub const NORMALIZE_EPSILON: f64 = 1e-5;

#[derive(Clone, Copy, Debug)]
pub struct V2<'b> {
    pub x: Num<'b>,
    pub y: Num<'b>,
}

impl<'b> V2<'b> {
    pub fn new(x: Num<'b>, y: Num<'b>) -> V2<'b> {
        V2 { x, y }
    }

    /// The first two numbers, if the slice has exactly two.
    pub fn from_slice(numbers: &[Num<'b>]) -> Option<V2<'b>> {
        match numbers {
            [x, y] => Some(V2::new(*x, *y)),
            _ => None,
        }
    }

    pub fn to_vec(self) -> Vec<Num<'b>> {
        vec![self.x, self.y]
    }

    pub fn dot(self, other: V2<'b>) -> Num<'b> {
        self.x * other.x + self.y * other.y
    }

    /// The 2D cross product `x·other.y − y·other.x`.
    pub fn cross(self, other: V2<'b>) -> Num<'b> {
        self.x * other.y - self.y * other.x
    }

    pub fn norm_squared(self) -> Num<'b> {
        self.x.square() + self.y.square()
    }

    pub fn norm(self) -> Num<'b> {
        self.norm_squared().sqrt()
    }

    pub fn dist(self, other: V2<'b>) -> Num<'b> {
        (self - other).norm()
    }

    pub fn dist_squared(self, other: V2<'b>) -> Num<'b> {
        (self - other).norm_squared()
    }

    /// `self / (‖self‖ + 1e-5)`.
    pub fn normalize(self) -> V2<'b> {
        self / (self.norm() + NORMALIZE_EPSILON)
    }

    /// Rotated 90° counterclockwise: `(−y, x)`.
    pub fn rot90(self) -> V2<'b> {
        V2::new(-self.y, self.x)
    }

    /// Rotated counterclockwise by `degrees`.
    pub fn rotate_degrees(self, degrees: impl Operand<'b>) -> V2<'b> {
        let angle = degrees.into_num(self.x.builder()) * std::f64::consts::PI / 180.0;
        let (cos, sin) = (angle.cos(), angle.sin());
        V2::new(cos * self.x - sin * self.y, sin * self.x + cos * self.y)
    }

    /// `self + amount·direction`.
    pub fn moved(self, amount: impl Operand<'b>, direction: V2<'b>) -> V2<'b> {
        self + direction * amount.into_num(self.x.builder())
    }

    pub fn abs(self) -> V2<'b> {
        V2::new(self.x.abs(), self.y.abs())
    }

    /// Componentwise `self / other`.
    pub fn divide(self, other: V2<'b>) -> V2<'b> {
        V2::new(self.x / other.x, self.y / other.y)
    }

    /// Componentwise `self · other`.
    pub fn multiply(self, other: V2<'b>) -> V2<'b> {
        V2::new(self.x * other.x, self.y * other.y)
    }

    /// `then` where `condition` is true, else `otherwise`, per component.
    pub fn select(condition: Num<'b>, then: V2<'b>, otherwise: V2<'b>) -> V2<'b> {
        V2::new(
            condition.select(then.x, otherwise.x),
            condition.select(then.y, otherwise.y),
        )
    }
}

impl<'b> Add for V2<'b> {
    type Output = V2<'b>;

    fn add(self, other: V2<'b>) -> V2<'b> {
        V2::new(self.x + other.x, self.y + other.y)
    }
}

impl<'b> Sub for V2<'b> {
    type Output = V2<'b>;

    fn sub(self, other: V2<'b>) -> V2<'b> {
        V2::new(self.x - other.x, self.y - other.y)
    }
}

impl<'b> Neg for V2<'b> {
    type Output = V2<'b>;

    fn neg(self) -> V2<'b> {
        V2::new(-self.x, -self.y)
    }
}

/// Scaling by a number, written `v * c` for Penrose's `vmul(c, v)`.
impl<'b, R: Operand<'b>> Mul<R> for V2<'b> {
    type Output = V2<'b>;

    fn mul(self, factor: R) -> V2<'b> {
        let factor = factor.into_num(self.x.builder());
        V2::new(factor * self.x, factor * self.y)
    }
}

impl<'b, R: Operand<'b>> Div<R> for V2<'b> {
    type Output = V2<'b>;

    fn div(self, divisor: R) -> V2<'b> {
        let divisor = divisor.into_num(self.x.builder());
        V2::new(self.x / divisor, self.y / divisor)
    }
}
