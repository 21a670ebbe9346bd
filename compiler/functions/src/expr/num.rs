//! [`Builder`], the graph behind every [`Num`], and the operators on
//! numbers.

use kite_graph::{BinaryOp, ExprGraph, Scalar, UnaryOp};
use std::cell::RefCell;
use std::ops::{Add, Div, Mul, Neg, Not, Sub};

/// Owns the graph while expressions are built over it.
#[derive(Debug, Default)]
pub struct Builder {
    graph: RefCell<ExprGraph>,
}

impl Builder {
    pub fn new(graph: ExprGraph) -> Builder {
        Builder {
            graph: RefCell::new(graph),
        }
    }

    pub fn into_graph(self) -> ExprGraph {
        self.graph.into_inner()
    }

    /// Runs `build` with a builder over `graph`, then gives the graph back.
    pub fn with<R>(graph: &mut ExprGraph, build: impl FnOnce(&Builder) -> R) -> R {
        let builder = Builder::new(std::mem::take(graph));
        let result = build(&builder);
        *graph = builder.into_graph();
        result
    }

    pub fn num(&self, value: f64) -> Num<'_> {
        let scalar = self.graph.borrow_mut().constant(value);
        self.wrap(scalar)
    }

    pub fn wrap(&self, scalar: Scalar) -> Num<'_> {
        Num {
            builder: self,
            scalar,
        }
    }

    pub fn wrap_all(&self, scalars: &[Scalar]) -> Vec<Num<'_>> {
        scalars.iter().map(|&scalar| self.wrap(scalar)).collect()
    }

    /// The sum of `terms`, `0` when there are none.
    pub fn sum<'b>(&'b self, terms: &[Num<'b>]) -> Num<'b> {
        match terms.split_first() {
            None => self.num(0.0),
            Some((first, rest)) => rest.iter().fold(*first, |sum, &term| sum + term),
        }
    }

    /// The largest of `terms`, `-∞` when there are none.
    pub fn max_of<'b>(&'b self, terms: &[Num<'b>]) -> Num<'b> {
        match terms.split_first() {
            None => self.num(f64::NEG_INFINITY),
            Some((first, rest)) => rest.iter().fold(*first, |max, &term| max.max(term)),
        }
    }

    /// The smallest of `terms`, `∞` when there are none.
    pub fn min_of<'b>(&'b self, terms: &[Num<'b>]) -> Num<'b> {
        match terms.split_first() {
            None => self.num(f64::INFINITY),
            Some((first, rest)) => rest.iter().fold(*first, |min, &term| min.min(term)),
        }
    }

    fn unary(&self, op: UnaryOp, a: Scalar) -> Scalar {
        self.graph.borrow_mut().unary(op, a)
    }

    fn binary(&self, op: BinaryOp, a: Scalar, b: Scalar) -> Scalar {
        self.graph.borrow_mut().binary(op, a, b)
    }
}

/// A number of the graph under construction.
#[derive(Clone, Copy)]
pub struct Num<'b> {
    builder: &'b Builder,
    scalar: Scalar,
}

impl std::fmt::Debug for Num<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Num({:?} = {})", self.scalar, self.value())
    }
}

/// What combines with a [`Num`]: another number or a plain `f64`.
pub trait Operand<'b> {
    fn into_num(self, builder: &'b Builder) -> Num<'b>;
}

impl<'b> Operand<'b> for Num<'b> {
    fn into_num(self, _builder: &'b Builder) -> Num<'b> {
        self
    }
}

impl<'b> Operand<'b> for f64 {
    fn into_num(self, builder: &'b Builder) -> Num<'b> {
        builder.num(self)
    }
}

impl<'b> Num<'b> {
    pub fn scalar(self) -> Scalar {
        self.scalar
    }

    pub fn builder(self) -> &'b Builder {
        self.builder
    }

    /// The value if the number is a constant of the layout.
    pub fn constant(self) -> Option<f64> {
        self.builder.graph.borrow().as_constant(self.scalar)
    }

    /// The value at the inputs' initial values.
    pub fn value(self) -> f64 {
        self.builder.graph.borrow().value(self.scalar)
    }

