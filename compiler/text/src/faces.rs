//! The font files compiled into the binary: Liberation (the faces CSS
//! families resolve to) and DejaVu (the glyph-coverage fallback).

/// The family every sans-serif name resolves to, and the default.
pub const LIBERATION_SANS: &str = "Liberation Sans";
/// The family every serif name resolves to.
pub const LIBERATION_SERIF: &str = "Liberation Serif";
/// The family every monospace name resolves to.
pub const LIBERATION_MONO: &str = "Liberation Mono";
/// The fallback for glyphs the sans-serif and monospace faces lack.
pub const DEJAVU_SANS: &str = "DejaVu Sans";
/// The fallback for glyphs the serif faces lack.
pub const DEJAVU_SERIF: &str = "DejaVu Serif";

/// Every bundled font file, in the order they enter the font database.
pub fn bundled_font_files() -> [&'static [u8]; 20] {
    [
        include_bytes!("../fonts/LiberationSans-Regular.ttf"),
        include_bytes!("../fonts/LiberationSans-Bold.ttf"),
        include_bytes!("../fonts/LiberationSans-Italic.ttf"),
        include_bytes!("../fonts/LiberationSans-BoldItalic.ttf"),
        include_bytes!("../fonts/LiberationSerif-Regular.ttf"),
        include_bytes!("../fonts/LiberationSerif-Bold.ttf"),
        include_bytes!("../fonts/LiberationSerif-Italic.ttf"),
        include_bytes!("../fonts/LiberationSerif-BoldItalic.ttf"),
        include_bytes!("../fonts/LiberationMono-Regular.ttf"),
        include_bytes!("../fonts/LiberationMono-Bold.ttf"),
        include_bytes!("../fonts/LiberationMono-Italic.ttf"),
        include_bytes!("../fonts/LiberationMono-BoldItalic.ttf"),
        dejavu::sans::regular(),
        dejavu::sans::bold(),
        dejavu::sans::oblique(),
        dejavu::sans::bold_oblique(),
        dejavu::serif::regular(),
        dejavu::serif::bold(),
        dejavu::serif::italic(),
        dejavu::serif::bold_italic(),
    ]
}
