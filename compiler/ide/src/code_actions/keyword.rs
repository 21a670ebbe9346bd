//! "Did you mean" for misspelt keywords: on a line with a problem, an
//! identifier that opens the statement (or follows `AutoLabel`) and is a
//! typo of a keyword that belongs there.

use super::Found;
use kite_db::{Database, SourceFile, Trio, domain_check, substance_check};
use kite_diagnostics::{Diagnostic, Edit, Span};
use kite_syntax::{Keyword, Language, Token, lex};

const DOMAIN_KEYWORDS: &[&str] = &["type", "predicate", "function", "constructor", "symmetric"];
const SUBSTANCE_KEYWORDS: &[&str] = &["Label", "NoLabel", "AutoLabel", "Let"];
const STYLE_KEYWORDS: &[&str] = &[
    "forall",
    "collect",
    "layout",
    "where",
    "with",
    "foreach",
    "ensure",
    "encourage",
    "override",
    "delete",
    "layer",
];

pub(super) fn fix(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    diagnostic: &Diagnostic,
) -> Option<Found> {
    let text = file.text(db);
    let language = file.language(db);
    let offset = diagnostic.primary.span.start;
    if !text.is_char_boundary(offset) {
        return None;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |newline| newline + 1);
    let line_end = text[offset..]
        .find('\n')
        .map_or(text.len(), |end| offset + end);
    let tokens = lex(&text[line_start..line_end], language, file.file_id(db)).tokens;
    let (word, span, keywords): (&str, Span, &[&str]) = match tokens.as_slice() {
        [
            (Token::Keyword(Keyword::AutoLabel), _),
            (Token::Ident(word), span),
            ..,
        ] if language == Language::Substance => (word, *span, &["All"]),
        [(Token::Ident(word), span), ..] => {
            let keywords = match language {
                Language::Domain => DOMAIN_KEYWORDS,
                Language::Substance => SUBSTANCE_KEYWORDS,
                Language::Style => STYLE_KEYWORDS,
            };
            (word, *span, keywords)
        }
        _ => return None,
    };
    if declares(db, trio, word) {
        return None;
    }
    let keyword = closest_keyword(word, keywords)?;
    let span = Span::new(line_start + span.start, line_start + span.end);
    Some(Found {
        title: format!("did you mean `{keyword}`?"),
        edits: vec![Edit {
            file: file.file_id(db),
            span,
            replacement: keyword.to_string(),
        }],
    })
}

/// Whether the Domain or the Substance program gives `word` a meaning.
fn declares(db: &Database, trio: Trio, word: &str) -> bool {
    let (domain, substance) = (trio.domain(db), trio.substance(db));
    domain_check(db, domain).value.declares(word)
        || substance_check(db, substance, domain)
            .value
            .objects
            .contains_key(word)
}

/// The keyword `word` is likely a typo of: equal ignoring case, or (for
/// words of three or more characters) within a third of its length in
/// Damerau–Levenshtein edits, at least one.
fn closest_keyword<'k>(word: &str, keywords: &[&'k str]) -> Option<&'k str> {
    let length = word.chars().count();
    let limit = if length < 3 { 0 } else { (length / 3).max(1) };
    keywords
        .iter()
        .filter(|keyword| **keyword != word)
        .map(|keyword| {
            let distance = if keyword.eq_ignore_ascii_case(word) {
                0
            } else {
                strsim::damerau_levenshtein(word, keyword)
            };
            (distance, *keyword)
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, keyword)| keyword)
}
