//! The source as an editor sees it: every token the lexer produces plus the
//! comments it skips, each classified for highlighting and formatting.
//!
//! [`lexical_tokens`] reuses [`lex`] and recovers the comments from the gaps
//! between its tokens, so the two can never disagree about where a token
//! starts or ends. Classification is purely lexical: Style's contextual
//! words (`into`, `above`, `then`, …) are identifiers here, as they are to
//! the lexer.

use crate::Language;
use crate::token::{Token, lex};
use kite_diagnostics::{FileId, Span};
use serde::Serialize;

/// One token of the source as an editor sees it, comments included.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LexicalToken {
    pub kind: LexicalKind,
    pub span: Span,
}

/// What a [`LexicalToken`] is, at the level of detail an editor colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
pub enum LexicalKind {
    /// A word reserved in the language being lexed.
    Keyword,
    Identifier,
    /// A number, including a sign written directly before its digits.
    Number,
    /// A `"…"` string literal, quotes included.
    String,
    /// A `#…` colour literal.
    Color,
    /// A Substance `$…$` TeX label, dollars included.
    Tex,
    /// A `-- …` line comment (without its line break) or a `/* … */` block.
    Comment,
    /// Operators, including `=`, `:=`, `->`, `<:`, `?` and the transpose `'`.
    Operator,
    /// Brackets, braces, `,`, `;`, `:`, `.`, backticks and `$`.
    Punctuation,
    /// A line break (`\n`, `\r\n` or `\r`); the languages are line oriented.
    Newline,
    /// Input that starts no token, or an unterminated string, comment or
    /// TeX label.
    Error,
}

/// The tokens and comments of `text` in source order. They do not overlap
/// and together cover every byte that is not a space, tab or form feed.
pub fn lexical_tokens(text: &str, language: Language) -> Vec<LexicalToken> {
    let lexed = lex(text, language, FileId(0));
    let mut tokens = Vec::with_capacity(lexed.tokens.len());
    let mut gap_start = 0;
    for (token, span) in &lexed.tokens {
        push_gap(text, gap_start, span.start, &mut tokens);
        tokens.push(LexicalToken {
            kind: kind_of(token),
            span: *span,
        });
        gap_start = span.end;
    }
    push_gap(text, gap_start, text.len(), &mut tokens);
    tokens
}

/// Adds the comments in `text[start..end]`, a stretch the lexer skipped.
/// Anything there that is neither blank nor a comment (which the lexer
/// never leaves) becomes an error token rather than being lost.
fn push_gap(text: &str, start: usize, end: usize, tokens: &mut Vec<LexicalToken>) {
    let gap = &text[start..end];
    let mut offset = 0;
    while offset < gap.len() {
        let rest = &gap[offset..];
        let length = if rest.starts_with("--") {
            rest.find(['\n', '\r']).unwrap_or(rest.len())
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map_or(rest.len(), |close| close + 4)
        } else {
            let blank = rest.len() - rest.trim_start_matches([' ', '\t', '\u{c}']).len();
            if blank > 0 {
                offset += blank;
                continue;
            }
            let stray = rest.chars().next().map_or(rest.len(), char::len_utf8);
            tokens.push(LexicalToken {
                kind: LexicalKind::Error,
                span: Span::new(start + offset, start + offset + stray),
            });
            offset += stray;
            continue;
        };
        tokens.push(LexicalToken {
            kind: LexicalKind::Comment,
            span: Span::new(start + offset, start + offset + length),
        });
        offset += length;
    }
}

