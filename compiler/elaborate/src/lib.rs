//! Style elaboration: from matched blocks to the fields of the diagram.
//!
//! Pass 1 ([`translate`]) runs every block once per match, in program
//! order, and records what each statement assigns, overrides or deletes:
//! fields of Substance objects, of namespaces and of each run's local
//! scope, and the properties of shapes; [`check_canvas`] requires the
//! canvas. Pass 2 ([`dependencies`]) resolves every path each stored
//! expression reads, reports reads of fields that nothing assigns, and
//! reports cycles among assignments. Pass 3 ([`check_types`]) types every
//! field in dependency order and reports ill-typed expressions, and
//! [`check_layers`] checks Group membership and layering. Pass 4
//! ([`evaluate`]) computes every value as expressions over the
//! optimisation inputs and assembles the diagram.
//!
//! Expressions are kept as references into the Style syntax tree together
//! with the run (block and match) they belong to, so that evaluation can
//! resolve their paths the same way.
//!
//! The passes are private: [`elaborate`] runs them in order and is the
//! crate's one entry point.

mod budget;
mod canvas;
mod dependencies;
mod evaluate;
mod execute;
mod fields;
mod layers;
mod reads;
mod scope;
mod types;

use kite_check::SubstanceEnv;
use kite_diagnostics::Diagnostic;
use kite_graph::Diagram;
use kite_limits::Limits;
use kite_syntax::ast::StyleItem;

pub use execute::StyleInput;

/// What elaborating a trio gives: its problems, and the diagram when it
/// has none.
#[derive(Clone, Debug, PartialEq)]
pub struct Elaboration {
    pub diagnostics: Vec<Diagnostic>,
    /// The diagram at the inputs' initial values; `None` when the trio or
    /// its elaboration has errors.
    pub diagram: Option<Diagram>,
}

/// Runs the trio's Styles (as one program, in order) over their matches:
/// passes 1 to 3, then, when neither they nor the checks before them
/// (`checks_passed` is false if parsing or checking any file of the trio
/// found an error) found an error, evaluation with the trio's `variation`
/// into a [`Diagram`]. A diagram larger than `limits` allow is reported in
/// pass 1, alone, and nothing after it runs.
pub fn elaborate(
    styles: &[StyleInput],
    substance: &SubstanceEnv,
    variation: &str,
    checks_passed: bool,
    limits: &Limits,
) -> Elaboration {
    let (translation, mut diagnostics) = match execute::translate(styles, substance, limits) {
        Ok(translated) => translated,
        Err(exceeded) => {
            return Elaboration {
                diagnostics: vec![*exceeded],
                diagram: None,
            };
        }
    };
    if let Some(first) = styles.first() {
        diagnostics.extend(canvas::check_canvas(&translation, first.file));
    }
    let (graph, dependency_diagnostics) = dependencies::dependencies(&translation);
    diagnostics.extend(dependency_diagnostics);
    diagnostics.extend(types::check_types(&translation, &graph));
    diagnostics.extend(layers::check_layers(&translation, &graph));
    let mut diagram = None;
    if checks_passed && !diagnostics.iter().any(Diagnostic::is_error) {
        let (evaluated, evaluation_diagnostics) = evaluate::evaluate(
            &translation,
            &graph,
            variation,
            layout_stages(styles),
            limits,
        );
        if !evaluation_diagnostics.iter().any(Diagnostic::is_error) {
            diagram = Some(evaluated);
        }
        diagnostics.extend(evaluation_diagnostics);
    }
    Elaboration {
        diagnostics,
        diagram,
    }
}

/// The names of the layout stages the Styles' `layout = [ … ]` statements
/// declare, in order.
fn layout_stages(styles: &[StyleInput]) -> Vec<String> {
    styles
        .iter()
        .flat_map(|style| &style.program.items)
        .filter_map(|item| match item {
            StyleItem::Layout { stages, .. } => Some(stages),
            StyleItem::Block { .. } => None,
        })
        .flatten()
        .map(|stage| stage.name.clone())
        .collect()
}
