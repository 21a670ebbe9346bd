//! The size limits on source text (`file-bytes`, `line-bytes`), checked
//! before lexing: a file over either limit is not parsed at all.

use kite_diagnostics::{Diagnostic, FileId, Span};
use kite_limits::{Limit, Limits, thousands};

/// The diagnostic for `source` if it is larger than the limits allow.
pub fn check_source_size(source: &str, file: FileId, limits: &Limits) -> Option<Diagnostic> {
    let file_limit = limits.get(Limit::FileBytes);
    if source.len() as u64 > file_limit {
        let start = floor_char_boundary(source, usize::try_from(file_limit).unwrap_or(0));
        return Some(Limit::FileBytes.exceeded(
            limits,
            file,
            one_char(source, start),
            "the file is too large to parse",
            "the limit ends here",
        ));
    }
    let line_limit = limits.get(Limit::LineBytes);
    let mut line_start = 0;
    for line in source.split_inclusive('\n') {
        let length = line.trim_end_matches(['\n', '\r']).len();
        if length as u64 > line_limit {
            let over = floor_char_boundary(line, usize::try_from(line_limit).unwrap_or(0));
            return Some(Limit::LineBytes.exceeded(
                limits,
                file,
                one_char(source, line_start + over),
                format!(
                    "a line is {} bytes long, so the file is not parsed",
                    thousands(length as u64)
                ),
                "the limit ends here",
            ));
        }
        line_start += line.len();
    }
    None
}

/// The largest character boundary of `text` at or before `index`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    let mut index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

/// The span of the character starting at `start` (empty at the end).
fn one_char(text: &str, start: usize) -> Span {
    let width = text[start..].chars().next().map_or(0, char::len_utf8);
    Span::new(start, start + width)
}

#[cfg(test)]
mod tests {
    use super::*;
    use kite_diagnostics::Code;

    fn limits(file_bytes: u64, line_bytes: u64) -> Limits {
        let mut limits = Limits::default();
        limits.set(Limit::FileBytes, file_bytes);
        limits.set(Limit::LineBytes, line_bytes);
        limits
    }

    #[test]
    fn text_within_the_limits_passes() {
        assert_eq!(
            check_source_size("ab\ncd\r\n", FileId(0), &limits(7, 2)),
            None
        );
    }

    #[test]
    fn a_large_file_is_reported_where_the_limit_ends() {
        let diagnostic = check_source_size("abcdef", FileId(0), &limits(4, 100)).unwrap();
        assert_eq!(diagnostic.code, Code::FileTooLarge);
        assert_eq!(diagnostic.primary.span, Span::new(4, 5));
        assert_eq!(
            diagnostic.message,
            "the file is too large to parse; the limit is 4 (`file-bytes`)"
        );
    }

    #[test]
    fn a_long_line_is_reported_where_the_limit_ends_on_a_char_boundary() {
        let diagnostic = check_source_size("ok\nééé\n", FileId(0), &limits(100, 3)).unwrap();
        assert_eq!(diagnostic.code, Code::LineTooLong);
        assert_eq!(diagnostic.primary.span, Span::new(5, 7));
    }
}
