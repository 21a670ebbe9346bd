//! The Style grammar: headers with blocks, the `layout` item, statements,
//! shapes, constraints and the expression language.

use super::common::{
    KiteExtra, KiteParser, SyntaxError, balanced_braces, comma_list, comma_list1, ident, keyword,
    newlines, number, parenthesized_list, span, statement_lines, string, token, word,
};
use super::{Parsed, parse_with};
use crate::Language;
use crate::ast::{
    BinaryOp, Binding, BindingKind, Block, Collector, ComparisonOp, DeclPattern, Expr, ExprKind,
    FieldDescriptor, FunctionBody, Header, Ident, LayerOp, Path, Property, Relation, Selector,
    SelectorArg, SelectorExpr, StageMode, StageSpec, Stmt, StyleItem, StyleProgram, TypeAnnotation,
    UnaryOp,
};
use crate::token::{Keyword, Token};
use chumsky::pratt::{infix, left, postfix, prefix, right};
use chumsky::prelude::*;
use kite_diagnostics::FileId;

/// Parses a Style program. Never fails; see [`Parsed`].
pub fn parse_style(source: &str, file: FileId) -> Parsed<StyleProgram> {
    parse_with!(program, source, Language::Style, file)
}

pub(super) fn program<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, StyleProgram, E>
{
    let item = choice((layout_item(), header_block()))
        .labelled("Style item")
        .map(Some)
        .recover_with(via_parser(skip_item().map(|()| None)));
    newlines()
        .ignore_then(item.then_ignore(newlines()).repeated().collect::<Vec<_>>())
        .map(|items| StyleProgram {
            items: items.into_iter().flatten().collect(),
        })
}

/// Recovery for a malformed item: skips the rest of its line, treating a
/// balanced `{ … }` block (which may span lines) as part of that line, and
/// goes on over following lines that continue the header (`where`, `with`,
/// `foreach`, `into` or the block's `{`).
fn skip_item<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, (), E> {
    let rest_of_line = choice((
        balanced_braces(true),
        any().and_is(token(Token::Newline).not()).ignored(),
    ))
    .repeated()
    .at_least(1);
    let header_continues = choice((
        keyword(Keyword::Where).ignored(),
        keyword(Keyword::With).ignored(),
        keyword(Keyword::Foreach).ignored(),
        word!("into").ignored(),
        token(Token::LBrace).ignored(),
    ));
    let continuation = token(Token::Newline)
        .repeated()
        .at_least(1)
        .then(header_continues.rewind());
    rest_of_line
        .clone()
        .then(continuation.then(rest_of_line).repeated())
        .ignored()
}

fn layout_item<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, StyleItem, E> {
    word!("layout")
        .then(token(Token::Assign))
        .ignore_then(stage_list())
        .map_with(|stages, e| StyleItem::Layout {
            stages,
            span: span(e.span()),
        })
}

/// `stage` or `[stage1, stage2]`.
fn stage_list<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Vec<Ident>, E> {
    choice((
        ident().map(|stage| vec![stage]),
        comma_list1(ident()).delimited_by(token(Token::LBracket), token(Token::RBracket)),
    ))
}

fn header_block<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, StyleItem, E> {
    let header = choice((
        selector().map(|selector| Header::Selector(Box::new(selector))),
        collector().map(|collector| Header::Collector(Box::new(collector))),
        ident().then_ignore(newlines()).map(Header::Namespace),
    ));
    header
        .then(block())
        .map_with(|(header, block), e| StyleItem::Block {
            header,
            block,
            span: span(e.span()),
        })
}

/// A clause of a selector or collector header.
#[derive(Clone)]
enum Clause {
    Where(Vec<Relation>),
    With(Vec<DeclPattern>),
    Foreach(Vec<DeclPattern>),
}

impl Clause {
    fn keyword(&self) -> &'static str {
        match self {
            Clause::Where(_) => "where",
            Clause::With(_) => "with",
            Clause::Foreach(_) => "foreach",
        }
    }
}

