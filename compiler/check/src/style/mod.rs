//! The static Style checker: everything about a Style program that can be
//! known from the program and its Domain alone, before matching.

mod body;
mod header;
mod references;

pub use references::check_substance_references;

use crate::domain::DomainEnv;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{Header, Ident, StyleItem, StyleProgram};

/// Checks a Style program against its Domain.
pub fn check_style(program: &StyleProgram, file: FileId, domain: &DomainEnv) -> Vec<Diagnostic> {
    let mut diagnostics = Vec::new();
    let stages = declared_stages(program, file, &mut diagnostics);
    for item in &program.items {
        let StyleItem::Block { header, block, .. } = item else {
            continue;
        };
        let variables = match header {
            Header::Selector(selector) => {
                header::check_selector(selector, file, domain, &mut diagnostics)
            }
            Header::Collector(collector) => {
                header::check_collector(collector, file, domain, &mut diagnostics)
            }
            Header::Namespace(_) => header::Variables::default(),
        };
        body::check_block(
            block,
            &body::BlockScope {
                file,
                variables: &variables,
                stages: stages.as_deref(),
            },
            &mut diagnostics,
        );
    }
    diagnostics
}

/// The stages of the program's `layout` statement, if it has one; a second
/// `layout` is reported.
fn declared_stages(
    program: &StyleProgram,
    file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Vec<Ident>> {
    let mut first: Option<(&Vec<Ident>, Span)> = None;
    for item in &program.items {
        let StyleItem::Layout { stages, span } = item else {
            continue;
        };
        match first {
            None => first = Some((stages, *span)),
            Some((_, first_span)) => diagnostics.push(
                Diagnostic::error(
                    Code::MultipleLayouts,
                    file,
                    *span,
                    "the layout stages are declared more than once",
                )
                .with_label("second `layout`")
                .with_secondary(file, first_span, "first declared here"),
            ),
        }
    }
    first.map(|(stages, _)| stages.clone())
}
