//! Tokens of the three languages and the lexer that produces them.
//!
//! One logos table serves Domain, Substance and Style, mirroring Penrose's
//! shared base table; [`lex`] then applies the per-language differences:
//! which identifiers are reserved keywords, and Substance's `$…$` TeX
//! literals. Newlines are tokens (the languages are line oriented); spaces,
//! tabs and comments are skipped. Malformed input becomes error tokens plus a
//! diagnostic, never a failure, so the parser always sees the whole file.

use crate::Language;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use logos::Logos;
use std::fmt;

/// One token. Literal payloads borrow from the source text.
#[derive(Logos, Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[logos(skip r"[ \t\f]+")]
#[logos(skip(r"--[^\n\r]*", allow_greedy = true))]
#[logos(skip r"/\*([^*]|\*+[^*/])*\*+/")]
#[logos(skip(r"/\*([^*]|\*+[^*/])*\**", callback = unterminated_comment))]
#[logos(skip(r#""[^"\n\r]*"#, callback = unterminated_string))]
#[logos(error = LexError)]
pub enum Token<'src> {
    #[regex(r"\r\n|\r|\n")]
    Newline,
    #[token("<:")]
    SubtypeOf,
    #[token("<->")]
    DoubleArrow,
    #[token("<=")]
    LessEqual,
    #[token("<")]
    Less,
    #[token(">=")]
    GreaterEqual,
    #[token(">")]
    Greater,
    #[token("==")]
    EqualEqual,
    #[token("!=")]
    NotEqual,
    #[token("->")]
    Arrow,
    #[token("~")]
    Tilde,
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("'")]
    Apostrophe,
    #[token(",")]
    Comma,
    /// A `#` colour literal; the payload excludes the `#`. Its digit count is
    /// validated by the checker, not here.
    #[regex(r"#[0-9A-Fa-f]+", |lex| &lex.slice()[1..])]
    Hex(&'src str),
    /// A string literal; the payload excludes the quotes and is not unescaped.
    #[regex(r#""[^"\n\r]*""#, |lex| { let s = lex.slice(); &s[1..s.len() - 1] })]
    Str(&'src str),
    /// A number, possibly signed: `-1` is one token, so `2-1` is two numbers.
    #[regex(r"[+-]?([0-9]+(\.[0-9]*)?([eE][+-]?[0-9]+)?|\.[0-9]+([eE][+-]?[0-9]+)?)")]
    Number(&'src str),
    /// A Substance TeX label `$…$`; the payload excludes the dollars.
    /// Produced by [`lex`] from [`Token::Dollar`], never by the table itself.
    Tex(&'src str),
    #[token(".*")]
    DotStar,
    #[token("./")]
    DotSlash,
    #[token(".")]
    Dot,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("=")]
    Assign,
    #[token(":=")]
    Define,
    #[token("+")]
    Plus,
    #[token("^")]
    Caret,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token(":")]
    Colon,
    #[token(";")]
    Semicolon,
    #[token("?")]
    Question,
    #[token("$")]
    Dollar,
    #[token("`")]
    Backtick,
    #[token("&&")]
    AndAnd,
    #[token("||")]
    OrOr,
    #[token("!")]
    Bang,
    #[regex(r"[A-Za-z_\u{0374}-\u{03FF}][A-Za-z_0-9\u{0374}-\u{03FF}]*")]
    Ident(&'src str),
    /// A reserved word of the language being lexed.
    Keyword(Keyword),
    /// Input that starts no token; the lexer has already reported it.
    Error(LexError),
}

/// Why a stretch of input could not be tokenized.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum LexError {
    #[default]
    InvalidCharacter,
    UnterminatedString,
    UnterminatedComment,
    UnterminatedTex,
    /// An opening bracket nested deeper than [`MAX_NESTING`].
    TooDeep,
}

/// How deeply `(`, `[` and `{` may nest. Real programs stay far below it;
/// the limit keeps adversarial input from exhausting the parser's stack.
pub const MAX_NESTING: usize = 256;

fn unterminated_comment<'src>(_: &mut logos::Lexer<'src, Token<'src>>) -> Result<(), LexError> {
    Err(LexError::UnterminatedComment)
}

