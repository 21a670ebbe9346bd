//! Expansion of indexed statements (`… for i in [lo, hi] where …`) into
//! plain statements, with identifiers rewritten per substitution.

use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_syntax::ast::{
    AutoLabelTarget, BoolExpr, BoolOp, CompareOp, Ident, IndexSet, NumExpr, NumOp, NumberLit,
    SubArg, SubExpr, SubstanceStmtKind,
};

/// The largest number of statements one indexed statement may expand to.
pub const MAX_EXPANSION: usize = 100_000;

/// The largest number of substitutions whose condition is evaluated.
pub const MAX_CANDIDATES: usize = 10_000_000;

/// Comparison tolerance of `where` conditions.
const TOLERANCE: f64 = 1e-5;

/// One assignment of values to the index variables.
type Substitution = Vec<(String, i64)>;

/// Expands `kind` over `index_set`. Errors are reported once per statement
/// and span, and the substitutions they affect are left out.
pub fn expand(
    kind: &SubstanceStmtKind,
    index_set: &IndexSet,
    file: FileId,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SubstanceStmtKind> {
    let mut reporter = Reporter {
        file,
        diagnostics,
        reported: Vec::new(),
    };
    let Some(substitutions) = substitutions(index_set, &mut reporter) else {
        return Vec::new();
    };
    substitutions
        .iter()
        .filter_map(|substitution| rewrite(kind, substitution, &mut reporter))
        .collect()
}

struct Reporter<'a> {
    file: FileId,
    diagnostics: &'a mut Vec<Diagnostic>,
    reported: Vec<(Code, Span)>,
}

impl Reporter<'_> {
    fn report(&mut self, code: Code, span: Span, message: String, label: &str) {
        if self.reported.contains(&(code, span)) {
            return;
        }
        self.reported.push((code, span));
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}

fn substitutions(index_set: &IndexSet, reporter: &mut Reporter) -> Option<Vec<Substitution>> {
    let mut ranges: Vec<(&str, i64, i64)> = Vec::new();
    let mut valid = true;
    for range in &index_set.ranges {
        if ranges
            .iter()
            .any(|(name, _, _)| *name == range.variable.name)
        {
            reporter.report(
                Code::DuplicateIndexVariable,
                range.variable.span,
                format!("index variable `{}` is bound twice", range.variable.name),
                "bound again here",
            );
            valid = false;
            continue;
        }
        match (
            integer(&range.low, reporter),
            integer(&range.high, reporter),
        ) {
            (Some(low), Some(high)) => ranges.push((&range.variable.name, low, high)),
            _ => valid = false,
        }
    }
    if !valid {
        return None;
    }
    let mut kept = Vec::new();
    let mut visited = 0usize;
    for substitution in Product::new(&ranges) {
        visited += 1;
        if visited > MAX_CANDIDATES || kept.len() > MAX_EXPANSION {
            reporter.report(
                Code::IndexSetTooLarge,
                index_set.span,
                format!(
                    "these ranges expand to more than {MAX_EXPANSION} statements \
                     (or {MAX_CANDIDATES} substitutions to test)"
                ),
                "too many substitutions",
            );
            return None;
        }
        let keep = match &index_set.condition {
            Some(condition) => {
                evaluate_condition(condition, &substitution, reporter).unwrap_or(false)
            }
            None => true,
        };
        if keep {
            kept.push(substitution);
        }
    }
    Some(kept)
}

/// The Cartesian product of the ranges, first variable outermost, generated
/// lazily.
struct Product<'r> {
    ranges: &'r [(&'r str, i64, i64)],
    next: Option<Vec<i64>>,
}

impl<'r> Product<'r> {
    fn new(ranges: &'r [(&'r str, i64, i64)]) -> Product<'r> {
        let empty = ranges.iter().any(|(_, low, high)| high < low);
        let first = ranges.iter().map(|(_, low, _)| *low).collect();
        Product {
            ranges,
            next: (!empty).then_some(first),
        }
    }
}

