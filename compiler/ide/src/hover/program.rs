//! Hovers over names the trio's own programs declare: Domain names,
//! Substance objects, Style variables, namespaces, fields and stages.

use crate::resolve::{FieldOwner, Symbol, definition_of};
use kite_check::{DomainEnv, DomainSignature, LabelKind, SubstanceEnv, SubstanceValue};
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::{FileId, LineIndex, Span};
use kite_matching::BlockMatches;
use kite_syntax::ast::{BindingKind, Header, Relation, StyleItem, StyleProgram, SubstanceProgram};

/// At most this many names are listed in a hover; the rest are counted.
const LISTED: usize = 12;

/// What the trio's programs say about a symbol; `None` for library
/// symbols, which [`super::library`] describes.
pub(super) fn describe(db: &Database, trio: Trio, symbol: &Symbol) -> Option<String> {
    let (domain_file, substance_file) = (trio.domain(db), trio.substance(db));
    let domain = &kite_db::domain_check(db, domain_file).value;
    let substance = &kite_db::substance_check(db, substance_file, domain_file).value;
    let markdown = match symbol {
        Symbol::DomainType(name) => domain_type(domain, substance, name),
        Symbol::Predicate(name) => declared(domain.predicates.get(name), "predicate", name),
        Symbol::Function(name) => declared(domain.functions.get(name), "function", name),
        Symbol::Constructor(name) => declared(domain.constructors.get(name), "constructor", name),
        Symbol::Parameter { declaration, name } => parameter(domain, declaration, name),
        Symbol::SubstanceObject(name) => object(db, substance_file, substance, name),
        Symbol::IndexVariable { statement, name } => {
            let parsed = kite_db::parse(db, substance_file);
            index_variable(parsed.ast.as_substance()?, *statement, name)
        }
        Symbol::StyleVariable { file, block, name } => {
            style_variable(db, trio, db.file(*file)?, *block, name)?
        }
        Symbol::Namespace(name) => format!("```style\n{name}\n```\nnamespace"),
        Symbol::Field { owner, name } => field(db, trio, owner, name, symbol),
        Symbol::Stage(name) => stage(db, trio, symbol, name),
        Symbol::ShapeType(_) | Symbol::ShapeProperty { .. } | Symbol::LibraryFunction { .. } => {
            return None;
        }
    };
    Some(markdown)
}

fn domain_type(domain: &DomainEnv, substance: &SubstanceEnv, name: &str) -> String {
    match domain.types.get(name) {
        None => return format!("type `{name}` is not declared in the Domain"),
        Some(None) => return format!("```domain\n{name}\n```\nbuilt-in literal type"),
        Some(Some(_)) => {}
    }
    let supertypes = domain.supertypes.get(name).cloned().unwrap_or_default();
    let mut markdown = format!("```domain\ntype {name}");
    if !supertypes.is_empty() {
        markdown.push_str(&format!(" <: {}", supertypes.join(", ")));
    }
    markdown.push_str("\n```\n");
    let subtypes = domain
        .supertypes
        .iter()
        .filter(|(_, parents)| parents.iter().any(|parent| parent == name))
        .map(|(child, _)| child.as_str());
    let objects = substance
        .objects
        .iter()
        .filter(|(_, object)| object.ty.name() == Some(name))
        .map(|(object, _)| object.as_str());
    let lines = [
        ("Supertypes", names(supertypes.iter().map(String::as_str))),
        ("Subtypes", names(subtypes)),
        ("Substance objects", names(objects)),
    ];
    for (title, list) in lines {
        if let Some(list) = list {
            markdown.push_str(&format!("\n{title}: {list}\n"));
        }
    }
    markdown
}

fn declared(signature: Option<&DomainSignature>, keyword: &str, name: &str) -> String {
    match signature {
        Some(signature) => format!("```domain\n{}\n```", signature_text(keyword, signature)),
        None => format!("{keyword} `{name}` is not declared in the Domain"),
    }
}

fn signature_text(keyword: &str, signature: &DomainSignature) -> String {
    let params: Vec<String> = signature
        .params
        .iter()
        .map(|param| match &param.name {
            Some(name) => format!("{} {name}", param.ty),
            None => param.ty.to_string(),
        })
        .collect();
    let symmetric = if signature.symmetric {
        "symmetric "
    } else {
        ""
    };
    let output = signature
        .output
        .as_ref()
        .map(|output| format!(" -> {output}"))
        .unwrap_or_default();
    format!(
        "{symmetric}{keyword} {}({}){output}",
        signature.name,
        params.join(", ")
    )
}

