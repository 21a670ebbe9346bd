//! Math delimiters around a whole label (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`),
//! which Penrose accepts and which are not part of the formula.

const FENCES: [(&str, &str); 4] = [("$$", "$$"), ("$", "$"), (r"\(", r"\)"), (r"\[", r"\]")];

/// `text` without one pair of math delimiters and the whitespace around and
/// inside them.
pub(crate) fn strip_fences(text: &str) -> &str {
    let trimmed = text.trim();
    FENCES
        .iter()
        .find_map(|(open, close)| {
            trimmed
                .strip_prefix(open)
                .and_then(|rest| rest.strip_suffix(close))
                .map(str::trim)
        })
        .unwrap_or(trimmed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_one_pair_of_delimiters() {
        assert_eq!(strip_fences(" $ x_1 $ "), "x_1");
        assert_eq!(strip_fences("$$a$$"), "a");
        assert_eq!(strip_fences(r"\(a\)"), "a");
        assert_eq!(strip_fences(r"\[a\]"), "a");
        assert_eq!(strip_fences("a$b"), "a$b");
        assert_eq!(strip_fences("$"), "$");
    }
}
