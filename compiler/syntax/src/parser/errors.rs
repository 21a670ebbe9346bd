//! Turning chumsky's parse errors into kite diagnostics, with hints for the
//! mistakes the Penrose languages invite.

use super::Parsed;
use crate::token::Token;
use chumsky::error::{Rich, RichPattern, RichReason};
use kite_diagnostics::{Code, Diagnostic, FileId, Span};

/// Combines a parse's output with the lexer's and parser's diagnostics.
pub(crate) fn finish<T: Default>(
    ast: Option<T>,
    errors: Vec<Rich<'_, Token<'_>>>,
    lex_diagnostics: Vec<Diagnostic>,
    source: &str,
    file: FileId,
) -> Parsed<T> {
    let mut diagnostics = lex_diagnostics;
    diagnostics.extend(
        errors
            .into_iter()
            .filter_map(|error| to_diagnostic(&error, source, file)),
    );
    diagnostics.sort_by_key(|diagnostic| (diagnostic.primary.span.start, diagnostic.code));
    diagnostics.dedup_by_key(|diagnostic| (diagnostic.primary.span, diagnostic.code));
    Parsed {
        ast: ast.unwrap_or_default(),
        diagnostics,
    }
}

/// The diagnostic for one parse error, or `None` when the parser stumbled on
/// an error token the lexer has already reported.
fn to_diagnostic(error: &Rich<'_, Token<'_>>, source: &str, file: FileId) -> Option<Diagnostic> {
    let span = Span::new(error.span().start, error.span().end);
    let (expected, found) = match error.reason() {
        RichReason::Custom(message) => {
            return Some(Diagnostic::error(
                Code::UnexpectedToken,
                file,
                span,
                message.clone(),
            ));
        }
        RichReason::ExpectedFound { expected, found } => (expected, found.as_deref()),
    };
    let missing_brace = expected
        .iter()
        .any(|pattern| matches!(pattern, RichPattern::Token(token) if **token == Token::RBrace));
    let expected = describe_expected(expected);
    let Some(found) = found else {
        // Point just after the last text, not at trailing blank lines.
        let at_end = Span::empty_at(source.trim_end().len());
        let diagnostic = Diagnostic::error(
            Code::UnexpectedEndOfInput,
            file,
            at_end,
            format!("unexpected end of input, expected {expected}"),
        );
        return Some(if missing_brace {
            diagnostic
                .with_label("the file ends inside a `{ … }`")
                .with_hint("a block or shape opened with `{` is never closed")
                .with_fix("close the block", at_end, "\n}")
        } else {
            diagnostic.with_label(format!("expected {expected}"))
        });
    };
    if matches!(found, Token::Error(_)) {
        return None;
    }
    // A missing token at the end of a line is reported where the line ends,
    // not across the line break.
    let span = if *found == Token::Newline {
        Span::empty_at(span.start)
    } else {
        span
    };
    let diagnostic = Diagnostic::error(
        Code::UnexpectedToken,
        file,
        span,
        format!("unexpected {found}, expected {expected}"),
    )
    .with_label(format!("expected {expected}"));
    Some(add_hints(diagnostic, found, span, source))
}

/// Explains the two classic traps: signed numbers and line structure.
fn add_hints(diagnostic: Diagnostic, found: &Token<'_>, span: Span, source: &str) -> Diagnostic {
    match found {
        Token::Number(text)
            if (text.starts_with('-') || text.starts_with('+'))
                && source[..span.start].ends_with(|c: char| !c.is_whitespace()) =>
        {
            let (sign, digits) = text.split_at(1);
            diagnostic
                .with_hint(format!(
                    "a sign directly before a digit makes a signed number, so `{text}` is one \
                     literal here; put spaces around the operator"
                ))
                .with_fix("separate the operator", span, format!(" {sign} {digits}"))
        }
        Token::Newline => {
            diagnostic.with_hint("statements, expressions and argument lists must fit on one line")
        }
        Token::LessEqual | Token::GreaterEqual | Token::NotEqual => diagnostic.with_hint(
            "inline `ensure`/`encourage` comparisons accept only `<`, `>` and `==`; \
             for others call a library function such as `lessThan`",
        ),
        Token::Keyword(keyword) => diagnostic.with_hint(format!(
            "`{}` is a reserved word in this language and cannot be used as a name",
            keyword.as_str()
        )),
        _ => diagnostic,
    }
}

/// Binary and postfix operators, as [`Token`]'s `Display` names them.
const OPERATORS: &[&str] = &[
    "`+`", "`-`", "`*`", "`/`", "`^`", "`.*`", "`./`", "`'`", "`then`", "`%`",
];

/// "`)`", "`,` or `)`", "one of `,`, `)` or end of line".
fn describe_expected(patterns: &[RichPattern<'_, Token<'_>>]) -> String {
    let mut names: Vec<String> = patterns
        .iter()
        .filter_map(|pattern| match pattern {
            RichPattern::Token(token) => Some(token.to_string()),
            RichPattern::Label(label) => Some(label.to_string()),
            RichPattern::Identifier(word) => Some(format!("`{word}`")),
            RichPattern::EndOfInput => Some("end of input".to_owned()),
            _ => None,
        })
        .collect();
    names.sort();
    names.dedup();
    // A long run of operators says no more than "an operator".
    let is_operator = |name: &String| OPERATORS.contains(&name.as_str());
    if names.iter().filter(|name| is_operator(name)).count() >= 3 {
        names.retain(|name| !is_operator(name));
        names.push("operator".to_owned());
        names.sort();
        names.dedup();
    }
    // At the end of a line, also accepting the end of the file is implied.
    if names.iter().any(|name| name == "end of line") {
        names.retain(|name| name != "end of input");
    }
    match names.as_slice() {
        [] => "something else".to_owned(),
        [one] => one.clone(),
        [init @ .., last] => format!("one of {} or {last}", init.join(", ")),
    }
}
