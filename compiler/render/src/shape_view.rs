//! A shape's properties read as plain numbers, strings and paints. A
//! property that is missing or holds a value of the wrong type reads as
//! the shape type's fixed default; sampled and measured defaults, which
//! have no fixed value, read as 0 (and a sampled colour as no paint).

use crate::color::Paint;
use crate::number::js_number;
use kite_graph::{Color, PathCmd, Scalar, Shape, ShapeId, Value};
use kite_library::PropertyDefault;

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

    /// The value of one of the shape type's own properties (a
    /// passthrough attribute of the same name does not count).
    fn own(&self, name: &str) -> Option<&'a Value> {
        self.shape.kind.spec().property(name)?;
        self.shape.property(name)
    }

    fn default(&self, name: &str) -> Option<PropertyDefault> {
        Some(self.shape.kind.spec().property(name)?.default)
    }

    pub fn float(&self, name: &str) -> f64 {
        match self.own(name) {
            Some(Value::Float(scalar)) => self.number(*scalar),
            _ => match self.default(name) {
                Some(PropertyDefault::Number(number)) => number,
                _ => 0.0,
            },
        }
    }

    /// A point property; missing coordinates read as NaN.
    pub fn point(&self, name: &str) -> [f64; 2] {
        match self.own(name).and_then(Value::as_numbers) {
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

    pub fn string(&self, name: &str) -> &'a str {
        match self.own(name) {
            Some(Value::Str(text)) => text,
            _ => match self.default(name) {
                Some(PropertyDefault::String(text)) => text,
                _ => "",
            },
        }
    }

    pub fn bool(&self, name: &str) -> bool {
        match self.own(name) {
            Some(Value::Bool(value)) => *value,
            _ => matches!(self.default(name), Some(PropertyDefault::Bool(true))),
        }
    }

    pub fn paint(&self, name: &str) -> Paint {
        match self.own(name) {
            Some(Value::Color(Color::Rgba(channels))) => {
                Paint::rgba(channels.map(|scalar| self.number(scalar)))
            }
            Some(Value::Color(Color::Hsva(channels))) => {
                Paint::hsva(channels.map(|scalar| self.number(scalar)))
            }
            Some(Value::Color(Color::None)) => Paint::None,
            _ => match self.default(name) {
                Some(PropertyDefault::Color(channels)) => Paint::rgba(channels),
                _ => Paint::None,
            },
        }
    }

    /// A list of 2D points (extra coordinates are ignored).
    pub fn points(&self, name: &str) -> Vec<[f64; 2]> {
        match self.own(name).and_then(Value::as_rows) {
            Some(rows) => rows.iter().map(|row| self.pair(row)).collect(),
            None => match self.default(name) {
                Some(PropertyDefault::Points(points)) => points.to_vec(),
                _ => Vec::new(),
            },
        }
    }

    pub fn path_data(&self, name: &str) -> &'a [PathCmd] {
        match self.own(name) {
            Some(Value::PathData(commands)) => commands,
            _ => &[],
        }
    }

    /// A Group's members, in the order the Style lists them.
    pub fn members(&self) -> &'a [ShapeId] {
        match self.own("shapes") {
            Some(Value::ShapeList(members)) => members,
            _ => &[],
        }
    }

    /// The shape a Group is clipped to.
    pub fn clip(&self) -> Option<ShapeId> {
        match self.own("clipPath") {
            Some(Value::ClipData(clip)) => *clip,
            _ => None,
        }
    }

    /// The passthrough SVG attributes: properties the shape type does not
    /// have, holding a string or a number, with their values as text.
    pub fn passthrough(&self) -> impl Iterator<Item = (&'a str, String)> + 'a {
        let view = *self;
        let spec = view.shape.kind.spec();
        view.shape
            .properties
            .iter()
            .filter(move |(name, _)| spec.property(name).is_none())
            .filter_map(move |(name, value)| match value {
                Value::Str(text) => Some((name.as_str(), text.clone())),
                Value::Float(scalar) => Some((name.as_str(), js_number(view.number(*scalar)))),
                _ => None,
            })
    }
}