/// The clauses after a header's declarations, each on its own line or not,
/// each at most once.
fn clauses<'t, 's: 't, E: KiteExtra<'t, 's>>(
    allow_foreach: bool,
) -> impl KiteParser<'t, 's, (Vec<Relation>, Vec<DeclPattern>, Vec<DeclPattern>), E> {
    let where_clause = keyword(Keyword::Where)
        .ignore_then(
            relation()
                .separated_by(token(Token::Semicolon))
                .at_least(1)
                .allow_trailing()
                .collect(),
        )
        .map(Clause::Where);
    let with_clause = keyword(Keyword::With)
        .ignore_then(decl_patterns())
        .map(Clause::With);
    let foreach_clause = keyword(Keyword::Foreach)
        .ignore_then(decl_patterns())
        .map(Clause::Foreach);
    let clause = if allow_foreach {
        choice((where_clause, with_clause, foreach_clause)).boxed()
    } else {
        choice((where_clause, with_clause)).boxed()
    };
    clause
        .map_with(|clause, e| (clause, e.span()))
        .then_ignore(newlines())
        .repeated()
        .collect::<Vec<_>>()
        .validate(|clauses, _, emitter| {
            let (mut where_, mut with, mut foreach) = (Vec::new(), Vec::new(), Vec::new());
            let mut seen: Vec<&'static str> = Vec::new();
            for (clause, clause_span) in clauses {
                let name = clause.keyword();
                if seen.contains(&name) {
                    emitter.emit(SyntaxError::custom(
                        clause_span,
                        format!("a header may have only one `{name}` clause; merge the two"),
                    ));
                }
                seen.push(name);
                match clause {
                    Clause::Where(relations) => where_.extend(relations),
                    Clause::With(decls) => with.extend(decls),
                    Clause::Foreach(decls) => foreach.extend(decls),
                }
            }
            (where_, with, foreach)
        })
}

fn selector<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Selector, E> {
    keyword(Keyword::Forall)
        .ignore_then(keyword(Keyword::Repeatable).or_not())
        .then(decl_patterns())
        .then_ignore(newlines())
        .then(clauses(false))
        .map_with(|((repeatable, head), (where_, with, _)), e| Selector {
            repeatable: repeatable.is_some(),
            head,
            with,
            where_,
            span: span(e.span()),
        })
}

fn collector<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Collector, E> {
    keyword(Keyword::Collect)
        .ignore_then(keyword(Keyword::Repeatable).or_not())
        .then(decl())
        .then_ignore(newlines())
        .then_ignore(word!("into"))
        .then(binding())
        .then_ignore(newlines())
        .then(clauses(true))
        .map_with(
            |(((repeatable, head), into), (where_, with, foreach)), e| Collector {
                repeatable: repeatable.is_some(),
                head,
                into,
                where_,
                with,
                foreach,
                span: span(e.span()),
            },
        )
}

/// `Set x, y; Point p`: one pattern per declared binding.
fn decl_patterns<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Vec<DeclPattern>, E>
{
    let decl_list = ident().then(comma_list1(binding())).map(|(ty, bindings)| {
        bindings
            .into_iter()
            .map(|binding| DeclPattern {
                span: ty.span.to(binding.span),
                ty: ty.clone(),
                binding,
            })
            .collect::<Vec<_>>()
    });
    decl_list
        .separated_by(token(Token::Semicolon))
        .at_least(1)
        .allow_trailing()
        .collect::<Vec<_>>()
        .map(|lists| lists.into_iter().flatten().collect())
}

fn decl<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, DeclPattern, E> {
    ident()
        .then(binding())
        .map_with(|(ty, binding), e| DeclPattern {
            ty,
            binding,
            span: span(e.span()),
        })
}

/// `x` (a Style variable) or `` `x` `` (a Substance object).
fn binding<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Binding, E> {
    choice((
        ident().map(|name| (BindingKind::Style, name)),
        ident()
            .delimited_by(token(Token::Backtick), token(Token::Backtick))
            .map(|name| (BindingKind::Substance, name)),
    ))
    .map_with(|(kind, name), e| Binding {
        kind,
        name,
        span: span(e.span()),
    })
}