fn unterminated_string<'src>(_: &mut logos::Lexer<'src, Token<'src>>) -> Result<(), LexError> {
    Err(LexError::UnterminatedString)
}

macro_rules! keywords {
    ($($variant:ident = $text:literal),* $(,)?) => {
        /// A reserved word; which words are reserved depends on the language.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Keyword { $($variant),* }

        impl Keyword {
            pub const fn as_str(self) -> &'static str {
                match self { $(Keyword::$variant => $text),* }
            }

            fn from_text(text: &str) -> Option<Keyword> {
                match text { $($text => Some(Keyword::$variant),)* _ => None }
            }
        }
    };
}

keywords! {
    // Domain
    Type = "type", Value = "value", Constructor = "constructor", Function = "function",
    Predicate = "predicate", Symmetric = "symmetric",
    // Substance
    All = "All", Label = "Label", NoLabel = "NoLabel", AutoLabel = "AutoLabel", Let = "Let",
    For = "for", Mod = "mod",
    // Shared by Substance and Style
    True = "true", False = "false", In = "in", Where = "where",
    // Style
    Forall = "forall", Foreach = "foreach", Collect = "collect", With = "with",
    Groupby = "groupby", From = "from", Listof = "listof", Numberof = "numberof",
    Nameof = "nameof", Delete = "delete", As = "as", Layer = "layer", Encourage = "encourage",
    Ensure = "ensure", Override = "override", Except = "except", Repeatable = "repeatable",
}

impl Keyword {
    /// Whether `self` is reserved in `language`.
    fn is_reserved_in(self, language: Language) -> bool {
        use Keyword::*;
        match language {
            Language::Domain => matches!(
                self,
                Type | Value | Constructor | Function | Predicate | Symmetric
            ),
            Language::Substance => matches!(
                self,
                All | Label | NoLabel | AutoLabel | Let | True | False | For | In | Where | Mod
            ),
            Language::Style => matches!(
                self,
                Forall
                    | Foreach
                    | Collect
                    | Where
                    | With
                    | Groupby
                    | From
                    | Listof
                    | Numberof
                    | Nameof
                    | Delete
                    | As
                    | True
                    | False
                    | Layer
                    | Encourage
                    | Ensure
                    | Override
                    | In
                    | Except
                    | Repeatable
            ),
        }
    }
}

impl fmt::Display for Token<'_> {
    /// How the token is named in "expected …, found …" messages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fixed = match self {
            Token::Newline => return f.write_str("end of line"),
            Token::Hex(text) => return write!(f, "colour `#{text}`"),
            Token::Str(text) => return write!(f, "string \"{text}\""),
            Token::Number(text) => return write!(f, "number `{text}`"),
            Token::Tex(text) => return write!(f, "TeX `${text}$`"),
            Token::Ident(text) => return write!(f, "identifier `{text}`"),
            Token::Keyword(keyword) => return write!(f, "keyword `{}`", keyword.as_str()),
            Token::Error(_) => return f.write_str("invalid input"),
            Token::SubtypeOf => "<:",
            Token::DoubleArrow => "<->",
            Token::LessEqual => "<=",
            Token::Less => "<",
            Token::GreaterEqual => ">=",
            Token::Greater => ">",
            Token::EqualEqual => "==",
            Token::NotEqual => "!=",
            Token::Arrow => "->",
            Token::Tilde => "~",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::Apostrophe => "'",
            Token::Comma => ",",
            Token::DotStar => ".*",
            Token::DotSlash => "./",
            Token::Dot => ".",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Assign => "=",
            Token::Define => ":=",
            Token::Plus => "+",
            Token::Caret => "^",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::Percent => "%",
            Token::Colon => ":",
            Token::Semicolon => ";",
            Token::Question => "?",
            Token::Dollar => "$",
            Token::Backtick => return f.write_str("backtick"),
            Token::AndAnd => "&&",
            Token::OrOr => "||",
            Token::Bang => "!",
        };
        write!(f, "`{fixed}`")
    }
}

/// The tokens of one file and the diagnostics for input that starts no token.
#[derive(Debug)]
pub struct Lexed<'src> {
    pub tokens: Vec<(Token<'src>, Span)>,
    pub diagnostics: Vec<Diagnostic>,
}

