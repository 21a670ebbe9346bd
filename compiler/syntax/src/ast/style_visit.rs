//! Walking Style statements and expressions: every sub-expression and
//! every path, for the passes that each care about a few kinds.

use super::style::{Expr, ExprKind, FunctionBody, Path, Stmt};

/// What a walk reports. Both methods do nothing by default.
pub trait StyleVisitor<'a> {
    /// Called for every expression, outer before inner.
    fn expr(&mut self, _expr: &'a Expr) {}

    /// Called for every path wherever it appears (a path expression, a
    /// statement's target, the collection of `listof` and `numberof`, the
    /// argument of `nameof`, the left of a layering), before its index
    /// expressions are walked.
    fn path(&mut self, _path: &'a Path) {}
}

/// Walks a statement: its target path and its value.
pub fn walk_statement<'a>(statement: &'a Stmt, visitor: &mut impl StyleVisitor<'a>) {
    match statement {
        Stmt::Assign { path, value, .. } | Stmt::Override { path, value, .. } => {
            walk_path(path, visitor);
            walk_expr(value, visitor);
        }
        Stmt::Delete { path, .. } => walk_path(path, visitor),
        Stmt::Anonymous { value, .. } => walk_expr(value, visitor),
    }
}

/// Reports `path`, then walks its index expressions.
pub fn walk_path<'a>(path: &'a Path, visitor: &mut impl StyleVisitor<'a>) {
    visitor.path(path);
    for index in &path.indices {
        walk_expr(index, visitor);
    }
}

/// Reports `expr`, then walks what it contains.
pub fn walk_expr<'a>(expr: &'a Expr, visitor: &mut impl StyleVisitor<'a>) {
    visitor.expr(expr);
    match &expr.kind {
        ExprKind::Number { .. }
        | ExprKind::String { .. }
        | ExprKind::Bool { .. }
        | ExprKind::Color { .. }
        | ExprKind::Vary { .. } => {}
        ExprKind::Path(path)
        | ExprKind::ListOf {
            collection: path, ..
        }
        | ExprKind::NumberOf { collection: path }
        | ExprKind::NameOf { path } => walk_path(path, visitor),
        ExprKind::Call { args, .. }
        | ExprKind::List { elements: args }
        | ExprKind::Vector { elements: args } => {
            for arg in args {
                walk_expr(arg, visitor);
            }
        }
        ExprKind::Tuple {
            first: lhs,
            second: rhs,
        }
        | ExprKind::Binary { lhs, rhs, .. }
        | ExprKind::Constraint {
            body: FunctionBody::Comparison { lhs, rhs, .. },
            ..
        }
        | ExprKind::Objective {
            body: FunctionBody::Comparison { lhs, rhs, .. },
            ..
        } => {
            walk_expr(lhs, visitor);
            walk_expr(rhs, visitor);
        }
        ExprKind::Unary { operand, .. } => walk_expr(operand, visitor),
        ExprKind::Shape { properties, .. } => {
            for property in properties {
                walk_expr(&property.value, visitor);
            }
        }
        ExprKind::Layering { left, right, .. } => {
            walk_path(left, visitor);
            for target in right {
                walk_expr(target, visitor);
            }
        }
        ExprKind::Constraint {
            body: FunctionBody::Call { args, .. },
            ..
        }
        | ExprKind::Objective {
            body: FunctionBody::Call { args, .. },
            ..
        } => {
            for arg in args {
                walk_expr(arg, visitor);
            }
        }
    }
}
