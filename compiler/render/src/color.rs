//! Colours as SVG paint: `#rrggbb` from RGBA channels or from HSVA
//! converted to RGB, with the alpha as the opacity.

use crate::number::js_round;
use kite_library::hsv_to_rgb;

/// A colour resolved to numbers.
#[derive(Clone, Debug, PartialEq)]
pub enum Paint {
    /// Nothing is painted.
    None,
    Rgb {
        hex: String,
        alpha: f64,
    },
}

impl Paint {
    /// RGBA with every channel in `[0, 1]`.
    pub fn rgba([red, green, blue, alpha]: [f64; 4]) -> Paint {
        Paint::Rgb {
            hex: hex([red, green, blue]),
            alpha,
        }
    }

    /// HSVA: hue in degrees, saturation and value in `[0, 100]`, alpha in
    /// `[0, 1]`.
    pub fn hsva([hue, saturation, value, alpha]: [f64; 4]) -> Paint {
        Paint::Rgb {
            hex: hex(hsv_to_rgb(hue, saturation, value)),
            alpha,
        }
    }

    /// The value of a `fill` or `stroke` attribute.
    pub fn svg(&self) -> &str {
        match self {
            Paint::None => "none",
            Paint::Rgb { hex, .. } => hex,
        }
    }

    /// The opacity that goes with the paint; 1 for no paint.
    pub fn opacity(&self) -> f64 {
        match self {
            Paint::None => 1.0,
            Paint::Rgb { alpha, .. } => *alpha,
        }
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Paint::None)
    }
}

/// `#rrggbb`, each channel times 255 rounded half up. Channels outside
/// `[0, 1]` are clamped and NaN counts as 0, so the result is always six
/// hex digits (Penrose would print a longer or signed string).
fn hex(channels: [f64; 3]) -> String {
    let mut text = String::from("#");
    for channel in channels {
        let byte = js_round(255.0 * channel);
        let byte = if byte.is_nan() {
            0.0
        } else {
            byte.clamp(0.0, 255.0)
        };
        text.push_str(&format!("{:02x}", byte as u8));
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rgba_channels_become_hex() {
        let paint = Paint::rgba([1.0, 0.5, 0.0, 0.25]);
        assert_eq!(paint.svg(), "#ff8000");
        assert_eq!(paint.opacity(), 0.25);
    }

    #[test]
    fn odd_channels_are_clamped() {
        assert_eq!(Paint::rgba([2.0, -1.0, f64::NAN, 1.0]).svg(), "#ff0000");
    }

    #[test]
    fn hsva_is_converted_to_rgb() {
        assert_eq!(Paint::hsva([0.0, 100.0, 100.0, 1.0]).svg(), "#ff0000");
        assert_eq!(Paint::hsva([120.0, 100.0, 50.0, 1.0]).svg(), "#008000");
        assert_eq!(Paint::hsva([-120.0, 100.0, 100.0, 1.0]).svg(), "#0000ff");
        assert_eq!(Paint::hsva([f64::NAN, 100.0, 100.0, 1.0]).svg(), "#ffffff");
    }

    #[test]
    fn no_paint_is_none_with_full_opacity() {
        assert_eq!(Paint::None.svg(), "none");
        assert_eq!(Paint::None.opacity(), 1.0);
    }
}
