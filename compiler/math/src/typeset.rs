//! The typeset box of a formula: its size around the baseline and its drawing.

/// A typeset formula, in px.
///
/// The box spans `(0, 0)`–`(width, height)` with y pointing down; the
/// baseline is at `y = ascent`, and `height = ascent + descent`.
#[derive(Clone, Debug, PartialEq)]
pub struct Typeset {
    pub width: f64,
    pub height: f64,
    /// Extent above the baseline.
    pub ascent: f64,
    /// Extent below the baseline.
    pub descent: f64,
    /// SVG elements (`<path>`s and `<rect>`s, in `<g>`s for `\color`) drawing
    /// the formula in the box's px coordinates. Nothing in it sets a fill or a
    /// stroke except explicit `\color` and `\colorbox`, so it takes the
    /// `fill` of the element it is put in.
    pub body: String,
}

impl Typeset {
    /// The zero box of an empty formula.
    pub(crate) fn empty() -> Self {
        Self {
            width: 0.0,
            height: 0.0,
            ascent: 0.0,
            descent: 0.0,
            body: String::new(),
        }
    }
}
