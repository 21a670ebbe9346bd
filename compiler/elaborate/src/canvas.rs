//! The canvas: every Style program must give `canvas { width = …
//! height = … }` as plain numbers.

use crate::fields::{Field, FieldKey, Translation};
use crate::scope::Scope;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::ExprKind;

/// Reports a missing `canvas` namespace, or a `width` or `height` that is
/// missing or not a number literal (E0410). `first_style` is where to
/// point when there is no canvas block at all.
pub fn check_canvas(translation: &Translation, first_style: FileId) -> Vec<Diagnostic> {
    let Some(canvas) = translation.namespaces.get("canvas") else {
        return vec![
            Diagnostic::error(
                Code::CanvasDimensions,
                first_style,
                Span::empty_at(0),
                "the Style declares no canvas",
            )
            .with_label("expected a `canvas` block in one of the trio's Styles")
            .with_hint("add `canvas {\n  width = 800\n  height = 700\n}`"),
        ];
    };
    let mut diagnostics = Vec::new();
    for dimension in ["width", "height"] {
        let key = FieldKey {
            scope: Scope::Namespace("canvas".to_string()),
            field: dimension.to_string(),
        };
        let problem = match translation.fields.get(&key) {
            None => Some((
                canvas.file,
                canvas.span,
                format!("the canvas has no `{dimension}`"),
            )),
            Some(Field::Value(assigned)) => match assigned.expr.kind {
                ExprKind::Number { .. } => None,
                _ => Some((
                    translation.runs[assigned.run].file,
                    assigned.expr.span,
                    format!("`canvas.{dimension}` must be a number literal"),
                )),
            },
            Some(Field::Shape(shape)) => Some((
                translation.runs[shape.run].file,
                shape.statement,
                format!("`canvas.{dimension}` must be a number, not a shape"),
            )),
            Some(Field::Label(_) | Field::Count(_)) => None,
        };
        if let Some((file, span, message)) = problem {
            diagnostics.push(
                Diagnostic::error(Code::CanvasDimensions, file, span, message)
                    .with_label(format!("`{dimension}` must be a plain number")),
            );
        }
    }
    diagnostics
}
