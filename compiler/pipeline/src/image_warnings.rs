//! Warnings for the Images drawn as placeholders: W0600 for an `href`
//! kite refuses to read (a URL, an absolute path, a file outside the
//! trio's folders), W0601 for one that names no readable SVG file, each at
//! the `href` that names it.

use kite_db::{Database, parse};
use kite_diagnostics::{Code, Diagnostic, Span};
use kite_graph::{Diagram, Origin};
use kite_library::Property;
use kite_render::{ImageUnavailable, PlaceholderImage};
use kite_syntax::ast::{ExprKind, Stmt, StyleItem};

/// One warning per placeholder, in draw order.
pub fn image_warnings(
    db: &Database,
    diagram: &Diagram,
    placeholders: &[PlaceholderImage],
) -> Vec<Diagnostic> {
    placeholders
        .iter()
        .filter_map(|placeholder| {
            let shape = diagram.shapes.get(placeholder.shape.index())?;
            let span = href_span(db, &shape.origin).unwrap_or(shape.origin.statement);
            Some(warning(placeholder, shape.origin.file, span))
        })
        .collect()
}

fn warning(
    placeholder: &PlaceholderImage,
    file: kite_diagnostics::FileId,
    span: Span,
) -> Diagnostic {
    let href = &placeholder.href;
    let (code, message, label) = match &placeholder.reason {
        ImageUnavailable::Refused(why) => (
            Code::ImageRefused,
            format!("the image `{href}` is not read: {why}"),
            "refused",
        ),
        ImageUnavailable::Missing(why) => (
            Code::ImageNotFound,
            format!("the image `{href}` cannot be read: {why}"),
            "not found",
        ),
        ImageUnavailable::NotSvg => (
            Code::ImageNotFound,
            format!("the image `{href}` is not an SVG document kite can draw"),
            "not an SVG image",
        ),
    };
    Diagnostic::warning(code, file, span, message)
        .with_label(label)
        .with_hint("the Image is drawn as a placeholder")
}

/// The value of the `href` property written in the shape statement at
/// `origin`, when the statement writes one.
fn href_span(db: &Database, origin: &Origin) -> Option<Span> {
    let file = db.file(origin.file)?;
    let program = parse(db, file).ast.as_style()?;
    program
        .items
        .iter()
        .filter_map(|item| match item {
            StyleItem::Block { block, .. } => Some(&block.statements),
            StyleItem::Layout { .. } => None,
        })
        .flatten()
        .find(|statement| statement.span() == origin.statement)
        .and_then(|statement| match statement {
            Stmt::Assign { value, .. }
            | Stmt::Override { value, .. }
            | Stmt::Anonymous { value, .. } => match &value.kind {
                ExprKind::Shape { properties, .. } => properties
                    .iter()
                    .find(|property| Property::named(&property.name.name) == Some(Property::Href))
                    .map(|property| property.value.span),
                _ => None,
            },
            Stmt::Delete { .. } => None,
        })
}
