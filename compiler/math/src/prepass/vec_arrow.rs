//! The `\vec` workaround: latex-rust 2.1.1 draws `\vec` as a full-size
//! stretchy arrow, offset to the left over a single letter, so `\vec{x}` of
//! one symbol becomes `\overset{\rightarrow}{x}`, a small centred arrow.
//! Wider arguments (`\vec{AB}`) are drawn well and stay.

use super::rewrite::rewrite_command;
use super::tokens::{Token, tokens};
use crate::MathError;

/// Rewrites every single-symbol `\vec` in `text`.
pub(crate) fn rewrite_vec(text: &str) -> Result<String, MathError> {
    rewrite_command(text, "vec", |inner| {
        let symbol = inner.trim();
        is_single_symbol(symbol).then(|| format!(r"\overset{{\rightarrow}}{{{symbol}}}"))
    })
}

fn is_single_symbol(text: &str) -> bool {
    let mut scan = tokens(text);
    let single = match scan.next() {
        Some((_, Token::Command(name))) => name.chars().all(|c| c.is_ascii_alphabetic()),
        Some((_, Token::Char(c))) => !c.is_whitespace() && !"{}^_&$%#~\\".contains(c),
        None => false,
    };
    single && scan.next().is_none()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_symbols_get_the_small_arrow() {
        let arrow = |x: &str| format!(r"\overset{{\rightarrow}}{{{x}}}");
        assert_eq!(rewrite_vec(r"\vec{v}").unwrap(), arrow("v"));
        assert_eq!(rewrite_vec(r"\vec \alpha").unwrap(), arrow(r"\alpha"));
        assert_eq!(
            rewrite_vec(r"\vec{ u }+\vec{w}").unwrap(),
            arrow("u") + "+" + &arrow("w")
        );
    }

    #[test]
    fn longer_arguments_keep_vec() {
        assert_eq!(rewrite_vec(r"\vec{AB}").unwrap(), r"\vec{AB}");
        assert_eq!(rewrite_vec(r"\vec{x_1}").unwrap(), r"\vec{x_1}");
        assert_eq!(rewrite_vec(r"\vector").unwrap(), r"\vector");
    }
}
