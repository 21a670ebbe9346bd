//! The tokens around a cursor: the word being typed and what comes before
//! it, read from the lexer so that half-typed lines still say something.

use kite_diagnostics::{FileId, Span};
use kite_syntax::{Language, LexError, Token, lex};

/// A file's tokens seen from a cursor.
pub(crate) struct Cursor<'t> {
    pub text: &'t str,
    /// Every token of the file.
    pub tokens: Vec<(Token<'t>, Span)>,
    /// How many tokens lie wholly before the word being typed.
    pub before: usize,
    /// The part of the identifier before the cursor (empty between tokens).
    pub prefix: Span,
}

impl<'t> Cursor<'t> {
    /// The cursor at `offset` of `text`, or `None` when the offset is not
    /// a character boundary of the text or lies inside a comment, a string,
    /// a number or a TeX label, where nothing can be completed.
    pub fn new(text: &'t str, language: Language, offset: usize) -> Option<Cursor<'t>> {
        if !text.is_char_boundary(offset) {
            return None;
        }
        let tokens = lex(text, language, FileId(0)).tokens;
        let mut prefix = Span::empty_at(offset);
        let mut before = 0;
        for (index, (token, span)) in tokens.iter().enumerate() {
            if span.end == offset && is_open_literal(token) {
                return None;
            }
            if span.end < offset || (span.end == offset && !is_word(token)) {
                before = index + 1;
                continue;
            }
            if span.start >= offset {
                break;
            }
            // The token reaches the cursor: a word being typed, or a literal.
            if !is_word(token) {
                return None;
            }
            prefix = Span::new(span.start, offset);
            break;
        }
        let gap_start = before.checked_sub(1).map_or(0, |last| tokens[last].1.end);
        if in_comment(&text[gap_start..prefix.start]) {
            return None;
        }
        Some(Cursor {
            text,
            tokens,
            before,
            prefix,
        })
    }

    /// The word being typed, up to the cursor.
    pub fn prefix_text(&self) -> &'t str {
        &self.text[self.prefix.range()]
    }

    /// The tokens before the word being typed.
    pub fn preceding(&self) -> &[(Token<'t>, Span)] {
        &self.tokens[..self.before]
    }

    /// The tokens of the cursor's line before the word being typed.
    pub fn line(&self) -> &[(Token<'t>, Span)] {
        let preceding = self.preceding();
        let start = preceding
            .iter()
            .rposition(|(token, _)| *token == Token::Newline)
            .map_or(0, |newline| newline + 1);
        &preceding[start..]
    }
}

/// Identifiers and keywords: what a completion replaces.
fn is_word(token: &Token<'_>) -> bool {
    matches!(token, Token::Ident(_) | Token::Keyword(_))
}

/// A string, TeX label or comment left open: it runs on to the cursor.
fn is_open_literal(token: &Token<'_>) -> bool {
    matches!(
        token,
        Token::Error(
            LexError::UnterminatedString
                | LexError::UnterminatedTex
                | LexError::UnterminatedComment
        )
    )
}

/// Whether the text between two tokens ends inside a comment. It holds no
/// newline outside block comments, so a `--` means a comment to the cursor.
fn in_comment(gap: &str) -> bool {
    let mut rest = gap;
    loop {
        let line = rest.find("--");
        let block = rest.find("/*");
        match (line, block) {
            (Some(line), Some(block)) if line < block => return true,
            (Some(_), None) => return true,
            (_, Some(block)) => match rest[block + 2..].find("*/") {
                Some(end) => rest = &rest[block + 2 + end + 2..],
                None => return true,
            },
            (None, None) => return false,
        }
    }
}

/// The text of an identifier or keyword token.
pub(crate) fn word<'t>(token: &Token<'t>) -> Option<&'t str> {
    match token {
        Token::Ident(name) => Some(name),
        Token::Keyword(keyword) => Some(keyword.as_str()),
        _ => None,
    }
}