fn relation<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Relation, E> {
    let selector_arg = choice((
        binding().map(SelectorArg::Binding),
        number().map(SelectorArg::Number),
        string().map(SelectorArg::String),
    ));
    let args =
        comma_list(selector_arg.clone()).delimited_by(token(Token::LParen), token(Token::RParen));
    let call = ident().then(args.clone());
    let bind = binding()
        .then_ignore(token(Token::Define))
        .then(choice((
            call.clone().map_with(|(name, args), e| SelectorExpr::Call {
                name,
                args,
                span: span(e.span()),
            }),
            selector_arg.map(SelectorExpr::Arg),
        )))
        .map_with(|(binding, expr), e| Relation::Bind {
            binding,
            expr,
            span: span(e.span()),
        });
    let descriptor = choice((
        word!("math").to(FieldDescriptor::Math),
        word!("text").to(FieldDescriptor::Text),
    ));
    let field = binding()
        .then_ignore(word!("has"))
        .then(descriptor.or_not())
        .then(ident())
        .map_with(|((binding, descriptor), field), e| Relation::Field {
            binding,
            field,
            descriptor,
            span: span(e.span()),
        });
    let alias = newlines()
        .ignore_then(keyword(Keyword::As))
        .ignore_then(ident());
    let predicate = call
        .then(alias.or_not())
        .map_with(|((name, args), alias), e| Relation::Predicate {
            name,
            args,
            alias,
            span: span(e.span()),
        });
    choice((bind, field, predicate))
}

/// `{ … }`. A block the file ends inside is reported and kept.
fn block<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Block, E> {
    statement_lines(statement(), Some(Token::RBrace))
        .delimited_by(token(Token::LBrace), close_brace())
        .map_with(|statements, e| Block {
            statements,
            span: span(e.span()),
        })
}

/// A `}`; at the end of the input its absence is reported but tolerated, so
/// the statements before it are kept.
fn close_brace<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, (), E> {
    token(Token::RBrace)
        .ignored()
        .recover_with(via_parser(end()))
}

fn statement<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Stmt, E> {
    let value = value();
    let delete = keyword(Keyword::Delete)
        .ignore_then(path(expr()))
        .map_with(|path, e| Stmt::Delete {
            path,
            span: span(e.span()),
        });
    let override_ = keyword(Keyword::Override)
        .ignore_then(path(expr()))
        .then_ignore(token(Token::Assign))
        .then(value.clone())
        .map_with(|(path, value), e| Stmt::Override {
            path,
            value,
            span: span(e.span()),
        });
    let annotation = ident()
        .then(token(Token::LBracket).then(token(Token::RBracket)).or_not())
        .map_with(|(name, list), e| TypeAnnotation {
            name,
            list: list.is_some(),
            span: span(e.span()),
        });
    let assign = choice((
        annotation
            .then(path(expr()))
            .map(|(annotation, path)| (Some(annotation), path)),
        path(expr()).map(|path| (None, path)),
    ))
    .then_ignore(token(Token::Assign))
    .then(value)
    .map_with(|((annotation, path), value), e| Stmt::Assign {
        annotation,
        path,
        value,
        span: span(e.span()),
    });
    let anonymous = choice((shape(), layering(), constraint(), objective())).map_with(|kind, e| {
        let span = span(e.span());
        Stmt::Anonymous {
            value: Expr { kind, span },
            span,
        }
    });
    choice((delete, override_, assign, anonymous)).labelled("statement")
}

/// The right-hand side of an assignment: a shape, layering, constraint,
/// objective or plain expression.
fn value<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Expr, E> {
    choice((
        choice((shape(), layering(), constraint(), objective())).map_with(|kind, e| Expr {
            kind,
            span: span(e.span()),
        }),
        expr(),
    ))
}

