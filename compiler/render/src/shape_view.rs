//! A shape's properties read as plain numbers, strings and paints. A
//! property that is missing or holds a value of the wrong type reads as
//! the shape type's fixed default; sampled and measured defaults, which
//! have no fixed value, read as 0 (and a sampled colour as no paint).

use crate::color::Paint;
use crate::number::js_number;
use kite_graph::{Color, PathCmd, Scalar, Shape, Value};
use kite_library::{Property, PropertyDefault};

/// One shape and the numbers its scalars stand for.
#[derive(Clone, Copy)]
pub struct ShapeView<'a> {
    pub shape: &'a Shape,
    values: &'a [f64],
}

impl<'a> ShapeView<'a> {
    pub fn new(shape: &'a Shape, values: &'a [f64]) -> ShapeView<'a> {
        ShapeView { shape, values }
    }

    /// The value of a scalar; NaN if the slice has no value for it.
    pub fn number(&self, scalar: Scalar) -> f64 {
        self.values.get(scalar.index()).copied().unwrap_or(f64::NAN)
    }

    pub fn name(&self) -> &'a str {
        &self.shape.name
    }

    /// Whether the shape's type has `property`.
    pub fn has(&self, property: Property) -> bool {
        self.shape.kind.spec().has(property)
    }

    /// The value of one of the shape type's own properties. Reading a
    /// property the shape type does not have is a bug in the renderer.
    fn own(&self, property: Property) -> Option<&'a Value> {
        debug_assert!(
            self.has(property),
            "a {} has no property `{property}`",
            self.shape.kind.name()
        );
        self.shape.property(property)
    }

    fn default(&self, property: Property) -> Option<PropertyDefault> {
        Some(self.shape.kind.spec().property(property)?.default)
    }

    pub fn float(&self, property: Property) -> f64 {
        match self.own(property) {
            Some(Value::Float(scalar)) => self.number(*scalar),
            _ => match self.default(property) {
                Some(PropertyDefault::Number(number)) => number,
                _ => 0.0,
            },
        }
    }

    /// A point property; missing coordinates read as NaN.
    pub fn point(&self, property: Property) -> [f64; 2] {
        match self.own(property).and_then(Value::as_numbers) {
            Some(numbers) => self.pair(numbers),
            None => [0.0, 0.0],
        }
    }

    fn pair(&self, numbers: &[Scalar]) -> [f64; 2] {
        let coordinate = |index: usize| {
            numbers
                .get(index)
                .map_or(f64::NAN, |scalar| self.number(*scalar))
        };
        [coordinate(0), coordinate(1)]
    }

    pub fn string(&self, property: Property) -> &'a str {
        match self.own(property) {
            Some(Value::Str(text)) => text,
            _ => match self.default(property) {
                Some(PropertyDefault::String(text)) => text,
                _ => "",
            },
        }
    }

    pub fn bool(&self, property: Property) -> bool {
        match self.own(property) {
            Some(Value::Bool(value)) => *value,
            _ => matches!(self.default(property), Some(PropertyDefault::Bool(true))),
        }
    }

    pub fn paint(&self, property: Property) -> Paint {
        match self.own(property) {
            Some(Value::Color(Color::Rgba(channels))) => {
                Paint::rgba(channels.map(|scalar| self.number(scalar)))
            }
            Some(Value::Color(Color::Hsva(channels))) => {
                Paint::hsva(channels.map(|scalar| self.number(scalar)))
            }
            Some(Value::Color(Color::None)) => Paint::None,
            _ => match self.default(property) {
                Some(PropertyDefault::Color(channels)) => Paint::rgba(channels),
                _ => Paint::None,
            },
        }
    }

    /// A list of 2D points (extra coordinates are ignored).
    pub fn points(&self, property: Property) -> Vec<[f64; 2]> {
        match self.own(property).and_then(Value::as_rows) {
            Some(rows) => rows.iter().map(|row| self.pair(row)).collect(),
            None => match self.default(property) {
                Some(PropertyDefault::Points(points)) => points.to_vec(),
                _ => Vec::new(),
            },
        }
    }

    pub fn path_data(&self, property: Property) -> &'a [PathCmd] {
        match self.own(property) {
            Some(Value::PathData(commands)) => commands,
            _ => &[],
        }
    }

    /// The passthrough SVG attributes: names the shape type does not
    /// have, holding a string or a number, with their values as text.
    pub fn passthrough(&self) -> impl Iterator<Item = (&'a str, String)> + 'a {
        let view = *self;
        view.shape
            .attributes
            .iter()
            .filter_map(move |(name, value)| match value {
                Value::Str(text) => Some((name.as_str(), text.clone())),
                Value::Float(scalar) => Some((name.as_str(), js_number(view.number(*scalar)))),
                _ => None,
            })
    }
}
