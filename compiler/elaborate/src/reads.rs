//! The paths an expression reads.

use kite_syntax::ast::{Expr, ExprKind, Ident, Path, StyleVisitor, walk_expr};

/// One read of an expression.
pub enum Read<'p> {
    /// A path, read as a value.
    Path(&'p Path),
    /// `listof field from collection`: the field of every collected object.
    ListOf {
        field: &'p Ident,
        collection: &'p Path,
    },
    /// `numberof collection`: the collection itself, no field.
    NumberOf(&'p Path),
    /// `nameof x`: the variable itself, no field.
    NameOf(&'p Path),
}

/// Every read of `expr`, outer before inner.
pub fn reads(expr: &Expr) -> Vec<Read<'_>> {
    let mut collector = Reads(Vec::new());
    walk_expr(expr, &mut collector);
    collector.0
}

struct Reads<'p>(Vec<Read<'p>>);

impl<'p> StyleVisitor<'p> for Reads<'p> {
    fn expr(&mut self, expr: &'p Expr) {
        match &expr.kind {
            ExprKind::Path(path) => self.0.push(Read::Path(path)),
            ExprKind::ListOf { field, collection } => {
                self.0.push(Read::ListOf { field, collection });
            }
            ExprKind::NumberOf { collection } => self.0.push(Read::NumberOf(collection)),
            ExprKind::NameOf { path } => self.0.push(Read::NameOf(path)),
            ExprKind::Layering { left, .. } => self.0.push(Read::Path(left)),
            _ => {}
        }
    }
}
