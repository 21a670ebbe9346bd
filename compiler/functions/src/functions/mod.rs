//! The library functions, one module per family. Each family's `call`
//! answers the names it implements and `None` for the others.

mod colors;
mod curves;
mod embedding;
mod marks;
mod matrices;
mod paths;
mod queries;
mod rays;
mod sampling;
mod scalar;
mod text;
mod transforms;
mod triangles;
mod vectors;

use crate::args::Args;
use crate::error::{FunctionError, FunctionWarning};
use crate::random::SeedRandom;
use kite_graph::Value;

/// The result of a family's `call`: `None` when the name is not its own.
type Answer = Option<Result<Value, FunctionError>>;

/// The computation function `name` on `args`; `None` when no family
/// implements the name.
pub fn dispatch(
    name: &str,
    args: &Args,
    rng: &mut SeedRandom,
    warnings: &mut Vec<FunctionWarning>,
) -> Answer {
    scalar::call(name, args)
        .or_else(|| vectors::call(name, args))
        .or_else(|| matrices::call(name, args))
        .or_else(|| transforms::call(name, args))
        .or_else(|| colors::call(name, args))
        .or_else(|| paths::call(name, args))
        .or_else(|| marks::call(name, args))
        .or_else(|| triangles::call(name, args))
        .or_else(|| curves::call(name, args))
        .or_else(|| embedding::call(name, args))
        .or_else(|| text::call(name, args))
        .or_else(|| sampling::call(name, args, rng))
        .or_else(|| queries::call(name, args, warnings))
        .or_else(|| rays::call(name, args))
}

#[cfg(test)]
mod gradients;
#[cfg(test)]
pub(crate) mod tests;