    fn unary(self, op: UnaryOp) -> Num<'b> {
        self.builder.wrap(self.builder.unary(op, self.scalar))
    }

    fn binary(self, op: BinaryOp, other: impl Operand<'b>) -> Num<'b> {
        let other = other.into_num(self.builder);
        self.builder
            .wrap(self.builder.binary(op, self.scalar, other.scalar))
    }

    pub fn abs(self) -> Num<'b> {
        self.unary(UnaryOp::Abs)
    }

    pub fn sign(self) -> Num<'b> {
        self.unary(UnaryOp::Sign)
    }

    pub fn floor(self) -> Num<'b> {
        self.unary(UnaryOp::Floor)
    }

    pub fn ceil(self) -> Num<'b> {
        self.unary(UnaryOp::Ceil)
    }

    pub fn round(self) -> Num<'b> {
        self.unary(UnaryOp::Round)
    }

    pub fn trunc(self) -> Num<'b> {
        self.unary(UnaryOp::Trunc)
    }

    pub fn sqrt(self) -> Num<'b> {
        self.unary(UnaryOp::Sqrt)
    }

    pub fn cbrt(self) -> Num<'b> {
        self.unary(UnaryOp::Cbrt)
    }

    pub fn square(self) -> Num<'b> {
        self.unary(UnaryOp::Square)
    }

    pub fn exp(self) -> Num<'b> {
        self.unary(UnaryOp::Exp)
    }

    pub fn exp_m1(self) -> Num<'b> {
        self.unary(UnaryOp::Expm1)
    }

    pub fn ln(self) -> Num<'b> {
        self.unary(UnaryOp::Ln)
    }

    pub fn log2(self) -> Num<'b> {
        self.unary(UnaryOp::Log2)
    }

    pub fn log10(self) -> Num<'b> {
        self.unary(UnaryOp::Log10)
    }

    pub fn ln_1p(self) -> Num<'b> {
        self.unary(UnaryOp::Ln1p)
    }

    pub fn sin(self) -> Num<'b> {
        self.unary(UnaryOp::Sin)
    }

    pub fn cos(self) -> Num<'b> {
        self.unary(UnaryOp::Cos)
    }

    pub fn tan(self) -> Num<'b> {
        self.unary(UnaryOp::Tan)
    }

    pub fn asin(self) -> Num<'b> {
        self.unary(UnaryOp::Asin)
    }

    pub fn acos(self) -> Num<'b> {
        self.unary(UnaryOp::Acos)
    }

    pub fn atan(self) -> Num<'b> {
        self.unary(UnaryOp::Atan)
    }

    pub fn sinh(self) -> Num<'b> {
        self.unary(UnaryOp::Sinh)
    }

    pub fn cosh(self) -> Num<'b> {
        self.unary(UnaryOp::Cosh)
    }

    pub fn tanh(self) -> Num<'b> {
        self.unary(UnaryOp::Tanh)
    }

    pub fn asinh(self) -> Num<'b> {
        self.unary(UnaryOp::Asinh)
    }

    pub fn acosh(self) -> Num<'b> {
        self.unary(UnaryOp::Acosh)
    }

    pub fn atanh(self) -> Num<'b> {
        self.unary(UnaryOp::Atanh)
    }

    pub fn pow(self, exponent: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Pow, exponent)
    }

    pub fn max(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Max, other)
    }

    pub fn min(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Min, other)
    }

    /// `max(low, min(high, self))`, Penrose's `clamp`.
    pub fn clamp(self, low: impl Operand<'b>, high: impl Operand<'b>) -> Num<'b> {
        let low = low.into_num(self.builder);
        low.max(self.min(high))
    }

    /// The angle of the vector `(x, self)`, like [`f64::atan2`].
    pub fn atan2(self, x: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Atan2, x)
    }

    pub fn lt(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Lt, other)
    }

    pub fn le(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Le, other)
    }

    pub fn gt(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Gt, other)
    }

    pub fn ge(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Ge, other)
    }

    pub fn equals(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Eq, other)
    }

    pub fn and(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::And, other)
    }

    pub fn or(self, other: impl Operand<'b>) -> Num<'b> {
        self.binary(BinaryOp::Or, other)
    }

    /// Exactly one of `self` and `other` is true.
    pub fn xor(self, other: impl Operand<'b>) -> Num<'b> {
        !self.equals(other)
    }

    /// `then` where this condition is true (non-zero), else `otherwise`.
    pub fn select(self, then: impl Operand<'b>, otherwise: impl Operand<'b>) -> Num<'b> {
        let then = then.into_num(self.builder);
        let otherwise = otherwise.into_num(self.builder);
        let scalar =
            self.builder
                .graph
                .borrow_mut()
                .select(self.scalar, then.scalar, otherwise.scalar);
        self.builder.wrap(scalar)
    }

    /// `-1` for negative numbers, else `1` (Penrose's `msign`).
    pub fn msign(self) -> Num<'b> {
        self.lt(0.0).select(-1.0, 1.0)
    }
}

macro_rules! binary_operator {
    ($trait:ident, $method:ident, $op:expr) => {
        impl<'b, R: Operand<'b>> $trait<R> for Num<'b> {
            type Output = Num<'b>;

            fn $method(self, other: R) -> Num<'b> {
                self.binary($op, other)
            }
        }

        impl<'b> $trait<Num<'b>> for f64 {
            type Output = Num<'b>;

            fn $method(self, other: Num<'b>) -> Num<'b> {
                other.builder.num(self).binary($op, other)
            }
        }
    };
}

binary_operator!(Add, add, BinaryOp::Add);
binary_operator!(Sub, sub, BinaryOp::Sub);
binary_operator!(Mul, mul, BinaryOp::Mul);
binary_operator!(Div, div, BinaryOp::Div);

/// Logical negation: `1` where the number is `0`, else `0`.
impl<'b> Not for Num<'b> {
    type Output = Num<'b>;

    fn not(self) -> Num<'b> {
        self.unary(UnaryOp::Not)
    }
}

impl<'b> Neg for Num<'b> {
    type Output = Num<'b>;

    fn neg(self) -> Num<'b> {
        self.unary(UnaryOp::Neg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use kite_graph::{Input, InputOrigin, Stages};

    #[test]
    fn operators_build_folded_nodes() {
        let builder = Builder::default();
        let two = builder.num(2.0);
        let five = two * 2.0 + 1.0;
        assert_eq!(five.constant(), Some(5.0));
        assert_eq!((1.0 - two).value(), -1.0);
        assert_eq!(two.lt(3.0).select(10.0, 20.0).value(), 10.0);
        assert_eq!(builder.sum(&[]).value(), 0.0);
        assert_eq!(builder.max_of(&[]).value(), f64::NEG_INFINITY);
        assert_eq!(builder.min_of(&[two, five]).value(), 2.0);
    }

    #[test]
    fn inputs_stay_symbolic() {
        let mut graph = ExprGraph::new();
        let x = graph.input(Input {
            initial: 3.0,
            stages: Stages::All,
            origin: InputOrigin::Random,
        });
        let squared = Builder::with(&mut graph, |builder| {
            let x = builder.wrap(x);
            assert_eq!(x.constant(), None);
            (x * x).scalar()
        });
        assert_eq!(graph.value(squared), 9.0);
        assert_eq!(graph.evaluate(&[4.0])[squared.index()], 16.0);
    }
}
