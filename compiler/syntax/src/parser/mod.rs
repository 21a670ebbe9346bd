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
#[derive(Clone, Debug, PartialEq)]
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
    ($program:ident, $source:expr, $language:expr, $file:expr) => {{
        let lexed = $crate::token::lex($source, $language, $file);
        let tokens = $crate::parser::common::for_parser(&lexed.tokens);
        let input = || $crate::parser::common::input(&tokens, $source.len());
        // Most files are valid. A first pass whose errors cost nothing
        // settles them; only a file with errors pays for the second pass,
        // which explains them.
        let fast =
            chumsky::Parser::parse(&$program::<$crate::parser::common::FastExtra>(), input());
        let (ast, errors) = if fast.has_output() && !fast.has_errors() {
            (fast.into_output(), Vec::new())
        } else {
            chumsky::Parser::parse(&$program::<$crate::parser::common::RichExtra>(), input())
                .into_output_errors()
        };
        $crate::parser::errors::finish(ast, errors, lexed.diagnostics, $source, $file)
    }};
}
use parse_with;

#[cfg(test)]
mod tests {
    use super::common::{FastExtra, RichExtra, for_parser, input};
    use crate::{Language, token::lex};
    use chumsky::Parser;
    use kite_diagnostics::FileId;

    const STYLE: &str = "canvas {\n  width = 800\n}\nforall Set x; Set y\nwhere Subset(x, y) as r {\n  x.icon = Circle {\n    r: ?[2] in s\n    center: (1, -2.5)\n  }\n  ensure contains(y.icon, x.icon, 5) except [s]\n  layer x.icon above y.icon\n  encourage norm(x.c - y.c) ^ 2 == 10\n}\n";

    /// The fast pass and the diagnostic pass build the same tree.
    #[test]
    fn both_passes_agree_on_valid_input() {
        let lexed = lex(STYLE, Language::Style, FileId(0));
        let tokens = for_parser(&lexed.tokens);
        let fast = super::style::program::<FastExtra>()
            .parse(input(&tokens, STYLE.len()))
            .into_result()
            .unwrap();
        let rich = super::style::program::<RichExtra>()
            .parse(input(&tokens, STYLE.len()))
            .into_result()
            .unwrap();
        assert_eq!(fast, rich);
    }
}
