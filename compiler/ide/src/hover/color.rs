//! Colours written in Style: `#…` literals and `rgba(…)`/`hsva(…)` calls
//! whose arguments are number literals, shown as RGBA values.

use kite_diagnostics::Span;
use kite_syntax::ast::{
    Expr, ExprKind, StyleItem, StyleProgram, StyleVisitor, UnaryOp, walk_statement,
};

/// The innermost colour expression of `program` containing `offset`, and
/// its description.
pub(super) fn color_at(program: &StyleProgram, offset: usize) -> Option<(Span, String)> {
    let mut finder = ColorFinder {
        offset,
        found: None,
    };
    for item in &program.items {
        if let StyleItem::Block { block, .. } = item {
            for statement in &block.statements {
                walk_statement(statement, &mut finder);
            }
        }
    }
    finder.found
}

struct ColorFinder {
    offset: usize,
    found: Option<(Span, String)>,
}

impl<'e> StyleVisitor<'e> for ColorFinder {
    fn expr(&mut self, expr: &'e Expr) {
        if !(expr.span.start <= self.offset && self.offset < expr.span.end) {
            return;
        }
        let described = match &expr.kind {
            ExprKind::Color { hex } => hex_channels(hex)
                .map(|rgba| format!("```style\n#{hex}\n```\n{}", describe_rgba(rgba))),
            ExprKind::Call { name, args } => literal_args(args).and_then(|values| {
                match (name.name.as_str(), values.as_slice()) {
                    ("rgba", [r, g, b, a]) => Some(format!(
                        "```style\nrgba({})\n```\n{}",
                        list(&values),
                        describe_rgba([*r, *g, *b, *a])
                    )),
                    ("hsva", [h, s, v, a]) => {
                        let [r, g, b] = kite_library::hsv_to_rgb(*h, *s, *v);
                        Some(format!(
                            "```style\nhsva({})\n```\n{}",
                            list(&values),
                            describe_rgba([r, g, b, *a])
                        ))
                    }
                    _ => None,
                }
            }),
            _ => None,
        };
        // Expressions are visited outer before inner: the last one found
        // is the innermost.
        if let Some(description) = described {
            self.found = Some((expr.span, description));
        }
    }
}

/// The channels of a `#rgb`, `#rgba`, `#rrggbb` or `#rrggbbaa` literal
/// (without the `#`), each in `[0, 1]`.
fn hex_channels(hex: &str) -> Option<[f64; 4]> {
    let digit = |index: usize| {
        hex.get(index..index + 1)
            .and_then(|digit| u8::from_str_radix(digit, 16).ok())
    };
    let pair = |index: usize| {
        hex.get(index..index + 2)
            .and_then(|pair| u8::from_str_radix(pair, 16).ok())
    };
    let bytes: Vec<u8> = match hex.len() {
        3 | 4 => (0..hex.len())
            .map(|index| digit(index).map(|value| value * 17))
            .collect::<Option<_>>()?,
        6 | 8 => (0..hex.len() / 2)
            .map(|index| pair(2 * index))
            .collect::<Option<_>>()?,
        _ => return None,
    };
    let channel = |index: usize| {
        bytes
            .get(index)
            .map_or(1.0, |byte| f64::from(*byte) / 255.0)
    };
    Some([channel(0), channel(1), channel(2), channel(3)])
}

/// The values of arguments that are all number literals.
fn literal_args(args: &[Expr]) -> Option<Vec<f64>> {
    args.iter()
        .map(|arg| match &arg.kind {
            ExprKind::Number { value } => Some(*value),
            ExprKind::Unary {
                op: UnaryOp::Negate,
                operand,
            } => match operand.kind {
                ExprKind::Number { value } => Some(-value),
                _ => None,
            },
            _ => None,
        })
        .collect()
}

fn describe_rgba(rgba: [f64; 4]) -> String {
    let bytes = rgba.map(|channel| (channel.clamp(0.0, 1.0) * 255.0).round() as u8);
    let hex: String = bytes.iter().map(|byte| format!("{byte:02x}")).collect();
    format!(
        "RGBA `{}` (0–1), `{}` (0–255): `#{hex}`",
        list(&rgba.map(|channel| (channel * 1000.0).round() / 1000.0)),
        list(&bytes.map(f64::from)),
    )
}

fn list(values: &[f64]) -> String {
    values
        .iter()
        .map(f64::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
