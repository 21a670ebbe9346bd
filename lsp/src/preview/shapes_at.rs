//! Which shapes the cursor stands for: those of the Substance object
//! under it, or those the Style block around it made.

use kite_db::{Database, SourceFile, parse};
use kite_graph::Origin;
use kite_syntax::Language;
use kite_syntax::ast::StyleItem;

/// The indices of the shapes (by `origins`, one per shape) that the
/// object or block at `offset` of `file` made.
pub fn shapes_at(db: &Database, file: SourceFile, offset: usize, origins: &[Origin]) -> Vec<u32> {
    let id = file.file_id(db);
    let made = |matches: &dyn Fn(&Origin) -> bool| -> Vec<u32> {
        (0u32..)
            .zip(origins)
            .filter(|(_, origin)| matches(origin))
            .map(|(index, _)| index)
            .collect()
    };
    match file.language(db) {
        Language::Substance => match word_at(file.text(db), offset) {
            Some(name) => made(&|origin| origin.objects.iter().any(|object| object == name)),
            None => Vec::new(),
        },
        Language::Style => {
            let Some(program) = parse(db, file).ast.as_style() else {
                return Vec::new();
            };
            let block = program.items.iter().find_map(|item| match item {
                StyleItem::Block { span, .. } if span.start <= offset && offset <= span.end => {
                    Some(*span)
                }
                _ => None,
            });
            match block {
                Some(block) => made(&|origin| {
                    origin.file == id
                        && block.start <= origin.statement.start
                        && origin.statement.end <= block.end
                }),
                None => Vec::new(),
            }
        }
        Language::Domain => Vec::new(),
    }
}

/// The identifier that `offset` is in or just after.
fn word_at(text: &str, offset: usize) -> Option<&str> {
    let offset = offset.min(text.len());
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let start = text[..offset]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_word(c))
        .last()
        .map_or(offset, |(index, _)| index);
    let end = text[offset..]
        .char_indices()
        .find(|&(_, c)| !is_word(c))
        .map_or(text.len(), |(index, _)| offset + index);
    (start < end).then(|| &text[start..end])
}

#[cfg(test)]
mod tests {
    use super::word_at;

    #[test]
    fn words_are_found_around_the_offset() {
        let text = "Set A, Bé\nIsSubset(A, Bé)";
        assert_eq!(word_at(text, 4), Some("A"));
        assert_eq!(word_at(text, 5), Some("A"));
        assert_eq!(word_at(text, 8), Some("Bé"));
        assert_eq!(word_at(text, 3), Some("Set"));
        assert_eq!(word_at(text, 6), None);
    }
}
