//! Assembling a shape: explicit properties (cast to the property's type)
//! over the sampled defaults, then passthrough SVG attributes (§5.6).

use super::{Evaluator, Measured, Slot};
use crate::dependencies::Node;
use crate::fields::ShapeField;
use indexmap::IndexMap;
use kite_diagnostics::Code;
use kite_graph::{Node as GraphNode, Origin, Shape, ShapeId, Value};
use kite_library::{Property, PropertyType, ShapeKind, shape};

impl Evaluator<'_, '_> {
    pub(super) fn assemble(&mut self, field: usize, shape_field: &ShapeField) -> Option<ShapeId> {
        let kind = shape(&shape_field.shape.name)?;
        let spec = kind.spec();
        let mut explicit: Vec<Option<Value>> = vec![None; spec.all_properties().count()];
        let mut attributes = Vec::new();
        let mut failed = false;
        for (position, (name, assigned)) in shape_field.properties.iter().enumerate() {
            let Some(value) = self.property_value(Node::Property(field, position)) else {
                failed = true;
                continue;
            };
            self.file = self.translation.runs[assigned.run].file;
            let own = spec
                .all_properties()
                .enumerate()
                .find(|(_, property_spec)| property_spec.name() == name.as_str());
            match own {
                Some((index, property_spec)) => match cast(property_spec.ty, value) {
                    Ok(value) => explicit[index] = Some(value),
                    Err(value) => {
                        self.error(
                            Code::PropertyTypeMismatch,
                            assigned.expr.span,
                            format!(
                                "`{name}` of a {} must be {}, not {}",
                                kind.name(),
                                property_spec.ty.describe(),
                                value.describe()
                            ),
                            "wrong type for this property",
                        );
                        failed = true;
                    }
                },
                None => match value {
                    Value::Str(_) | Value::Float(_) => attributes.push((name.clone(), value)),
                    other => {
                        self.error(
                            Code::PropertyTypeMismatch,
                            assigned.expr.span,
                            format!(
                                "`{name}` is not a property of a {}, so it is passed to the SVG as an attribute and must be a string or a number, not {}",
                                kind.name(),
                                other.describe()
                            ),
                            "not a string or number",
                        );
                        failed = true;
                    }
                },
            }
        }
        if failed {
            return None;
        }
        let defaults = self.defaults.get(&field)?;
        let name = match defaults.get(Property::Name) {
            Some(Value::Str(name)) => name.clone(),
            _ => String::new(),
        };
        let properties: IndexMap<Property, Value> = spec
            .all_properties()
            .zip(defaults.values())
            .zip(explicit)
            .map(|((property_spec, default), explicit)| {
                // Every shape is named by its path, whatever the Style says.
                let value = match (property_spec.property, explicit) {
                    (Property::Name, _) | (_, None) => default.clone(),
                    (_, Some(value)) => value,
                };
                (property_spec.property, value)
            })
            .collect();
        let id = ShapeId(u32::try_from(self.shapes.len()).expect("fewer than 2^32 shapes"));
        if matches!(kind, ShapeKind::Text | ShapeKind::Equation) {
            let sizes = [
                Property::Width,
                Property::Height,
                Property::Ascent,
                Property::Descent,
            ];
            let inputs = sizes.map(|size| match properties.get(&size) {
                Some(Value::Float(scalar)) => match self.graph.node(*scalar) {
                    GraphNode::Input(input) => Some(input as usize),
                    _ => None,
                },
                _ => None,
            });
            self.measured.push(Measured { shape: id, inputs });
        }
        self.shapes.push(Shape {
            kind,
            name,
            properties,
            attributes,
            origin: Origin {
                file: self.translation.runs[shape_field.run].file,
                statement: shape_field.statement,
                objects: self.run_objects(shape_field.run),
            },
        });
        self.shape_of_field.insert(field, id);
        Some(id)
    }

    fn property_value(&self, node: Node) -> Option<Value> {
        let index = self.dependencies.nodes.get_index_of(&node)?;
        match &self.slots[index] {
            Slot::Value(value) => Some(value.clone()),
            _ => None,
        }
    }
}

/// `value` as a property of type `ty`, with Penrose's implicit casts;
/// `Err` gives the value back when it does not fit.
fn cast(ty: PropertyType, value: Value) -> Result<Value, Value> {
    match (ty, value) {
        (PropertyType::Float, value @ Value::Float(_))
        | (PropertyType::String, value @ Value::Str(_))
        | (PropertyType::Bool, value @ Value::Bool(_))
        | (PropertyType::Color, value @ Value::Color(_))
        | (PropertyType::PathData, value @ Value::PathData(_))
        | (PropertyType::ShapeList, value @ Value::ShapeList(_))
        | (PropertyType::ClipData, value @ Value::ClipData(_)) => Ok(value),
        (PropertyType::Vector, Value::Vector(numbers) | Value::List(numbers)) => {
            Ok(Value::Vector(numbers))
        }
        (PropertyType::Vector, Value::Tuple(pair)) => Ok(Value::Vector(pair.to_vec())),
        (
            PropertyType::PointList,
            Value::PointList(rows) | Value::Matrix(rows) | Value::ListOfLists(rows),
        ) => Ok(Value::PointList(rows)),
        // An empty `[]` is an empty point list.
        (PropertyType::PointList, Value::List(numbers)) if numbers.is_empty() => {
            Ok(Value::PointList(Vec::new()))
        }
        (PropertyType::ShapeList, Value::List(numbers)) if numbers.is_empty() => {
            Ok(Value::ShapeList(Vec::new()))
        }
        (_, value) => Err(value),
    }
}
