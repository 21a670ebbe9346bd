//! The expression graph of a diagram: every number a diagram holds is a
//! [`Scalar`], a node of one [`ExprGraph`] whose leaves are constants and
//! optimisation inputs. Values, shapes and the diagram are built from
//! scalars, so the layout engine can evaluate and differentiate any of
//! them by replaying the graph.

mod diagram;
mod graph;
mod ops;
mod roots;
mod tape;
mod value;

pub use diagram::{Bounds, Canvas, Diagram, Origin, Shape, ShapeId, Term};
pub use graph::{ExprGraph, Input, InputOrigin, Node, Scalar, Stages};
pub use ops::{BinaryOp, UnaryOp};
pub use tape::{Tape, Workspace};
pub use value::{Color, PathCmd, PathCommand, PathPiece, Value};
