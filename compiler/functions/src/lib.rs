//! Penrose's computation function library over kite's expression graph.
//!
//! [`call`] evaluates a library call such as `normalize(v)` or
//! `closestPoint(s, p)` on Style values whose numbers are scalars of the
//! diagram's [`ExprGraph`]: every result is built from graph nodes, so the
//! optimizer can differentiate through it. Functions that draw random
//! numbers draw from the [`SeedRandom`] stream in Penrose's order and
//! return constants. [`constraint`] and [`objective`] build the terms of
//! `ensure` and `encourage` the same way. [`geometry`] holds the shape
//! queries (bounding boxes, signed distances, shape–shape distance) they
//! share, and [`expr`] the small expression language they are written in.

mod args;
mod constraints;
mod error;
pub mod expr;
mod functions;
pub mod geometry;
mod objectives;
mod path_builder;
mod random;
#[cfg(test)]
mod term_harness;
mod values;

pub use error::{FunctionError, FunctionWarning};
pub use random::SeedRandom;

use args::Args;
use expr::Builder;
use geometry::Scene;
use kite_graph::{ExprGraph, Scalar, Shape, Value};
use kite_library::{FunctionKind, FunctionSpec};

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
    let spec = library_spec(FunctionKind::Computation, name, args)?;
    with_args(spec, args, cx, |args, rng, warnings| {
        functions::dispatch(name, args, rng, warnings)
    })
    .unwrap_or_else(|| Err(unimplemented(spec)))
}

/// The value `g` of the constraint `name` (satisfied when `g ≤ 0`), with
/// `args` already completed with the parameters' defaults.
pub fn constraint(name: &str, args: &[Value], cx: &mut Context) -> Result<Scalar, FunctionError> {
    let spec = library_spec(FunctionKind::Constraint, name, args)?;
    with_args(spec, args, cx, |args, _, warnings| {
        constraints::dispatch(name, args, warnings).map(|g| g.map(|g| g.scalar()))
    })
    .unwrap_or_else(|| Err(unimplemented(spec)))
}

/// The energy of the objective `name` (minimised), with `args` already
/// completed with the parameters' defaults.
pub fn objective(name: &str, args: &[Value], cx: &mut Context) -> Result<Scalar, FunctionError> {
    let spec = library_spec(FunctionKind::Objective, name, args)?;
    with_args(spec, args, cx, |args, _, _| {
        objectives::dispatch(name, args).map(|energy| energy.map(|energy| energy.scalar()))
    })
    .unwrap_or_else(|| Err(unimplemented(spec)))
}

/// Whether a family implements `name` in the position of `spec`'s kind
/// (it answers the name, whatever it makes of `args`, read as `spec`'s).
#[cfg(test)]
fn implements(spec: &'static FunctionSpec, name: &str, args: &[Value], cx: &mut Context) -> bool {
    with_args(spec, args, cx, |args, rng, warnings| match spec.kind {
        FunctionKind::Computation => functions::dispatch(name, args, rng, warnings).is_some(),
        FunctionKind::Constraint => constraints::dispatch(name, args, warnings).is_some(),
        FunctionKind::Objective => objectives::dispatch(name, args).is_some(),
    })
}

fn unimplemented(spec: &FunctionSpec) -> FunctionError {
    FunctionError::new(format!(
        "the {} `{}` has no implementation",
        spec.kind.noun(),
        spec.name
    ))
}

/// The library entry `name` of `kind`, if `args` has one value per
/// parameter.
fn library_spec(
    kind: FunctionKind,
    name: &str,
    args: &[Value],
) -> Result<&'static FunctionSpec, FunctionError> {
    let spec = kite_library::function(kind, name)
        .ok_or_else(|| FunctionError::new(format!("there is no {} `{name}`", kind.noun())))?;
    if args.len() != spec.params.len() {
        return Err(FunctionError::new(format!(
            "`{name}` takes {} arguments, not {}",
            spec.params.len(),
            args.len()
        )));
    }
    Ok(spec)
}

/// Runs `build` on `values` read as the arguments of `spec`, over the
/// context's graph.
fn with_args<R>(
    spec: &'static FunctionSpec,
    values: &[Value],
    cx: &mut Context,
    build: impl FnOnce(&Args, &mut SeedRandom, &mut Vec<FunctionWarning>) -> R,
) -> R {
    let Context {
        graph,
        shapes,
        rng,
        warnings,
    } = cx;
    Builder::with(graph, |builder| {
        let args = Args {
            spec,
            values,
            scene: Scene { builder, shapes },
        };
        build(&args, rng, warnings)
    })
}

#[cfg(test)]
mod tests {
    use super::{Context, implements};
    use crate::functions::tests::Harness;
    use kite_library::FunctionKind;

    const KINDS: [FunctionKind; 3] = [
        FunctionKind::Computation,
        FunctionKind::Constraint,
        FunctionKind::Objective,
    ];

    #[test]
    fn every_library_entry_is_implemented_under_its_name() {
        let mut missing = Vec::new();
        for kind in KINDS {
            for spec in kite_library::functions(kind) {
                let mut h = Harness::new();
                let args: Vec<_> = spec.params.iter().map(|p| h.plausible(p.ty)).collect();
                let mut cx = Context::new(&mut h.graph, &h.shapes, &mut h.rng);
                if !implements(spec, spec.name, &args, &mut cx) {
                    missing.push(format!("{} {}", kind.noun(), spec.name));
                }
            }
        }
        assert!(missing.is_empty(), "no implementation: {missing:?}");
    }

    #[test]
    fn no_family_answers_a_name_outside_the_library() {
        for kind in KINDS {
            let spec = kite_library::functions(kind).next().expect("an entry");
            let mut h = Harness::new();
            let args: Vec<_> = spec.params.iter().map(|p| h.plausible(p.ty)).collect();
            let mut cx = Context::new(&mut h.graph, &h.shapes, &mut h.rng);
            assert!(
                !implements(spec, "noSuchFunction", &args, &mut cx),
                "{}",
                kind.noun()
            );
        }
    }
}
