//! Semantic tokens, full and by range, with the legend the server
//! announces.

use crate::positions::LineTable;
use crate::workspace::{Snapshot, Target};
use kite_diagnostics::Span;
use kite_ide::{SemanticKind, SemanticModifier};
use tower_lsp_server::ls_types::{
    self as lsp, SemanticTokenModifier, SemanticTokenType, SemanticTokens, SemanticTokensLegend,
};

/// Token kinds in legend order; a token's type is its index here.
const KINDS: [(SemanticKind, &str); 16] = [
    (SemanticKind::Type, "type"),
    (SemanticKind::Predicate, "interface"),
    (SemanticKind::Function, "function"),
    (SemanticKind::Constructor, "class"),
    (SemanticKind::Object, "variable"),
    (SemanticKind::Variable, "parameter"),
    (SemanticKind::Namespace, "namespace"),
    (SemanticKind::ShapeType, "struct"),
    (SemanticKind::Property, "property"),
    (SemanticKind::LibraryFunction, "method"),
    (SemanticKind::Keyword, "keyword"),
    (SemanticKind::Number, "number"),
    (SemanticKind::String, "string"),
    (SemanticKind::Comment, "comment"),
    (SemanticKind::Tex, "macro"),
    (SemanticKind::Operator, "operator"),
];

pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: KINDS
            .iter()
            .map(|(_, name)| SemanticTokenType::new(name))
            .collect(),
        token_modifiers: vec![SemanticTokenModifier::DECLARATION],
    }
}

pub fn tokens(snapshot: &Snapshot, target: &Target, range: Option<lsp::Range>) -> SemanticTokens {
    let Some(trio) = target.trios.first() else {
        return SemanticTokens::default();
    };
    let text = target.file.text(&snapshot.db);
    let table = LineTable::new(text, snapshot.encoding);
    let span: Option<Span> = range.map(|range| table.span(range));
    let tokens = kite_ide::semantic_tokens(&snapshot.db, *trio, target.file, span);
    let mut data = Vec::with_capacity(tokens.len());
    let (mut last_line, mut last_start) = (0, 0);
    for token in tokens {
        let start = table.position(token.span.start);
        let end = table.position(token.span.end);
        // The protocol's tokens lie on one line: a token across lines
        // (a block comment) is cut at its first line's end.
        let length = if end.line == start.line {
            end.character - start.character
        } else {
            let line_end = text[token.span.start..]
                .find('\n')
                .map_or(text.len(), |at| token.span.start + at);
            table.position(line_end).character - start.character
        };
        let Some(kind) = KINDS.iter().position(|(kind, _)| *kind == token.kind) else {
            continue;
        };
        let modifiers = u32::from(token.modifiers.contains(&SemanticModifier::Declaration));
        let delta_line = start.line - last_line;
        let delta_start = if delta_line == 0 {
            start.character - last_start
        } else {
            start.character
        };
        data.push(lsp::SemanticToken {
            delta_line,
            delta_start,
            length,
            token_type: kind as u32,
            token_modifiers_bitset: modifiers,
        });
        (last_line, last_start) = (start.line, start.character);
    }
    SemanticTokens {
        result_id: None,
        data,
    }
}
