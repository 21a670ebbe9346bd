//! Parsing CSS font sizes into pixels.

/// CSS pixels per unit, longest suffix first so `rem` is tried before `em`.
/// `em`, `rem` and `%` are relative to the browser's default 16px.
const UNITS: [(&str, f64); 9] = [
    ("rem", 16.0),
    ("px", 1.0),
    ("pt", 96.0 / 72.0),
    ("pc", 16.0),
    ("in", 96.0),
    ("cm", 96.0 / 2.54),
    ("mm", 96.0 / 25.4),
    ("em", 16.0),
    ("%", 0.16),
];

/// Parses a CSS font size (`12px`, `12pt`, `1in`, `0.5cm`, `3mm`, `1.2em`,
/// or a bare number of pixels) into pixels. Negative, non-finite and
/// malformed sizes give `None`.
pub fn font_size_px(size: &str) -> Option<f64> {
    let size = size.trim();
    let lower = size.to_ascii_lowercase();
    let (number, px_per_unit) = UNITS
        .iter()
        .find_map(|&(unit, px)| Some((lower.strip_suffix(unit)?, px)))
        .unwrap_or((lower.as_str(), 1.0));
    let value: f64 = number.parse().ok()?;
    let px = value * px_per_unit;
    (px.is_finite() && px >= 0.0).then_some(px)
}

#[cfg(test)]
mod tests {
    use super::font_size_px;

    #[test]
    fn absolute_and_relative_units_convert_to_pixels() {
        let cases = [
            ("12px", 12.0),
            ("12pt", 16.0),
            ("1in", 96.0),
            (" 3mm ", 3.0 * 96.0 / 25.4),
            ("0.5cm", 0.5 * 96.0 / 2.54),
            ("1.5em", 24.0),
            ("2rem", 32.0),
            ("150%", 24.0),
            ("14", 14.0),
            ("14PX", 14.0),
        ];
        for (size, px) in cases {
            let parsed = font_size_px(size).unwrap_or_else(|| panic!("{size:?} rejected"));
            assert!((parsed - px).abs() < 1e-9, "{size:?}: {parsed} != {px}");
        }
    }

    #[test]
    fn malformed_sizes_are_rejected() {
        for size in ["", "px", "12 px", "-3px", "large", "12vw", "infpx", "NaN"] {
            assert_eq!(font_size_px(size), None, "{size:?}");
        }
    }
}
