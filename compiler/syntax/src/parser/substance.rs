//! The Substance grammar: one statement per line, optionally templated by
//! `for i in [lo, hi] where …`.

use super::common::{
    KiteExtra, KiteParser, comma_list1, ident, keyword, number, parenthesized_list, span,
    statement_lines, string, token,
};
use super::{Parsed, parse_with};
use crate::Language;
use crate::ast::{
    Application, AutoLabelTarget, BoolExpr, BoolOp, CompareOp, IndexRange, IndexSet, LabelStyle,
    LabelText, NumExpr, NumOp, SubArg, SubExpr, SubstanceProgram, SubstanceStmt, SubstanceStmtKind,
};
use crate::token::{Keyword, Token};
use chumsky::prelude::*;
use kite_diagnostics::FileId;

/// Parses a Substance program. Never fails; see [`Parsed`].
pub fn parse_substance(source: &str, file: FileId) -> Parsed<SubstanceProgram> {
    parse_with!(program, source, Language::Substance, file)
}

fn program<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, SubstanceProgram, E> {
    statement_lines(statement(), None).map(|statements| SubstanceProgram { statements })
}

fn statement<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, SubstanceStmt, E> {
    statement_kind()
        .then(index_set().or_not())
        .map_with(|(kind, index_set), e| SubstanceStmt {
            kind,
            index_set,
            span: span(e.span()),
        })
}

fn statement_kind<'t, 's: 't, E: KiteExtra<'t, 's>>()
-> impl KiteParser<'t, 's, SubstanceStmtKind, E> {
    let define = || token(Token::Define).ignore_then(sub_expr());
    let label_text = select! {
        Token::Tex(text) = e => LabelText { text: text.to_owned(), style: LabelStyle::Math, span: span(e.span()) },
        Token::Str(text) = e => LabelText { text: text.to_owned(), style: LabelStyle::Text, span: span(e.span()) },
    }
    .labelled("label ($…$ or \"…\")");
    let label = keyword(Keyword::Label)
        .ignore_then(ident())
        .then(label_text)
        .map(|(name, label)| SubstanceStmtKind::Label { name, label });
    let no_label = keyword(Keyword::NoLabel)
        .ignore_then(comma_list1(ident()))
        .map(|names| SubstanceStmtKind::NoLabel { names });
    let auto_label = keyword(Keyword::AutoLabel)
        .ignore_then(choice((
            keyword(Keyword::All).map_with(|_, e| AutoLabelTarget::All {
                span: span(e.span()),
            }),
            comma_list1(ident()).map(|names| AutoLabelTarget::Names { names }),
        )))
        .map(|target| SubstanceStmtKind::AutoLabel { target });
    let let_bind = keyword(Keyword::Let)
        .ignore_then(ident())
        .then(define())
        .map(|(name, expr)| SubstanceStmtKind::Let { name, expr });
    let decl_bind = ident()
        .then(ident())
        .then(define())
        .map(|((ty, name), expr)| SubstanceStmtKind::DeclBind { ty, name, expr });
    let bind = ident()
        .then(define())
        .map(|(name, expr)| SubstanceStmtKind::Bind { name, expr });
    let predicate = application().map(SubstanceStmtKind::Predicate);
    let decl = ident()
        .then(comma_list1(ident()))
        .map(|(ty, names)| SubstanceStmtKind::Decl { ty, names });
    choice((
        label, no_label, auto_label, let_bind, decl_bind, bind, predicate, decl,
    ))
    .labelled("statement")
}

fn application<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, Application, E> {
    ident()
        .then(parenthesized_list(sub_arg()))
        .map_with(|(name, args), e| Application {
            name,
            args,
            span: span(e.span()),
        })
}

fn sub_expr<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, SubExpr, E> {
    choice((
        application().map(SubExpr::Call),
        sub_arg().map(SubExpr::Arg),
    ))
}

fn sub_arg<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, SubArg, E> {
    choice((
        ident().map(SubArg::Ident),
        string().map(SubArg::String),
        number().map(SubArg::Number),
    ))
}

