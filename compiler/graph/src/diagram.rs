//! Shapes and the diagram they make up.

use crate::graph::{ExprGraph, Scalar, Stages};
use crate::value::{Color, Value};
use indexmap::IndexMap;
use kite_diagnostics::{FileId, Span};
use kite_library::{FunctionKind, Property, ShapeKind};

/// A shape, by its index in [`Diagram::shapes`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ShapeId(pub u32);

impl ShapeId {
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// The Style statement that made a shape or a term, and the Substance
/// objects of the match that ran it.
#[derive(Clone, Debug, PartialEq)]
pub struct Origin {
    pub file: FileId,
    pub statement: Span,
    pub objects: Vec<String>,
}

impl Origin {
    /// The origin of a shape or term built by hand rather than by a
    /// Style (in tests): file 0, an empty span, no objects.
    pub fn detached() -> Origin {
        Origin {
            file: FileId(0),
            statement: Span::empty_at(0),
            objects: Vec::new(),
        }
    }
}

/// A shape with all its properties: those the Style sets, over the
/// defaults, then the passthrough SVG attributes.
#[derive(Clone, Debug, PartialEq)]
pub struct Shape {
    pub kind: ShapeKind,
    /// The canonical path of the field that holds the shape.
    pub name: String,
    /// The shape type's own properties, in the order of its spec.
    pub properties: IndexMap<Property, Value>,
    /// Names the shape type does not have, set by the Style to a string
    /// or a number, which pass through to the SVG element as attributes.
    pub attributes: Vec<(String, Value)>,
    pub origin: Origin,
}

impl Shape {
    pub fn property(&self, property: Property) -> Option<&Value> {
        self.properties.get(&property)
    }

    pub fn float(&self, property: Property) -> Option<Scalar> {
        match self.property(property)? {
            Value::Float(scalar) => Some(*scalar),
            _ => None,
        }
    }

    /// A vector-like property, e.g. `center`.
    pub fn numbers(&self, property: Property) -> Option<&[Scalar]> {
        self.property(property)?.as_numbers()
    }

    /// A 2D point property, e.g. `center` or `start`.
    pub fn point(&self, property: Property) -> Option<[Scalar; 2]> {
        match self.numbers(property)? {
            [x, y, ..] => Some([*x, *y]),
            _ => None,
        }
    }

    pub fn string(&self, property: Property) -> Option<&str> {
        match self.property(property)? {
            Value::Str(text) => Some(text),
            _ => None,
        }
    }

    pub fn bool(&self, property: Property) -> Option<bool> {
        match self.property(property)? {
            Value::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// A Group's members, in the order the Style lists them (none for
    /// other shapes).
    pub fn members(&self) -> &[ShapeId] {
        match self.property(Property::Shapes) {
            Some(Value::ShapeList(members)) => members,
            _ => &[],
        }
    }

    /// The shape a Group is clipped to.
    pub fn clip(&self) -> Option<ShapeId> {
        match self.property(Property::ClipPath) {
            Some(Value::ClipData(clip)) => *clip,
            _ => None,
        }
    }

    /// Every shape a Group holds: its members, then its clip shape.
    pub fn held(&self) -> impl Iterator<Item = ShapeId> + '_ {
        self.members().iter().copied().chain(self.clip())
    }

    pub fn color(&self, property: Property) -> Option<&Color> {
        match self.property(property)? {
            Value::Color(color) => Some(color),
            _ => None,
        }
    }
}

/// The canvas: the diagram's size in pixels, origin at the centre, y up.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Canvas {
    pub width: f64,
    pub height: f64,
}

/// An elaborated diagram: the graph, every shape, and the order shapes
/// are drawn in.
#[derive(Clone, Debug, PartialEq)]
pub struct Diagram {
    pub graph: ExprGraph,
    pub shapes: Vec<Shape>,
    /// Every shape, bottom first. Shapes inside Groups are drawn inside
    /// their Group, in this order.
    pub order: Vec<ShapeId>,
    pub canvas: Canvas,
    /// The variation string the inputs were sampled with.
    pub variation: String,
    /// Every `ensure` and `encourage`, in the order the Style runs them,
    /// then the `onCanvas` constraints of shapes kept on the canvas.
    pub terms: Vec<Term>,
    /// The layout stages in order (empty without a `layout` statement).
    pub stages: Vec<String>,
    /// The box around the top-level shapes; `None` when none of them has
    /// a box.
    pub bounds: Option<Bounds>,
}

/// An axis-aligned box in diagram coordinates (y up), its edges as
/// scalars of the diagram's graph.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Bounds {
    pub left: Scalar,
    pub bottom: Scalar,
    pub right: Scalar,
    pub top: Scalar,
}

/// One `ensure` (a constraint) or `encourage` (an objective) of one run
/// of a block, with its arguments evaluated.
#[derive(Clone, Debug, PartialEq)]
pub struct Term {
    /// [`FunctionKind::Constraint`] or [`FunctionKind::Objective`].
    pub kind: FunctionKind,
    pub function: String,
    pub args: Vec<Value>,
    /// The constraint's `g` (satisfied when `g ≤ 0`) or the objective's
    /// energy.
    pub value: Scalar,
    pub stages: Stages,
    pub origin: Origin,
}

impl Diagram {
    pub fn shape(&self, id: ShapeId) -> &Shape {
        &self.shapes[id.index()]
    }
}
