//! Byte offsets ↔ protocol positions, in the encoding negotiated with the
//! client (UTF-8 when it offers it, else UTF-16): the only place the
//! server converts between the two.

use kite_diagnostics::Span;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// How the client counts columns.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    #[default]
    Utf16,
}

impl Encoding {
    /// UTF-8 when the client lists it among the encodings it supports,
    /// else UTF-16 (the protocol's default).
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        let offers_utf8 = offered.is_some_and(|kinds| kinds.contains(&PositionEncodingKind::UTF8));
        if offers_utf8 {
            Encoding::Utf8
        } else {
            Encoding::Utf16
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }

    /// The length of `text` in this encoding's code units.
    fn units(self, text: &str) -> usize {
        match self {
            Encoding::Utf8 => text.len(),
            Encoding::Utf16 => text.encode_utf16().count(),
        }
    }
}

/// One text's line starts, for converting positions in it.
pub struct LineTable<'t> {
    text: &'t str,
    line_starts: Vec<usize>,
    encoding: Encoding,
}

impl<'t> LineTable<'t> {
    pub fn new(text: &'t str, encoding: Encoding) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(at, _)| at + 1))
            .collect();
        LineTable {
            text,
            line_starts,
            encoding,
        }
    }

    /// The position of byte `offset`; offsets past the end or inside a
    /// character move back to the nearest character boundary.
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.line_starts.partition_point(|&start| start <= offset) - 1;
        let column = self
            .encoding
            .units(&self.text[self.line_starts[line]..offset]);
        Position::new(line as u32, column as u32)
    }

    /// The byte offset of `position`. A line past the end gives the end of
    /// the text; a column past the end of its line gives the line's end
    /// (before its newline); a column inside a character gives the
    /// character's start.
    pub fn offset(&self, position: Position) -> usize {
        let line = position.line as usize;
        let Some(&start) = self.line_starts.get(line) else {
            return self.text.len();
        };
        let end = self
            .line_starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        let line_text = self.text[start..end].trim_end_matches('\r');
        let wanted = position.character as usize;
        let mut units = 0;
        for (at, character) in line_text.char_indices() {
            let width = match self.encoding {
                Encoding::Utf8 => character.len_utf8(),
                Encoding::Utf16 => character.len_utf16(),
            };
            if units + width > wanted {
                return start + at;
            }
            units += width;
        }
        start + line_text.len()
    }

    pub fn range(&self, span: Span) -> Range {
        Range::new(self.position(span.start), self.position(span.end))
    }

    pub fn span(&self, range: Range) -> Span {
        let start = self.offset(range.start);
        Span::new(start, self.offset(range.end).max(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Greek identifiers (2 bytes, 1 UTF-16 unit), a TeX label and an
    /// emoji in a string (4 bytes, 2 UTF-16 units).
    const TEXT: &str = "Set α, β\nLabel α $\\alpha$\nText t = \"🎉 x\"\r\nend";

    #[test]
    fn utf16_counts_surrogate_pairs_as_two_units() {
        let table = LineTable::new(TEXT, Encoding::Utf16);
        let x = TEXT.find(" x\"").unwrap() + 1;
        assert_eq!(table.position(x), Position::new(2, 13));
        assert_eq!(table.offset(Position::new(2, 13)), x);
        let beta = TEXT.find('β').unwrap();
        assert_eq!(table.position(beta), Position::new(0, 7));
        assert_eq!(table.offset(Position::new(0, 7)), beta);
    }

    #[test]
    fn utf8_counts_bytes() {
        let table = LineTable::new(TEXT, Encoding::Utf8);
        let x = TEXT.find(" x\"").unwrap() + 1;
        assert_eq!(table.position(x), Position::new(2, 15));
        assert_eq!(table.offset(Position::new(2, 15)), x);
    }

    #[test]
    fn every_boundary_round_trips_in_both_encodings() {
        for encoding in [Encoding::Utf8, Encoding::Utf16] {
            let table = LineTable::new(TEXT, encoding);
            for offset in (0..=TEXT.len()).filter(|&at| TEXT.is_char_boundary(at)) {
                if TEXT[..offset].ends_with('\r') {
                    continue; // between `\r` and `\n`: the line's end
                }
                assert_eq!(table.offset(table.position(offset)), offset, "{encoding:?}");
            }
        }
    }

    #[test]
    fn out_of_range_positions_clamp() {
        let table = LineTable::new(TEXT, Encoding::Utf16);
        assert_eq!(table.offset(Position::new(99, 0)), TEXT.len());
        let line_end = TEXT.find('\n').unwrap();
        assert_eq!(table.offset(Position::new(0, 999)), line_end);
        // Inside the surrogate pair of the emoji: its start.
        let emoji = TEXT.find('🎉').unwrap();
        assert_eq!(table.offset(Position::new(2, 11)), emoji);
        assert_eq!(table.position(emoji + 1), table.position(emoji));
    }

    #[test]
    fn negotiation_prefers_utf8_only_when_offered() {
        let both = [PositionEncodingKind::UTF16, PositionEncodingKind::UTF8];
        assert_eq!(Encoding::negotiate(Some(&both)), Encoding::Utf8);
        assert_eq!(
            Encoding::negotiate(Some(&[PositionEncodingKind::UTF16])),
            Encoding::Utf16
        );
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
