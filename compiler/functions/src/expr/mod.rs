//! A small expression language over the graph: [`Num`]s are scalars of a
//! [`Builder`]'s graph that combine with ordinary operators, so library
//! formulas read like the mathematics they implement.

mod num;
mod vec2;
pub mod vector;

pub use num::{Builder, Num, Operand};
pub use vec2::V2;
