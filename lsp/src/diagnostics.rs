//! A file's diagnostics, from every trio it is in, as protocol
//! diagnostics: code, explanation, related information for secondary
//! labels, and tags.

use crate::positions::LineTable;
use crate::workspace::Snapshot;
use kite_db::{SourceFile, catch_internal, domain_check, parse, trio_diagnostics};
use kite_diagnostics::{Code, Diagnostic, Severity};
use kite_pipeline::unavailable_image_warnings;
use kite_syntax::Language;
use tower_lsp_server::ls_types::{
    self as lsp, CodeDescription, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag,
    Location, NumberOrString,
};

/// The diagnostics whose primary label is in `file`, from every trio that
/// includes it (each reported once). A file in no trio gets its syntax
/// errors and, for a Domain, the Domain's own.
pub fn file_diagnostics(snapshot: &Snapshot, file: SourceFile) -> Vec<Diagnostic> {
    let db = &snapshot.db;
    let id = file.file_id(db);
    let trios = snapshot.trios_of(file);
    let mut diagnostics: Vec<Diagnostic> = if trios.is_empty() {
        let mut own = parse(db, file).diagnostics.clone();
        if file.language(db) == Language::Domain {
            own.extend_from_slice(&domain_check(db, file).diagnostics);
        }
        own
    } else {
        // A failure of kite itself shows as an internal error in every
        // file of the trio; the server goes on serving.
        trios
            .iter()
            .flat_map(|trio| {
                // Image warnings are read from files, and belong to Style
                // files: they are looked for only when one is published.
                let checked = catch_internal("checking", id, || {
                    let mut all = trio_diagnostics(db, *trio).clone();
                    if file.language(db) == Language::Style {
                        let images = snapshot.images_of(*trio);
                        all.extend(unavailable_image_warnings(db, *trio, images.as_ref()));
                    }
                    all
                });
                match checked {
                    Ok(all) => all
                        .into_iter()
                        .filter(|diagnostic| diagnostic.primary.file == id)
                        .collect(),
                    Err(internal) => vec![*internal],
                }
            })
            .collect()
    };
    kite_diagnostics::deduplicate(&mut diagnostics, 0);
    diagnostics
}

/// `diagnostics` (all in `file`) as protocol diagnostics.
pub fn to_protocol(
    snapshot: &Snapshot,
    file: SourceFile,
    diagnostics: &[Diagnostic],
) -> Vec<lsp::Diagnostic> {
    let db = &snapshot.db;
    let table = LineTable::new(file.text(db), snapshot.encoding);
    diagnostics
        .iter()
        .map(|diagnostic| {
            let related: Vec<DiagnosticRelatedInformation> = diagnostic
                .secondary
                .iter()
                .filter_map(|label| {
                    let other = db.file(label.file)?;
                    let other_table = LineTable::new(other.text(db), snapshot.encoding);
                    Some(DiagnosticRelatedInformation {
                        location: Location::new(
                            snapshot.uri_of(other)?,
                            other_table.range(label.span),
                        ),
                        message: label.message.clone(),
                    })
                })
                .collect();
            lsp::Diagnostic {
                range: table.range(diagnostic.primary.span),
                severity: Some(severity(diagnostic.severity)),
                code: Some(NumberOrString::String(diagnostic.code.as_str().to_string())),
                code_description: explanation_uri(diagnostic.code),
                source: Some("kite".to_string()),
                message: message(diagnostic),
                related_information: (!related.is_empty()).then_some(related),
                tags: tags(diagnostic.code),
                data: Some(serde_json::json!({
                    "name": diagnostic.code.name(),
                    "explanation": diagnostic.code.explanation(),
                })),
            }
        })
        .collect()
}

/// The message, with the primary label and hints after it.
fn message(diagnostic: &Diagnostic) -> String {
    let mut message = diagnostic.message.clone();
    if !diagnostic.primary.message.is_empty() {
        message.push_str(": ");
        message.push_str(&diagnostic.primary.message);
    }
    for hint in &diagnostic.hints {
        message.push_str("\nhint: ");
        message.push_str(hint);
    }
    message
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Note => DiagnosticSeverity::INFORMATION,
    }
}

/// Where the code's explanation (`kite explain`) is: a `kite-explain:`
/// URI, which editors with the kite extension open as a document.
fn explanation_uri(code: Code) -> Option<CodeDescription> {
    let href = format!("kite-explain:{}", code.as_str()).parse().ok()?;
    Some(CodeDescription { href })
}

/// Tags for codes about code that has no effect.
fn tags(code: Code) -> Option<Vec<DiagnosticTag>> {
    code.marks_unused_code()
        .then(|| vec![DiagnosticTag::UNNECESSARY])
}