/// `Circle { … }`, with one `name: value` property per line.
fn shape<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, ExprKind, E> {
    let property = ident()
        .then_ignore(token(Token::Colon))
        .then(expr())
        .map_with(|(name, value), e| Property {
            name,
            value,
            span: span(e.span()),
        });
    ident()
        .then_ignore(newlines())
        .then(
            statement_lines(property, Some(Token::RBrace))
                .delimited_by(token(Token::LBrace), close_brace()),
        )
        .map(|(shape, properties)| ExprKind::Shape { shape, properties })
}

/// `[layer] a above b, c` or `… below …`.
fn layering<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, ExprKind, E> {
    let op = choice((
        word!("above").to(LayerOp::Above),
        word!("below").to(LayerOp::Below),
    ));
    keyword(Keyword::Layer)
        .or_not()
        .ignore_then(path(expr()))
        .then(op)
        .then(comma_list1(expr()))
        .map(|((left, op), right)| ExprKind::Layering { left, op, right })
}

fn constraint<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, ExprKind, E> {
    keyword(Keyword::Ensure)
        .ignore_then(function_body())
        .then(stage_spec().or_not())
        .map(|(body, stages)| ExprKind::Constraint { body, stages })
}

fn objective<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, ExprKind, E> {
    keyword(Keyword::Encourage)
        .ignore_then(function_body())
        .then(stage_spec().or_not())
        .map(|(body, stages)| ExprKind::Objective { body, stages })
}

/// `f(args)`, or the comparison sugar `a < b`, `a > b`, `a == b`.
fn function_body<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, FunctionBody, E> {
    let op = select! {
        Token::Less => ComparisonOp::Less,
        Token::Greater => ComparisonOp::Greater,
        Token::EqualEqual => ComparisonOp::Equal,
    }
    .labelled("comparison");
    let comparison = expr()
        .then(op)
        .then(expr())
        .map_with(|((lhs, op), rhs), e| FunctionBody::Comparison {
            op,
            lhs: Box::new(lhs),
            rhs: Box::new(rhs),
            span: span(e.span()),
        });
    let call = ident()
        .then(parenthesized_list(expr()))
        .map_with(|(name, args), e| FunctionBody::Call {
            name,
            args,
            span: span(e.span()),
        });
    choice((comparison, call))
}

/// `in stages` or `except stages`.
fn stage_spec<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, StageSpec, E> {
    choice((
        keyword(Keyword::In).to(StageMode::In),
        keyword(Keyword::Except).to(StageMode::Except),
    ))
    .then(stage_list())
    .map_with(|(mode, stages), e| StageSpec {
        mode,
        stages,
        span: span(e.span()),
    })
}