/// `for i in [0, 3], j in [0, 3] where i < j`.
fn index_set<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, IndexSet, E> {
    let range = ident()
        .then_ignore(keyword(Keyword::In))
        .then_ignore(token(Token::LBracket))
        .then(number())
        .then_ignore(token(Token::Comma))
        .then(number())
        .then_ignore(token(Token::RBracket))
        .map_with(|((variable, low), high), e| IndexRange {
            variable,
            low,
            high,
            span: span(e.span()),
        });
    keyword(Keyword::For)
        .ignore_then(comma_list1(range))
        .then(keyword(Keyword::Where).ignore_then(bool_expr()).or_not())
        .map_with(|(ranges, condition), e| IndexSet {
            ranges,
            condition,
            span: span(e.span()),
        })
}

fn bool_expr<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, BoolExpr, E> {
    recursive(|bool_expr| {
        let compare_op = select! {
            Token::Less => CompareOp::Less,
            Token::Greater => CompareOp::Greater,
            Token::LessEqual => CompareOp::LessEqual,
            Token::GreaterEqual => CompareOp::GreaterEqual,
            Token::EqualEqual => CompareOp::Equal,
            Token::NotEqual => CompareOp::NotEqual,
        }
        .labelled("comparison");
        let comparison =
            num_expr()
                .then(compare_op)
                .then(num_expr())
                .map_with(|((lhs, op), rhs), e| BoolExpr::Compare {
                    op,
                    lhs,
                    rhs,
                    span: span(e.span()),
                });
        let constant = select! {
            Token::Keyword(Keyword::True) => true,
            Token::Keyword(Keyword::False) => false,
        }
        .map_with(|value, e| BoolExpr::Constant {
            value,
            span: span(e.span()),
        });
        let factor = choice((
            bool_expr.delimited_by(token(Token::LParen), token(Token::RParen)),
            constant,
            comparison,
        ));
        let negated = token(Token::Bang)
            .ignore_then(factor.clone())
            .map_with(|operand, e| BoolExpr::Not {
                operand: Box::new(operand),
                span: span(e.span()),
            });
        let term = choice((negated, factor));
        let binary = |op: BoolOp| {
            move |lhs: BoolExpr, rhs: BoolExpr, e: &mut chumsky::input::MapExtra<'t, '_, _, _>| {
                BoolExpr::Binary {
                    op,
                    lhs: Box::new(lhs),
                    rhs: Box::new(rhs),
                    span: span(e.span()),
                }
            }
        };
        let conjunction = term.clone().foldl_with(
            token(Token::AndAnd).ignore_then(term).repeated(),
            binary(BoolOp::And),
        );
        conjunction.clone().foldl_with(
            token(Token::OrOr).ignore_then(conjunction).repeated(),
            binary(BoolOp::Or),
        )
    })
}

/// Index arithmetic. `^` shares the precedence of `*` and associates left,
/// and unary minus binds tighter than both, as in Penrose.
fn num_expr<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, NumExpr, E> {
    recursive(|num_expr| {
        let factor = choice((
            num_expr.delimited_by(token(Token::LParen), token(Token::RParen)),
            number().map(NumExpr::Number),
            ident().map(NumExpr::Variable),
        ));
        let unary = choice((
            token(Token::Minus)
                .ignore_then(factor.clone())
                .map_with(|operand, e| NumExpr::Negate {
                    operand: Box::new(operand),
                    span: span(e.span()),
                }),
            factor,
        ));
        let multiplicative = select! {
            Token::Star => NumOp::Multiply,
            Token::Slash => NumOp::Divide,
            Token::Percent => NumOp::Modulo,
            Token::Keyword(Keyword::Mod) => NumOp::Modulo,
            Token::Caret => NumOp::Power,
        }
        .labelled("operator");
        let additive = select! {
            Token::Plus => NumOp::Add,
            Token::Minus => NumOp::Subtract,
        }
        .labelled("operator");
        let fold = |lhs: NumExpr,
                    (op, rhs): (NumOp, NumExpr),
                    e: &mut chumsky::input::MapExtra<'t, '_, _, _>| {
            NumExpr::Binary {
                op,
                lhs: Box::new(lhs),
                rhs: Box::new(rhs),
                span: span(e.span()),
            }
        };
        let term = unary
            .clone()
            .foldl_with(multiplicative.then(unary).repeated(), fold);
        term.clone()
            .foldl_with(additive.then(term).repeated(), fold)
    })
}
