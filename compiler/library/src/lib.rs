//! The Penrose shape and function library, as data.
//!
//! One table of shape types with their properties, and one table of the
//! computation functions, constraints and objectives that Style programs call.
//! The checker validates names and argument counts against these tables; the
//! language server draws completion and hover from them; elaboration and the
//! optimizer (later phases) key their implementations on the same names, so a
//! name cannot be known to one part of kite and unknown to another.
//!
//! The crate is pure data: no IO, no state.

mod color;
mod functions;
mod property;
mod shapes;
mod value_type;

pub use color::hsv_to_rgb;
pub use functions::{Fixed, FunctionKind, FunctionSpec, ParamSpec, function, functions};
pub use property::Property;
pub use shapes::{
    PropertyDefault, PropertySpec, PropertyType, SVG_PASSTHROUGH_ATTRIBUTES, ShapeKind, ShapeSpec,
    shape,
};
pub use value_type::{DefaultValue, ShapeSet, ValueType};
