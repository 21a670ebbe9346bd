//! Conversion between byte offsets and 1-based line/column positions.

use serde::Serialize;

/// A 1-based line and 1-based column; the column counts Unicode scalar
/// values (characters), not bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// The start offset of every line of one text, for fast position lookups.
#[derive(Clone, Debug)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineIndex { line_starts }
    }

    /// The position of byte `offset` in `text` (the text this index was built
    /// from). Offsets past the end, or inside a multi-byte character, are
    /// clamped to the nearest valid position before them.
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let column = text[self.line_starts[line]..offset].chars().count() + 1;
        LineCol {
            line: line + 1,
            column,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_and_count_characters() {
        let text = "ab\nθx\n";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(index.line_col(text, 3), LineCol { line: 2, column: 1 });
        // `x` sits after the two-byte `θ`.
        assert_eq!(index.line_col(text, 5), LineCol { line: 2, column: 2 });
        assert_eq!(index.line_col(text, 7), LineCol { line: 3, column: 1 });
        assert_eq!(index.line_col(text, 99), LineCol { line: 3, column: 1 });
    }

    #[test]
    fn offsets_inside_a_character_clamp_backwards() {
        let text = "θ";
        let index = LineIndex::new(text);
        assert_eq!(index.line_col(text, 1), LineCol { line: 1, column: 1 });
    }
}
