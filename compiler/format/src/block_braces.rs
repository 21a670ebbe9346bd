//! Which `{` and `}` delimit Style blocks and shapes (laid out one statement
//! per line) as opposed to tuples such as `{1, 2}` (kept on their line).

use kite_syntax::ast::{ExprKind, Stmt, StyleItem};
use kite_syntax::{LexicalKind, LexicalToken, SyntaxTree};
use std::collections::HashSet;

/// The byte offsets of every block and shape brace in `text`, whose tree is
/// `tree` and whose tokens are `tokens`. Domain and Substance have none.
pub(crate) fn block_braces(
    tree: &SyntaxTree,
    tokens: &[LexicalToken],
    text: &str,
) -> HashSet<usize> {
    let mut braces = HashSet::new();
    let Some(program) = tree.as_style() else {
        return braces;
    };
    for item in &program.items {
        let StyleItem::Block { block, .. } = item else {
            continue;
        };
        insert_pair(&mut braces, text, block.span.start, block.span.end);
        for statement in &block.statements {
            let value = match statement {
                Stmt::Assign { value, .. }
                | Stmt::Override { value, .. }
                | Stmt::Anonymous { value, .. } => value,
                Stmt::Delete { .. } => continue,
            };
            if let ExprKind::Shape { shape, .. } = &value.kind {
                // The shape's `{` is the first token after its name that is
                // not a line break or a comment.
                let after_name = tokens.partition_point(|token| token.span.start < shape.span.end);
                let open = tokens[after_name..].iter().find(|token| {
                    !matches!(token.kind, LexicalKind::Newline | LexicalKind::Comment)
                });
                if let Some(open) = open {
                    insert_pair(&mut braces, text, open.span.start, value.span.end);
                }
            }
        }
    }
    braces
}

/// Records the `{` at `open` and the `}` just before `end`, when they are
/// there.
fn insert_pair(braces: &mut HashSet<usize>, text: &str, open: usize, end: usize) {
    let close = end.saturating_sub(1);
    if text.as_bytes().get(open) == Some(&b'{') && text.as_bytes().get(close) == Some(&b'}') {
        braces.insert(open);
        braces.insert(close);
    }
}
