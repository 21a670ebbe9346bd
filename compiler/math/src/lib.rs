//! TeX math typesetting for Penrose `Equation` shapes, in pure Rust.
//!
//! [`engine()`] returns the [`MathRenderer`] to use: it typesets a label's
//! TeX at a font size into a [`Typeset`] box (width, height, ascent and
//! descent in px) and SVG elements that draw it. Callers depend on the trait,
//! so the engine can be swapped.
//!
//! # What Penrose's TeX becomes
//!
//! Penrose hands labels to MathJax as `\displaylines{…}` with one custom
//! macro, `\textsc`. Before typesetting, a pre-pass strips `$…$` (or `\(…\)`,
//! `\[…\]`) around the whole label, expands `\textsc{x}` to upright capitals
//! `\text{X}`, rewrites single-symbol `\vec{x}` to `\overset{\rightarrow}{x}`
//! (latex-rust 2.1.1 misplaces a one-letter `\vec`) and splits the label at
//! top-level `\\` into lines. Every line is set in display style, and the
//! lines are stacked as MathJax sets that `\displaylines` table: centred,
//! each row at least 0.75 em above and 0.25 em below its baseline, 0.5 em
//! apart, the table centred on the math axis. So a one-letter label is
//! 1 em tall, as in Penrose. An empty label is a zero box.
//!
//! # Engine and font
//!
//! Layout is latex-rust 2.1.1 (TeX's rules on exact rationals, OpenType MATH
//! metrics); this crate draws its boxes itself. The font is New Computer
//! Modern Math, vendored in `fonts/` under the GUST Font License: it is
//! Computer Modern, the design of MathJax's TeX fonts, so labels look and
//! measure like Penrose's (`x` is 0.572 em wide in both). latex-rust's own
//! STIX Two Math is Times-like.
//!
//! Unsupported TeX is an error, never a guess. Input over
//! [`MAX_INPUT_BYTES`] or nested deeper than [`MAX_GROUP_DEPTH`] is refused
//! up front; latex-rust refuses deeper recursion (32 levels) itself.
//!
//! The engine with its parsed font is the crate's only static: immutable,
//! built on first use from compiled-in data.

mod engine;
mod error;
mod limits;
mod prepass;
mod stack;
mod svg_number;
mod typeset;

pub use engine::{LatexRust, engine};
pub use error::MathError;
pub use limits::{MAX_GROUP_DEPTH, MAX_INPUT_BYTES};
pub use typeset::Typeset;

/// The size of an Equation whose `fontSize` cannot be read, as Penrose's
/// default `16px`.
pub const DEFAULT_EQUATION_SIZE_PX: f64 = 16.0;

/// Typesets TeX math.
pub trait MathRenderer {
    /// Typesets the TeX of a Penrose `Equation` label at `font_size_px`.
    ///
    /// # Errors
    ///
    /// Unsupported or malformed TeX, input over the limits, or a font size
    /// that is not a positive finite number.
    fn typeset(&self, tex: &str, font_size_px: f64) -> Result<Typeset, MathError>;
}