fn parameter(domain: &DomainEnv, declaration: &str, name: &str) -> String {
    let tables = [
        ("predicate", &domain.predicates),
        ("function", &domain.functions),
        ("constructor", &domain.constructors),
    ];
    for (keyword, table) in tables {
        let Some(signature) = table.get(declaration) else {
            continue;
        };
        let param = signature
            .params
            .iter()
            .find(|param| param.name.as_deref() == Some(name));
        if let Some(param) = param {
            return format!(
                "```domain\n{} {name}\n```\nparameter of `{}`",
                param.ty,
                signature_text(keyword, signature)
            );
        }
    }
    format!("parameter `{name}` of `{declaration}`")
}

fn object(db: &Database, file: SourceFile, substance: &SubstanceEnv, name: &str) -> String {
    let Some(object) = substance.objects.get(name) else {
        return format!("`{name}` is not declared in the Substance program");
    };
    let label = match substance.labels.get(name) {
        Some(label) if label.kind == LabelKind::Math => format!("label `${}$` (TeX)", label.text),
        Some(label) if label.kind == LabelKind::Text => format!("label \"{}\"", label.text),
        _ => "no label".to_string(),
    };
    format!(
        "```substance\n{} {name}\n```\n{label}\n\ndeclared at {}",
        object.ty,
        location(db, file.file_id(db), object.span)
    )
}

fn index_variable(program: &SubstanceProgram, statement: usize, name: &str) -> String {
    let range = program
        .statements
        .get(statement)
        .and_then(|statement| statement.index_set.as_ref())
        .and_then(|set| set.ranges.iter().find(|range| range.variable.name == name));
    match range {
        Some(range) => format!(
            "```substance\n{name} in [{}, {}]\n```\nindex variable",
            range.low.value, range.high.value
        ),
        None => format!("index variable `{name}`"),
    }
}

fn style_variable(
    db: &Database,
    trio: Trio,
    style: SourceFile,
    block: usize,
    name: &str,
) -> Option<String> {
    let parsed = kite_db::parse(db, style);
    let header = nth_header(parsed.ast.as_style()?, block)?;
    let mut markdown = format!("```style\n{}\n```\n", declaration(header, name));
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let Some(matches) = kite_db::style_matches(db, style, substance, domain)
        .blocks
        .get(block)
    else {
        return Some(markdown);
    };
    markdown.push_str(&match matches {
        BlockMatches::Selector(substitutions) => {
            let mut values: Vec<String> = Vec::new();
            for substitution in substitutions {
                if let Some(value) = substitution.get(name).map(describe_value)
                    && !values.contains(&value)
                {
                    values.push(value);
                }
            }
            match names(values.iter().map(String::as_str)) {
                Some(list) => format!(
                    "\nStands for {list} (the block runs {})\n",
                    times(substitutions.len())
                ),
                None => "\nThe block matches nothing in the Substance program\n".to_string(),
            }
        }
        BlockMatches::Refused { estimate } => format!(
            "\nThe block is refused: it would match up to {} times\n",
            kite_limits::thousands(*estimate)
        ),
        other => format!("\nThe block runs {}\n", times(other.runs())),
    });
    Some(markdown)
}

fn times(count: usize) -> String {
    match count {
        1 => "once".to_string(),
        count => format!("{count} times"),
    }
}

/// The header of the `block`-th block of a Style program.
fn nth_header(program: &StyleProgram, block: usize) -> Option<&Header> {
    program
        .items
        .iter()
        .filter_map(|item| match item {
            StyleItem::Block { header, .. } => Some(header),
            StyleItem::Layout { .. } => None,
        })
        .nth(block)
}

