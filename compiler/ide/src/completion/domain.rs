//! Completion in Domain programs: statement keywords, and types where a
//! declaration refers to one.

use super::CompletionItem;
use super::cursor::Cursor;
use super::items;
use kite_db::{Database, Trio, domain_check};
use kite_syntax::{Keyword, Token};

const STATEMENT_KEYWORDS: &[&str] = &["type", "predicate", "function", "constructor", "symmetric"];

pub(super) fn completions(db: &Database, trio: Trio, cursor: &Cursor<'_>) -> Vec<CompletionItem> {
    let domain = &domain_check(db, trio.domain(db)).value;
    let line = cursor.line();
    let Some((last, _)) = line.last() else {
        // A statement's start: a declaration, or `A <: B`.
        let mut candidates = items::keywords(STATEMENT_KEYWORDS);
        candidates.extend(items::types(domain, false));
        return candidates;
    };
    let open_parens = line.iter().fold(0i32, |depth, (token, _)| match token {
        Token::LParen => depth + 1,
        Token::RParen => depth - 1,
        _ => depth,
    });
    let after_subtype = line.iter().any(|(token, _)| *token == Token::SubtypeOf);
    let candidates = match last {
        Token::Keyword(Keyword::Symmetric) => items::keywords(&["predicate"]),
        Token::SubtypeOf | Token::Arrow => items::types(domain, false),
        Token::Comma if after_subtype && open_parens == 0 => items::types(domain, false),
        Token::LParen | Token::Comma if open_parens > 0 => items::types(domain, true),
        _ => Vec::new(),
    };
    // A type is not its own supertype.
    let declaring = match line {
        [
            (Token::Keyword(Keyword::Type), _),
            (Token::Ident(name), _),
            ..,
        ] => Some(*name),
        _ => None,
    };
    candidates
        .into_iter()
        .filter(|item| Some(item.label.as_str()) != declaring)
        .collect()
}