/// Tokenizes `source` as `language`. Never fails: bad input becomes
/// [`Token::Error`] tokens, each reported once in [`Lexed::diagnostics`].
pub fn lex(source: &str, language: Language, file: FileId) -> Lexed<'_> {
    let mut lexer = Token::lexer(source);
    let mut tokens = Vec::new();
    let mut diagnostics = Vec::new();
    while let Some(result) = lexer.next() {
        let span = Span::from(lexer.span());
        let token = match result {
            Ok(Token::Ident(text)) => match Keyword::from_text(text) {
                Some(keyword) if keyword.is_reserved_in(language) => Token::Keyword(keyword),
                _ => Token::Ident(text),
            },
            Ok(Token::Dollar) if language == Language::Substance => {
                let rest = lexer.remainder();
                match rest.find(['$', '\n', '\r']) {
                    Some(end) if rest[end..].starts_with('$') => {
                        lexer.bump(end + 1);
                        let token = Token::Tex(&rest[..end]);
                        tokens.push((token, Span::new(span.start, lexer.span().end)));
                        continue;
                    }
                    stop => {
                        let end = stop.unwrap_or(rest.len());
                        lexer.bump(end);
                        let span = Span::new(span.start, lexer.span().end);
                        diagnostics.push(lex_diagnostic(LexError::UnterminatedTex, file, span));
                        tokens.push((Token::Error(LexError::UnterminatedTex), span));
                        continue;
                    }
                }
            }
            Ok(token) => token,
            Err(error) => {
                let reported = match error {
                    // Point at the opening `/*`, not at the rest of the file.
                    LexError::UnterminatedComment => Span::new(span.start, span.start + 2),
                    _ => span,
                };
                diagnostics.push(lex_diagnostic(error, file, reported));
                Token::Error(error)
            }
        };
        tokens.push((token, span));
    }
    limit_nesting(&mut tokens, &mut diagnostics, file);
    Lexed {
        tokens,
        diagnostics,
    }
}

/// Turns openers nested deeper than [`MAX_NESTING`] into error tokens, so
/// the parser treats their statements as broken, and reports the first.
fn limit_nesting(
    tokens: &mut [(Token<'_>, Span)],
    diagnostics: &mut Vec<Diagnostic>,
    file: FileId,
) {
    let mut depth = 0usize;
    let mut reported = false;
    for (token, span) in tokens.iter_mut() {
        match token {
            Token::LParen | Token::LBracket | Token::LBrace if depth == MAX_NESTING => {
                *token = Token::Error(LexError::TooDeep);
                if !reported {
                    diagnostics.push(lex_diagnostic(LexError::TooDeep, file, *span));
                    reported = true;
                }
            }
            Token::LParen | Token::LBracket | Token::LBrace => depth += 1,
            Token::RParen | Token::RBracket | Token::RBrace => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
}

fn lex_diagnostic(error: LexError, file: FileId, span: Span) -> Diagnostic {
    match error {
        LexError::InvalidCharacter => {
            Diagnostic::error(Code::InvalidCharacter, file, span, "invalid character")
                .with_label("no token starts with this character")
        }
        LexError::UnterminatedString => Diagnostic::error(
            Code::UnterminatedString,
            file,
            span,
            "unterminated string literal",
        )
        .with_label("this string is not closed on its line")
        .with_hint("strings cannot span lines and have no escapes; add the closing `\"`"),
        LexError::UnterminatedComment => Diagnostic::error(
            Code::UnterminatedComment,
            file,
            span,
            "unterminated block comment",
        )
        .with_label("this comment is never closed")
        .with_hint("close it with `*/`"),
        LexError::UnterminatedTex => {
            Diagnostic::error(Code::UnterminatedTex, file, span, "unterminated TeX label")
                .with_label("this `$` is not closed on its line")
                .with_hint("write TeX labels as `$…$` on one line")
        }
        LexError::TooDeep => Diagnostic::error(
            Code::NestingTooDeep,
            file,
            span,
            format!("brackets nest more than {MAX_NESTING} deep"),
        )
        .with_label("this bracket is one level too deep")
        .with_hint("split the expression into named parts"),
    }
}
