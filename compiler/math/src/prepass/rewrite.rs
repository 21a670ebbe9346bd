//! Rewriting one command and its argument everywhere in a formula.

use super::tokens::{Token, argument, tokens, tokens_from};
use crate::MathError;

/// Replaces each `\name` and its argument with `expand(argument content)`,
/// innermost first; where `expand` gives `None` the command stays, with its
/// argument rewritten.
pub(crate) fn rewrite_command(
    text: &str,
    name: &str,
    expand: fn(&str) -> Option<String>,
) -> Result<String, MathError> {
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut scan = tokens(text);
    while let Some((command, token)) = scan.next() {
        if token != Token::Command(name) {
            continue;
        }
        let arg = argument(text, command.end)
            .ok_or_else(|| MathError::new(format!("`\\{name}` needs an argument")))?;
        let inner = rewrite_command(&text[arg.inner.clone()], name, expand)?;
        out.push_str(&text[copied..command.start]);
        match expand(&inner) {
            Some(expansion) => out.push_str(&expansion),
            None => {
                out.push_str(&text[command.start..arg.inner.start]);
                out.push_str(&inner);
                out.push_str(&text[arg.inner.end..arg.whole.end]);
            }
        }
        copied = arg.whole.end;
        scan = tokens_from(text, copied);
    }
    out.push_str(&text[copied..]);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shout(inner: &str) -> Option<String> {
        (inner != "keep").then(|| format!("<{}>", inner.to_uppercase()))
    }

    #[test]
    fn rewrites_nested_and_kept_commands() {
        let rewrite = |text| rewrite_command(text, "up", shout).unwrap();
        assert_eq!(rewrite(r"a\up{b\up c}d"), "a<B<C>>d");
        assert_eq!(rewrite(r"\up{keep}\upper"), r"\up{keep}\upper");
        assert_eq!(rewrite(r"\\up"), r"\\up");
    }

    #[test]
    fn a_missing_argument_is_an_error() {
        let error = rewrite_command(r"x\up", "up", shout).unwrap_err();
        assert_eq!(error.message, r"`\up` needs an argument");
    }
}
