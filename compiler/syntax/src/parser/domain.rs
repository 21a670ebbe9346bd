//! The Domain grammar: one declaration per line.

use super::common::{
    KiteExtra, KiteParser, comma_list1, ident, keyword, parenthesized_list, span, statement_lines,
    token,
};
use super::{Parsed, parse_with};
use crate::Language;
use crate::ast::{
    ConstructorDecl, DomainProgram, DomainStmt, FunctionDecl, Param, PredicateDecl, SubtypeDecl,
    TypeDecl,
};
use crate::token::{Keyword, Token};
use chumsky::prelude::*;
use kite_diagnostics::{Code, Diagnostic, FileId};

/// Parses a Domain program. Never fails; see [`Parsed`].
pub fn parse_domain(source: &str, file: FileId) -> Parsed<DomainProgram> {
    let mut parsed = parse_with!(program, source, Language::Domain, file);
    let unnamed = unnamed_constructor_params(&parsed.ast, file);
    parsed.diagnostics.extend(unnamed);
    parsed
}

fn program<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, DomainProgram, E> {
    statement_lines(statement(), None).map(|statements| DomainProgram { statements })
}

fn statement<'t, 's: 't, E: KiteExtra<'t, 's>>() -> impl KiteParser<'t, 's, DomainStmt, E> {
    let param = ident()
        .then(ident().or_not())
        .map_with(|(ty, name), e| Param {
            ty,
            name,
            span: span(e.span()),
        });
    let params = parenthesized_list(param.clone()).labelled("parameter list");
    let output = token(Token::Arrow).ignore_then(param.clone());

    let type_decl = keyword(Keyword::Type)
        .ignore_then(ident())
        .then(
            token(Token::SubtypeOf)
                .ignore_then(comma_list1(ident()))
                .or_not(),
        )
        .map_with(|(name, supertypes), e| {
            DomainStmt::Type(TypeDecl {
                name,
                supertypes: supertypes.unwrap_or_default(),
                span: span(e.span()),
            })
        });
    let subtype_decl = ident()
        .then_ignore(token(Token::SubtypeOf))
        .then(ident())
        .map_with(|(subtype, supertype), e| {
            DomainStmt::Subtype(SubtypeDecl {
                subtype,
                supertype,
                span: span(e.span()),
            })
        });
    let predicate = keyword(Keyword::Symmetric)
        .or_not()
        .then_ignore(keyword(Keyword::Predicate))
        .then(ident())
        .then(params.clone())
        .map_with(|((symmetric, name), params), e| {
            DomainStmt::Predicate(PredicateDecl {
                symmetric: symmetric.is_some(),
                name,
                params,
                span: span(e.span()),
            })
        });
    let function = keyword(Keyword::Function)
        .ignore_then(ident())
        .then(params.clone())
        .then(output.clone())
        .map_with(|((name, params), output), e| {
            DomainStmt::Function(FunctionDecl {
                name,
                params,
                output,
                span: span(e.span()),
            })
        });
    let constructor = keyword(Keyword::Constructor)
        .ignore_then(ident())
        .then(params)
        .then(output.or_not())
        .map_with(|((name, params), output), e| {
            DomainStmt::Constructor(ConstructorDecl {
                name,
                params,
                output,
                span: span(e.span()),
            })
        });
    choice((type_decl, predicate, function, constructor, subtype_decl)).labelled("declaration")
}

/// Constructor parameters must be named (`constructor K(Real x)`), because
/// Style reaches a constructed object's arguments by those names.
fn unnamed_constructor_params(program: &DomainProgram, file: FileId) -> Vec<Diagnostic> {
    program
        .statements
        .iter()
        .filter_map(|statement| match statement {
            DomainStmt::Constructor(constructor) => Some(constructor),
            _ => None,
        })
        .flat_map(|constructor| {
            constructor
                .params
                .iter()
                .filter(|param| param.name.is_none())
        })
        .map(|param| {
            Diagnostic::error(
                Code::UnnamedConstructorParameter,
                file,
                param.span,
                format!(
                    "constructor parameter of type `{}` has no name",
                    param.ty.name
                ),
            )
            .with_label("name this parameter")
            .with_fix(
                "name the parameter",
                kite_diagnostics::Span::empty_at(param.span.end),
                format!(" {}", suggested_name(&param.ty.name)),
            )
        })
        .collect()
}

/// A parameter name derived from its type: `Real` → `real`.
fn suggested_name(ty: &str) -> String {
    let lower = ty.to_lowercase();
    if lower == ty {
        format!("{lower}1")
    } else {
        lower
    }
}