/// How a header declares the variable `name`.
fn declaration(header: &Header, name: &str) -> String {
    let (patterns, relations, into) = match header {
        Header::Selector(selector) => (
            selector
                .head
                .iter()
                .chain(&selector.with)
                .collect::<Vec<_>>(),
            selector.where_.as_slice(),
            None,
        ),
        Header::Collector(collector) => (
            std::iter::once(&collector.head)
                .chain(&collector.with)
                .chain(&collector.foreach)
                .collect(),
            collector.where_.as_slice(),
            Some(collector),
        ),
        Header::Namespace(_) => return name.to_string(),
    };
    let declared = patterns.iter().find(|pattern| {
        pattern.binding.kind == BindingKind::Style && pattern.binding.name.name == name
    });
    if let Some(pattern) = declared {
        return format!("{} {name}", pattern.ty.name);
    }
    if let Some(collector) = into.filter(|collector| collector.into.name.name == name) {
        return format!(
            "collect {} {} into {name}",
            collector.head.ty.name, collector.head.binding.name.name
        );
    }
    let alias = relations.iter().find_map(|relation| match relation {
        Relation::Predicate {
            name: predicate,
            alias: Some(alias),
            ..
        } if alias.name == name => Some(predicate),
        _ => None,
    });
    match alias {
        Some(predicate) => format!("{}(…) as {name}", predicate.name),
        None => format!("{name} (declared by its use in a relation)"),
    }
}

fn describe_value(value: &SubstanceValue) -> String {
    match value {
        SubstanceValue::Object(name) => name.clone(),
        SubstanceValue::Number(number) => number.to_string(),
        SubstanceValue::String(string) => format!("\"{string}\""),
    }
}

fn field(db: &Database, trio: Trio, owner: &FieldOwner, name: &str, symbol: &Symbol) -> String {
    let whose = match owner {
        FieldOwner::Type(ty) => format!("of `{ty}` objects (and of related types)"),
        FieldOwner::Object(object) => format!("of the Substance object `{object}`"),
        FieldOwner::Alias(predicate) => format!("of `{predicate}` aliases"),
        FieldOwner::Namespace(namespace) => format!("of the namespace `{namespace}`"),
        FieldOwner::Local { .. } => "local to this block".to_string(),
    };
    let mut markdown = format!("field `{name}` {whose}\n");
    let assignments = definition_of(db, trio, symbol);
    if assignments.is_empty() {
        if name == "label" && !matches!(owner, FieldOwner::Namespace(_) | FieldOwner::Local { .. })
        {
            markdown.push_str("\nThe object's label, from the Substance program\n");
        } else {
            markdown.push_str("\nNo statement assigns it\n");
        }
        return markdown;
    }
    markdown.push_str("\nAssigned at:\n");
    for assignment in &assignments {
        markdown.push_str(&format!(
            "- {}: `{}`\n",
            location(db, assignment.file, assignment.full_span),
            first_line(db, assignment.file, assignment.full_span)
        ));
    }
    markdown
}

fn stage(db: &Database, trio: Trio, symbol: &Symbol, name: &str) -> String {
    let declared = definition_of(db, trio, symbol);
    match declared.first() {
        Some(declaration) => format!(
            "layout stage `{name}`\n\ndeclared at {}",
            location(db, declaration.file, declaration.span)
        ),
        None => format!("`{name}` is not a declared layout stage"),
    }
}

/// `path:line` of a span.
fn location(db: &Database, file: FileId, span: Span) -> String {
    let Some(source) = db.file(file) else {
        return format!("file {}", file.0);
    };
    let text = source.text(db);
    let line = LineIndex::new(text).line_col(text, span.start).line;
    format!("{}:{line}", source.path(db))
}

/// The first line of a span's text, shortened.
fn first_line(db: &Database, file: FileId, span: Span) -> String {
    let text = db
        .file(file)
        .and_then(|source| source.text(db).get(span.range()).map(str::to_string))
        .unwrap_or_default();
    let line = text.lines().next().unwrap_or_default().trim();
    match line.char_indices().nth(60) {
        Some((cut, _)) => format!("{}…", &line[..cut]),
        None => line.to_string(),
    }
}

/// Up to [`LISTED`] names in backticks, then how many more; `None` for
/// none.
fn names<'n>(names: impl Iterator<Item = &'n str>) -> Option<String> {
    let names: Vec<&str> = names.collect();
    if names.is_empty() {
        return None;
    }
    let mut listed: Vec<String> = names
        .iter()
        .take(LISTED)
        .map(|name| format!("`{name}`"))
        .collect();
    if names.len() > LISTED {
        listed.push(format!("and {} more", names.len() - LISTED));
    }
    Some(listed.join(", "))
}
