//! Rendering diagnostics for people, with ariadne.

use crate::{
    diagnostic::{Diagnostic, Edit, Severity},
    sources::Sources,
    span::Span,
};
use ariadne::{Color, Config, IndexType, Label, Report, ReportKind};

/// How [`render_human`] draws.
#[derive(Clone, Copy, Debug, Default)]
pub struct HumanOptions {
    /// Use ANSI colours (for a terminal).
    pub color: bool,
}

type AriadneSpan = (String, std::ops::Range<usize>);

/// Renders `diagnostics` as ariadne reports with source excerpts, one after another.
pub fn render_human(
    diagnostics: &[Diagnostic],
    sources: &Sources,
    options: HumanOptions,
) -> String {
    let mut out = Vec::new();
    let mut cache = ariadne::sources(
        sources
            .iter()
            .map(|(_, file)| (file.name.clone(), file.text.clone())),
    );
    for diagnostic in diagnostics {
        // Writing into a Vec cannot fail; a missing source is a caller bug we
        // still render around rather than panic on.
        let _ = report(diagnostic, sources, options).write(&mut cache, &mut out);
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn report<'a>(
    diagnostic: &Diagnostic,
    sources: &Sources,
    options: HumanOptions,
) -> Report<'a, AriadneSpan> {
    let (kind, color) = match diagnostic.severity {
        Severity::Error => (ReportKind::Error, Color::Red),
        Severity::Warning => (ReportKind::Warning, Color::Yellow),
        Severity::Note => (ReportKind::Advice, Color::Cyan),
    };
    let located = |label: &crate::Label| {
        let file = sources.get(label.file);
        (file.name.clone(), clamp(label.span, &file.text))
    };
    let primary = located(&diagnostic.primary);
    let mut builder = Report::build(kind, primary.clone())
        .with_code(format!("{}/{}", diagnostic.code, diagnostic.code.name()))
        .with_message(&diagnostic.message)
        .with_config(
            Config::default()
                .with_index_type(IndexType::Byte)
                .with_color(options.color),
        );
    let mut primary_label = Label::new(primary).with_color(color).with_order(0);
    if !diagnostic.primary.message.is_empty() {
        primary_label = primary_label.with_message(&diagnostic.primary.message);
    }
    builder.add_label(primary_label);
    for (order, label) in diagnostic.secondary.iter().enumerate() {
        builder.add_label(
            Label::new(located(label))
                .with_message(&label.message)
                .with_color(Color::Blue)
                .with_order(order as i32 + 1),
        );
    }
    for hint in &diagnostic.hints {
        builder.add_help(hint);
    }
    for fix in &diagnostic.fixes {
        let edits: Vec<String> = fix
            .edits
            .iter()
            .map(|edit| describe_edit(edit, sources))
            .collect();
        builder.add_help(format!("{} ({})", fix.message, edits.join("; ")));
    }
    builder.finish()
}

/// Keeps a span inside its text and on character boundaries, so ariadne can draw it.
fn clamp(span: Span, text: &str) -> std::ops::Range<usize> {
    let floor = |mut at: usize| {
        at = at.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        at
    };
    let start = floor(span.start);
    start..floor(span.end).max(start)
}

fn describe_edit(edit: &Edit, sources: &Sources) -> String {
    let text = &sources.get(edit.file).text;
    let old = &text[clamp(edit.span, text)];
    match (old.is_empty(), edit.replacement.is_empty()) {
        (true, _) => format!("insert `{}`", edit.replacement),
        (false, true) => format!("delete `{old}`"),
        (false, false) => format!("replace `{old}` with `{}`", edit.replacement),
    }
}
