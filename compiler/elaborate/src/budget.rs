//! The diagram-size limits (`shapes`, `terms`, `inputs`), checked in pass 1
//! before each block runs: a block's statements are costed once, and the
//! block is refused when its runs would take the diagram past a limit, so
//! nothing of a diagram that is too large is evaluated.
//!
//! The counts are upper bounds: every shape statement counts as a new
//! shape with its sampled defaults and an `onCanvas` term, every `?` as an
//! input, every `ensure` and `encourage` as a term, even where a later
//! `override` or `delete` removes one.

use kite_diagnostics::{Diagnostic, FileId, Span};
use kite_library::shape;
use kite_limits::{Limit, Limits, thousands};
use kite_syntax::ast::{Block, Expr, ExprKind, Stmt, StyleVisitor, walk_statement};

/// The limits pass 1 checks, in the order their counts are kept.
const COUNTED: [Limit; 3] = [Limit::Shapes, Limit::Terms, Limit::Inputs];

/// What a statement adds to the diagram each time it runs.
type Cost = [u64; 3];

/// The running totals of a trio's diagram.
pub struct Budget<'l> {
    limits: &'l Limits,
    used: Cost,
}

impl<'l> Budget<'l> {
    pub fn new(limits: &'l Limits) -> Budget<'l> {
        Budget {
            limits,
            used: [0; 3],
        }
    }

    /// Adds `runs` runs of `block` to the totals, or, when that would pass
    /// a limit, the error at the first statement of the block that adds to
    /// it.
    pub fn admit(
        &mut self,
        file: FileId,
        block: &Block,
        runs: usize,
    ) -> Result<(), Box<Diagnostic>> {
        let costs: Vec<(Span, Cost)> = block
            .statements
            .iter()
            .map(|statement| (statement.span(), statement_cost(statement)))
            .collect();
        let mut after = self.used;
        for (position, limit) in COUNTED.into_iter().enumerate() {
            let per_run: u64 = costs.iter().map(|(_, cost)| cost[position]).sum();
            after[position] = after[position].saturating_add(per_run.saturating_mul(runs as u64));
            if after[position] > self.limits.get(limit) {
                let (span, _) = costs
                    .iter()
                    .find(|(_, cost)| cost[position] > 0)
                    .expect("a statement adds to the count");
                return Err(Box::new(limit.exceeded(
                    self.limits,
                    file,
                    *span,
                    format!(
                        "this block's {} would add up to {} {}, which brings the diagram to {}",
                        counted(runs as u64, "run", "runs"),
                        thousands(per_run.saturating_mul(runs as u64)),
                        noun(limit),
                        thousands(after[position]),
                    ),
                    format!("too many {}", noun(limit)),
                )));
            }
        }
        self.used = after;
        Ok(())
    }
}

/// `count` followed by the noun in the right number.
fn counted(count: u64, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        thousands(count),
        if count == 1 { one } else { many }
    )
}

/// What `limit` counts, in a message.
fn noun(limit: Limit) -> &'static str {
    match limit {
        Limit::Shapes => "shapes",
        Limit::Terms => "constraints and objectives",
        _ => "inputs",
    }
}

/// The shapes, terms and inputs one run of `statement` adds at most.
fn statement_cost(statement: &Stmt) -> Cost {
    struct Counter(Cost);
    impl StyleVisitor<'_> for Counter {
        fn expr(&mut self, expr: &Expr) {
            match &expr.kind {
                ExprKind::Shape { shape: name, .. } => {
                    let inputs =
                        shape(&name.name).map_or(0, |kind| kind.spec().default_input_count());
                    self.0[0] += 1;
                    self.0[1] += 1;
                    self.0[2] += inputs;
                }
                ExprKind::Constraint { .. } | ExprKind::Objective { .. } => self.0[1] += 1,
                ExprKind::Vary { .. } => self.0[2] += 1,
                _ => {}
            }
        }
    }
    let mut counter = Counter([0; 3]);
    walk_statement(statement, &mut counter);
    counter.0
}
