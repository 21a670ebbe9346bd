//! Combinators shared by the three grammars: tokens, identifiers, literals,
//! comma lists and the line-oriented statement loop with its recovery.

use crate::ast::{Ident, NumberLit, StringLit};
use crate::token::{Keyword, Token};
use chumsky::extra::ParserExtra;
use chumsky::input::MappedInput;
use chumsky::prelude::*;
use kite_diagnostics::Span;

/// The parser's input: a token slice with the spans split off.
pub(crate) type TokenInput<'t, 's> =
    MappedInput<'t, Token<'s>, SimpleSpan, &'t [(Token<'s>, SimpleSpan)]>;

/// The extras of the diagnostic pass: rich errors with expected-token sets.
pub(crate) type RichExtra<'t, 's> = extra::Err<Rich<'t, Token<'s>>>;

/// The extras of the fast pass, which only learns *whether* a file has
/// errors, so failed alternatives cost nothing to record.
pub(crate) type FastExtra = extra::Err<EmptyErr>;

/// An error type the grammars can produce: chumsky's, with labels, plus
/// messages of the grammar's own.
pub(crate) trait SyntaxError<'t, 's: 't>:
    chumsky::error::Error<'t, TokenInput<'t, 's>>
    + chumsky::label::LabelError<'t, TokenInput<'t, 's>, &'static str>
{
    fn custom(span: SimpleSpan, message: String) -> Self;
}

impl<'t, 's: 't> SyntaxError<'t, 's> for Rich<'t, Token<'s>> {
    fn custom(span: SimpleSpan, message: String) -> Self {
        Rich::custom(span, message)
    }
}

impl<'t, 's: 't> SyntaxError<'t, 's> for EmptyErr {
    fn custom(_: SimpleSpan, _: String) -> Self {
        EmptyErr::default()
    }
}

/// The parser extras the grammars are generic over: [`RichExtra`] or
/// [`FastExtra`].
pub(crate) trait KiteExtra<'t, 's: 't>:
    ParserExtra<'t, TokenInput<'t, 's>, Error = Self::SyntaxErr, State = (), Context = ()> + 't
{
    type SyntaxErr: SyntaxError<'t, 's>;
}

impl<'t, 's: 't, Er: SyntaxError<'t, 's> + 't> KiteExtra<'t, 's> for extra::Err<Er> {
    type SyntaxErr = Er;
}

/// Shorthand for the parsers of this crate.
pub(crate) trait KiteParser<'t, 's: 't, O, E: KiteExtra<'t, 's>>:
    Parser<'t, TokenInput<'t, 's>, O, E> + Clone
{
}

impl<'t, 's: 't, O, E: KiteExtra<'t, 's>, P> KiteParser<'t, 's, O, E> for P where
    P: Parser<'t, TokenInput<'t, 's>, O, E> + Clone
{
}

/// Converts lexer output to the slice the parser reads.
pub(crate) fn for_parser<'s>(tokens: &[(Token<'s>, Span)]) -> Vec<(Token<'s>, SimpleSpan)> {
    tokens
        .iter()
        .map(|(token, span)| (*token, SimpleSpan::from(span.range())))
        .collect()
}

/// The parser input over `tokens`; `source_len` places the end-of-input span.
pub(crate) fn input<'t, 's>(
    tokens: &'t [(Token<'s>, SimpleSpan)],
    source_len: usize,
) -> TokenInput<'t, 's> {
    tokens.split_token_span(SimpleSpan::from(source_len..source_len))
}

/// Converts a chumsky span to a diagnostic span.
pub(crate) fn span(span: SimpleSpan) -> Span {
    Span::new(span.start, span.end)
}

pub(crate) fn token<'t, 's: 't, E: KiteExtra<'t, 's>>(
    token: Token<'s>,
) -> impl KiteParser<'t, 's, Token<'s>, E> {
    just(token)
}

pub(crate) fn keyword<'t, 's: 't, E: KiteExtra<'t, 's>>(
    keyword: Keyword,
) -> impl KiteParser<'t, 's, Token<'s>, E> {
    just(Token::Keyword(keyword))
}

/// `word!("into")`: the contextual word `into`, labelled `` `into` ``.
macro_rules! word {
    ($text:literal) => {
        $crate::parser::common::contextual_word($text, concat!("`", $text, "`"))
    };
}
pub(crate) use word;

/// A contextual word: an identifier with this exact text (Style's `into`,
/// `has`, `above`, `below`, `then`, `layout`, `math`, `text`).
pub(crate) fn contextual_word<'t, 's: 't, E: KiteExtra<'t, 's>>(
    text: &'static str,
    label: &'static str,
) -> impl KiteParser<'t, 's, Ident, E> {
    select! { Token::Ident(name) = extra if name == text => Ident {
        name: name.to_owned(),
        span: span(extra.span()),
    } }
    .labelled(label)
}