/// `x.field.property[i][j]`; the index expressions come from `expr`.
fn path<'t, 's: 't, E: KiteExtra<'t, 's>>(
    expr: impl KiteParser<'t, 's, Expr, E>,
) -> impl KiteParser<'t, 's, Path, E> {
    binding()
        .then(
            token(Token::Dot)
                .ignore_then(ident())
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then(
            expr.delimited_by(token(Token::LBracket), token(Token::RBracket))
                .repeated()
                .collect::<Vec<_>>(),
        )
        .map_with(|((root, members), indices), e| Path {
            root,
            members,
            indices,
            span: span(e.span()),
        })
}

/// An expression, with Penrose's precedence: `+ -` below `* / .* ./ then`,
/// below right-associative `^`, below unary minus, below postfix `'`.
fn expr<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Expr, E> {
    recursive(|expr| {
        let at = |kind, e: &mut chumsky::input::MapExtra<'t, '_, _, _>| Expr {
            kind,
            span: span(e.span()),
        };
        let literal = select! {
            Token::Keyword(Keyword::True) => ExprKind::Bool { value: true },
            Token::Keyword(Keyword::False) => ExprKind::Bool { value: false },
            Token::Hex(hex) => ExprKind::Color { hex: hex.to_owned() },
        }
        .labelled("literal");
        let vary = token(Token::Question)
            .ignore_then(
                number()
                    .delimited_by(token(Token::LBracket), token(Token::RBracket))
                    .or_not(),
            )
            .then(stage_spec().or_not())
            .map(|(init, stages)| ExprKind::Vary { init, stages });
        let call = ident()
            .then(parenthesized_list(expr.clone()))
            .map(|(name, args)| ExprKind::Call { name, args });
        let list_of = keyword(Keyword::Listof)
            .ignore_then(ident())
            .then_ignore(keyword(Keyword::From))
            .then(path(expr.clone()))
            .map(|(field, collection)| ExprKind::ListOf { field, collection });
        let number_of = keyword(Keyword::Numberof)
            .ignore_then(path(expr.clone()))
            .map(|collection| ExprKind::NumberOf { collection });
        let name_of = keyword(Keyword::Nameof)
            .ignore_then(path(expr.clone()))
            .map(|path| ExprKind::NameOf { path });
        let list = comma_list(expr.clone())
            .delimited_by(token(Token::LBracket), token(Token::RBracket))
            .map(|elements| ExprKind::List { elements });
        let tuple = expr
            .clone()
            .then_ignore(token(Token::Comma))
            .then(expr.clone())
            .delimited_by(token(Token::LBrace), token(Token::RBrace))
            .map(|(first, second)| ExprKind::Tuple {
                first: Box::new(first),
                second: Box::new(second),
            });
        // `(e)` groups; `(e,)` and `(e, f, …)` are vectors.
        let parenthesized = expr
            .clone()
            .then(
                token(Token::Comma)
                    .ignore_then(comma_list(expr.clone()))
                    .or_not(),
            )
            .delimited_by(token(Token::LParen), token(Token::RParen))
            .map_with(|(first, rest), e| match rest {
                None => first,
                Some(rest) => Expr {
                    kind: ExprKind::Vector {
                        elements: std::iter::once(first).chain(rest).collect(),
                    },
                    span: span(e.span()),
                },
            });
        let atom = choice((
            parenthesized,
            choice((
                literal,
                string().map(|string| ExprKind::String {
                    value: string.value,
                }),
                number().map(|number| ExprKind::Number {
                    value: number.value,
                }),
                vary,
                call,
                list_of,
                number_of,
                name_of,
                path(expr.clone()).map(ExprKind::Path),
                list,
                tuple,
            ))
            .map_with(at),
        ))
        .boxed();
        let binary = |op: BinaryOp| {
            move |lhs: Expr, _, rhs: Expr, e: &mut chumsky::input::MapExtra<'t, '_, _, _>| {
                at(
                    ExprKind::Binary {
                        op,
                        lhs: Box::new(lhs),
                        rhs: Box::new(rhs),
                    },
                    e,
                )
            }
        };
        atom.labelled("expression").pratt((
            infix(left(1), token(Token::Plus), binary(BinaryOp::Add)),
            infix(left(1), token(Token::Minus), binary(BinaryOp::Subtract)),
            infix(left(2), token(Token::Star), binary(BinaryOp::Multiply)),
            infix(left(2), token(Token::Slash), binary(BinaryOp::Divide)),
            infix(
                left(2),
                token(Token::DotStar),
                binary(BinaryOp::ElementwiseMultiply),
            ),
            infix(
                left(2),
                token(Token::DotSlash),
                binary(BinaryOp::ElementwiseDivide),
            ),
            infix(
                left(2),
                word!("then").to(Token::Ident("then")),
                binary(BinaryOp::Then),
            ),
            infix(right(3), token(Token::Caret), binary(BinaryOp::Power)),
            prefix(
                4,
                token(Token::Minus),
                move |_, operand: Expr, e: &mut chumsky::input::MapExtra<'t, '_, _, _>| {
                    at(
                        ExprKind::Unary {
                            op: UnaryOp::Negate,
                            operand: Box::new(operand),
                        },
                        e,
                    )
                },
            ),
            postfix(
                5,
                token(Token::Apostrophe),
                move |operand: Expr, _, e: &mut chumsky::input::MapExtra<'t, '_, _, _>| {
                    at(
                        ExprKind::Unary {
                            op: UnaryOp::Transpose,
                            operand: Box::new(operand),
                        },
                        e,
                    )
                },
            ),
        ))
    })
}
