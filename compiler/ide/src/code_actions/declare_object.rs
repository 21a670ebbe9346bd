//! "Declare the missing object": for a Substance object used but never
//! declared, a declaration before its first use, with the type of the
//! first parameter (or binding) it is used for.

use super::{Found, insert, line_start};
use kite_check::DomainEnv;
use kite_db::{Database, SourceFile, Trio, domain_check, parse};
use kite_diagnostics::Diagnostic;
use kite_syntax::ast::{AutoLabelTarget, SubArg, SubExpr, SubstanceStmtKind};

pub(super) fn fix(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    diagnostic: &Diagnostic,
) -> Option<Found> {
    if file != trio.substance(db) {
        return None;
    }
    let text = file.text(db);
    let name = text.get(diagnostic.primary.span.range())?;
    let program = parse(db, file).ast.as_substance()?;
    let domain = &domain_check(db, trio.domain(db)).value;
    let mut first_use = None;
    let mut ty = None;
    for statement in &program.statements {
        let Some(use_type) = use_in(&statement.kind, name, domain) else {
            continue;
        };
        first_use.get_or_insert(statement.span);
        if ty.is_none() {
            ty = use_type;
        }
    }
    let (first_use, ty) = (first_use?, ty?);
    // Before the statement, on a line of its own with the same indent.
    let indent = &text[line_start(text, first_use.start)..first_use.start];
    let declaration = format!("{ty} {name}\n{indent}");
    Some(Found {
        title: format!("declare `{name}` as a `{ty}`"),
        edits: vec![insert(file.file_id(db), first_use.start, declaration)],
    })
}

/// Whether the statement uses `name`: `None` when it does not, else the
/// type it needs `name` to have, if it says.
fn use_in(kind: &SubstanceStmtKind, name: &str, domain: &DomainEnv) -> Option<Option<String>> {
    let declarable = |ty: Option<&str>| {
        ty.filter(|ty| !matches!(*ty, "Number" | "String"))
            .map(str::to_string)
    };
    match kind {
        SubstanceStmtKind::Predicate(application) => {
            let index = argument_index(&application.args, name)?;
            let signature = domain.predicates.get(&application.name.name);
            let param = signature.and_then(|signature| signature.params.get(index));
            Some(declarable(param.and_then(|param| param.ty.name())))
        }
        SubstanceStmtKind::Bind { name: bound, expr }
        | SubstanceStmtKind::DeclBind {
            name: bound, expr, ..
        }
        | SubstanceStmtKind::Let { name: bound, expr } => {
            if let SubExpr::Call(application) = expr
                && let Some(index) = argument_index(&application.args, name)
            {
                let signature = domain.callee(&application.name.name);
                let param = signature.and_then(|signature| signature.params.get(index));
                return Some(declarable(param.and_then(|param| param.ty.name())));
            }
            if bound.name != name || !matches!(kind, SubstanceStmtKind::Bind { .. }) {
                return None;
            }
            // `x := f(…)` with `x` undeclared: the type `f` outputs.
            let SubExpr::Call(application) = expr else {
                return Some(None);
            };
            let signature = domain.callee(&application.name.name);
            let output = signature.and_then(|signature| signature.output.as_ref());
            Some(declarable(output.and_then(|output| output.name())))
        }
        SubstanceStmtKind::Label { name: labelled, .. } => (labelled.name == name).then_some(None),
        SubstanceStmtKind::NoLabel { names }
        | SubstanceStmtKind::AutoLabel {
            target: AutoLabelTarget::Names { names },
        } => names.iter().any(|used| used.name == name).then_some(None),
        SubstanceStmtKind::Decl { .. }
        | SubstanceStmtKind::AutoLabel {
            target: AutoLabelTarget::All { .. },
        } => None,
    }
}

fn argument_index(args: &[SubArg], name: &str) -> Option<usize> {
    args.iter()
        .position(|arg| matches!(arg, SubArg::Ident(ident) if ident.name == name))
}
