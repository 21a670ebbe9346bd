//! Completion: what may be written at the cursor, from the tokens before
//! it (so that half-typed lines work) and the trio's checked programs.

pub(crate) mod cursor;
mod domain;
mod items;
mod style;
mod style_context;
mod style_fields;
mod substance;

use cursor::Cursor;
use kite_db::{Database, SourceFile, Trio};
use kite_syntax::Language;
use serde::Serialize;

/// One completion candidate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CompletionItem {
    pub label: String,
    pub kind: CompletionKind,
    /// A signature, a type or a default value.
    pub detail: Option<String>,
    pub documentation: Option<String>,
    /// What to insert: plain text, or a snippet when `is_snippet`
    /// (`${1:placeholder}` and `$0` as in the LSP snippet syntax).
    pub insert_text: String,
    pub is_snippet: bool,
    /// Sorts the items in the order they are returned: most likely first.
    pub sort_text: String,
}

/// What a completion item names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum CompletionKind {
    Keyword,
    /// A Domain type.
    Type,
    Predicate,
    /// A Domain function.
    Function,
    Constructor,
    /// A Substance object.
    Object,
    /// A Style selector variable.
    Variable,
    /// A Style namespace such as `canvas`.
    Namespace,
    /// A field assigned by Style blocks (or `label`).
    Field,
    ShapeType,
    /// A shape property.
    Property,
    /// A library computation function.
    Computation,
    /// A library constraint (`ensure`).
    Constraint,
    /// A library objective (`encourage`).
    Objective,
}

/// The completions at `offset` of `file`, analysed in `trio`, filtered by
/// the word being typed. Empty inside comments, strings and numbers.
pub fn completions(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    offset: usize,
) -> Vec<CompletionItem> {
    let language = file.language(db);
    let Some(cursor) = Cursor::new(file.text(db), language, offset) else {
        return Vec::new();
    };
    let candidates = match language {
        Language::Domain => domain::completions(db, trio, &cursor),
        Language::Substance => substance::completions(db, trio, &cursor),
        Language::Style => style::completions(db, trio, file, &cursor),
    };
    finish(candidates, cursor.prefix_text())
}

/// Keeps the candidates that match `prefix`, once each: the one equal to
/// it first, then those that start with it, then the rest, numbered.
fn finish(candidates: Vec<CompletionItem>, prefix: &str) -> Vec<CompletionItem> {
    let mut seen = std::collections::HashSet::new();
    let mut matching: Vec<CompletionItem> = candidates
        .into_iter()
        .filter(|item| matches_prefix(&item.label, prefix))
        .filter(|item| seen.insert((item.label.clone(), item.kind)))
        .collect();
    matching.sort_by_key(|item| {
        if item.label.eq_ignore_ascii_case(prefix) {
            0
        } else if starts_with_ignoring_case(&item.label, prefix) {
            1
        } else {
            2
        }
    });
    matching
        .into_iter()
        .enumerate()
        .map(|(index, item)| CompletionItem {
            sort_text: format!("{index:04}"),
            ..item
        })
        .collect()
}

fn starts_with_ignoring_case(label: &str, prefix: &str) -> bool {
    label
        .get(..prefix.len())
        .is_some_and(|start| start.eq_ignore_ascii_case(prefix))
}

/// Whether `label` starts like `prefix` and holds the rest of its
/// characters in order, ignoring case (`lT` matches `lessThan`).
fn matches_prefix(label: &str, prefix: &str) -> bool {
    let mut wanted = prefix.chars().map(|c| c.to_ascii_lowercase()).peekable();
    let mut label = label.chars().map(|c| c.to_ascii_lowercase());
    match (wanted.next(), label.next()) {
        (None, _) => return true,
        (Some(first), Some(start)) if first == start => {}
        _ => return false,
    }
    for character in label {
        if wanted.peek() == Some(&character) {
            wanted.next();
        }
    }
    wanted.peek().is_none()
}
