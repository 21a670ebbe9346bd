//! Document and workspace symbols, folding and selection ranges, and the
//! code lens of each Style block (how many times it matched).

use super::{location, range};
use crate::workspace::{Snapshot, Target};
use kite_ide::{FoldingKind, SymbolKind};
use tower_lsp_server::ls_types::{
    self as lsp, CodeLens, Command, FoldingRange, FoldingRangeKind, Position, SelectionRange,
    WorkspaceSymbol,
};

pub fn document_symbols(snapshot: &Snapshot, target: &Target) -> Vec<lsp::DocumentSymbol> {
    kite_ide::document_symbols(&snapshot.db, target.file)
        .into_iter()
        .map(|symbol| document_symbol(snapshot, target, symbol))
        .collect()
}

#[allow(deprecated)] // `deprecated` is a required field of the protocol type
fn document_symbol(
    snapshot: &Snapshot,
    target: &Target,
    symbol: kite_ide::DocumentSymbol,
) -> lsp::DocumentSymbol {
    lsp::DocumentSymbol {
        name: symbol.name,
        detail: symbol.detail,
        kind: symbol_kind(symbol.kind),
        tags: None,
        deprecated: None,
        range: range(snapshot, target.file, symbol.span),
        selection_range: range(snapshot, target.file, symbol.selection_span),
        children: Some(
            symbol
                .children
                .into_iter()
                .map(|child| document_symbol(snapshot, target, child))
                .collect(),
        ),
    }
}

/// Symbols of every file of every open document's trios matching `query`.
pub fn workspace_symbols(snapshot: &Snapshot, query: &str) -> Vec<WorkspaceSymbol> {
    let files = snapshot.published_files();
    kite_ide::workspace_symbols(&snapshot.db, &files, query)
        .into_iter()
        .filter_map(|symbol| {
            Some(WorkspaceSymbol {
                name: symbol.name,
                kind: symbol_kind(symbol.kind),
                tags: None,
                container_name: symbol.container,
                location: lsp::OneOf::Left(location(snapshot, symbol.file, symbol.span)?),
                data: None,
            })
        })
        .collect()
}

fn symbol_kind(kind: SymbolKind) -> lsp::SymbolKind {
    match kind {
        SymbolKind::Type => lsp::SymbolKind::CLASS,
        SymbolKind::Predicate => lsp::SymbolKind::INTERFACE,
        SymbolKind::Function => lsp::SymbolKind::FUNCTION,
        SymbolKind::Constructor => lsp::SymbolKind::CONSTRUCTOR,
        SymbolKind::Object => lsp::SymbolKind::OBJECT,
        SymbolKind::Selector | SymbolKind::Collector => lsp::SymbolKind::STRUCT,
        SymbolKind::Namespace => lsp::SymbolKind::NAMESPACE,
        SymbolKind::Layout => lsp::SymbolKind::EVENT,
        SymbolKind::Field => lsp::SymbolKind::FIELD,
        SymbolKind::Shape => lsp::SymbolKind::OBJECT,
    }
}

pub fn folding_ranges(snapshot: &Snapshot, target: &Target) -> Vec<FoldingRange> {
    kite_ide::folding_ranges(&snapshot.db, target.file)
        .into_iter()
        .map(|folding| {
            let range = range(snapshot, target.file, folding.span);
            FoldingRange {
                start_line: range.start.line,
                start_character: None,
                end_line: range.end.line,
                end_character: None,
                kind: Some(match folding.kind {
                    FoldingKind::Region => FoldingRangeKind::Region,
                    FoldingKind::Comment => FoldingRangeKind::Comment,
                }),
                collapsed_text: None,
            }
        })
        .collect()
}

pub fn selection_ranges(
    snapshot: &Snapshot,
    target: &Target,
    positions: &[Position],
) -> Vec<SelectionRange> {
    let offsets: Vec<usize> = positions
        .iter()
        .map(|position| super::offset(snapshot, target.file, *position))
        .collect();
    kite_ide::selection_ranges(&snapshot.db, target.file, &offsets)
        .into_iter()
        .map(|spans| {
            // Innermost first: build the chain from the outside in.
            let mut chain: Option<SelectionRange> = None;
            for span in spans.into_iter().rev() {
                chain = Some(SelectionRange {
                    range: range(snapshot, target.file, span),
                    parent: chain.map(Box::new),
                });
            }
            chain.unwrap_or(SelectionRange {
                range: lsp::Range::default(),
                parent: None,
            })
        })
        .collect()
}

pub fn code_lenses(snapshot: &Snapshot, target: &Target) -> Vec<CodeLens> {
    let Some(trio) = target.trios.first() else {
        return Vec::new();
    };
    kite_ide::code_lenses(&snapshot.db, *trio, target.file)
        .into_iter()
        .map(|lens| CodeLens {
            range: range(snapshot, target.file, lens.span),
            command: Some(Command::new(lens.title, String::new(), None)),
            data: None,
        })
        .collect()
}
