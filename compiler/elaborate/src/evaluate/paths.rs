//! Reading paths: Substance literals, fields, explicit properties and
//! defaults of shapes, then indices.

use super::index::index;
use super::{Evaluator, Slot};
use crate::dependencies::Node;
use crate::scope::Bound;
use kite_check::SubstanceValue;
use kite_diagnostics::Code;
use kite_graph::Value;
use kite_library::Property;
use kite_syntax::ast::Path;

/// Where the value a path starts from lives, found before its indices
/// are evaluated and read by reference after.
enum Base {
    /// A value made for this read: a Substance literal.
    Made(Value),
    /// The evaluated node at this index of the dependency graph.
    Node(usize),
    /// The default of `property` of the shape field `field`.
    Default { field: usize, property: Property },
}

impl Evaluator<'_, '_> {
    pub(super) fn path(&mut self, path: &Path, run: usize) -> Option<Value> {
        let base = self.path_base(path, run)?;
        let mut indices = Vec::with_capacity(path.indices.len());
        for index in &path.indices {
            indices.push((self.expr(index, run)?, index.span));
        }
        let value = match &base {
            Base::Made(value) => value,
            Base::Node(node) => match &self.slots[*node] {
                Slot::Value(value) => value,
                _ => return None,
            },
            Base::Default { field, property } => self.defaults.get(field)?.get(*property)?,
        };
        match index(&self.graph, value, &indices, path.span) {
            Ok(value) => Some(value),
            Err(error) => {
                self.error(error.code, error.span, error.message, error.label);
                None
            }
        }
    }

    fn path_base(&mut self, path: &Path, run: usize) -> Option<Base> {
        if path.members.is_empty() {
            match self.translation.runs[run].bound(&path.root) {
                Some(Bound::Value(SubstanceValue::Number(number))) => {
                    return Some(Base::Made(Value::Float(self.graph.constant(*number))));
                }
                Some(Bound::Value(SubstanceValue::String(text))) => {
                    return Some(Base::Made(Value::Str(text.clone())));
                }
                Some(Bound::Collection(values)) => {
                    let numbers = values
                        .iter()
                        .map(|value| match value {
                            SubstanceValue::Number(number) => Some(*number),
                            _ => None,
                        })
                        .collect::<Option<Vec<f64>>>()?;
                    let scalars = numbers.iter().map(|&n| self.graph.constant(n)).collect();
                    return Some(Base::Made(Value::Vector(scalars)));
                }
                _ => {}
            }
        }
        // Unresolved paths were reported by pass 2.
        let (node, names_property) = self.dependencies.resolved(run, path)?;
        match node {
            // A property the Style does not set: its default.
            Node::Field(field) if names_property => {
                let property = Property::named(&path.members.last()?.name)?;
                self.defaults.get(&field)?.get(property)?;
                Some(Base::Default { field, property })
            }
            _ => self.node_value(node, path),
        }
    }

    /// The slot of a node that has been evaluated to a value.
    fn node_value(&mut self, node: Node, path: &Path) -> Option<Base> {
        let index = self.dependencies.nodes.get_index_of(&node)?;
        match &self.slots[index] {
            Slot::Value(_) => Some(Base::Node(index)),
            Slot::Statement => {
                self.error(
                    Code::MissingPath,
                    path.span,
                    format!(
                        "`{}` holds a constraint, objective or layering, which has no value",
                        node.describe(self.translation)
                    ),
                    "no value to read",
                );
                None
            }
            Slot::Pending | Slot::Failed => None,
        }
    }

    /// The value of the field at `index` of the translation, if it has
    /// one.
    pub(super) fn field_value(&self, index: usize) -> Option<Value> {
        let node = self.dependencies.nodes.get_index_of(&Node::Field(index))?;
        match &self.slots[node] {
            Slot::Value(value) => Some(value.clone()),
            _ => None,
        }
    }
}
