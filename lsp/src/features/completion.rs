//! `textDocument/completion` and `textDocument/signatureHelp`.

use crate::positions::LineTable;
use crate::workspace::{Snapshot, Target};
use kite_ide::{CompletionItem, CompletionKind, SignatureHelp};
use tower_lsp_server::ls_types::{
    self as lsp, CompletionItemKind, CompletionResponse, Documentation, InsertTextFormat,
    MarkupContent, MarkupKind, ParameterInformation, ParameterLabel, Position,
    SignatureInformation,
};

pub fn completion(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
) -> Option<CompletionResponse> {
    let trio = *target.trios.first()?;
    let text = target.file.text(&snapshot.db);
    let offset = LineTable::new(text, snapshot.encoding).offset(position);
    let items = kite_ide::completions(&snapshot.db, trio, target.file, offset);
    Some(CompletionResponse::Array(
        items.into_iter().map(completion_item).collect(),
    ))
}

fn completion_item(item: CompletionItem) -> lsp::CompletionItem {
    lsp::CompletionItem {
        label: item.label,
        kind: Some(completion_kind(item.kind)),
        detail: item.detail,
        documentation: item.documentation.map(markdown),
        insert_text: Some(item.insert_text),
        insert_text_format: Some(if item.is_snippet {
            InsertTextFormat::SNIPPET
        } else {
            InsertTextFormat::PLAIN_TEXT
        }),
        sort_text: Some(item.sort_text),
        ..lsp::CompletionItem::default()
    }
}

fn completion_kind(kind: CompletionKind) -> CompletionItemKind {
    match kind {
        CompletionKind::Keyword => CompletionItemKind::KEYWORD,
        CompletionKind::Type => CompletionItemKind::CLASS,
        CompletionKind::Predicate => CompletionItemKind::INTERFACE,
        CompletionKind::Function | CompletionKind::Computation => CompletionItemKind::FUNCTION,
        CompletionKind::Constructor => CompletionItemKind::CONSTRUCTOR,
        CompletionKind::Object => CompletionItemKind::CONSTANT,
        CompletionKind::Variable => CompletionItemKind::VARIABLE,
        CompletionKind::Namespace => CompletionItemKind::MODULE,
        CompletionKind::Field => CompletionItemKind::FIELD,
        CompletionKind::ShapeType => CompletionItemKind::STRUCT,
        CompletionKind::Property => CompletionItemKind::PROPERTY,
        CompletionKind::Constraint | CompletionKind::Objective => CompletionItemKind::METHOD,
    }
}

pub fn signature_help(
    snapshot: &Snapshot,
    target: &Target,
    position: Position,
) -> Option<lsp::SignatureHelp> {
    let trio = *target.trios.first()?;
    let text = target.file.text(&snapshot.db);
    let offset = LineTable::new(text, snapshot.encoding).offset(position);
    let help = kite_ide::signature_help(&snapshot.db, trio, target.file, offset)?;
    Some(signature(help))
}

fn signature(help: SignatureHelp) -> lsp::SignatureHelp {
    // Parameter labels are given as offsets into the signature's label,
    // which the protocol counts in UTF-16 code units.
    let utf16 = |byte: usize| help.label[..byte].encode_utf16().count() as u32;
    let parameters = help
        .parameters
        .iter()
        .map(|parameter| ParameterInformation {
            label: ParameterLabel::LabelOffsets([
                utf16(parameter.label_span.start),
                utf16(parameter.label_span.end),
            ]),
            documentation: parameter.documentation.clone().map(markdown),
        })
        .collect();
    let active = help.active_parameter.map(|index| index as u32);
    lsp::SignatureHelp {
        signatures: vec![SignatureInformation {
            label: help.label.clone(),
            documentation: help.documentation.map(markdown),
            parameters: Some(parameters),
            active_parameter: active,
        }],
        active_signature: Some(0),
        active_parameter: active,
    }
}

pub fn markdown(text: String) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value: text,
    })
}