pub(crate) fn ident<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Ident, E> {
    select! { Token::Ident(name) = extra => Ident {
        name: name.to_owned(),
        span: span(extra.span()),
    } }
    .labelled("identifier")
}

pub(crate) fn number<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, NumberLit, E> {
    select! { Token::Number(text) = extra => NumberLit {
        value: parse_number(text),
        span: span(extra.span()),
    } }
    .labelled("number")
}

pub(crate) fn string<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, StringLit, E> {
    select! { Token::Str(value) = extra => StringLit {
        value: value.to_owned(),
        span: span(extra.span()),
    } }
    .labelled("string")
}

/// The value of a number token. The lexer only produces texts Rust's float
/// parser accepts, except for a trailing `.` (`2.`), which it drops.
fn parse_number(text: &str) -> f64 {
    let digits = text.strip_prefix('+').unwrap_or(text);
    digits
        .parse()
        .or_else(|_| digits.replace(".e", "e").trim_end_matches('.').parse())
        .unwrap_or(f64::NAN)
}

/// `item (, item)* ,?` on one line, possibly empty.
pub(crate) fn comma_list<'t, 's: 't, O, E: KiteExtra<'t, 's>>(
    item: impl KiteParser<'t, 's, O, E>,
) -> impl KiteParser<'t, 's, Vec<O>, E> {
    item.separated_by(token(Token::Comma))
        .allow_trailing()
        .collect()
}

/// `(item, item, …)` on one line, possibly empty, with a trailing comma allowed.
pub(crate) fn parenthesized_list<'t, 's: 't, O, E: KiteExtra<'t, 's>>(
    item: impl KiteParser<'t, 's, O, E>,
) -> impl KiteParser<'t, 's, Vec<O>, E> {
    comma_list(item).delimited_by(token(Token::LParen), token(Token::RParen))
}

/// `item (, item)* ,?` on one line, at least one item.
pub(crate) fn comma_list1<'t, 's: 't, O, E: KiteExtra<'t, 's>>(
    item: impl KiteParser<'t, 's, O, E>,
) -> impl KiteParser<'t, 's, Vec<O>, E> {
    item.separated_by(token(Token::Comma))
        .at_least(1)
        .allow_trailing()
        .collect()
}

/// Succeeds without consuming at the end of a line or of the input.
pub(crate) fn line_end<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, (), E> {
    token(Token::Newline).ignored().or(end()).rewind()
}

/// Zero or more newlines.
pub(crate) fn newlines<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, (), E> {
    token(Token::Newline).repeated().ignored()
}

/// A balanced `{ … }` group, skipped for recovery; it may span lines only
/// when `across_lines` is set.
pub(crate) fn balanced_braces<'t, 's: 't, E: KiteExtra<'t, 's>>(
    across_lines: bool,
) -> impl KiteParser<'t, 's, (), E> {
    let mut excluded = vec![Token::LBrace, Token::RBrace];
    if !across_lines {
        excluded.push(Token::Newline);
    }
    recursive(move |balanced| {
        token(Token::LBrace)
            .then(choice((balanced, none_of(excluded.clone()).ignored())).repeated())
            .then(token(Token::RBrace))
            .ignored()
    })
}

/// A sequence of line-oriented statements, with blank lines between them.
///
/// Each statement must end at a newline (or at `terminator`, or the end of
/// input). A statement that fails to parse is reported and the rest of its
/// line skipped, so the statements after it still parse. `terminator` (for
/// example a block's `}`) is not consumed.
pub(crate) fn statement_lines<'t, 's: 't, O, E: KiteExtra<'t, 's>>(
    statement: impl KiteParser<'t, 's, O, E>,
    terminator: Option<Token<'s>>,
) -> impl KiteParser<'t, 's, Vec<O>, E> {
    let stop = match terminator {
        Some(terminator) => token(Token::Newline)
            .or(token(terminator))
            .ignored()
            .or(end())
            .boxed(),
        None => line_end().boxed(),
    };
    // A `{ … }` on one line (a tuple, a one-line shape) is skipped whole, so
    // its `}` is not mistaken for the terminator.
    let skip = choice((
        balanced_braces(false),
        any()
            .and_is(token(Token::Newline).not())
            .and_is(stop.clone().not())
            .ignored(),
    ))
    .repeated()
    .at_least(1)
    .ignored();
    let line = statement
        .then_ignore(stop.rewind())
        .map(Some)
        .recover_with(via_parser(skip.map(|()| None)));
    choice((token(Token::Newline).map(|_| None), line))
        .repeated()
        .collect::<Vec<_>>()
        .map(|lines| lines.into_iter().flatten().collect())
}
