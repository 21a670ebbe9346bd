//! Document symbols (an outline of one file) and workspace symbols (a
//! search over the declarations, objects, blocks and fields of many).

use kite_db::{Database, SourceFile, parse};
use kite_diagnostics::{FileId, Span};
use kite_syntax::SyntaxTree;
use kite_syntax::ast::{
    DomainProgram, DomainStmt, Expr, ExprKind, Header, Ident, Param, Stmt, StyleItem, StyleProgram,
    SubExpr, SubstanceProgram, SubstanceStmtKind,
};
use serde::Serialize;

/// One entry of a file's outline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DocumentSymbol {
    pub name: String,
    pub detail: Option<String>,
    pub kind: SymbolKind,
    /// The whole declaration, statement or block.
    pub span: Span,
    /// The name within it (for a block, its header).
    pub selection_span: Span,
    pub children: Vec<DocumentSymbol>,
}

/// What a symbol is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum SymbolKind {
    Type,
    Predicate,
    Function,
    Constructor,
    /// A Substance object.
    Object,
    /// A Style selector block (`forall …`).
    Selector,
    /// A Style collector block (`collect …`).
    Collector,
    /// A Style namespace block (`canvas`, `Global`, …).
    Namespace,
    /// The Style `layout` statement.
    Layout,
    /// A Style field holding a value.
    Field,
    /// A Style field holding a shape, or an anonymous shape.
    Shape,
}

/// A symbol found by [`workspace_symbols`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct WorkspaceSymbol {
    pub name: String,
    pub kind: SymbolKind,
    pub file: FileId,
    /// The symbol's name (a block's header).
    pub span: Span,
    /// The block a field belongs to.
    pub container: Option<String>,
}

/// The outline of `file`: Domain declarations; Substance objects; Style
/// blocks (named by their header) with the fields and shapes they assign,
/// and `layout`.
pub fn document_symbols(db: &Database, file: SourceFile) -> Vec<DocumentSymbol> {
    let text = file.text(db);
    match &parse(db, file).ast {
        SyntaxTree::Domain(program) => domain_symbols(program),
        SyntaxTree::Substance(program) => substance_symbols(program),
        SyntaxTree::Style(program) => style_symbols(program, text),
    }
}

/// The symbols of `files` whose names match `query`: exact matches first,
/// then those starting with it, containing it, and holding its characters
/// in order (all ignoring case). An empty query matches everything.
pub fn workspace_symbols(db: &Database, files: &[SourceFile], query: &str) -> Vec<WorkspaceSymbol> {
    let mut found = Vec::new();
    for file in files {
        let mut pending: Vec<(&DocumentSymbol, Option<&str>)> = Vec::new();
        let symbols = document_symbols(db, *file);
        pending.extend(symbols.iter().rev().map(|symbol| (symbol, None)));
        while let Some((symbol, container)) = pending.pop() {
            if let Some(rank) = match_rank(&symbol.name, query) {
                let symbol_found = WorkspaceSymbol {
                    name: symbol.name.clone(),
                    kind: symbol.kind,
                    file: file.file_id(db),
                    span: symbol.selection_span,
                    container: container.map(str::to_string),
                };
                found.push((rank, symbol_found));
            }
            let children = symbol.children.iter().rev();
            pending.extend(children.map(|child| (child, Some(symbol.name.as_str()))));
        }
    }
    found.sort_by_key(|(rank, _)| *rank);
    found.into_iter().map(|(_, symbol)| symbol).collect()
}

/// How well `name` matches `query`, best 0; `None` when it does not.
fn match_rank(name: &str, query: &str) -> Option<u8> {
    let name = name.to_lowercase();
    let query = query.to_lowercase();
    if name == query {
        return Some(0);
    }
    if name.starts_with(&query) {
        return Some(1);
    }
    if name.contains(&query) {
        return Some(2);
    }
    let mut wanted = query.chars().peekable();
    for character in name.chars() {
        if wanted.peek() == Some(&character) {
            wanted.next();
        }
    }
    wanted.peek().is_none().then_some(3)
}

fn symbol(name: &str, kind: SymbolKind, span: Span, selection_span: Span) -> DocumentSymbol {
    DocumentSymbol {
        name: name.to_string(),
        detail: None,
        kind,
        span,
        selection_span,
        children: Vec::new(),
    }
}

