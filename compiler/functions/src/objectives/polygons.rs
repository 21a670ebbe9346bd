//! Objectives on the regularity of polygonal chains, the constraint
//! measures of the same names (and their sum for `isRegular`).

use super::Answer;
use crate::args::Args;
use crate::constraints::polygons::{chain, equiangular, equilateral};

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    let builder = args.builder();
    Some(match name {
        "isRegular" => chain(args, true).map(|(points, closed)| {
            equilateral(builder, &points, closed) + equiangular(builder, &points, closed)
        }),
        "isEquilateral" => {
            chain(args, false).map(|(points, closed)| equilateral(builder, &points, closed))
        }
        "isEquiangular" => {
            chain(args, true).map(|(points, closed)| equiangular(builder, &points, closed))
        }
        _ => return None,
    })
}
