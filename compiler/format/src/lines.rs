//! Splits the token stream into the lines of the formatted text: the
//! author's lines, except that a Style block or shape brace that shares its
//! line with statements gets a line of its own. Each line knows its
//! indentation depth and whether a blank line precedes it.

use kite_syntax::{LexicalKind, LexicalToken};
use std::collections::HashSet;

/// A token of the text being formatted.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    pub kind: LexicalKind,
    pub text: &'a str,
    /// Whether this is a `{` or `}` of a Style block or shape.
    pub block_brace: bool,
}

impl Token<'_> {
    fn opens_block(&self) -> bool {
        self.block_brace && self.text == "{"
    }

    fn closes_block(&self) -> bool {
        self.block_brace && self.text == "}"
    }
}

/// One line of the formatted text.
#[derive(Debug)]
pub(crate) struct Line<'a> {
    /// Never empty.
    pub tokens: Vec<Token<'a>>,
    /// How many blocks and shapes the line is inside.
    pub depth: usize,
    /// Whether one blank line separates this line from the previous one.
    pub blank_before: bool,
}

/// The lines of `text`, whose tokens are `tokens`; `block_braces` holds the
/// offsets of the block and shape braces.
pub(crate) fn logical_lines<'a>(
    text: &'a str,
    tokens: &[LexicalToken],
    block_braces: &HashSet<usize>,
) -> Vec<Line<'a>> {
    let mut builder = LineBuilder::default();
    for source_line in tokens.split(|token| token.kind == LexicalKind::Newline) {
        if source_line.is_empty() {
            builder.blank_seen = true;
            continue;
        }
        let mut current = Vec::new();
        for (index, token) in source_line.iter().enumerate() {
            let token = Token {
                kind: token.kind,
                text: &text[token.span.range()],
                block_brace: block_braces.contains(&token.span.start),
            };
            if token.closes_block() && !current.is_empty() {
                builder.push(std::mem::take(&mut current));
            }
            current.push(token);
            let statement_follows = source_line[index + 1..]
                .iter()
                .any(|rest| rest.kind != LexicalKind::Comment);
            if token.block_brace && statement_follows {
                builder.push(std::mem::take(&mut current));
            }
        }
        if !current.is_empty() {
            builder.push(current);
        }
    }
    builder.lines
}

#[derive(Default)]
struct LineBuilder<'a> {
    lines: Vec<Line<'a>>,
    depth: usize,
    /// Whether a blank source line came since the last line pushed.
    blank_seen: bool,
}

impl<'a> LineBuilder<'a> {
    fn push(&mut self, tokens: Vec<Token<'a>>) {
        let closes_first = tokens.first().is_some_and(Token::closes_block);
        let depth = if closes_first {
            self.depth.saturating_sub(1)
        } else {
            self.depth
        };
        let after_opening = self.lines.last().is_some_and(|line| {
            line.tokens
                .iter()
                .rev()
                .find(|token| token.kind != LexicalKind::Comment)
                .is_some_and(Token::opens_block)
        });
        let blank_before =
            self.blank_seen && !self.lines.is_empty() && !after_opening && !closes_first;
        for token in &tokens {
            if token.opens_block() {
                self.depth += 1;
            } else if token.closes_block() {
                self.depth = self.depth.saturating_sub(1);
            }
        }
        self.lines.push(Line {
            tokens,
            depth,
            blank_before,
        });
        self.blank_seen = false;
    }
}
