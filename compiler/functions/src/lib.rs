//! Penrose's computation function library over kite's expression graph.
//!
//! [`call`] evaluates a library call such as `normalize(v)` or
//! `closestPoint(s, p)` on Style values whose numbers are scalars of the
//! diagram's [`ExprGraph`]: every result is built from graph nodes, so the
//! optimizer can differentiate through it. Functions that draw random
//! numbers draw from the [`SeedRandom`] stream in Penrose's order and
//! return constants. [`geometry`] holds the shape queries (bounding boxes,
//! signed distances, shape–shape distance) that constraints reuse, and
//! [`expr`] the small expression language they are written in.

mod args;
mod error;
pub mod expr;
mod functions;
pub mod geometry;
mod path_builder;
mod random;
mod values;

pub use error::{FunctionError, FunctionWarning};
pub use random::SeedRandom;

use args::Args;
use expr::Builder;
use geometry::Scene;
use kite_graph::{ExprGraph, Shape, Value};
use kite_library::FunctionKind;

/// What a library call reads and writes besides its arguments.
pub struct Context<'a> {
    pub graph: &'a mut ExprGraph,
    /// The diagram's shapes, which shape values refer to.
    pub shapes: &'a [Shape],
    pub rng: &'a mut SeedRandom,
    /// Warnings of the calls made so far, e.g. bounding-box approximations.
    pub warnings: Vec<FunctionWarning>,
}

impl<'a> Context<'a> {
    pub fn new(
        graph: &'a mut ExprGraph,
        shapes: &'a [Shape],
        rng: &'a mut SeedRandom,
    ) -> Context<'a> {
        Context {
            graph,
            shapes,
            rng,
            warnings: Vec::new(),
        }
    }
}

/// Calls the computation function `name` with `args`, already completed
/// with the parameters' defaults (one value per parameter).
pub fn call(name: &str, args: &[Value], cx: &mut Context) -> Result<Value, FunctionError> {
    let spec = kite_library::function(FunctionKind::Computation, name)
        .ok_or_else(|| FunctionError::new(format!("there is no function `{name}`")))?;
    if args.len() != spec.params.len() {
        return Err(FunctionError::new(format!(
            "`{name}` takes {} arguments, not {}",
            spec.params.len(),
            args.len()
        )));
    }
    let Context {
        graph,
        shapes,
        rng,
        warnings,
    } = cx;
    Builder::with(graph, |builder| {
        let args = Args {
            spec,
            values: args,
            scene: Scene { builder, shapes },
        };
        functions::dispatch(name, &args, rng, warnings)
    })
}
