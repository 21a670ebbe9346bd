//! Semantic tokens: every token of a file classified for highlighting,
//! names by what the name index says they refer to, the rest by the lexer.

use crate::resolve::{Occurrence, Symbol, file_occurrences};
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::Span;
use kite_syntax::{Language, LexicalKind, LexicalToken, lexical_tokens};
use serde::Serialize;

/// One classified token.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SemanticToken {
    pub span: Span,
    pub kind: SemanticKind,
    pub modifiers: Vec<SemanticModifier>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum SemanticKind {
    Type,
    Predicate,
    Function,
    Constructor,
    /// A Substance object.
    Object,
    /// A Style variable, Domain parameter, index variable or layout stage.
    Variable,
    Namespace,
    ShapeType,
    /// A field or a shape property.
    Property,
    LibraryFunction,
    Keyword,
    /// A number or a colour literal.
    Number,
    String,
    Comment,
    /// A Substance `$…$` label.
    Tex,
    Operator,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum SemanticModifier {
    /// The name is declared (or, for a field, assigned) here.
    Declaration,
}

/// Style words the lexer leaves as identifiers but the parser reads as
/// keywords where they appear (`collect … into xs`, `a above b`, …).
const STYLE_CONTEXTUAL_WORDS: &[&str] = &[
    "into", "has", "math", "text", "above", "below", "then", "layout",
];

/// The tokens of `file` that overlap `range` (all of them for `None`), in
/// source order and without overlaps. Punctuation, line breaks and bad
/// input get no token, nor do names the index cannot resolve.
pub fn semantic_tokens(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    range: Option<Span>,
) -> Vec<SemanticToken> {
    let text = file.text(db);
    let language = file.language(db);
    let occurrences = file_occurrences(db, trio, file).unwrap_or_default();
    lexical_tokens(text, language)
        .into_iter()
        .filter(|token| range.is_none_or(|range| overlaps(token.span, range)))
        .filter_map(|token| classify(&token, text, language, occurrences))
        .collect()
}

fn overlaps(span: Span, range: Span) -> bool {
    span.start < range.end && range.start < span.end
        || span.is_empty() && range.start <= span.start && span.start <= range.end
}

fn classify(
    token: &LexicalToken,
    text: &str,
    language: Language,
    occurrences: &[Occurrence],
) -> Option<SemanticToken> {
    let plain = |kind| {
        Some(SemanticToken {
            span: token.span,
            kind,
            modifiers: Vec::new(),
        })
    };
    match token.kind {
        LexicalKind::Identifier => {
            let found = occurrences
                .binary_search_by_key(&token.span, |occurrence| occurrence.span)
                .ok()
                .and_then(|index| occurrences.get(index));
            match found {
                Some(occurrence) => Some(SemanticToken {
                    span: token.span,
                    kind: symbol_kind(&occurrence.symbol),
                    modifiers: if occurrence.is_definition {
                        vec![SemanticModifier::Declaration]
                    } else {
                        Vec::new()
                    },
                }),
                None => {
                    let word = text.get(token.span.range()).unwrap_or_default();
                    if language == Language::Style && STYLE_CONTEXTUAL_WORDS.contains(&word) {
                        plain(SemanticKind::Keyword)
                    } else {
                        None
                    }
                }
            }
        }
        LexicalKind::Keyword => plain(SemanticKind::Keyword),
        LexicalKind::Number | LexicalKind::Color => plain(SemanticKind::Number),
        LexicalKind::String => plain(SemanticKind::String),
        LexicalKind::Tex => plain(SemanticKind::Tex),
        LexicalKind::Comment => plain(SemanticKind::Comment),
        LexicalKind::Operator => plain(SemanticKind::Operator),
        LexicalKind::Punctuation | LexicalKind::Newline | LexicalKind::Error => None,
    }
}

fn symbol_kind(symbol: &Symbol) -> SemanticKind {
    match symbol {
        Symbol::DomainType(_) => SemanticKind::Type,
        Symbol::Predicate(_) => SemanticKind::Predicate,
        Symbol::Function(_) => SemanticKind::Function,
        Symbol::Constructor(_) => SemanticKind::Constructor,
        Symbol::SubstanceObject(_) => SemanticKind::Object,
        Symbol::Parameter { .. }
        | Symbol::IndexVariable { .. }
        | Symbol::StyleVariable { .. }
        | Symbol::Stage(_) => SemanticKind::Variable,
        Symbol::Namespace(_) => SemanticKind::Namespace,
        Symbol::Field { .. } | Symbol::ShapeProperty { .. } => SemanticKind::Property,
        Symbol::ShapeType(_) => SemanticKind::ShapeType,
        Symbol::LibraryFunction { .. } => SemanticKind::LibraryFunction,
    }
}
