//! Reading paths: Substance literals, fields, explicit properties and
//! defaults of shapes, then indices.

use super::{Evaluator, Slot};
use crate::dependencies::Node;
use crate::scope::Bound;
use kite_check::SubstanceValue;
use kite_diagnostics::Code;
use kite_graph::Value;
use kite_syntax::ast::Path;

impl Evaluator<'_, '_> {
    pub(super) fn path(&mut self, path: &Path, run: usize) -> Option<Value> {
        let base = self.path_base(path, run)?;
        if path.indices.is_empty() {
            return Some(base);
        }
        let mut indices = Vec::with_capacity(path.indices.len());
        for index in &path.indices {
            indices.push((self.expr(index, run)?, index.span));
        }
        self.index(base, &indices, path.span)
    }

    fn path_base(&mut self, path: &Path, run: usize) -> Option<Value> {
        if path.members.is_empty() {
            match self.translation.runs[run].bound(&path.root) {
                Some(Bound::Value(SubstanceValue::Number(number))) => {
                    return Some(Value::Float(self.graph.constant(*number)));
                }
                Some(Bound::Value(SubstanceValue::String(text))) => {
                    return Some(Value::Str(text.clone()));
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
                    return Some(Value::Vector(scalars));
                }
                _ => {}
            }
        }
        let address = std::ptr::from_ref(path) as usize;
        // Unresolved paths were reported by pass 2.
        let &(node, names_property) = self.dependencies.resolved.get(&(run, address))?;
        match node {
            // A property the Style does not set: its default.
            Node::Field(field) if names_property => {
                let property = path.members.last()?;
                self.defaults
                    .get(&field)?
                    .get(property.name.as_str())
                    .cloned()
            }
            _ => self.node_value(node, path),
        }
    }

    /// The value of a node that has been evaluated.
    fn node_value(&mut self, node: Node, path: &Path) -> Option<Value> {
        let index = self.dependencies.nodes.get_index_of(&node)?;
        match &self.slots[index] {
            Slot::Value(value) => Some(value.clone()),
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
