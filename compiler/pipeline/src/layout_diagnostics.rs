//! Diagnostics the layout itself gives: E0500 when the energy stops being
//! a number.

use kite_db::{Database, Trio};
use kite_diagnostics::{Code, Diagnostic, Span};
use kite_graph::Diagram;
use kite_layout::{Solution, Status};

/// E0500 at the term to blame (where one is known) when the layout became
/// NaN; `None` otherwise.
pub fn nan_diagnostic(
    db: &Database,
    trio: Trio,
    diagram: &Diagram,
    solution: &Solution,
) -> Option<Diagnostic> {
    if solution.status != Status::Nan {
        return None;
    }
    let term = solution.nan_term.map(|index| &diagram.terms[index]);
    let (file, span) = match term {
        Some(term) => (term.origin.file, term.origin.statement),
        None => (trio.styles(db)[0].file_id(db), Span::empty_at(0)),
    };
    let label = match term {
        Some(term) => format!("`{}` is not a number here", term.function),
        None => "somewhere in this trio's terms".to_string(),
    };
    Some(
        Diagnostic::error(
            Code::NanDuringLayout,
            file,
            span,
            "the layout energy became NaN (not a number), so the layout stopped",
        )
        .with_label(label)
        .with_hint(
            "look for a division by zero or the square root or logarithm of a negative number",
        ),
    )
}
