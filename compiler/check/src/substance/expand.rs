//! Expansion of indexed statements (`… for i in [lo, hi] where …`) into
//! plain statements, with identifiers rewritten per substitution.

use super::condition::Condition;
use kite_diagnostics::{Code, Diagnostic, FileId, Span};
use kite_limits::{Limit, Limits, thousands};
use kite_syntax::ast::{
    AutoLabelTarget, Ident, IndexSet, NumberLit, SubArg, SubExpr, SubstanceStmtKind,
};

/// The largest number of substitutions whose condition is evaluated
/// (the statements they expand to are bounded by the
/// `indexed-statements` limit).
pub const MAX_CANDIDATES: usize = 10_000_000;

/// One assignment of values to the index variables.
type Substitution<'n> = [(&'n str, i64)];

/// Expands `kind` over `index_set`. Errors are reported once per statement
/// and span, and the substitutions they affect are left out.
pub fn expand(
    kind: &SubstanceStmtKind,
    index_set: &IndexSet,
    file: FileId,
    limits: &Limits,
    diagnostics: &mut Vec<Diagnostic>,
) -> Vec<SubstanceStmtKind> {
    let mut reporter = Reporter {
        file,
        diagnostics,
        reported: Vec::new(),
    };
    let Some(substitutions) = substitutions(index_set, limits, &mut reporter) else {
        return Vec::new();
    };
    substitutions
        .iter()
        .filter_map(|substitution| rewrite(kind, substitution, &mut reporter))
        .collect()
}

pub struct Reporter<'a> {
    file: FileId,
    diagnostics: &'a mut Vec<Diagnostic>,
    reported: Vec<(Code, Span)>,
}

impl Reporter<'_> {
    /// Reports that `span` expands past the `indexed-statements` limit.
    fn exceeded(&mut self, limits: &Limits, span: Span, what: String) {
        self.reported.push((Code::IndexSetTooLarge, span));
        self.diagnostics.push(Limit::IndexedStatements.exceeded(
            limits,
            self.file,
            span,
            what,
            "too many substitutions",
        ));
    }

    pub fn report(&mut self, code: Code, span: Span, message: String, label: &str) {
        if self.reported.contains(&(code, span)) {
            return;
        }
        self.reported.push((code, span));
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}

fn substitutions<'s>(
    index_set: &'s IndexSet,
    limits: &Limits,
    reporter: &mut Reporter,
) -> Option<Vec<Vec<(&'s str, i64)>>> {
    let mut ranges: Vec<(&'s str, i64, i64)> = Vec::new();
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
    // Walk the Cartesian product like an odometer (first variable
    // outermost), reusing one buffer; only kept substitutions are copied.
    let mut kept = Vec::new();
    if ranges.iter().any(|(_, low, high)| high < low) {
        return Some(kept);
    }
    let names: Vec<&str> = ranges.iter().map(|(name, _, _)| *name).collect();
    let condition = match &index_set.condition {
        Some(condition) => Some(Condition::compile(condition, &names, reporter)?),
        None => None,
    };
    let limit = limits.count(Limit::IndexedStatements);
    let product = ranges.iter().try_fold(1u64, |product, (_, low, high)| {
        product.checked_mul(high.abs_diff(*low).saturating_add(1))
    });
    if condition.is_none() && product.is_none_or(|product| product > limit as u64) {
        let count = product.map_or_else(|| "more than 2^64".to_string(), thousands);
        reporter.exceeded(
            limits,
            index_set.span,
            format!("these ranges expand to {count} statements"),
        );
        return None;
    }
    let mut values: Vec<i64> = ranges.iter().map(|(_, low, _)| *low).collect();
    let mut visited = 0usize;
    loop {
        visited += 1;
        if kept.len() > limit {
            reporter.exceeded(
                limits,
                index_set.span,
                format!(
                    "these ranges expand to more than {} statements",
                    thousands(limit as u64)
                ),
            );
            return None;
        }
        if visited > MAX_CANDIDATES {
            reporter.report(
                Code::IndexSetTooLarge,
                index_set.span,
                format!(
                    "these ranges have more than {} substitutions to test",
                    thousands(MAX_CANDIDATES as u64)
                ),
                "too many substitutions",
            );
            return None;
        }
        let keep = match &condition {
            Some(condition) => condition.evaluate(&values, reporter).unwrap_or(false),
            None => true,
        };
        if keep {
            kept.push(names.iter().copied().zip(values.iter().copied()).collect());
        }
        let mut position = values.len();
        loop {
            if position == 0 {
                return Some(kept);
            }
            position -= 1;
            let (_, low, high) = ranges[position];
            if values[position] < high {
                values[position] += 1;
                break;
            }
            values[position] = low;
        }
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

fn lookup(substitution: &Substitution, name: &str) -> Option<i64> {
    substitution
        .iter()
        .find(|(variable, _)| *variable == name)
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
    substitution: &'s Substitution<'s>,
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
