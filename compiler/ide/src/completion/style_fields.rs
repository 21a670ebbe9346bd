//! The fields Style blocks assign, for completion after `x.`: those of the
//! blocks whose variable has the object's type (or a supertype), and
//! those of a namespace.

use kite_check::{DomainEnv, Ty};
use kite_db::{Database, SourceFile, Trio, parse};
use kite_library::ShapeKind;
use kite_syntax::ast::{BindingKind, ExprKind, Header, Ident, Stmt, StyleItem, StyleProgram};

/// A field some block assigns.
pub(super) struct Field {
    pub name: String,
    /// The shape type, when the field holds a shape.
    pub shape: Option<ShapeKind>,
}

/// The Style programs the fields come from: the trio's, and `file` when
/// the trio does not list it.
fn programs(db: &Database, trio: Trio, file: SourceFile) -> Vec<&StyleProgram> {
    let mut files = trio.styles(db).clone();
    if !files.contains(&file) {
        files.push(file);
    }
    files
        .into_iter()
        .filter_map(|style| parse(db, style).ast.as_style())
        .collect()
}

/// The names of the namespaces the programs declare, in order.
pub(super) fn namespaces(db: &Database, trio: Trio, file: SourceFile) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for program in programs(db, trio, file) {
        for item in &program.items {
            if let StyleItem::Block {
                header: Header::Namespace(name),
                ..
            } = item
                && !names.contains(&name.name)
            {
                names.push(name.name.clone());
            }
        }
    }
    names
}

/// The fields assigned to variables whose type `ty` is a subtype of, in
/// any block of the programs.
pub(super) fn fields_of_type<'a>(
    db: &'a Database,
    trio: Trio,
    file: SourceFile,
    domain: &DomainEnv,
    ty: &str,
) -> Vec<Field> {
    let object_type = Ty::named(ty);
    let mut fields = Vec::new();
    for program in programs(db, trio, file) {
        for item in &program.items {
            let StyleItem::Block { header, block, .. } = item else {
                continue;
            };
            let patterns: Vec<_> = match header {
                Header::Selector(selector) => selector.head.iter().chain(&selector.with).collect(),
                Header::Collector(collector) => std::iter::once(&collector.head)
                    .chain(&collector.with)
                    .chain(&collector.foreach)
                    .collect(),
                Header::Namespace(_) => continue,
            };
            for pattern in patterns {
                let fits = domain.is_subtype(&object_type, &Ty::named(&pattern.ty.name));
                if pattern.binding.kind == BindingKind::Style && fits {
                    let variable = &pattern.binding.name.name;
                    let field_of = |root: &str, members: &'a [Ident]| match members {
                        [field] if root == variable.as_str() => Some(field.name.as_str()),
                        _ => None,
                    };
                    collect_fields(&block.statements, field_of, &mut fields);
                }
            }
        }
    }
    fields
}

/// The fields the blocks of namespace `name` assign (written `field = …`
/// or `name.field = …` inside them).
pub(super) fn fields_of_namespace<'a>(
    db: &'a Database,
    trio: Trio,
    file: SourceFile,
    name: &str,
) -> Vec<Field> {
    let mut fields = Vec::new();
    for program in programs(db, trio, file) {
        for item in &program.items {
            if let StyleItem::Block {
                header: Header::Namespace(namespace),
                block,
                ..
            } = item
                && namespace.name == name
            {
                let field_of = |root: &'a str, members: &'a [Ident]| match members {
                    [] => Some(root),
                    [field] if root == name => Some(field.name.as_str()),
                    _ => None,
                };
                collect_fields(&block.statements, field_of, &mut fields);
            }
        }
    }
    fields
}

/// Adds the field each assignment names (by `field_of` its path's root and
/// members), once per name.
fn collect_fields<'a>(
    statements: &'a [Stmt],
    field_of: impl Fn(&'a str, &'a [Ident]) -> Option<&'a str>,
    fields: &mut Vec<Field>,
) {
    for statement in statements {
        let (Stmt::Assign { path, value, .. } | Stmt::Override { path, value, .. }) = statement
        else {
            continue;
        };
        if path.root.kind != BindingKind::Style || !path.indices.is_empty() {
            continue;
        }
        let Some(name) = field_of(&path.root.name.name, &path.members) else {
            continue;
        };
        if fields.iter().any(|field: &Field| field.name == name) {
            continue;
        }
        let shape = match &value.kind {
            ExprKind::Shape { shape, .. } => kite_library::shape(&shape.name),
            _ => None,
        };
        fields.push(Field {
            name: name.to_string(),
            shape,
        });
    }
}
