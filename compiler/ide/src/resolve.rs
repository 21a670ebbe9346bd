//! The name index: every identifier of a trio's files, with what it refers to.
//!
//! Each file is indexed from its syntax tree and the checked environments
//! of the database, never from a parse of its own. A [`Symbol`] names what
//! an identifier refers to by names and ids (a file id and a block's
//! position), so the symbols of two occurrences compare equal exactly when
//! they refer to the same thing, with one exception: Style fields are
//! shared between variables of related types, so two [`Symbol::Field`]s
//! refer to the same field when their names agree and their owners are
//! related (see [`occurrences`]).
//!
//! Names are resolved conservatively: an identifier whose meaning cannot
//! be known from the source alone (a name an indexed Substance statement
//! rewrites, say `x_i`, or a path deeper than `scope.field.property`) gets
//! no occurrence at all rather than a guess.

mod domain;
mod fields;
mod style;
mod substance;

use fields::owners_related;
use kite_check::{DomainEnv, SubstanceEnv};
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::{FileId, Span};
use kite_library::FunctionKind;
use serde::Serialize;

/// What an identifier refers to.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum Symbol {
    /// A Domain type, or a built-in literal type (`Number`, `String`).
    DomainType(String),
    Predicate(String),
    Function(String),
    Constructor(String),
    /// A named parameter of a Domain predicate, function or constructor.
    Parameter {
        declaration: String,
        name: String,
    },
    /// A Substance object, also when a Style names it in backticks.
    SubstanceObject(String),
    /// An index variable of the indexed Substance statement at position
    /// `statement` of the Substance program.
    IndexVariable {
        statement: usize,
        name: String,
    },
    /// A variable of a Style block's header: `block` counts the blocks of
    /// the Style file `file` from 0 (layout statements are not blocks).
    StyleVariable {
        file: FileId,
        block: usize,
        name: String,
    },
    /// A Style namespace such as `canvas` or `global`.
    Namespace(String),
    /// A field of a Style scope, such as `icon` in `x.icon`.
    Field {
        owner: FieldOwner,
        name: String,
    },
    ShapeType(String),
    /// A shape property; `shape` is `None` when the shape type cannot be
    /// known (a property of a field no statement assigns a shape to).
    ShapeProperty {
        shape: Option<String>,
        property: String,
    },
    /// A library computation function, constraint or objective.
    LibraryFunction {
        kind: LibraryKind,
        name: String,
    },
    /// A layout stage.
    Stage(String),
}

/// Whose field a [`Symbol::Field`] is.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum FieldOwner {
    /// The objects a variable of this Domain type stands for.
    Type(String),
    /// One Substance object, named in backticks.
    Object(String),
    /// The alias objects of a predicate (`P(x, y) as r`).
    Alias(String),
    Namespace(String),
    /// The local scope of one block of one Style file.
    Local {
        file: FileId,
        block: usize,
    },
}

/// Where a library function is called: in an expression, after `ensure`,
/// or after `encourage`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum LibraryKind {
    Computation,
    Constraint,
    Objective,
}

impl LibraryKind {
    pub fn function_kind(self) -> FunctionKind {
        match self {
            LibraryKind::Computation => FunctionKind::Computation,
            LibraryKind::Constraint => FunctionKind::Constraint,
            LibraryKind::Objective => FunctionKind::Objective,
        }
    }
}

/// One identifier and what it refers to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Occurrence {
    pub symbol: Symbol,
    pub file: FileId,
    /// The identifier (without backticks).
    pub span: Span,
    /// The whole declaration or assignment for a definition; the
    /// identifier otherwise.
    pub full_span: Span,
    /// Whether this occurrence declares the symbol (or, for a field,
    /// assigns it).
    pub is_definition: bool,
}

/// The occurrence at `offset` of `file`: the identifier that contains
/// the offset, or else the one that ends there (a cursor just after a
/// name). `None` off identifiers and for files not in the trio.
pub fn symbol_at(db: &Database, trio: Trio, file: SourceFile, offset: usize) -> Option<Occurrence> {
    let occurrences = file_occurrences(db, trio, file)?;
    // Sorted and disjoint: the candidates are the first occurrence that
    // does not end before the offset, and the one after it.
    let first = occurrences.partition_point(|occurrence| occurrence.span.end < offset);
    let candidates = occurrences.get(first..).unwrap_or_default();
    let candidates = &candidates[..candidates.len().min(2)];
    let inside = candidates
        .iter()
        .find(|occurrence| occurrence.span.start <= offset && offset < occurrence.span.end);
    inside
        .or_else(|| {
            candidates
                .iter()
                .find(|occurrence| occurrence.span.end == offset)
        })
        .cloned()
}

