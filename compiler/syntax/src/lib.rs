//! Lexers, syntax trees and error-recovering parsers for the Penrose Domain,
//! Substance and Style languages.
//!
//! Parsing never fails: each `parse_*` function returns a (possibly partial)
//! tree together with every syntax error found, as
//! [`kite_diagnostics::Diagnostic`]s. Recovery works line by line and block
//! by block, so one typo does not hide the statements around it.
//!
//! The crate does no IO and keeps no state between calls.

pub mod ast;
mod lexical;
mod parser;
mod source_size;
mod token;

pub use lexical::{LexicalKind, LexicalToken, lexical_tokens};
pub use parser::{Parsed, parse_domain, parse_style, parse_substance};
pub use source_size::check_source_size;

use kite_diagnostics::FileId;
use serde::Serialize;

/// The tree of a file in any of the three languages.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum SyntaxTree {
    Domain(ast::DomainProgram),
    Substance(ast::SubstanceProgram),
    Style(ast::StyleProgram),
}

impl SyntaxTree {
    /// The tree of an empty file in `language`.
    pub fn empty(language: Language) -> SyntaxTree {
        match language {
            Language::Domain => SyntaxTree::Domain(ast::DomainProgram::default()),
            Language::Substance => SyntaxTree::Substance(ast::SubstanceProgram::default()),
            Language::Style => SyntaxTree::Style(ast::StyleProgram::default()),
        }
    }

    pub fn as_domain(&self) -> Option<&ast::DomainProgram> {
        match self {
            SyntaxTree::Domain(program) => Some(program),
            _ => None,
        }
    }

    pub fn as_substance(&self) -> Option<&ast::SubstanceProgram> {
        match self {
            SyntaxTree::Substance(program) => Some(program),
            _ => None,
        }
    }

    pub fn as_style(&self) -> Option<&ast::StyleProgram> {
        match self {
            SyntaxTree::Style(program) => Some(program),
            _ => None,
        }
    }
}

/// [`parse`], unless the source is larger than `limits` allow
/// (`file-bytes`, `line-bytes`): then an empty tree and the one
/// diagnostic saying so, with nothing lexed.
pub fn parse_within(
    source: &str,
    language: Language,
    file: FileId,
    limits: &kite_limits::Limits,
) -> Parsed<SyntaxTree> {
    match check_source_size(source, file, limits) {
        Some(diagnostic) => Parsed {
            ast: SyntaxTree::empty(language),
            diagnostics: vec![diagnostic],
        },
        None => parse(source, language, file),
    }
}

/// Parses `source` as `language`. Never fails; see [`Parsed`].
pub fn parse(source: &str, language: Language, file: FileId) -> Parsed<SyntaxTree> {
    fn wrap<T>(parsed: Parsed<T>, tree: fn(T) -> SyntaxTree) -> Parsed<SyntaxTree> {
        Parsed {
            ast: tree(parsed.ast),
            diagnostics: parsed.diagnostics,
        }
    }
    match language {
        Language::Domain => wrap(parse_domain(source, file), SyntaxTree::Domain),
        Language::Substance => wrap(parse_substance(source, file), SyntaxTree::Substance),
        Language::Style => wrap(parse_style(source, file), SyntaxTree::Style),
    }
}
pub use token::{Keyword, LexError, Lexed, Token, lex};

/// The three Penrose languages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Language {
    Domain,
    Substance,
    Style,
}

impl Language {
    /// The language of a file named with this extension (`domain`,
    /// `substance` or `style`, without the dot).
    pub fn from_extension(extension: &str) -> Option<Language> {
        match extension {
            "domain" => Some(Language::Domain),
            "substance" => Some(Language::Substance),
            "style" => Some(Language::Style),
            _ => None,
        }
    }

    pub const fn extension(self) -> &'static str {
        match self {
            Language::Domain => "domain",
            Language::Substance => "substance",
            Language::Style => "style",
        }
    }
}
