//! The spaces within a line: none inside brackets, before `,` `;` `:` or
//! around `.`, one around binary operators and between words, and never
//! removed where the two tokens would lex as something else (`- 1` stays
//! apart, since `-1` is one number, and `- -x` since `--` starts a comment).

use crate::lines::Token;
use kite_syntax::{Language, LexicalKind, lexical_tokens};

/// What a token is to the spacing rules, given its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Role {
    /// Identifiers, literals, `true`, `false`, `?`.
    Operand,
    /// Reserved words other than `true` and `false`.
    Keyword,
    /// `(`, `[`, or the `{` of a tuple.
    Open,
    /// `)`, `]`, or the `}` of a tuple.
    Close,
    /// `,`, `;` and `:`.
    Separator,
    Dot,
    BinaryOperator,
    /// A `-` or `!` applied to what follows it.
    PrefixOperator,
    /// The postfix transpose `'`.
    Transpose,
    BacktickOpen,
    BacktickClose,
    Comment,
    /// Block braces and anything else: spaced like words.
    Other,
}

impl Role {
    /// Whether an operand has just ended, so a `-` is binary.
    fn ends_operand(self) -> bool {
        matches!(
            self,
            Role::Operand | Role::Close | Role::Transpose | Role::BacktickClose
        )
    }
}

/// The roles of a line's tokens.
fn roles(tokens: &[Token<'_>]) -> Vec<Role> {
    let mut roles = Vec::with_capacity(tokens.len());
    let mut previous = None::<Role>;
    let mut inside_backticks = false;
    for token in tokens {
        let role = match (token.kind, token.text) {
            (LexicalKind::Comment, _) => Role::Comment,
            (LexicalKind::Keyword, "true" | "false") => Role::Operand,
            (LexicalKind::Keyword, _) => Role::Keyword,
            (LexicalKind::Punctuation, "{" | "}") if token.block_brace => Role::Other,
            (LexicalKind::Punctuation, "(" | "[" | "{") => Role::Open,
            (LexicalKind::Punctuation, ")" | "]" | "}") => Role::Close,
            (LexicalKind::Punctuation, "," | ";" | ":") => Role::Separator,
            (LexicalKind::Punctuation, ".") => Role::Dot,
            (LexicalKind::Punctuation, "`") => {
                inside_backticks = !inside_backticks;
                if inside_backticks {
                    Role::BacktickOpen
                } else {
                    Role::BacktickClose
                }
            }
            (LexicalKind::Punctuation, _) => Role::Other,
            (LexicalKind::Operator, "'") => Role::Transpose,
            (LexicalKind::Operator, "?") => Role::Operand,
            (LexicalKind::Operator, "!") => Role::PrefixOperator,
            (LexicalKind::Operator, "-") if !previous.is_some_and(Role::ends_operand) => {
                Role::PrefixOperator
            }
            (LexicalKind::Operator, _) => Role::BinaryOperator,
            (LexicalKind::Newline, _) => Role::Other,
            (
                LexicalKind::Identifier
                | LexicalKind::Number
                | LexicalKind::String
                | LexicalKind::Color
                | LexicalKind::Tex
                | LexicalKind::Error,
                _,
            ) => Role::Operand,
        };
        if role != Role::Comment {
            previous = Some(role);
        }
        roles.push(role);
    }
    roles
}

/// Whether the canonical layout puts a space between tokens in these roles;
/// `next_text` tells a call's or index's bracket from other openers.
fn wants_space(previous: Role, next: Role, next_text: &str) -> bool {
    use Role::*;
    match (previous, next) {
        (Open | BacktickOpen | Dot | PrefixOperator, _) => false,
        (_, Close | BacktickClose | Separator | Dot | Transpose) => false,
        (Comment, _) | (_, Comment) => true,
        (Operand | Close | BacktickClose | Transpose, Open) => !matches!(next_text, "(" | "["),
        _ => true,
    }
}

/// Appends `tokens`, spaced canonically, to `out`.
pub(crate) fn write_spaced(tokens: &[Token<'_>], language: Language, out: &mut String) {
    let roles = roles(tokens);
    for (index, token) in tokens.iter().enumerate() {
        if index > 0 {
            let previous = &tokens[index - 1];
            let space = wants_space(roles[index - 1], roles[index], token.text)
                || !stay_apart(previous.text, token.text, language);
            if space {
                out.push(' ');
            }
        }
        match token.kind {
            LexicalKind::Comment => write_comment(token.text, out),
            _ => out.push_str(token.text),
        }
    }
}

/// Whether `left` and `right`, written with nothing between them, still lex
/// as these two tokens.
fn stay_apart(left: &str, right: &str, language: Language) -> bool {
    let joined = format!("{left}{right}");
    match lexical_tokens(&joined, language).as_slice() {
        [first, second] => first.span.end == left.len() && second.span.start == left.len(),
        _ => false,
    }
}

/// Appends a comment without trailing blanks on any of its lines, each line
/// ending in `\n`.
fn write_comment(text: &str, out: &mut String) {
    let mut lines = text.split('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line.trim_end_matches([' ', '\t', '\u{c}', '\r']));
        if lines.peek().is_some() {
            out.push('\n');
        }
    }
}
