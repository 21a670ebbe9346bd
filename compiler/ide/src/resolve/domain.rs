//! The names of a Domain file: declarations, the types they mention and
//! their parameters.

use super::{Occurrence, Symbol};
use kite_diagnostics::{FileId, Span};
use kite_syntax::ast::{DomainProgram, DomainStmt, Ident, Param};

pub(super) fn index(program: &DomainProgram, file: FileId) -> Vec<Occurrence> {
    let mut indexer = DomainIndexer {
        file,
        occurrences: Vec::new(),
    };
    for statement in &program.statements {
        indexer.statement(statement);
    }
    indexer.occurrences
}

struct DomainIndexer {
    file: FileId,
    occurrences: Vec<Occurrence>,
}

impl DomainIndexer {
    fn statement(&mut self, statement: &DomainStmt) {
        match statement {
            DomainStmt::Type(decl) => {
                self.definition(
                    Symbol::DomainType(decl.name.name.clone()),
                    &decl.name,
                    decl.span,
                );
                for supertype in &decl.supertypes {
                    self.type_reference(supertype);
                }
            }
            DomainStmt::Subtype(decl) => {
                self.type_reference(&decl.subtype);
                self.type_reference(&decl.supertype);
            }
            DomainStmt::Predicate(decl) => {
                self.definition(
                    Symbol::Predicate(decl.name.name.clone()),
                    &decl.name,
                    decl.span,
                );
                self.params(&decl.name, &decl.params);
            }
            DomainStmt::Function(decl) => {
                self.definition(
                    Symbol::Function(decl.name.name.clone()),
                    &decl.name,
                    decl.span,
                );
                self.params(&decl.name, &decl.params);
                self.params(&decl.name, std::slice::from_ref(&decl.output));
            }
            DomainStmt::Constructor(decl) => {
                let symbol = Symbol::Constructor(decl.name.name.clone());
                self.definition(symbol, &decl.name, decl.span);
                self.params(&decl.name, &decl.params);
                self.params(&decl.name, decl.output.as_slice());
            }
        }
    }

    fn params(&mut self, declaration: &Ident, params: &[Param]) {
        for param in params {
            self.type_reference(&param.ty);
            if let Some(name) = &param.name {
                let symbol = Symbol::Parameter {
                    declaration: declaration.name.clone(),
                    name: name.name.clone(),
                };
                self.definition(symbol, name, param.span);
            }
        }
    }

    fn type_reference(&mut self, name: &Ident) {
        self.occurrences.push(Occurrence {
            symbol: Symbol::DomainType(name.name.clone()),
            file: self.file,
            span: name.span,
            full_span: name.span,
            is_definition: false,
        });
    }

    fn definition(&mut self, symbol: Symbol, name: &Ident, full_span: Span) {
        self.occurrences.push(Occurrence {
            symbol,
            file: self.file,
            span: name.span,
            full_span,
            is_definition: true,
        });
    }
}
