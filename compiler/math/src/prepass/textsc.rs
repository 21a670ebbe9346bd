//! Penrose's one custom macro, `\textsc{…}`.
//!
//! Penrose defines it as small-caps `\text{…}`. The engine has neither small
//! caps nor a size switch inside text, so it becomes upright capitals,
//! `\text{…}` with its letters upper-cased (command names kept).

use super::rewrite::rewrite_command;
use super::tokens::{Token, tokens};
use crate::MathError;

/// Expands every `\textsc{x}` in `text`.
pub(crate) fn expand_textsc(text: &str) -> Result<String, MathError> {
    rewrite_command(text, "textsc", |inner| {
        Some(format!(r"\text{{{}}}", upper_case_letters(inner)))
    })
}

fn upper_case_letters(text: &str) -> String {
    tokens(text)
        .map(|(range, token)| match token {
            Token::Command(_) => text[range].to_owned(),
            Token::Char(c) => c.to_uppercase().collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_become_capitals_and_commands_stay() {
        assert_eq!(expand_textsc(r"\textsc{abc}").unwrap(), r"\text{ABC}");
        assert_eq!(
            expand_textsc(r"x + \textsc{Sum\_of} \textsc q").unwrap(),
            r"x + \text{SUM\_OF} \text{Q}"
        );
    }
}
