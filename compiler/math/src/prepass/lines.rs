//! Splitting a label into the lines that Penrose's `\displaylines{…}` wrap
//! makes of it: at each `\\` outside braces and environments. As in MathJax,
//! a trailing `\\` does not start another line.

use super::tokens::{Token, tokens};

/// The lines of `text`, in order; a text without `\\` is one line.
pub(crate) fn split_lines(text: &str) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    for (range, token) in tokens(text) {
        match token {
            Token::Char('{') | Token::Command("begin") => depth += 1,
            Token::Char('}') | Token::Command("end") => depth = depth.saturating_sub(1),
            Token::Command("\\") if depth == 0 => {
                lines.push(&text[start..range.start]);
                start = range.end;
            }
            _ => {}
        }
    }
    let last = &text[start..];
    if lines.is_empty() || !last.trim().is_empty() {
        lines.push(last);
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_only_at_top_level() {
        assert_eq!(split_lines(r"a \\ b\\c"), ["a ", " b", "c"]);
        assert_eq!(split_lines(r"x"), ["x"]);
        assert_eq!(split_lines(r"a\\ \\ "), ["a", " "]);
        assert_eq!(split_lines(r"{a\\b}"), [r"{a\\b}"]);
        assert_eq!(
            split_lines(r"\begin{aligned}a\\b\end{aligned}\\c"),
            [r"\begin{aligned}a\\b\end{aligned}", "c"]
        );
    }
}
