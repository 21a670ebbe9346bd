//! A TeX token scanner, just enough to find commands, their arguments and
//! line breaks without parsing the formula.

use std::ops::Range;

/// One TeX token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// A control word (`\alpha` → `alpha`) or control symbol (`\\` → `\`,
    /// `\{` → `{`), without its backslash.
    Command(&'a str),
    /// Any other character, including a trailing lone backslash.
    Char(char),
}

/// The tokens of a text with their byte ranges.
pub(crate) struct Tokens<'a> {
    text: &'a str,
    position: usize,
}

/// Scans `text` from byte `position`, which must be a token boundary.
pub(crate) fn tokens_from(text: &str, position: usize) -> Tokens<'_> {
    Tokens { text, position }
}

pub(crate) fn tokens(text: &str) -> Tokens<'_> {
    tokens_from(text, 0)
}

impl<'a> Iterator for Tokens<'a> {
    type Item = (Range<usize>, Token<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        let rest = &self.text[self.position..];
        let mut chars = rest.chars();
        let first = chars.next()?;
        let length = match (first, chars.next()) {
            ('\\', Some(c)) if c.is_ascii_alphabetic() => rest[1..]
                .find(|c: char| !c.is_ascii_alphabetic())
                .map_or(rest.len(), |end| end + 1),
            ('\\', Some(c)) => 1 + c.len_utf8(),
            _ => first.len_utf8(),
        };
        let start = self.position;
        self.position += length;
        let token = if first == '\\' && length > 1 {
            Token::Command(&rest[1..length])
        } else {
            Token::Char(first)
        };
        Some((start..self.position, token))
    }
}

/// Where a command's argument lies: the whole of it (with braces, if any)
/// and its content.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Argument {
    pub(crate) whole: Range<usize>,
    pub(crate) inner: Range<usize>,
}

/// The argument starting at or after byte `from` (spaces skipped): a braced
/// group, or else a single token. `None` at the end of the text, before a
/// closing brace or when the group is never closed.
pub(crate) fn argument(text: &str, from: usize) -> Option<Argument> {
    let mut group: Option<(usize, usize)> = None;
    for (range, token) in tokens_from(text, from) {
        match (group, token) {
            (None, Token::Char(c)) if c.is_whitespace() => {}
            (None, Token::Char('{')) => group = Some((range.start, 1)),
            (None, Token::Char('}')) => return None,
            (None, _) => {
                return Some(Argument {
                    whole: range.clone(),
                    inner: range,
                });
            }
            (Some((start, depth)), Token::Char('{')) => group = Some((start, depth + 1)),
            (Some((start, 1)), Token::Char('}')) => {
                return Some(Argument {
                    whole: start..range.end,
                    inner: start + 1..range.start,
                });
            }
            (Some((start, depth)), Token::Char('}')) => group = Some((start, depth - 1)),
            (Some(_), _) => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(text: &str) -> Vec<Token<'_>> {
        tokens(text).map(|(_, token)| token).collect()
    }

    #[test]
    fn commands_symbols_and_characters() {
        assert_eq!(
            all(r"\alpha_1\\\{é\"),
            [
                Token::Command("alpha"),
                Token::Char('_'),
                Token::Char('1'),
                Token::Command("\\"),
                Token::Command("{"),
                Token::Char('é'),
                Token::Char('\\'),
            ]
        );
    }

    #[test]
    fn braced_and_single_token_arguments() {
        let text = r"\vec {a{b}} \vec\beta";
        let braced = argument(text, 4).unwrap();
        assert_eq!(&text[braced.whole], "{a{b}}");
        assert_eq!(&text[braced.inner], "a{b}");
        let single = argument(text, 16).unwrap();
        assert_eq!(&text[single.inner], r"\beta");
        assert_eq!(argument(r"\vec{a", 4), None);
        assert_eq!(argument(r"\vec ", 4), None);
    }
}