/// Every occurrence of `symbol` in the files of the trio, in file order
/// (Domain, Substance, Styles) and then source order.
pub fn occurrences(db: &Database, trio: Trio, symbol: &Symbol) -> Vec<Occurrence> {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let domain_env = &kite_db::domain_check(db, domain).value;
    let substance_env = &kite_db::substance_check(db, substance, domain).value;
    trio_index(db, trio)
        .files
        .iter()
        .flat_map(|file| file.occurrences.iter())
        .filter(|occurrence| same_symbol(&occurrence.symbol, symbol, domain_env, substance_env))
        .cloned()
        .collect()
}

/// The declarations of `symbol` (for a field, the statements that assign
/// it). A Substance object declared by an indexed statement (`x_1` from
/// `Set x_i for i in [0, 2]`) is declared at the template's name.
pub fn definition_of(db: &Database, trio: Trio, symbol: &Symbol) -> Vec<Occurrence> {
    let definitions: Vec<Occurrence> = occurrences(db, trio, symbol)
        .into_iter()
        .filter(|occurrence| occurrence.is_definition)
        .collect();
    if !definitions.is_empty() {
        return definitions;
    }
    let Symbol::SubstanceObject(name) = symbol else {
        return definitions;
    };
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let env = &kite_db::substance_check(db, substance, domain).value;
    env.objects
        .get(name)
        .map(|object| Occurrence {
            symbol: symbol.clone(),
            file: substance.file_id(db),
            span: object.span,
            full_span: object.span,
            is_definition: true,
        })
        .into_iter()
        .collect()
}

/// The occurrences of one file of the trio, sorted by position; `None`
/// for a file the trio does not include.
pub(crate) fn file_occurrences(
    db: &Database,
    trio: Trio,
    file: SourceFile,
) -> Option<&[Occurrence]> {
    let id = file.file_id(db);
    trio_index(db, trio)
        .files
        .iter()
        .find(|indexed| indexed.file == id)
        .map(|indexed| indexed.occurrences.as_slice())
}

/// Whether occurrences of `a` and `b` refer to the same thing: equal
/// symbols, or fields of one name whose owners are related.
fn same_symbol(a: &Symbol, b: &Symbol, domain: &DomainEnv, substance: &SubstanceEnv) -> bool {
    match (a, b) {
        (
            Symbol::Field {
                owner: owner_a,
                name: name_a,
            },
            Symbol::Field {
                owner: owner_b,
                name: name_b,
            },
        ) => name_a == name_b && owners_related(owner_a, owner_b, domain, substance),
        _ => a == b,
    }
}

/// The occurrences of every file of a trio.
#[derive(Clone, Debug, PartialEq, Eq)]
struct TrioIndex {
    files: Vec<FileIndex>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
struct FileIndex {
    file: FileId,
    occurrences: Vec<Occurrence>,
}

/// Indexes every file of the trio; memoised until one of the trio's files
/// changes.
#[salsa::tracked(returns(ref))]
fn trio_index(db: &dyn salsa::Database, trio: Trio) -> TrioIndex {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    let domain_env = &kite_db::domain_check(db, domain).value;
    let substance_env = &kite_db::substance_check(db, substance, domain).value;
    let mut files = Vec::new();
    if let Some(program) = kite_db::parse(db, domain).ast.as_domain() {
        files.push(FileIndex {
            file: domain.file_id(db),
            occurrences: domain::index(program, domain.file_id(db)),
        });
    }
    if let Some(program) = kite_db::parse(db, substance).ast.as_substance() {
        files.push(FileIndex {
            file: substance.file_id(db),
            occurrences: substance::index(program, substance.file_id(db), domain_env),
        });
    }
    let mut styles = Vec::new();
    for style in trio.styles(db) {
        let id = style.file_id(db);
        let already_indexed = files.iter().any(|indexed| indexed.file == id)
            || styles.iter().any(|(file, _)| *file == id);
        if let Some(program) = kite_db::parse(db, *style).ast.as_style()
            && !already_indexed
        {
            styles.push((id, program));
        }
    }
    for (file, occurrences) in style::index(&styles, domain_env, substance_env) {
        files.push(FileIndex { file, occurrences });
    }
    for indexed in &mut files {
        indexed
            .occurrences
            .sort_by_key(|occurrence| occurrence.span);
    }
    TrioIndex { files }
}
