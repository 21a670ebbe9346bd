//! Rename: Domain names across every file of the trio, Substance objects
//! (with the Styles' backtick references), and Style block variables
//! within their block. Everything else is refused with a reason.

use crate::resolve::{
    FieldOwner, Occurrence, Symbol, definition_of, file_occurrences, occurrences, symbol_at,
};
use kite_check::DomainEnv;
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::{Edit, FileId, Span};
use kite_syntax::ast::{Header, Relation, StyleItem, SubstanceProgram};
use kite_syntax::{Language, LexicalKind, Token, lex, lexical_tokens};
use serde::Serialize;
use std::fmt;

/// Why a rename cannot be done.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RenameError {
    pub kind: RenameErrorKind,
    pub message: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum RenameErrorKind {
    /// The cursor is not on a name.
    NothingToRename,
    /// The name is a keyword, comes from the library or is built in, or
    /// renaming it is not supported.
    NotRenamable,
    /// The new name is not an identifier, or is a keyword.
    InvalidName,
    /// The new name is taken where the renamed name lives.
    NameClash,
}

impl fmt::Display for RenameError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for RenameError {}

/// Words the Style parser reads as keywords in some positions although
/// the lexer makes them identifiers; a name spelt like one could be
/// misread.
const CONTEXTUAL_WORDS: &[&str] = &["into", "has", "above", "below", "then"];

