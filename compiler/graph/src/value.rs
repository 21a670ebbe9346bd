//! Style values: numbers are scalars of the graph, everything else is
//! plain data around them.

use crate::diagram::ShapeId;
use crate::graph::Scalar;

/// A colour. Channels of RGBA are in `[0, 1]`; HSVA has the hue in
/// degrees, saturation and value in `[0, 100]` and alpha in `[0, 1]`.
#[derive(Clone, Debug, PartialEq)]
pub enum Color {
    Rgba([Scalar; 4]),
    Hsva([Scalar; 4]),
    /// Nothing is painted.
    None,
}

/// A path command letter; only absolute commands are produced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PathCommand {
    MoveTo,
    LineTo,
    QuadraticTo,
    CubicTo,
    /// `T`: a quadratic Bézier with a reflected control point.
    SmoothQuadraticTo,
    /// `S`: a cubic Bézier with a reflected first control point.
    SmoothCubicTo,
    Arc,
    Close,
}

impl PathCommand {
    pub fn letter(self) -> char {
        match self {
            PathCommand::MoveTo => 'M',
            PathCommand::LineTo => 'L',
            PathCommand::QuadraticTo => 'Q',
            PathCommand::CubicTo => 'C',
            PathCommand::SmoothQuadraticTo => 'T',
            PathCommand::SmoothCubicTo => 'S',
            PathCommand::Arc => 'A',
            PathCommand::Close => 'Z',
        }
    }
}

/// Numbers of a path command: a point (mapped to screen coordinates when
/// drawn) or plain values (arc radii, rotation and flags, drawn as they
/// are).
#[derive(Clone, Debug, PartialEq)]
pub enum PathPiece {
    Point([Scalar; 2]),
    Values(Vec<Scalar>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct PathCmd {
    pub command: PathCommand,
    pub pieces: Vec<PathPiece>,
}

/// A Style value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Float(Scalar),
    Bool(bool),
    Str(String),
    Color(Color),
    /// `( … )` of numbers.
    Vector(Vec<Scalar>),
    /// `[ … ]` of numbers.
    List(Vec<Scalar>),
    Tuple([Scalar; 2]),
    /// `( … )` of vectors: rows.
    Matrix(Vec<Vec<Scalar>>),
    /// `[ … ]` of vectors, lists or tuples.
    ListOfLists(Vec<Vec<Scalar>>),
    PointList(Vec<Vec<Scalar>>),
    PathData(Vec<PathCmd>),
    PathDataList(Vec<Vec<PathCmd>>),
    ShapeList(Vec<ShapeId>),
    /// The shape a Group is clipped to, if any.
    ClipData(Option<ShapeId>),
    Shape(ShapeId),
}

impl Value {
    /// The value's kind as a message names it: "a number", "a list".
    pub fn describe(&self) -> &'static str {
        match self {
            Value::Float(_) => "a number",
            Value::Bool(_) => "a boolean",
            Value::Str(_) => "a string",
            Value::Color(_) => "a colour",
            Value::Vector(_) => "a vector",
            Value::List(_) => "a list",
            Value::Tuple(_) => "a tuple",
            Value::Matrix(_) => "a matrix",
            Value::ListOfLists(_) => "a list of lists",
            Value::PointList(_) => "a list of points",
            Value::PathData(_) => "path data",
            Value::PathDataList(_) => "a list of path data",
            Value::ShapeList(_) => "a list of shapes",
            Value::ClipData(_) => "clip data",
            Value::Shape(_) => "a shape",
        }
    }

    /// The numbers of a vector-like value (vector, list or tuple).
    pub fn as_numbers(&self) -> Option<&[Scalar]> {
        match self {
            Value::Vector(numbers) | Value::List(numbers) => Some(numbers),
            Value::Tuple(pair) => Some(pair),
            _ => None,
        }
    }

    /// The rows of a matrix-like value (matrix, list of lists or point
    /// list).
    pub fn as_rows(&self) -> Option<&[Vec<Scalar>]> {
        match self {
            Value::Matrix(rows) | Value::ListOfLists(rows) | Value::PointList(rows) => Some(rows),
            _ => None,
        }
    }
}
