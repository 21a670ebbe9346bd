//! The formatting of a text as a few replacements: a line diff between the
//! text and its formatted form, so an editor keeps its cursor and undo
//! history wherever nothing changed.

use kite_diagnostics::Span;
use serde::Serialize;
use similar::{Algorithm, DiffTag, capture_diff_slices};

/// Replace the bytes `span` of the original text with `replacement`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextEdit {
    pub span: Span,
    pub replacement: String,
}

/// The edits that turn `original` into `formatted`, one per run of changed
/// lines, in order and not overlapping.
pub(crate) fn line_edits(original: &str, formatted: &str) -> Vec<TextEdit> {
    let old_lines = lines_with_ends(original);
    let new_lines = lines_with_ends(formatted);
    let old_starts = line_starts(&old_lines);
    let new_starts = line_starts(&new_lines);
    capture_diff_slices(Algorithm::Myers, &old_lines, &new_lines)
        .iter()
        .filter_map(|op| {
            let (tag, old, new) = op.as_tag_tuple();
            (tag != DiffTag::Equal).then(|| TextEdit {
                span: Span::new(old_starts[old.start], old_starts[old.end]),
                replacement: formatted[new_starts[new.start]..new_starts[new.end]].to_owned(),
            })
        })
        .collect()
}

/// Only the `edits` that touch a line `range` covers, partly or wholly.
pub(crate) fn touching_lines(edits: Vec<TextEdit>, text: &str, range: Span) -> Vec<TextEdit> {
    let start = floor_char_boundary(text, range.start);
    let end = floor_char_boundary(text, range.end.max(start));
    let lines_start = text[..start].rfind('\n').map_or(0, |newline| newline + 1);
    let lines_end = text[end..]
        .find('\n')
        .map_or(text.len(), |newline| end + newline + 1);
    edits
        .into_iter()
        .filter(|edit| {
            if edit.span.is_empty() {
                (lines_start..lines_end).contains(&edit.span.start)
            } else {
                edit.span.start < lines_end && edit.span.end > lines_start
            }
        })
        .collect()
}

/// The largest char boundary of `text` at or before `offset`.
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// `text` split after each `\n`; the last line may lack one.
fn lines_with_ends(text: &str) -> Vec<&str> {
    text.split_inclusive('\n').collect()
}

/// The byte offset where each line starts, plus the end of the text.
fn line_starts(lines: &[&str]) -> Vec<usize> {
    let mut starts = Vec::with_capacity(lines.len() + 1);
    let mut offset = 0;
    starts.push(0);
    for line in lines {
        offset += line.len();
        starts.push(offset);
    }
    starts
}
