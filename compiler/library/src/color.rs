//! Colour conversions that Style's colour functions share: what the
//! renderer draws and what an editor shows for the same colour.

/// HSV (hue in degrees, saturation and value in `[0, 100]`) to RGB with
/// channels in `[0, 1]`, as d3-hsv computes it: the hue
/// is taken modulo 360 (a NaN hue counts as 0 and also zeroes the
/// saturation).
pub fn hsv_to_rgb(hue: f64, saturation: f64, value: f64) -> [f64; 3] {
    let h = if hue.is_nan() {
        0.0
    } else {
        hue % 360.0 + if hue < 0.0 { 360.0 } else { 0.0 }
    };
    let s = if hue.is_nan() || saturation.is_nan() {
        0.0
    } else {
        saturation / 100.0
    };
    let v = value / 100.0;
    let chroma = v * s;
    let x = chroma * (1.0 - ((h / 60.0) % 2.0 - 1.0).abs());
    let m = v - chroma;
    let [r, g, b] = if h < 60.0 {
        [chroma, x, 0.0]
    } else if h < 120.0 {
        [x, chroma, 0.0]
    } else if h < 180.0 {
        [0.0, chroma, x]
    } else if h < 240.0 {
        [0.0, x, chroma]
    } else if h < 300.0 {
        [x, 0.0, chroma]
    } else {
        [chroma, 0.0, x]
    };
    [r + m, g + m, b + m]
}
