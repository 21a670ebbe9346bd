//! Numbers as JavaScript prints and rounds them, so attribute values read
//! exactly as Penrose writes them.

/// `Number.prototype.toString`: the shortest digits that read back as the
/// same double, exponent notation below 1e-6 and from 1e21, `NaN`,
/// `Infinity` and `-Infinity` for the values that are not finite, and `0`
/// for negative zero.
pub fn js_number(value: f64) -> String {
    ryu_js::Buffer::new().format(value).to_string()
}

/// `Math.round`: halves round up, towards positive infinity.
pub fn js_round(value: f64) -> f64 {
    let floor = value.floor();
    if value - floor >= 0.5 {
        floor + 1.0
    } else {
        floor
    }
}

/// `Math.max` of two numbers: NaN if either is NaN.
pub fn js_max(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.max(b)
    }
}

/// Penrose's `round2`: the magnitude times 100 is first fixed to eleven
/// decimals, which absorbs representation error (`14.925` becomes
/// `1492.5`, not `1492.4999…`), then rounded half up and fixed to two
/// decimals; the sign is put back last.
pub fn round2(value: f64) -> f64 {
    if !value.is_finite() {
        return value;
    }
    let scaled = reparse(&format!("{:.11}", value.abs() * 100.0));
    let rounded = reparse(&format!("{:.2}", js_round(scaled) / 100.0));
    if value < 0.0 { -rounded } else { rounded }
}

/// A finite number printed by `format!` read back; such text always parses.
fn reparse(text: &str) -> f64 {
    text.parse().unwrap_or(f64::NAN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_print_as_javascript_prints_them() {
        assert_eq!(js_number(400.0), "400");
        assert_eq!(js_number(-0.0), "0");
        assert_eq!(js_number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(js_number(1e21), "1e+21");
        assert_eq!(js_number(1e-7), "1e-7");
        assert_eq!(js_number(0.000001), "0.000001");
        assert_eq!(js_number(f64::NAN), "NaN");
        assert_eq!(js_number(f64::INFINITY), "Infinity");
        assert_eq!(js_number(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn round2_absorbs_representation_error() {
        assert_eq!(round2(9.95 * 1.5), 14.93);
        assert_eq!(round2(8.0), 8.0);
        assert_eq!(round2(-1.005), -1.01);
        assert_eq!(round2(10.15 * 0.3), 3.05);
        assert!(round2(f64::NAN).is_nan());
    }

    #[test]
    fn max_propagates_nan_and_round_goes_half_up() {
        assert!(js_max(0.0, f64::NAN).is_nan());
        assert_eq!(js_max(0.0, -3.0), 0.0);
        assert_eq!(js_round(-2.5), -2.0);
        assert_eq!(js_round(2.5), 3.0);
    }
}
