//! Printing glyph outlines as SVG path data with deterministic numbers.

use std::fmt::Write;

use resvg::tiny_skia::{PathSegment, Point};

/// Appends the segments of `path` as absolute SVG path commands
/// (`M x y`, `L`, `Q`, `C`, `Z`).
pub(crate) fn push_path_data(data: &mut String, path: &resvg::tiny_skia::Path) {
    for segment in path.segments() {
        let (command, points): (char, &[Point]) = match &segment {
            PathSegment::MoveTo(p) => ('M', std::slice::from_ref(p)),
            PathSegment::LineTo(p) => ('L', std::slice::from_ref(p)),
            PathSegment::QuadTo(p1, p) => ('Q', &[*p1, *p]),
            PathSegment::CubicTo(p1, p2, p) => ('C', &[*p1, *p2, *p]),
            PathSegment::Close => ('Z', &[]),
        };
        data.push(command);
        for (index, point) in points.iter().enumerate() {
            if index > 0 {
                data.push(' ');
            }
            let _ = write!(data, "{} {}", number(point.x), number(point.y));
        }
    }
}

/// A coordinate with at most three decimals, trailing zeros trimmed and no
/// negative zero: `1.5`, `-0.125`, `12`.
pub(crate) fn number(value: f32) -> String {
    let fixed = format!("{:.3}", f64::from(value));
    let trimmed = fixed.trim_end_matches('0').trim_end_matches('.');
    match trimmed {
        "-0" | "" => "0".to_owned(),
        _ => trimmed.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::number;

    #[test]
    fn numbers_have_at_most_three_decimals_and_no_trailing_zeros() {
        assert_eq!(number(12.0), "12");
        assert_eq!(number(1.5), "1.5");
        assert_eq!(number(-0.125), "-0.125");
        assert_eq!(number(0.123_456), "0.123");
        assert_eq!(number(-0.000_1), "0");
        assert_eq!(number(100.0), "100");
    }
}
