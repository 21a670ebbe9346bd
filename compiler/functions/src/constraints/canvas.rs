//! `onCanvas`: a shape's bounding box, stroke included, stays inside the
//! canvas centred on the origin.

use super::Answer;
use super::intervals::contains_1d;
use crate::args::Args;
use crate::error::FunctionError;
use crate::expr::Num;
use crate::geometry::bbox;

pub fn call<'b>(name: &str, args: &Args<'_, 'b>) -> Answer<'b> {
    match name {
        "onCanvas" => Some(on_canvas(args)),
        _ => None,
    }
}

fn on_canvas<'b>(args: &Args<'_, 'b>) -> Result<Num<'b>, FunctionError> {
    let shape = args.shape(0)?;
    let (width, height) = (args.real(1)?, args.real(2)?);
    let b = bbox(shape, args.scene).map_err(|e| e.in_argument(0))?;
    let x_range = [width * -0.5, width * 0.5];
    let y_range = [height * -0.5, height * 0.5];
    Ok(contains_1d(x_range, [b.min_x(), b.max_x()]) + contains_1d(y_range, [b.min_y(), b.max_y()]))
}
