//! Parsing machinery shared by the three languages: the token input, common
//! combinators, line-level recovery and the translation of parse errors into
//! diagnostics.

mod common;
mod domain;
mod errors;
mod style;
mod substance;

use kite_diagnostics::Diagnostic;

pub use domain::parse_domain;
pub use style::parse_style;
pub use substance::parse_substance;

/// A syntax tree and the diagnostics found while lexing and parsing it.
#[derive(Clone, Debug)]
pub struct Parsed<T> {
    pub ast: T,
    /// Every syntax error, in source order.
    pub diagnostics: Vec<Diagnostic>,
}

impl<T> Parsed<T> {
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }
}

/// Lexes `source` as `language` and parses it with `$program`, a function
/// returning the language's program parser. A macro rather than a function
/// because the parser's type depends on the lifetime of the token buffer.
macro_rules! parse_with {
    ($program:expr, $source:expr, $language:expr, $file:expr) => {{
        let lexed = $crate::token::lex($source, $language, $file);
        let tokens = $crate::parser::common::for_parser(&lexed.tokens);
        let (ast, errors) = chumsky::Parser::parse(
            &$program(),
            $crate::parser::common::input(&tokens, $source.len()),
        )
        .into_output_errors();
        $crate::parser::errors::finish(ast, errors, lexed.diagnostics, $source, $file)
    }};
}
use parse_with;