fn kind_of(token: &Token<'_>) -> LexicalKind {
    match token {
        Token::Newline => LexicalKind::Newline,
        Token::Keyword(_) => LexicalKind::Keyword,
        Token::Ident(_) => LexicalKind::Identifier,
        Token::Number(_) => LexicalKind::Number,
        Token::Str(_) => LexicalKind::String,
        Token::Hex(_) => LexicalKind::Color,
        Token::Tex(_) => LexicalKind::Tex,
        Token::Error(_) => LexicalKind::Error,
        Token::SubtypeOf
        | Token::DoubleArrow
        | Token::LessEqual
        | Token::Less
        | Token::GreaterEqual
        | Token::Greater
        | Token::EqualEqual
        | Token::NotEqual
        | Token::Arrow
        | Token::Tilde
        | Token::Apostrophe
        | Token::DotStar
        | Token::DotSlash
        | Token::Assign
        | Token::Define
        | Token::Plus
        | Token::Caret
        | Token::Minus
        | Token::Star
        | Token::Slash
        | Token::Percent
        | Token::Question
        | Token::AndAnd
        | Token::OrOr
        | Token::Bang => LexicalKind::Operator,
        Token::LParen
        | Token::RParen
        | Token::LBracket
        | Token::RBracket
        | Token::LBrace
        | Token::RBrace
        | Token::Comma
        | Token::Colon
        | Token::Semicolon
        | Token::Dot
        | Token::Dollar
        | Token::Backtick => LexicalKind::Punctuation,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each token as `Kind text`, for readable assertions.
    fn described(text: &str, language: Language) -> Vec<String> {
        lexical_tokens(text, language)
            .iter()
            .map(|token| format!("{:?} {}", token.kind, &text[token.span.range()]))
            .collect()
    }

    /// Tokens are in order, do not overlap and cover every non-blank byte.
    fn assert_covers(text: &str, language: Language) {
        let tokens = lexical_tokens(text, language);
        let mut covered = vec![false; text.len()];
        let mut previous_end = 0;
        for token in &tokens {
            assert!(token.span.start >= previous_end, "{token:?} overlaps");
            assert!(token.span.start < token.span.end, "{token:?} is empty");
            previous_end = token.span.end;
            covered[token.span.range()]
                .iter_mut()
                .for_each(|c| *c = true);
        }
        for (offset, byte) in text.bytes().enumerate() {
            assert!(
                covered[offset] || matches!(byte, b' ' | b'\t' | 0x0c),
                "byte {offset} ({:?}) is not covered",
                byte as char
            );
        }
    }

    #[test]
    fn domain_keywords_operators_and_comments() {
        let text = "-- shapes\ntype Set <: Object -- a set\npredicate Subset(Set a, Set b)\nfunction f(Set s) -> Set";
        assert_covers(text, Language::Domain);
        assert_eq!(
            described(text, Language::Domain),
            [
                "Comment -- shapes",
                "Newline \n",
                "Keyword type",
                "Identifier Set",
                "Operator <:",
                "Identifier Object",
                "Comment -- a set",
                "Newline \n",
                "Keyword predicate",
                "Identifier Subset",
                "Punctuation (",
                "Identifier Set",
                "Identifier a",
                "Punctuation ,",
                "Identifier Set",
                "Identifier b",
                "Punctuation )",
                "Newline \n",
                "Keyword function",
                "Identifier f",
                "Punctuation (",
                "Identifier Set",
                "Identifier s",
                "Punctuation )",
                "Operator ->",
                "Identifier Set",
            ]
        );
    }

    #[test]
    fn substance_tex_greek_and_block_comments() {
        let text =
            "Set α /* two\nlines */, β\nLabel α $\\alpha_1$\r\nLet x := f(α) for i in [0, -2]";
        assert_covers(text, Language::Substance);
        assert_eq!(
            described(text, Language::Substance),
            [
                "Identifier Set",
                "Identifier α",
                "Comment /* two\nlines */",
                "Punctuation ,",
                "Identifier β",
                "Newline \n",
                "Keyword Label",
                "Identifier α",
                "Tex $\\alpha_1$",
                "Newline \r\n",
                "Keyword Let",
                "Identifier x",
                "Operator :=",
                "Identifier f",
                "Punctuation (",
                "Identifier α",
                "Punctuation )",
                "Keyword for",
                "Identifier i",
                "Keyword in",
                "Punctuation [",
                "Number 0",
                "Punctuation ,",
                "Number -2",
                "Punctuation ]",
            ]
        );
    }

    #[test]
    fn style_block_with_comments_inside() {
        let text = "forall Set x\nwhere Subset(x, `A`) {\n  -- the icon\n  x.icon = Circle { r: ?[2] /* radius */ }\n  layer x.icon above y.icon\n  x.c = #ff0000 -- red\n}";
        assert_covers(text, Language::Style);
        assert_eq!(
            described(text, Language::Style),
            [
                "Keyword forall",
                "Identifier Set",
                "Identifier x",
                "Newline \n",
                "Keyword where",
                "Identifier Subset",
                "Punctuation (",
                "Identifier x",
                "Punctuation ,",
                "Punctuation `",
                "Identifier A",
                "Punctuation `",
                "Punctuation )",
                "Punctuation {",
                "Newline \n",
                "Comment -- the icon",
                "Newline \n",
                "Identifier x",
                "Punctuation .",
                "Identifier icon",
                "Operator =",
                "Identifier Circle",
                "Punctuation {",
                "Identifier r",
                "Punctuation :",
                "Operator ?",
                "Punctuation [",
                "Number 2",
                "Punctuation ]",
                "Comment /* radius */",
                "Punctuation }",
                "Newline \n",
                "Keyword layer",
                "Identifier x",
                "Punctuation .",
                "Identifier icon",
                "Identifier above",
                "Identifier y",
                "Punctuation .",
                "Identifier icon",
                "Newline \n",
                "Identifier x",
                "Punctuation .",
                "Identifier c",
                "Operator =",
                "Color #ff0000",
                "Comment -- red",
                "Newline \n",
                "Punctuation }",
            ]
        );
    }

    #[test]
    fn keywords_depend_on_the_language() {
        let text = "type forall Label";
        let kinds = |language| -> Vec<LexicalKind> {
            lexical_tokens(text, language)
                .iter()
                .map(|token| token.kind)
                .collect()
        };
        use LexicalKind::{Identifier, Keyword};
        assert_eq!(kinds(Language::Domain), [Keyword, Identifier, Identifier]);
        assert_eq!(
            kinds(Language::Substance),
            [Identifier, Identifier, Keyword]
        );
        assert_eq!(kinds(Language::Style), [Identifier, Keyword, Identifier]);
    }

    #[test]
    fn bad_input_becomes_error_tokens() {
        for text in [
            "x = \"open",
            "a /* never closed",
            "Label A $x",
            "x = @",
            "\u{b}",
        ] {
            for language in [Language::Domain, Language::Substance, Language::Style] {
                assert_covers(text, language);
            }
        }
        assert_eq!(
            described("a /* never closed", Language::Style),
            ["Identifier a", "Error /* never closed"]
        );
        assert_eq!(
            described("Label A $x", Language::Substance),
            ["Keyword Label", "Identifier A", "Error $x"]
        );
    }

    #[test]
    fn empty_and_blank_text_have_no_tokens() {
        assert!(lexical_tokens("", Language::Style).is_empty());
        assert!(lexical_tokens(" \t ", Language::Domain).is_empty());
    }
}