impl Iterator for Product<'_> {
    type Item = Substitution;

    fn next(&mut self) -> Option<Substitution> {
        let current = self.next.take()?;
        let substitution = self
            .ranges
            .iter()
            .zip(&current)
            .map(|((name, _, _), value)| (name.to_string(), *value))
            .collect();
        // Advance the odometer: the last variable turns fastest.
        let mut values = current;
        for position in (0..values.len()).rev() {
            let (_, low, high) = self.ranges[position];
            if values[position] < high {
                values[position] += 1;
                self.next = Some(values);
                return Some(substitution);
            }
            values[position] = low;
        }
        Some(substitution)
    }
}

fn integer(literal: &NumberLit, reporter: &mut Reporter) -> Option<i64> {
    let value = literal.value;
    if value.fract() == 0.0 && value.abs() < 1e15 {
        return Some(value as i64);
    }
    reporter.report(
        Code::NonIntegerIndexRange,
        literal.span,
        format!("index range bound `{value}` is not an integer"),
        "expected an integer",
    );
    None
}

fn evaluate_condition(
    condition: &BoolExpr,
    substitution: &Substitution,
    reporter: &mut Reporter,
) -> Option<bool> {
    Some(match condition {
        BoolExpr::Constant { value, .. } => *value,
        BoolExpr::Not { operand, .. } => !evaluate_condition(operand, substitution, reporter)?,
        BoolExpr::Binary { op, lhs, rhs, .. } => {
            let lhs = evaluate_condition(lhs, substitution, reporter)?;
            let rhs = evaluate_condition(rhs, substitution, reporter)?;
            match op {
                BoolOp::And => lhs && rhs,
                BoolOp::Or => lhs || rhs,
            }
        }
        BoolExpr::Compare { op, lhs, rhs, .. } => {
            let lhs = evaluate_number(lhs, substitution, reporter)?;
            let rhs = evaluate_number(rhs, substitution, reporter)?;
            let close = (lhs - rhs).abs() < TOLERANCE;
            match op {
                CompareOp::Equal => close,
                CompareOp::NotEqual => !close,
                CompareOp::Less => lhs < rhs && !close,
                CompareOp::Greater => lhs > rhs && !close,
                CompareOp::LessEqual => lhs < rhs || close,
                CompareOp::GreaterEqual => lhs > rhs || close,
            }
        }
    })
}

fn evaluate_number(
    expr: &NumExpr,
    substitution: &Substitution,
    reporter: &mut Reporter,
) -> Option<f64> {
    match expr {
        NumExpr::Number(literal) => Some(literal.value),
        NumExpr::Variable(name) => match lookup(substitution, &name.name) {
            Some(value) => Some(value as f64),
            None => {
                reporter.report(
                    Code::UnknownIndexVariable,
                    name.span,
                    format!("`{}` is not an index variable of this statement", name.name),
                    "not bound by any range",
                );
                None
            }
        },
        NumExpr::Negate { operand, .. } => Some(-evaluate_number(operand, substitution, reporter)?),
        NumExpr::Binary { op, lhs, rhs, span } => {
            let lhs = evaluate_number(lhs, substitution, reporter)?;
            let rhs = evaluate_number(rhs, substitution, reporter)?;
            if matches!(op, NumOp::Divide | NumOp::Modulo) && rhs == 0.0 {
                reporter.report(
                    Code::DivisionByZero,
                    *span,
                    "this condition divides by zero".to_string(),
                    "the divisor is zero for some substitution",
                );
                return None;
            }
            let value = match op {
                NumOp::Add => lhs + rhs,
                NumOp::Subtract => lhs - rhs,
                NumOp::Multiply => lhs * rhs,
                NumOp::Divide => lhs / rhs,
                NumOp::Power => lhs.powf(rhs),
                // The remainder takes the sign of the dividend, as in JavaScript.
                NumOp::Modulo => lhs % rhs,
            };
            if value.is_finite() {
                Some(value)
            } else {
                reporter.report(
                    Code::InvalidArithmetic,
                    *span,
                    "this condition computes a value that is not a finite number".to_string(),
                    "not a number",
                );
                None
            }
        }
    }
}

fn lookup(substitution: &Substitution, name: &str) -> Option<i64> {
    substitution
        .iter()
        .find(|(variable, _)| variable == name)
        .map(|(_, value)| *value)
}

