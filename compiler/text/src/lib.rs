//! Text for Text shapes, hermetically: bundled fonts (Liberation, with
//! DejaVu for missing glyphs; never system fonts), Penrose-compatible
//! measurement through usvg (so measuring and rendering cannot disagree),
//! and glyph outlines for font-free SVG output.

mod faces;
mod fallback;
mod family;
mod font_size;
mod fonts;
mod layout;
mod metrics;
mod outline;
mod path_data;
mod text_style;

pub use family::resolve_family;
pub use font_size::font_size_px;
pub use fonts::Fonts;
pub use metrics::TextMetrics;
pub use outline::Outline;
pub use text_style::{DEFAULT_TEXT_SIZE_PX, TextStyle};
