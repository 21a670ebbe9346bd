//! Code lenses over Style block headers: how many times each selector
//! matched the Substance program, or how many groups a collector made.

use kite_db::{Database, SourceFile, Trio, parse, style_matches};
use kite_diagnostics::Span;
use kite_matching::BlockMatches;
use kite_syntax::ast::{Header, StyleItem};
use serde::Serialize;

/// A line of information above a block header.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CodeLens {
    /// The block's header.
    pub span: Span,
    pub title: String,
    /// How many times the block runs: substitutions of a selector, groups
    /// of a collector.
    pub matches: usize,
}

/// A lens for each selector and collector block of `file`, which must be
/// one of the trio's Styles (otherwise there are none). Namespace blocks,
/// which always run once, get none.
pub fn code_lenses(db: &Database, trio: Trio, file: SourceFile) -> Vec<CodeLens> {
    if !trio.styles(db).contains(&file) {
        return Vec::new();
    }
    let Some(program) = parse(db, file).ast.as_style() else {
        return Vec::new();
    };
    let matches = &style_matches(db, file, trio.substance(db), trio.domain(db)).blocks;
    let headers = program.items.iter().filter_map(|item| match item {
        StyleItem::Block { header, .. } => Some(header),
        StyleItem::Layout { .. } => None,
    });
    headers
        .zip(matches)
        .filter_map(|(header, matches)| {
            let (span, noun) = match header {
                Header::Selector(selector) => (selector.span, "selector"),
                Header::Collector(collector) => (collector.span, "collector"),
                Header::Namespace(_) => return None,
            };
            let runs = matches.runs();
            let title = match (runs, matches) {
                (_, BlockMatches::Refused { estimate }) => format!(
                    "refused: would match up to {} times",
                    kite_limits::thousands(*estimate)
                ),
                (0, _) => {
                    format!("matched nothing — no Substance objects fit this {noun}")
                }
                (1, BlockMatches::Collector(_)) => "collected 1 group".to_string(),
                (runs, BlockMatches::Collector(_)) => format!("collected {runs} groups"),
                (1, _) => "matched 1 time".to_string(),
                (runs, _) => format!("matched {runs} times"),
            };
            Some(CodeLens {
                span,
                title,
                matches: runs,
            })
        })
        .collect()
}