/// The span of the name at `offset`, if it can be renamed.
pub fn prepare_rename(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Result<Span, RenameError> {
    renamable_at(db, trio, file, offset).map(|occurrence| occurrence.span)
}

/// The edits that rename the name at `offset` to `new_name` everywhere
/// it occurs.
pub fn rename(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
    new_name: &str,
) -> Result<Vec<Edit>, RenameError> {
    let occurrence = renamable_at(db, trio, file, offset)?;
    check_identifier(new_name)?;
    check_clash(db, trio, &occurrence, new_name)?;
    Ok(occurrences(db, trio, &occurrence.symbol)
        .into_iter()
        .map(|found| Edit {
            file: found.file,
            span: found.span,
            replacement: new_name.to_string(),
        })
        .collect())
}

fn error(kind: RenameErrorKind, message: impl Into<String>) -> RenameError {
    RenameError {
        kind,
        message: message.into(),
    }
}

fn not_renamable(message: impl Into<String>) -> RenameError {
    error(RenameErrorKind::NotRenamable, message)
}

/// The occurrence at `offset` if its symbol can be renamed.
fn renamable_at(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Result<Occurrence, RenameError> {
    let Some(occurrence) = symbol_at(db, trio, file, offset) else {
        let text = file.text(db);
        let token = lexical_tokens(text, file.language(db))
            .into_iter()
            .find(|token| token.span.start <= offset && offset < token.span.end);
        let word = token.and_then(|token| Some((token.kind, text.get(token.span.range())?)));
        return Err(match word {
            Some((LexicalKind::Keyword, word)) => {
                not_renamable(format!("`{word}` is a keyword and cannot be renamed"))
            }
            Some((LexicalKind::Identifier, word)) => not_renamable(format!(
                "`{word}` cannot be renamed: its meaning is not known here \
                 (a name an indexed statement rewrites, or one that does not resolve)"
            )),
            _ => error(
                RenameErrorKind::NothingToRename,
                "there is no name to rename here",
            ),
        });
    };
    let domain = &kite_db::domain_check(db, trio.domain(db)).value;
    let declared = || !definition_of(db, trio, &occurrence.symbol).is_empty();
    match &occurrence.symbol {
        Symbol::DomainType(name) if domain.types.get(name) == Some(&None) => Err(not_renamable(
            format!("`{name}` is a built-in type and cannot be renamed"),
        )),
        Symbol::DomainType(name)
        | Symbol::Predicate(name)
        | Symbol::Function(name)
        | Symbol::Constructor(name)
            if !declared() =>
        {
            Err(not_renamable(format!(
                "`{name}` is not declared in the Domain, so it cannot be renamed"
            )))
        }
        Symbol::SubstanceObject(name) => {
            check_substance_object(db, trio, name)?;
            Ok(occurrence)
        }
        Symbol::DomainType(_)
        | Symbol::Predicate(_)
        | Symbol::Function(_)
        | Symbol::Constructor(_)
        | Symbol::Parameter { .. }
        | Symbol::StyleVariable { .. } => Ok(occurrence),
        Symbol::ShapeType(name) => Err(not_renamable(format!(
            "`{name}` is a shape type of the library and cannot be renamed"
        ))),
        Symbol::ShapeProperty { property, .. } => Err(not_renamable(format!(
            "`{property}` is a shape property of the library and cannot be renamed"
        ))),
        Symbol::LibraryFunction { kind, name } => Err(not_renamable(format!(
            "`{name}` is a library {} and cannot be renamed",
            kind.function_kind().noun()
        ))),
        Symbol::IndexVariable { name, .. } => Err(not_renamable(format!(
            "index variable `{name}` also appears in the names its statement rewrites; rename it by hand"
        ))),
        Symbol::Namespace(name) => Err(not_renamable(format!(
            "renaming the namespace `{name}` is not supported"
        ))),
        Symbol::Field { name, .. } => Err(not_renamable(format!(
            "renaming the field `{name}` is not supported: fields are shared by type across blocks"
        ))),
        Symbol::Stage(name) => Err(not_renamable(format!(
            "renaming the layout stage `{name}` is not supported"
        ))),
    }
}

/// A Substance object can be renamed when a plain statement declares it
/// and no indexed statement names it through a template (`x_i` for
/// `x_1`).
fn check_substance_object(db: &Database, trio: Trio, name: &str) -> Result<(), RenameError> {
    let substance = trio.substance(db);
    let symbol = Symbol::SubstanceObject(name.to_string());
    let declared_plainly = occurrences(db, trio, &symbol)
        .iter()
        .any(|occurrence| occurrence.is_definition);
    if !declared_plainly {
        return Err(if definition_of(db, trio, &symbol).is_empty() {
            not_renamable(format!(
                "`{name}` is not declared in the Substance program, so it cannot be renamed"
            ))
        } else {
            not_renamable(format!(
                "`{name}` is declared by an indexed statement; rename its template by hand"
            ))
        });
    }
    let text = substance.text(db);
    let parsed = kite_db::parse(db, substance);
    let templated = parsed
        .ast
        .as_substance()
        .is_some_and(|program| templates_name(program, text, name));
    if templated {
        return Err(not_renamable(format!(
            "`{name}` is also named by an indexed statement's template; rename it by hand"
        )));
    }
    Ok(())
}

/// Whether an indexed statement of `program` has a name `stem_i`, with
/// `i` one of its index variables, that stands for `name` (`stem_3`) in
/// some substitution.
fn templates_name(program: &SubstanceProgram, text: &str, name: &str) -> bool {
    let Some((stem, suffix)) = name.rsplit_once('_') else {
        return false;
    };
    if suffix.is_empty() || !suffix.bytes().all(|byte| byte.is_ascii_digit()) {
        return false;
    }
    program.statements.iter().any(|statement| {
        let Some(index_set) = &statement.index_set else {
            return false;
        };
        let Some(statement_text) = text.get(statement.span.range()) else {
            return false;
        };
        lex(statement_text, Language::Substance, FileId(0))
            .tokens
            .iter()
            .any(|(token, _)| match token {
                Token::Ident(word) => word.rsplit_once('_').is_some_and(|(word_stem, variable)| {
                    word_stem == stem
                        && index_set
                            .ranges
                            .iter()
                            .any(|range| range.variable.name == variable)
                }),
                _ => false,
            })
    })
}

/// `name` must be one identifier in all three languages: not a keyword
/// of any of them, nor one of Style's contextual words.
fn check_identifier(name: &str) -> Result<(), RenameError> {
    let invalid = |message: String| error(RenameErrorKind::InvalidName, message);
    if name.is_empty() {
        return Err(invalid("the new name is empty".to_string()));
    }
    if CONTEXTUAL_WORDS.contains(&name) {
        return Err(invalid(format!("`{name}` is a keyword of Style")));
    }
    for language in [Language::Domain, Language::Substance, Language::Style] {
        let lexed = lex(name, language, FileId(0));
        match lexed.tokens.as_slice() {
            [(Token::Ident(_), span)] if span.range() == (0..name.len()) => {}
            [(Token::Keyword(_), _)] => {
                return Err(invalid(format!(
                    "`{name}` is a keyword of {}",
                    language_name(language)
                )));
            }
            _ => return Err(invalid(format!("`{name}` is not an identifier"))),
        }
    }
    Ok(())
}

fn language_name(language: Language) -> &'static str {
    match language {
        Language::Domain => "Domain",
        Language::Substance => "Substance",
        Language::Style => "Style",
    }
}

/// The new name must not be taken where the renamed symbol lives.
fn check_clash(
    db: &Database,
    trio: Trio,
    occurrence: &Occurrence,
    new_name: &str,
) -> Result<(), RenameError> {
    let domain = &kite_db::domain_check(db, trio.domain(db)).value;
    let taken = match &occurrence.symbol {
        Symbol::DomainType(_) => domain.types.contains_key(new_name).then_some("a type"),
        Symbol::Predicate(_) => domain
            .predicates
            .contains_key(new_name)
            .then_some("a predicate"),
        Symbol::Function(_) | Symbol::Constructor(_) => callee_clash(domain, new_name),
        Symbol::Parameter { declaration, .. } => {
            let symbol = |name: &str| Symbol::Parameter {
                declaration: declaration.clone(),
                name: name.to_string(),
            };
            (!occurrences(db, trio, &symbol(new_name)).is_empty())
                .then_some("a parameter of the same declaration")
        }
        Symbol::SubstanceObject(_) => {
            let substance =
                &kite_db::substance_check(db, trio.substance(db), trio.domain(db)).value;
            substance
                .objects
                .contains_key(new_name)
                .then_some("a Substance object")
        }
        Symbol::StyleVariable { file, block, .. } => {
            style_clash(db, trio, *file, *block, domain, occurrence, new_name)
        }
        _ => None,
    };
    match taken {
        Some(what) => Err(error(
            RenameErrorKind::NameClash,
            format!("`{new_name}` is already {what}"),
        )),
        None => Ok(()),
    }
}

/// Substance resolves `f(…)` to a constructor, else a function: a new
/// name must be free in both.
fn callee_clash(domain: &DomainEnv, new_name: &str) -> Option<&'static str> {
    if domain.constructors.contains_key(new_name) {
        Some("a constructor")
    } else if domain.functions.contains_key(new_name) {
        Some("a function")
    } else {
        None
    }
}

