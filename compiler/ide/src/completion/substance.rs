//! Completion in Substance programs: declarations, predicates, bindings,
//! label statements and the arguments of calls.

use super::cursor::Cursor;
use super::{CompletionItem, items};
use kite_check::{DomainEnv, SubstanceEnv};
use kite_db::{Database, Trio, domain_check, substance_check};
use kite_diagnostics::Span;
use kite_syntax::{Keyword, Token};

const STATEMENT_KEYWORDS: &[&str] = &["Label", "NoLabel", "AutoLabel", "Let"];

pub(super) fn completions(db: &Database, trio: Trio, cursor: &Cursor<'_>) -> Vec<CompletionItem> {
    let (domain_file, substance_file) = (trio.domain(db), trio.substance(db));
    let domain = &domain_check(db, domain_file).value;
    let substance = &substance_check(db, substance_file, domain_file).value;
    let line = cursor.line();
    let Some((last, _)) = line.last() else {
        let mut candidates = items::keywords(STATEMENT_KEYWORDS);
        candidates.extend(items::types(domain, false));
        candidates.extend(items::predicates(domain));
        candidates.extend(items::objects(substance, domain, None));
        return candidates;
    };
    if let Some(candidates) = argument(domain, substance, line) {
        return candidates;
    }
    let first = &line[0].0;
    let has = |keyword| {
        line.iter()
            .any(|(token, _)| *token == Token::Keyword(keyword))
    };
    // `… for i in [0, 2], j in [0, 2] where …`
    let index_variable = matches!(
        line,
        [
            ..,
            (Token::Keyword(Keyword::For) | Token::Comma, _),
            (Token::Ident(_), _)
        ]
    );
    match (first, last) {
        (_, Token::Ident(_)) if has(Keyword::For) && !has(Keyword::Where) && index_variable => {
            items::keywords(&["in"])
        }
        (_, Token::RBracket) if has(Keyword::For) && !has(Keyword::Where) => {
            items::keywords(&["where"])
        }
        (Token::Keyword(Keyword::AutoLabel), Token::Keyword(Keyword::AutoLabel)) => {
            let mut candidates = items::keywords(&["All"]);
            candidates.extend(items::objects(substance, domain, None));
            candidates
        }
        (Token::Keyword(Keyword::Label), Token::Keyword(Keyword::Label))
        | (
            Token::Keyword(Keyword::NoLabel | Keyword::AutoLabel),
            Token::Keyword(Keyword::NoLabel | Keyword::AutoLabel) | Token::Comma,
        ) => items::objects(substance, domain, None),
        (Token::Keyword(Keyword::Let), Token::Define) => items::callees(domain, false),
        (_, Token::Define) => {
            let mut candidates = items::callees(domain, true);
            candidates.extend(items::objects(substance, domain, None));
            candidates
        }
        (_, Token::RParen) => items::keywords(&["for"]),
        _ => Vec::new(),
    }
}

/// Inside the parentheses of a call on the line: the objects, those that
/// fit the parameter at the cursor first. `None` outside parentheses.
fn argument(
    domain: &DomainEnv,
    substance: &SubstanceEnv,
    line: &[(Token<'_>, Span)],
) -> Option<Vec<CompletionItem>> {
    let paren = line
        .iter()
        .rposition(|(token, _)| *token == Token::LParen)?;
    if line[paren..]
        .iter()
        .any(|(token, _)| *token == Token::RParen)
    {
        return None;
    }
    if !matches!(line.last(), Some((Token::LParen | Token::Comma, _))) {
        return Some(Vec::new());
    }
    let Some((Token::Ident(name), _)) = paren.checked_sub(1).map(|callee| &line[callee]) else {
        return Some(Vec::new());
    };
    let binds = line[..paren]
        .iter()
        .any(|(token, _)| *token == Token::Define);
    let signature = if binds {
        domain.callee(name)
    } else {
        domain.predicates.get(*name)
    };
    let index = line[paren..]
        .iter()
        .filter(|(token, _)| *token == Token::Comma)
        .count();
    let expected = signature
        .and_then(|signature| signature.params.get(index))
        .map(|param| &param.ty);
    Some(items::objects(substance, domain, expected))
}