/// The statement with its identifiers rewritten for one substitution, or
/// `None` if an identifier cannot be rewritten.
fn rewrite(
    kind: &SubstanceStmtKind,
    substitution: &Substitution,
    reporter: &mut Reporter,
) -> Option<SubstanceStmtKind> {
    let mut rewriter = Rewriter {
        substitution,
        reporter,
        failed: false,
    };
    let rewritten = rewriter.statement(kind);
    (!rewriter.failed).then_some(rewritten)
}

struct Rewriter<'s, 'r, 'a> {
    substitution: &'s Substitution,
    reporter: &'r mut Reporter<'a>,
    failed: bool,
}

impl Rewriter<'_, '_, '_> {
    fn statement(&mut self, kind: &SubstanceStmtKind) -> SubstanceStmtKind {
        match kind {
            SubstanceStmtKind::Decl { ty, names } => SubstanceStmtKind::Decl {
                ty: ty.clone(),
                names: self.names(names),
            },
            SubstanceStmtKind::DeclBind { ty, name, expr } => SubstanceStmtKind::DeclBind {
                ty: ty.clone(),
                name: self.name(name),
                expr: self.expr(expr),
            },
            SubstanceStmtKind::Let { name, expr } => SubstanceStmtKind::Let {
                name: self.name(name),
                expr: self.expr(expr),
            },
            SubstanceStmtKind::Bind { name, expr } => SubstanceStmtKind::Bind {
                name: self.name(name),
                expr: self.expr(expr),
            },
            SubstanceStmtKind::Predicate(application) => {
                let mut application = application.clone();
                application.args = application.args.iter().map(|arg| self.arg(arg)).collect();
                SubstanceStmtKind::Predicate(application)
            }
            SubstanceStmtKind::Label { name, label } => SubstanceStmtKind::Label {
                name: self.name(name),
                label: label.clone(),
            },
            SubstanceStmtKind::NoLabel { names } => SubstanceStmtKind::NoLabel {
                names: self.names(names),
            },
            SubstanceStmtKind::AutoLabel { target } => SubstanceStmtKind::AutoLabel {
                target: match target {
                    AutoLabelTarget::All { span } => AutoLabelTarget::All { span: *span },
                    AutoLabelTarget::Names { names } => AutoLabelTarget::Names {
                        names: self.names(names),
                    },
                },
            },
        }
    }

    fn expr(&mut self, expr: &SubExpr) -> SubExpr {
        match expr {
            SubExpr::Call(application) => {
                let mut application = application.clone();
                application.args = application.args.iter().map(|arg| self.arg(arg)).collect();
                SubExpr::Call(application)
            }
            SubExpr::Arg(arg) => SubExpr::Arg(self.arg(arg)),
        }
    }

    /// An argument that is an index variable becomes its value.
    fn arg(&mut self, arg: &SubArg) -> SubArg {
        match arg {
            SubArg::Ident(ident) => match lookup(self.substitution, &ident.name) {
                Some(value) => SubArg::Number(NumberLit {
                    value: value as f64,
                    span: ident.span,
                }),
                None => SubArg::Ident(self.name(ident)),
            },
            literal => literal.clone(),
        }
    }

    fn names(&mut self, names: &[Ident]) -> Vec<Ident> {
        names.iter().map(|name| self.name(name)).collect()
    }

    /// `x_i` becomes `x_3` when `i` is 3; `x_2` stays; `my_var` is an error
    /// unless `var` is an index variable.
    fn name(&mut self, ident: &Ident) -> Ident {
        let Some((stem, suffix)) = ident.name.rsplit_once('_') else {
            return ident.clone();
        };
        if let Some(value) = lookup(self.substitution, suffix) {
            return Ident {
                name: format!("{stem}_{value}"),
                span: ident.span,
            };
        }
        if !suffix.is_empty() && suffix.bytes().all(|byte| byte.is_ascii_digit()) {
            return ident.clone();
        }
        self.failed = true;
        self.reporter.report(
            Code::InvalidIndexSuffix,
            ident.span,
            format!(
                "`{}` ends in `_{suffix}`, but `{suffix}` is not an index variable",
                ident.name
            ),
            "in an indexed statement, the part after the last `_` must be an index or a number",
        );
        ident.clone()
    }
}
