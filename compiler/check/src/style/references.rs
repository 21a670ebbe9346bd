//! Backtick references (`` `A` ``) from a Style program to Substance
//! objects.

use crate::substance::SubstanceEnv;
use crate::suggest::with_suggestion;
use kite_diagnostics::{Code, Diagnostic, FileId};
use kite_syntax::ast::{
    Binding, BindingKind, Expr, ExprKind, FunctionBody, Header, Path, Relation, SelectorArg,
    SelectorExpr, Stmt, StyleItem, StyleProgram,
};

/// Checks backtick references against the Substance program's objects.
///
/// A selector that names an undeclared object never matches, which is
/// legitimate in a Style shared by several Substance programs: a warning.
/// A block body that names one (outside such a block) fails when the block
/// runs: an error.
pub fn check_substance_references(
    program: &StyleProgram,
    file: FileId,
    substance: &SubstanceEnv,
) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let undeclared = |binding: &Binding| {
        binding.kind == BindingKind::Substance
            && !substance.objects.contains_key(&binding.name.name)
    };
    for item in &program.items {
        let StyleItem::Block { header, block, .. } = item else {
            continue;
        };
        let mut in_header = Vec::new();
        header_bindings(header, &mut in_header);
        in_header.retain(|binding| undeclared(binding));
        for binding in &in_header {
            diagnostics.push(reference(
                Diagnostic::warning(
                    Code::UnmatchedSubstanceName,
                    file,
                    binding.name.span,
                    format!(
                        "the Substance program declares no object `{}`, so this block never applies",
                        binding.name.name
                    ),
                ),
                binding,
                substance,
            ));
        }
        let mut in_body = Vec::new();
        for statement in &block.statements {
            statement_bindings(statement, &mut in_body);
        }
        let never_runs = |name: &str| in_header.iter().any(|b| b.name.name == name);
        for binding in in_body {
            if !undeclared(binding) || never_runs(&binding.name.name) {
                continue;
            }
            diagnostics.push(reference(
                Diagnostic::error(
                    Code::UndeclaredSubstanceVariable,
                    file,
                    binding.name.span,
                    format!(
                        "the Substance program declares no object `{}`",
                        binding.name.name
                    ),
                ),
                binding,
                substance,
            ));
        }
    }
    diagnostics
}

/// Labels a diagnostic about a backtick reference and suggests the closest
/// declared object.
fn reference(diagnostic: Diagnostic, binding: &Binding, substance: &SubstanceEnv) -> Diagnostic {
    let name = &binding.name;
    let candidates = substance.objects.keys().map(String::as_str);
    with_suggestion(
        diagnostic.with_label("not a Substance object"),
        name.span,
        &name.name,
        candidates,
    )
}

fn header_bindings<'a>(header: &'a Header, out: &mut Vec<&'a Binding>) {
    let (patterns, relations): (Vec<_>, &[Relation]) = match header {
        Header::Selector(selector) => (
            selector.head.iter().chain(&selector.with).collect(),
            &selector.where_,
        ),
        Header::Collector(collector) => (
            std::iter::once(&collector.head)
                .chain(&collector.with)
                .chain(&collector.foreach)
                .collect(),
            &collector.where_,
        ),
        Header::Namespace(_) => return,
    };
    out.extend(patterns.into_iter().map(|pattern| &pattern.binding));
    for relation in relations {
        match relation {
            Relation::Bind { binding, expr, .. } => {
                out.push(binding);
                match expr {
                    SelectorExpr::Call { args, .. } => selector_args(args, out),
                    SelectorExpr::Arg(arg) => selector_args(std::slice::from_ref(arg), out),
                }
            }
            Relation::Predicate { args, .. } => selector_args(args, out),
            Relation::Field { binding, .. } => out.push(binding),
        }
    }
}

fn selector_args<'a>(args: &'a [SelectorArg], out: &mut Vec<&'a Binding>) {
    out.extend(args.iter().filter_map(|arg| match arg {
        SelectorArg::Binding(binding) => Some(binding),
        SelectorArg::Number(_) | SelectorArg::String(_) => None,
    }));
}

fn statement_bindings<'a>(statement: &'a Stmt, out: &mut Vec<&'a Binding>) {
    match statement {
        Stmt::Delete { path, .. } => path_bindings(path, out),
        Stmt::Override { path, value, .. } | Stmt::Assign { path, value, .. } => {
            path_bindings(path, out);
            expr_bindings(value, out);
        }
        Stmt::Anonymous { value, .. } => expr_bindings(value, out),
    }
}

fn path_bindings<'a>(path: &'a Path, out: &mut Vec<&'a Binding>) {
    out.push(&path.root);
    for index in &path.indices {
        expr_bindings(index, out);
    }
}

fn expr_bindings<'a>(expr: &'a Expr, out: &mut Vec<&'a Binding>) {
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
        | ExprKind::NameOf { path } => path_bindings(path, out),
        ExprKind::Call { args, .. }
        | ExprKind::List { elements: args }
        | ExprKind::Vector { elements: args } => {
            for arg in args {
                expr_bindings(arg, out);
            }
        }
        ExprKind::Tuple {
            first: lhs,
            second: rhs,
        }
        | ExprKind::Binary { lhs, rhs, .. } => {
            expr_bindings(lhs, out);
            expr_bindings(rhs, out);
        }
        ExprKind::Unary { operand, .. } => expr_bindings(operand, out),
        ExprKind::Shape { properties, .. } => {
            for property in properties {
                expr_bindings(&property.value, out);
            }
        }
        ExprKind::Layering { left, right, .. } => {
            path_bindings(left, out);
            for target in right {
                expr_bindings(target, out);
            }
        }
        ExprKind::Constraint { body, .. } | ExprKind::Objective { body, .. } => match body {
            FunctionBody::Call { args, .. } => {
                for arg in args {
                    expr_bindings(arg, out);
                }
            }
            FunctionBody::Comparison { lhs, rhs, .. } => {
                expr_bindings(lhs, out);
                expr_bindings(rhs, out);
            }
        },
    }
}