fn domain_symbols(program: &DomainProgram) -> Vec<DocumentSymbol> {
    program
        .statements
        .iter()
        .filter_map(|statement| {
            let (name, kind, span, detail) = match statement {
                DomainStmt::Type(decl) => {
                    let supertypes: Vec<&str> =
                        decl.supertypes.iter().map(|ty| ty.name.as_str()).collect();
                    let detail =
                        (!supertypes.is_empty()).then(|| format!("<: {}", supertypes.join(", ")));
                    (&decl.name, SymbolKind::Type, decl.span, detail)
                }
                DomainStmt::Subtype(_) => return None,
                DomainStmt::Predicate(decl) => {
                    let detail = parameters(&decl.params);
                    (&decl.name, SymbolKind::Predicate, decl.span, Some(detail))
                }
                DomainStmt::Function(decl) => {
                    let detail = format!("{} -> {}", parameters(&decl.params), decl.output.ty.name);
                    (&decl.name, SymbolKind::Function, decl.span, Some(detail))
                }
                DomainStmt::Constructor(decl) => {
                    let output = decl.output.as_ref().map_or(&decl.name, |output| &output.ty);
                    let detail = format!("{} -> {}", parameters(&decl.params), output.name);
                    (&decl.name, SymbolKind::Constructor, decl.span, Some(detail))
                }
            };
            Some(DocumentSymbol {
                detail,
                ..symbol(&name.name, kind, span, name.span)
            })
        })
        .collect()
}

/// `(Set a, Point)`.
fn parameters(params: &[Param]) -> String {
    let params: Vec<String> = params
        .iter()
        .map(|param| match &param.name {
            Some(name) => format!("{} {}", param.ty.name, name.name),
            None => param.ty.name.clone(),
        })
        .collect();
    format!("({})", params.join(", "))
}

fn substance_symbols(program: &SubstanceProgram) -> Vec<DocumentSymbol> {
    let mut symbols = Vec::new();
    for statement in &program.statements {
        let (names, detail): (Vec<_>, String) = match &statement.kind {
            SubstanceStmtKind::Decl { ty, names } => (names.iter().collect(), ty.name.clone()),
            SubstanceStmtKind::DeclBind { ty, name, .. } => (vec![name], ty.name.clone()),
            SubstanceStmtKind::Let { name, expr } => {
                let callee = match expr {
                    SubExpr::Call(application) => application.name.name.clone(),
                    SubExpr::Arg(_) => String::new(),
                };
                (vec![name], callee)
            }
            _ => continue,
        };
        for name in names {
            symbols.push(DocumentSymbol {
                detail: Some(detail.clone()),
                ..symbol(&name.name, SymbolKind::Object, statement.span, name.span)
            });
        }
    }
    symbols
}

fn style_symbols(program: &StyleProgram, text: &str) -> Vec<DocumentSymbol> {
    program
        .items
        .iter()
        .map(|item| match item {
            StyleItem::Block {
                header,
                block,
                span,
            } => {
                let (kind, header_span) = match header {
                    Header::Selector(selector) => (SymbolKind::Selector, selector.span),
                    Header::Collector(collector) => (SymbolKind::Collector, collector.span),
                    Header::Namespace(name) => (SymbolKind::Namespace, name.span),
                };
                let name = collapse_whitespace(&text[header_span.range()]);
                DocumentSymbol {
                    children: block
                        .statements
                        .iter()
                        .filter_map(|statement| field_symbol(statement, text))
                        .collect(),
                    ..symbol(&name, kind, *span, header_span)
                }
            }
            StyleItem::Layout { stages, span } => {
                let stages: Vec<&str> = stages.iter().map(|stage| stage.name.as_str()).collect();
                DocumentSymbol {
                    detail: Some(stages.join(", ")),
                    ..symbol("layout", SymbolKind::Layout, *span, *span)
                }
            }
        })
        .collect()
}

/// A statement that stores a value under a name, or draws an anonymous
/// shape.
fn field_symbol(statement: &Stmt, text: &str) -> Option<DocumentSymbol> {
    let shape_name = |value: &Expr| -> Option<Ident> {
        match &value.kind {
            ExprKind::Shape { shape, .. } => Some(shape.clone()),
            _ => None,
        }
    };
    let (annotation, path, value, span) = match statement {
        Stmt::Assign {
            annotation,
            path,
            value,
            span,
        } => (annotation.as_ref(), path, value, span),
        Stmt::Override { path, value, span } => (None, path, value, span),
        Stmt::Anonymous { value, span } => {
            let shape = shape_name(value)?;
            return Some(symbol(&shape.name, SymbolKind::Shape, *span, shape.span));
        }
        Stmt::Delete { .. } => return None,
    };
    let name = collapse_whitespace(&text[path.span.range()]);
    let (kind, detail) = match shape_name(value) {
        Some(shape) => (SymbolKind::Shape, Some(shape.name)),
        None => (
            SymbolKind::Field,
            annotation.map(|annotation| annotation.name.name.clone()),
        ),
    };
    Some(DocumentSymbol {
        detail,
        ..symbol(&name, kind, *span, path.span)
    })
}

/// `text` with every run of whitespace made one space.
fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}
