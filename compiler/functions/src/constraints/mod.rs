//! The constraints of `ensure` (spec §7.3), one module per family. Each
//! returns the graph number `g` that is satisfied when `g ≤ 0`; each
//! family's `call` answers the names it implements and `None` for the
//! others.

mod canvas;
mod comparisons;
mod containment;
mod ellipse_overlap;
mod intervals;
mod layout;
mod points;
pub mod polygons;
mod separation;

use crate::args::Args;
use crate::error::{FunctionError, FunctionWarning};
use crate::expr::Num;

/// The result of a family's `call`: `None` when the name is not its own.
type Answer<'b> = Option<Result<Num<'b>, FunctionError>>;

/// The constraint `name` on `args`; `None` when no family implements the
/// name.
pub fn dispatch<'b>(
    name: &str,
    args: &Args<'_, 'b>,
    warnings: &mut Vec<FunctionWarning>,
) -> Answer<'b> {
    comparisons::call(name, args)
        .or_else(|| intervals::call(name, args))
        .or_else(|| points::call(name, args))
        .or_else(|| canvas::call(name, args))
        .or_else(|| separation::call(name, args, warnings))
        .or_else(|| containment::call(name, args, warnings))
        .or_else(|| ellipse_overlap::call(name, args))
        .or_else(|| layout::call(name, args))
        .or_else(|| polygons::call(name, args))
}

#[cfg(test)]
pub(crate) mod tests;
