//! Backtick references (`` `A` ``) from a Style program to Substance
//! objects.

use crate::substance::SubstanceEnv;
use crate::suggest::with_suggestion;
use kite_diagnostics::{Code, Diagnostic, FileId};
use kite_syntax::ast::{
    Binding, BindingKind, Header, Path, Relation, SelectorArg, SelectorExpr, StyleItem,
    StyleProgram, StyleVisitor, walk_statement,
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
        let mut in_body = PathRoots(Vec::new());
        for statement in &block.statements {
            walk_statement(statement, &mut in_body);
        }
        let never_runs = |name: &str| in_header.iter().any(|b| b.name.name == name);
        for binding in in_body.0 {
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

/// The first names of every path in a block body.
struct PathRoots<'a>(Vec<&'a Binding>);

impl<'a> StyleVisitor<'a> for PathRoots<'a> {
    fn path(&mut self, path: &'a Path) {
        self.0.push(&path.root);
    }
}
