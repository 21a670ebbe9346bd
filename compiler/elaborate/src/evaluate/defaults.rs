//! Every shape's default property set, sampled before evaluation in
//! Penrose's order: shape by shape in creation order (namespaces, then
//! blocks' locals, then Substance objects), property by property in the
//! order of the shape's default table (§5.4, §6).

use super::{Evaluator, creation_order};
use crate::fields::{Field, FieldKey};
use kite_graph::{Color, Input, InputOrigin, Scalar, Stages, Value};
use kite_library::{Property, PropertyDefault, ShapeKind, shape};

impl Evaluator<'_, '_> {
    pub(super) fn sample_defaults(&mut self) {
        let translation = self.translation;
        for field in creation_order(translation) {
            let Field::Shape(shape_field) = &translation.fields[field] else {
                continue;
            };
            let Some(kind) = shape(&shape_field.shape.name) else {
                continue;
            };
            let (key, _) = translation.fields.get_index(field).expect("a field");
            let path = key.to_string();
            let values = kind
                .spec()
                .all_properties()
                .map(|property| match property.default {
                    PropertyDefault::ShapePath => Value::Str(shape_name(key)),
                    default => {
                        let origin = format!("{path}.{}", property.name());
                        self.default_value(default, origin)
                    }
                })
                .collect();
            self.defaults.insert(field, ShapeDefaults { kind, values });
        }
    }

    fn default_value(&mut self, default: PropertyDefault, origin: String) -> Value {
        let (width, height) = (self.canvas.width, self.canvas.height);
        match default {
            PropertyDefault::Number(number) => Value::Float(self.graph.constant(number)),
            PropertyDefault::String(text) => Value::Str(text.to_string()),
            PropertyDefault::Bool(value) => Value::Bool(value),
            PropertyDefault::Color(channels) => {
                Value::Color(Color::Rgba(channels.map(|c| self.graph.constant(c))))
            }
            PropertyDefault::NoPaint => Value::Color(Color::None),
            PropertyDefault::Points(points) => Value::PointList(
                points
                    .iter()
                    .map(|point| point.iter().map(|&c| self.graph.constant(c)).collect())
                    .collect(),
            ),
            PropertyDefault::EmptyPath => Value::PathData(Vec::new()),
            PropertyDefault::NoShapes => Value::ShapeList(Vec::new()),
            PropertyDefault::NoClip => Value::ClipData(None),
            PropertyDefault::SampledPoint => {
                let x = self.sampled(-width / 2.0, width / 2.0, &origin);
                let y = self.sampled(-height / 2.0, height / 2.0, &origin);
                Value::Vector(vec![x, y])
            }
            PropertyDefault::SampledWidth => Value::Float(self.sampled(3.0, width / 6.0, &origin)),
            PropertyDefault::SampledHeight => {
                Value::Float(self.sampled(3.0, height / 6.0, &origin))
            }
            PropertyDefault::SampledColor => {
                let [r, g, b] = [(); 3].map(|()| self.sampled(0.1, 0.9, &origin));
                let alpha = self.graph.constant(0.5);
                Value::Color(Color::Rgba([r, g, b, alpha]))
            }
            PropertyDefault::Measured => Value::Float(self.graph.input(Input {
                initial: 0.0,
                stages: Stages::Never,
                origin: InputOrigin::Measured(origin),
            })),
            // Set from the shape's field by `sample_defaults`.
            PropertyDefault::ShapePath => Value::Str(String::new()),
        }
    }

    /// An optimised input sampled uniformly in `[low, high)`.
    fn sampled(&mut self, low: f64, high: f64, origin: &str) -> Scalar {
        let initial = self.rng.uniform(low, high);
        self.graph.input(Input {
            initial,
            stages: Stages::All,
            origin: InputOrigin::Default(origin.to_string()),
        })
    }
}

/// A shape's default property values, in the order of its type's
/// [`all_properties`](kite_library::ShapeSpec::all_properties).
pub(super) struct ShapeDefaults {
    kind: ShapeKind,
    values: Vec<Value>,
}

impl ShapeDefaults {
    /// The default of `property`.
    pub(super) fn get(&self, property: Property) -> Option<&Value> {
        self.values
            .get(self.kind.spec().property_position(property)?)
    }

    /// Every default, in property order.
    pub(super) fn values(&self) -> &[Value] {
        &self.values
    }
}

/// A shape's name: its field's canonical path, with Substance objects
/// written plainly (`A.icon`), as in Penrose's output.
fn shape_name(key: &FieldKey) -> String {
    key.to_string().replace('`', "")
}
