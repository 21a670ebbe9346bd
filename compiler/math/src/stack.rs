//! Stacking the lines of a label as MathJax sets Penrose's `\displaylines`
//! table: rows centred, each at least a strut tall (0.75 em above the
//! baseline, 0.25 em below), 0.5 em apart, the whole centred on the math
//! axis. A one-line label is a one-row table, so its box is at least 1 em
//! tall, as in Penrose.

const ROW_SPACING_EM: f64 = 0.5;
const STRUT_HEIGHT_EM: f64 = 0.75;
const STRUT_DEPTH_EM: f64 = 0.25;

/// The box of one line, in em.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LineSize {
    pub(crate) width: f64,
    pub(crate) height: f64,
    pub(crate) depth: f64,
}

/// Where a line goes: its left edge and baseline, in em from the top-left of
/// the stacked box.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) struct LineOrigin {
    pub(crate) x: f64,
    pub(crate) baseline: f64,
}

/// The stacked box, in em.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Stack {
    pub(crate) width: f64,
    pub(crate) ascent: f64,
    pub(crate) descent: f64,
    pub(crate) origins: Vec<LineOrigin>,
}

/// Stacks `lines` (at least one) on a font whose math axis is `axis_height` em above the
/// baseline.
pub(crate) fn stack_lines(lines: &[LineSize], axis_height: f64) -> Stack {
    let width = lines
        .iter()
        .fold(0.0, |widest, line| line.width.max(widest));
    let mut origins = Vec::with_capacity(lines.len());
    let mut top = 0.0;
    for line in lines {
        let baseline = top + line.height.max(STRUT_HEIGHT_EM);
        origins.push(LineOrigin {
            x: (width - line.width) / 2.0,
            baseline,
        });
        top = baseline + line.depth.max(STRUT_DEPTH_EM) + ROW_SPACING_EM;
    }
    let total = top - ROW_SPACING_EM;
    let ascent = total / 2.0 + axis_height;
    Stack {
        width,
        ascent,
        descent: total - ascent,
        origins,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const fn line(width: f64, height: f64, depth: f64) -> LineSize {
        LineSize {
            width,
            height,
            depth,
        }
    }

    #[test]
    fn a_small_line_fills_the_strut() {
        let stack = stack_lines(&[line(2.0, 0.5, 0.1)], 0.25);
        assert_eq!(
            (stack.width, stack.ascent, stack.descent),
            (2.0, 0.75, 0.25)
        );
        assert_eq!(
            stack.origins,
            [LineOrigin {
                x: 0.0,
                baseline: 0.75
            }]
        );
    }

    #[test]
    fn a_tall_line_is_centred_on_the_axis() {
        let stack = stack_lines(&[line(1.0, 1.5, 0.5)], 0.25);
        assert_eq!((stack.ascent, stack.descent), (1.25, 0.75));
        assert_eq!(
            stack.origins,
            [LineOrigin {
                x: 0.0,
                baseline: 1.5
            }]
        );
    }

    #[test]
    fn lines_are_centred_strutted_and_spaced() {
        let stack = stack_lines(&[line(2.0, 0.5, 0.0), line(1.0, 1.0, 0.5)], 0.25);
        assert_eq!(stack.width, 2.0);
        assert_eq!(
            stack.origins,
            [
                LineOrigin {
                    x: 0.0,
                    baseline: 0.75
                },
                LineOrigin {
                    x: 0.5,
                    baseline: 2.5
                }
            ]
        );
        assert_eq!((stack.ascent, stack.descent), (1.75, 1.25));
    }
}
