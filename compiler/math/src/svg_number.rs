//! How numbers are written into the SVG: px rounded to 1/1000.

/// `value` rounded to three decimals, shortest form, never `-0`.
pub(crate) fn svg_number(value: f64) -> String {
    let rounded = (value * 1000.0).round() / 1000.0;
    if rounded == 0.0 {
        "0".to_owned()
    } else {
        rounded.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_to_thousandths() {
        assert_eq!(svg_number(12.0), "12");
        assert_eq!(svg_number(0.1 + 0.2), "0.3");
        assert_eq!(svg_number(-1.23456), "-1.235");
        assert_eq!(svg_number(-0.0001), "0");
    }
}