/// A Style variable's new name must not be another variable of its
/// block, nor a namespace or local field its block uses (the variable
/// would capture those paths); an alias's must not be a Domain name.
fn style_clash(
    db: &Database,
    trio: Trio,
    file: FileId,
    block: usize,
    domain: &DomainEnv,
    occurrence: &Occurrence,
    new_name: &str,
) -> Option<&'static str> {
    let style = db.file(file)?;
    let parsed = kite_db::parse(db, style);
    let (header, block_span) = parsed
        .ast
        .as_style()?
        .items
        .iter()
        .filter_map(|item| match item {
            StyleItem::Block { header, span, .. } => Some((header, *span)),
            StyleItem::Layout { .. } => None,
        })
        .nth(block)?;
    let text = style.text(db);
    let captured = file_occurrences(db, trio, style)?.iter().find_map(|other| {
        let inside = block_span.start <= other.span.start && other.span.end <= block_span.end;
        if !inside || text.get(other.span.range()) != Some(new_name) {
            return None;
        }
        match &other.symbol {
            Symbol::StyleVariable { .. } => Some("a variable of this block"),
            Symbol::Namespace(_) => Some("a namespace this block uses"),
            Symbol::Field {
                owner: FieldOwner::Local { .. },
                ..
            } => Some("a local name of this block"),
            _ => None,
        }
    });
    if captured.is_some() {
        return captured;
    }
    let Symbol::StyleVariable { name, .. } = &occurrence.symbol else {
        return None;
    };
    (is_alias(header, name) && domain.declares(new_name))
        .then_some("a Domain name, which aliases may not shadow")
}

/// Whether a header declares `name` as a predicate alias (`P(x) as name`).
fn is_alias(header: &Header, name: &str) -> bool {
    let relations = match header {
        Header::Selector(selector) => &selector.where_,
        Header::Collector(collector) => &collector.where_,
        Header::Namespace(_) => return false,
    };
    relations.iter().any(|relation| {
        matches!(relation, Relation::Predicate { alias: Some(alias), .. } if alias.name == name)
    })
}
