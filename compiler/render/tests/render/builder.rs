//! Diagrams built by hand: every shape starts from its type's defaults
//! (sampled ones fixed to plain numbers), then takes the properties a
//! test gives it; names the type does not have become passthrough
//! attributes.

use indexmap::IndexMap;
use kite_functions::geometry::diagram_bounds;
use kite_graph::{
    Canvas, Color, Diagram, ExprGraph, Origin, PathCmd, PathCommand, PathPiece, Scalar, Shape,
    ShapeId, Value,
};
use kite_library::{PropertyDefault, ShapeKind};

/// A property value as a test writes it.
pub enum Prop {
    Num(f64),
    Point(f64, f64),
    Str(&'static str),
    Bool(bool),
    Rgba([f64; 4]),
    Hsva([f64; 4]),
    NoPaint,
    Points(Vec<[f64; 2]>),
    Path(Vec<Segment>),
    Shapes(Vec<ShapeId>),
    Clip(ShapeId),
}

/// A path command: its letter and its pieces.
pub struct Segment(pub PathCommand, pub Vec<Piece>);

pub enum Piece {
    Point(f64, f64),
    Values(Vec<f64>),
}

pub struct DiagramBuilder {
    graph: ExprGraph,
    shapes: Vec<Shape>,
    order: Vec<ShapeId>,
}

impl DiagramBuilder {
    pub fn new() -> DiagramBuilder {
        DiagramBuilder {
            graph: ExprGraph::new(),
            shapes: Vec::new(),
            order: Vec::new(),
        }
    }

    /// Adds a shape on top of the ones added before.
    pub fn shape(&mut self, kind: ShapeKind, name: &str, props: Vec<(&str, Prop)>) -> ShapeId {
        let mut properties = IndexMap::new();
        for property in kind.spec().all_properties() {
            let value = self.default(property.default, name);
            properties.insert(property.property, value);
        }
        let mut attributes = Vec::new();
        for (property, prop) in props {
            let value = self.value(prop);
            match kind.spec().property_named(property) {
                Some(spec) => {
                    properties.insert(spec.property, value);
                }
                None => attributes.push((property.to_string(), value)),
            }
        }
        let id = ShapeId(u32::try_from(self.shapes.len()).expect("few shapes"));
        self.shapes.push(Shape {
            kind,
            name: name.to_string(),
            properties,
            attributes,
            origin: Origin::detached(),
        });
        self.order.push(id);
        id
    }

    /// Replaces the draw order.
    pub fn order(&mut self, order: Vec<ShapeId>) {
        self.order = order;
    }

    /// The diagram, with its bounds built as elaboration builds them.
    pub fn build(self, width: f64, height: f64) -> Diagram {
        let mut diagram = Diagram {
            graph: self.graph,
            shapes: self.shapes,
            order: self.order,
            canvas: Canvas { width, height },
            variation: "test".to_string(),
            terms: Vec::new(),
            stages: Vec::new(),
            bounds: None,
        };
        let roots = diagram.roots();
        diagram.bounds = diagram_bounds(&mut diagram.graph, &diagram.shapes, &roots);
        diagram
    }

    fn number(&mut self, value: f64) -> Scalar {
        self.graph.constant(value)
    }

    fn default(&mut self, default: PropertyDefault, name: &str) -> Value {
        match default {
            PropertyDefault::Number(number) => Value::Float(self.number(number)),
            PropertyDefault::String(text) => Value::Str(text.to_string()),
            PropertyDefault::Bool(value) => Value::Bool(value),
            PropertyDefault::Color(channels) => self.value(Prop::Rgba(channels)),
            PropertyDefault::NoPaint => Value::Color(Color::None),
            PropertyDefault::Points(points) => self.value(Prop::Points(points.to_vec())),
            PropertyDefault::EmptyPath => Value::PathData(Vec::new()),
            PropertyDefault::NoShapes => Value::ShapeList(Vec::new()),
            PropertyDefault::NoClip => Value::ClipData(None),
            PropertyDefault::SampledPoint => self.value(Prop::Point(0.0, 0.0)),
            PropertyDefault::SampledWidth => Value::Float(self.number(50.0)),
            PropertyDefault::SampledHeight => Value::Float(self.number(40.0)),
            PropertyDefault::SampledColor => self.value(Prop::Rgba([0.5, 0.25, 0.75, 0.5])),
            PropertyDefault::Measured => Value::Float(self.number(0.0)),
            PropertyDefault::ShapePath => Value::Str(name.to_string()),
        }
    }

    fn value(&mut self, prop: Prop) -> Value {
        match prop {
            Prop::Num(value) => Value::Float(self.number(value)),
            Prop::Point(x, y) => Value::Vector(vec![self.number(x), self.number(y)]),
            Prop::Str(text) => Value::Str(text.to_string()),
            Prop::Bool(value) => Value::Bool(value),
            Prop::Rgba(channels) => Value::Color(Color::Rgba(channels.map(|c| self.number(c)))),
            Prop::Hsva(channels) => Value::Color(Color::Hsva(channels.map(|c| self.number(c)))),
            Prop::NoPaint => Value::Color(Color::None),
            Prop::Points(points) => Value::PointList(
                points
                    .into_iter()
                    .map(|[x, y]| vec![self.number(x), self.number(y)])
                    .collect(),
            ),
            Prop::Path(segments) => Value::PathData(
                segments
                    .into_iter()
                    .map(|Segment(command, pieces)| PathCmd {
                        command,
                        pieces: pieces
                            .into_iter()
                            .map(|piece| match piece {
                                Piece::Point(x, y) => {
                                    PathPiece::Point([self.number(x), self.number(y)])
                                }
                                Piece::Values(values) => PathPiece::Values(
                                    values.into_iter().map(|v| self.number(v)).collect(),
                                ),
                            })
                            .collect(),
                    })
                    .collect(),
            ),
            Prop::Shapes(shapes) => Value::ShapeList(shapes),
            Prop::Clip(shape) => Value::ClipData(Some(shape)),
        }
    }
}
