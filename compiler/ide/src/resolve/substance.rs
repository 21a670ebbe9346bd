//! The names of a Substance file: objects, the Domain names statements
//! apply, and the index variables of indexed statements.
//!
//! In an indexed statement (`… for i in [0, 3]`) a name ending in `_i`
//! stands for a different object per substitution; such names get no
//! occurrence. Names that expansion keeps as they are (`A`, `x_2`) resolve
//! as anywhere else.

use super::{Occurrence, Symbol};
use kite_check::DomainEnv;
use kite_diagnostics::{FileId, Span};
use kite_syntax::ast::{
    AutoLabelTarget, BoolExpr, Ident, IndexSet, NumExpr, SubArg, SubExpr, SubstanceProgram,
    SubstanceStmt, SubstanceStmtKind,
};

pub(super) fn index(
    program: &SubstanceProgram,
    file: FileId,
    domain: &DomainEnv,
) -> Vec<Occurrence> {
    let mut indexer = SubstanceIndexer {
        file,
        domain,
        occurrences: Vec::new(),
    };
    for (position, statement) in program.statements.iter().enumerate() {
        indexer.statement(position, statement);
    }
    indexer.occurrences
}

struct SubstanceIndexer<'d> {
    file: FileId,
    domain: &'d DomainEnv,
    occurrences: Vec<Occurrence>,
}

/// The statement being indexed: its position, span and index variables.
struct Context<'s> {
    position: usize,
    span: Span,
    index_variables: Vec<&'s str>,
}

impl Context<'_> {
    /// Whether expansion rewrites `name` (or rejects it): the part after
    /// its last `_` is not a number.
    fn is_template(&self, name: &str) -> bool {
        !self.index_variables.is_empty()
            && name
                .rsplit_once('_')
                .is_some_and(|(_, suffix)| !suffix.bytes().all(|byte| byte.is_ascii_digit()))
    }
}

impl SubstanceIndexer<'_> {
    fn statement(&mut self, position: usize, statement: &SubstanceStmt) {
        let index_variables = statement.index_set.as_ref().map_or_else(Vec::new, |set| {
            set.ranges
                .iter()
                .map(|range| range.variable.name.as_str())
                .collect()
        });
        let context = Context {
            position,
            span: statement.span,
            index_variables,
        };
        if let Some(index_set) = &statement.index_set {
            self.index_set(&context, index_set);
        }
        match &statement.kind {
            SubstanceStmtKind::Decl { ty, names } => {
                self.type_reference(ty);
                for name in names {
                    self.object(&context, name, true);
                }
            }
            SubstanceStmtKind::DeclBind { ty, name, expr } => {
                self.type_reference(ty);
                self.object(&context, name, true);
                self.expr(&context, expr, false);
            }
            SubstanceStmtKind::Let { name, expr } => {
                self.object(&context, name, true);
                self.expr(&context, expr, true);
            }
            SubstanceStmtKind::Bind { name, expr } => {
                self.object(&context, name, false);
                self.expr(&context, expr, false);
            }
            SubstanceStmtKind::Predicate(application) => {
                let symbol = Symbol::Predicate(application.name.name.clone());
                self.reference(symbol, &application.name);
                for arg in &application.args {
                    self.arg(&context, arg);
                }
            }
            SubstanceStmtKind::Label { name, .. } => self.object(&context, name, false),
            SubstanceStmtKind::NoLabel { names }
            | SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::Names { names },
            } => {
                for name in names {
                    self.object(&context, name, false);
                }
            }
            SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::All { .. },
            } => {}
        }
    }

    fn index_set(&mut self, context: &Context, index_set: &IndexSet) {
        for range in &index_set.ranges {
            self.occurrences.push(Occurrence {
                symbol: self.index_variable(context, &range.variable),
                file: self.file,
                span: range.variable.span,
                full_span: range.span,
                is_definition: true,
            });
        }
        if let Some(condition) = &index_set.condition {
            self.condition(context, condition);
        }
    }

    fn condition(&mut self, context: &Context, condition: &BoolExpr) {
        match condition {
            BoolExpr::Binary { lhs, rhs, .. } => {
                self.condition(context, lhs);
                self.condition(context, rhs);
            }
            BoolExpr::Not { operand, .. } => self.condition(context, operand),
            BoolExpr::Constant { .. } => {}
            BoolExpr::Compare { lhs, rhs, .. } => {
                self.number(context, lhs);
                self.number(context, rhs);
            }
        }
    }

    fn number(&mut self, context: &Context, expr: &NumExpr) {
        match expr {
            NumExpr::Binary { lhs, rhs, .. } => {
                self.number(context, lhs);
                self.number(context, rhs);
            }
            NumExpr::Negate { operand, .. } => self.number(context, operand),
            NumExpr::Number(_) => {}
            NumExpr::Variable(name) => {
                if context.index_variables.contains(&name.name.as_str()) {
                    self.reference(self.index_variable(context, name), name);
                }
            }
        }
    }

    fn index_variable(&self, context: &Context, name: &Ident) -> Symbol {
        Symbol::IndexVariable {
            statement: context.position,
            name: name.name.clone(),
        }
    }

    /// The right of `:=`; `is_let` for `Let x := F(…)`, whose `F` may also
    /// name the type `x` is declared with.
    fn expr(&mut self, context: &Context, expr: &SubExpr, is_let: bool) {
        match expr {
            SubExpr::Call(application) => {
                let name = &application.name;
                self.reference(self.callee(&name.name, is_let), name);
                for arg in &application.args {
                    self.arg(context, arg);
                }
            }
            SubExpr::Arg(arg) => self.arg(context, arg),
        }
    }

    /// What a callee name refers to, in the order Substance resolves it:
    /// a constructor, else a function (else, after `Let`, a type). An
    /// undeclared callee is taken for a constructor.
    fn callee(&self, name: &str, is_let: bool) -> Symbol {
        if self.domain.constructors.contains_key(name) {
            Symbol::Constructor(name.to_string())
        } else if self.domain.functions.contains_key(name) {
            Symbol::Function(name.to_string())
        } else if is_let && self.domain.has_type(name) {
            Symbol::DomainType(name.to_string())
        } else {
            Symbol::Constructor(name.to_string())
        }
    }

    fn arg(&mut self, context: &Context, arg: &SubArg) {
        let SubArg::Ident(name) = arg else {
            return;
        };
        if context.index_variables.contains(&name.name.as_str()) {
            self.reference(self.index_variable(context, name), name);
        } else {
            self.object(context, name, false);
        }
    }

    fn object(&mut self, context: &Context, name: &Ident, is_definition: bool) {
        if context.is_template(&name.name) {
            return;
        }
        self.occurrences.push(Occurrence {
            symbol: Symbol::SubstanceObject(name.name.clone()),
            file: self.file,
            span: name.span,
            full_span: if is_definition {
                context.span
            } else {
                name.span
            },
            is_definition,
        });
    }

    fn type_reference(&mut self, name: &Ident) {
        self.reference(Symbol::DomainType(name.name.clone()), name);
    }

    fn reference(&mut self, symbol: Symbol, name: &Ident) {
        self.occurrences.push(Occurrence {
            symbol,
            file: self.file,
            span: name.span,
            full_span: name.span,
            is_definition: false,
        });
    }
}
