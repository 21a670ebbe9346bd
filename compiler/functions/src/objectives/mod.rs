//! The objectives of `encourage` (spec §7.4), one module per family. Each
//! returns the graph number the layout minimises; each family's `call`
//! answers the names it implements and `None` for the others.

mod labels;
mod placement;
mod polygons;
mod scalars;
mod vectors;

use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;

/// The result of a family's `call`: `None` when the name is not its own.
type Answer<'b> = Option<Result<Num<'b>, FunctionError>>;

/// Penrose's `EPS_DENOM`: added to squared distances before dividing by
/// them.
const EPS_DENOM: f64 = 1e-5;

/// The objective `name` on `args`; `None` when no family implements the
/// name.
pub fn dispatch<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    scalars::call(name, args)
        .or_else(|| vectors::call(name, args))
        .or_else(|| placement::call(name, args))
        .or_else(|| labels::call(name, args))
        .or_else(|| polygons::call(name, args))
}

#[cfg(test)]
mod tests;
