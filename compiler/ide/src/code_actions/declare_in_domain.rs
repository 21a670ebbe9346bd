//! "Add the missing Domain declaration": for an unknown type, predicate,
//! function or constructor, its declaration, with the parameter types
//! read from the use (the declared types of the objects or selector
//! variables passed, or the literal types).

use super::{Found, insert, line_start};
use kite_check::SubstanceEnv;
use kite_db::{Database, SourceFile, Trio, domain_check, parse, substance_check};
use kite_diagnostics::{Code, Diagnostic, Span};
use kite_syntax::Language;
use kite_syntax::ast::{
    BindingKind, DeclPattern, DomainStmt, Header, Relation, SelectorArg, SelectorExpr, StyleItem,
    SubArg, SubExpr, SubstanceStmtKind,
};

pub(super) fn fix(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    diagnostic: &Diagnostic,
) -> Option<Found> {
    let span = diagnostic.primary.span;
    let name = file.text(db).get(span.range())?;
    let code = diagnostic.code;
    if code == Code::UnknownType && file.language(db) == Language::Domain {
        return declare_type_before_use(db, file, span, name);
    }
    let declaration = match (code, file.language(db)) {
        (Code::UnknownType, _) => format!("type {name}"),
        (_, Language::Substance) if file == trio.substance(db) => {
            substance_declaration(db, trio, file, span)?
        }
        (_, Language::Style) => style_declaration(db, trio, file, span)?,
        _ => return None,
    };
    let domain = trio.domain(db);
    let text = domain.text(db);
    let separator = if text.is_empty() || text.ends_with('\n') {
        ""
    } else {
        "\n"
    };
    let lines: Vec<&str> = declaration.lines().collect();
    let title = format!("add `{}` to the Domain", lines.join("` and `"));
    let edit = insert(
        domain.file_id(db),
        text.len(),
        format!("{separator}{declaration}\n"),
    );
    Some(Found {
        title,
        edits: vec![edit],
    })
}

/// A type the Domain uses before declaring: declared on the line before
/// the statement that uses it (the Domain declares before use).
fn declare_type_before_use(
    db: &Database,
    file: SourceFile,
    span: Span,
    name: &str,
) -> Option<Found> {
    let program = parse(db, file).ast.as_domain()?;
    let statement = program.statements.iter().find_map(|statement| {
        let statement_span = match statement {
            DomainStmt::Type(decl) => decl.span,
            DomainStmt::Subtype(decl) => decl.span,
            DomainStmt::Predicate(decl) => decl.span,
            DomainStmt::Function(decl) => decl.span,
            DomainStmt::Constructor(decl) => decl.span,
        };
        (statement_span.start <= span.start && span.end <= statement_span.end)
            .then_some(statement_span)
    })?;
    let text = file.text(db);
    let indent = &text[line_start(text, statement.start)..statement.start];
    Some(Found {
        title: format!("declare `type {name}` before its use"),
        edits: vec![insert(
            file.file_id(db),
            statement.start,
            format!("type {name}\n{indent}"),
        )],
    })
}

/// The declaration a Substance call of an unknown name needs.
fn substance_declaration(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    span: Span,
) -> Option<String> {
    let program = parse(db, file).ast.as_substance()?;
    let substance = &substance_check(db, file, trio.domain(db)).value;
    let domain = &domain_check(db, trio.domain(db)).value;
    for statement in &program.statements {
        let (application, bound) = match &statement.kind {
            SubstanceStmtKind::Predicate(application) => (application, None),
            SubstanceStmtKind::Bind {
                name,
                expr: SubExpr::Call(application),
            }
            | SubstanceStmtKind::DeclBind {
                name,
                expr: SubExpr::Call(application),
                ..
            }
            | SubstanceStmtKind::Let {
                name,
                expr: SubExpr::Call(application),
            } => (application, Some(name)),
            _ => continue,
        };
        if application.name.span != span {
            continue;
        }
        let types = application
            .args
            .iter()
            .map(|arg| substance_argument_type(substance, arg))
            .collect::<Option<Vec<String>>>()?;
        let callee = &application.name.name;
        return match (&statement.kind, bound) {
            (SubstanceStmtKind::Predicate(_), _) => {
                Some(format!("predicate {callee}({})", types.join(", ")))
            }
            (SubstanceStmtKind::Let { .. }, _) => {
                // `Let x := F(…)` declares `x` with the type named `F`.
                let params: Vec<String> = types
                    .iter()
                    .enumerate()
                    .map(|(index, ty)| format!("{ty} arg{}", index + 1))
                    .collect();
                let constructor = format!("constructor {callee}({})", params.join(", "));
                Some(if domain.has_type(callee) {
                    constructor
                } else {
                    format!("type {callee}\n{constructor}")
                })
            }
            (_, Some(bound)) => {
                let output = substance.objects.get(&bound.name)?.ty.name()?;
                Some(format!(
                    "function {callee}({}) -> {output}",
                    types.join(", ")
                ))
            }
            _ => None,
        };
    }
    None
}

fn substance_argument_type(substance: &SubstanceEnv, arg: &SubArg) -> Option<String> {
    match arg {
        SubArg::Ident(ident) => substance
            .objects
            .get(&ident.name)
            .and_then(|object| object.ty.name())
            .map(str::to_string),
        SubArg::Number(_) => Some("Number".to_string()),
        SubArg::String(_) => Some("String".to_string()),
    }
}

/// The declaration a Style `where` relation of an unknown name needs.
fn style_declaration(db: &Database, trio: Trio, file: SourceFile, span: Span) -> Option<String> {
    let program = parse(db, file).ast.as_style()?;
    let substance = &substance_check(db, trio.substance(db), trio.domain(db)).value;
    for item in &program.items {
        let StyleItem::Block { header, .. } = item else {
            continue;
        };
        let (patterns, relations): (Vec<&DeclPattern>, &[Relation]) = match header {
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
            Header::Namespace(_) => continue,
        };
        let argument_type = |arg: &SelectorArg| -> Option<String> {
            match arg {
                SelectorArg::Binding(binding) if binding.kind == BindingKind::Style => patterns
                    .iter()
                    .find(|pattern| pattern.binding.name.name == binding.name.name)
                    .map(|pattern| pattern.ty.name.clone()),
                SelectorArg::Binding(binding) => substance
                    .objects
                    .get(&binding.name.name)
                    .and_then(|object| object.ty.name())
                    .map(str::to_string),
                SelectorArg::Number(_) => Some("Number".to_string()),
                SelectorArg::String(_) => Some("String".to_string()),
            }
        };
        for relation in relations {
            match relation {
                Relation::Predicate { name, args, .. } if name.span == span => {
                    let types = args.iter().map(argument_type).collect::<Option<Vec<_>>>()?;
                    return Some(format!("predicate {}({})", name.name, types.join(", ")));
                }
                Relation::Bind {
                    binding,
                    expr: SelectorExpr::Call { name, args, .. },
                    ..
                } if name.span == span => {
                    let types = args.iter().map(argument_type).collect::<Option<Vec<_>>>()?;
                    let output = argument_type(&SelectorArg::Binding(binding.clone()))?;
                    return Some(format!(
                        "function {}({}) -> {output}",
                        name.name,
                        types.join(", ")
                    ));
                }
                _ => {}
            }
        }
    }
    None
}
