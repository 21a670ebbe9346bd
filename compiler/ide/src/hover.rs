//! Hover: what the name (or colour) under the cursor is, as Markdown.

mod color;
mod library;
mod program;

use crate::resolve::{Symbol, symbol_at};
use kite_db::{Database, SourceFile, Trio};
use kite_diagnostics::Span;
use serde::Serialize;

/// What to show for the text at `span`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Hover {
    pub span: Span,
    pub markdown: String,
}

/// The hover at `offset`: for a name, what it refers to (Domain
/// declarations with their signatures or super- and subtypes, Substance
/// objects with type, label and declaration, Style variables with their
/// types and matches, fields with their assignments, shape types with
/// their property tables, properties, library functions with their
/// signatures); for a colour literal or an `rgba`/`hsva` call of number
/// literals, the colour's channels. `None` elsewhere.
pub fn hover(db: &Database, trio: Trio, file: SourceFile, offset: usize) -> Option<Hover> {
    let color = kite_db::parse(db, file)
        .ast
        .as_style()
        .and_then(|program| color::color_at(program, offset));
    let Some(occurrence) = symbol_at(db, trio, file, offset) else {
        let (span, markdown) = color?;
        return Some(Hover { span, markdown });
    };
    let mut markdown = describe(db, trio, &occurrence.symbol)?;
    if let (Symbol::LibraryFunction { .. }, Some((_, color))) = (&occurrence.symbol, color) {
        markdown.push_str("\n\n");
        markdown.push_str(&color);
    }
    Some(Hover {
        span: occurrence.span,
        markdown,
    })
}

fn describe(db: &Database, trio: Trio, symbol: &Symbol) -> Option<String> {
    match symbol {
        Symbol::ShapeType(name) => Some(library::shape_type(name)),
        Symbol::ShapeProperty { shape, property } => {
            Some(library::shape_property(shape.as_deref(), property))
        }
        Symbol::LibraryFunction { kind, name } => Some(library::library_function(*kind, name)),
        _ => program::describe(db, trio, symbol),
    }
}
