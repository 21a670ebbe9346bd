//! Selection ranges: for each cursor, the syntax nodes around it from the
//! innermost (an identifier) out to the whole file.

use kite_db::{Database, SourceFile, parse};
use kite_diagnostics::Span;
use kite_syntax::SyntaxTree;
use kite_syntax::ast::{
    Application, AutoLabelTarget, Binding, BoolExpr, DeclPattern, DomainStmt, Expr, ExprKind,
    FunctionBody, Header, Ident, IndexSet, NumExpr, Param, Path, Relation, SelectorArg,
    SelectorExpr, StageSpec, Stmt, StyleItem, SubArg, SubExpr, SubstanceStmtKind,
};

/// For each offset, the spans of the syntax nodes that contain it,
/// innermost first, each containing the one before; the last is the whole
/// file.
pub fn selection_ranges(db: &Database, file: SourceFile, offsets: &[usize]) -> Vec<Vec<Span>> {
    let text = file.text(db);
    let tree = &parse(db, file).ast;
    offsets
        .iter()
        .map(|offset| {
            let mut nodes = Nodes {
                offset: *offset,
                spans: Vec::new(),
            };
            nodes.tree(tree);
            nodes.spans.push(Span::new(0, text.len()));
            nested(nodes.spans)
        })
        .collect()
}

/// The spans smallest first, each kept only if it strictly contains the
/// one kept before.
fn nested(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|span| (span.len(), span.start));
    let mut chain: Vec<Span> = Vec::new();
    for span in spans {
        let contains_last = chain
            .last()
            .is_none_or(|last| span.start <= last.start && last.end <= span.end && span != *last);
        if contains_last {
            chain.push(span);
        }
    }
    chain
}

/// The spans found around an offset so far.
struct Nodes {
    offset: usize,
    spans: Vec<Span>,
}

impl Nodes {
    /// Records `span` if it holds the offset, and says whether it does
    /// (so that walks skip the nodes elsewhere).
    fn add(&mut self, span: Span) -> bool {
        let holds = span.start <= self.offset && self.offset <= span.end;
        if holds {
            self.spans.push(span);
        }
        holds
    }

    fn ident(&mut self, ident: &Ident) {
        self.add(ident.span);
    }

    fn tree(&mut self, tree: &SyntaxTree) {
        match tree {
            SyntaxTree::Domain(program) => {
                for statement in &program.statements {
                    self.domain_statement(statement);
                }
            }
            SyntaxTree::Substance(program) => {
                for statement in &program.statements {
                    if self.add(statement.span) {
                        self.substance_statement(&statement.kind);
                        if let Some(index_set) = &statement.index_set {
                            self.index_set(index_set);
                        }
                    }
                }
            }
            SyntaxTree::Style(program) => {
                for item in &program.items {
                    self.style_item(item);
                }
            }
        }
    }

    fn domain_statement(&mut self, statement: &DomainStmt) {
        match statement {
            DomainStmt::Type(decl) => {
                if self.add(decl.span) {
                    self.ident(&decl.name);
                    decl.supertypes.iter().for_each(|ty| self.ident(ty));
                }
            }
            DomainStmt::Subtype(decl) => {
                if self.add(decl.span) {
                    self.ident(&decl.subtype);
                    self.ident(&decl.supertype);
                }
            }
            DomainStmt::Predicate(decl) => {
                if self.add(decl.span) {
                    self.ident(&decl.name);
                    decl.params.iter().for_each(|param| self.param(param));
                }
            }
            DomainStmt::Function(decl) => {
                if self.add(decl.span) {
                    self.ident(&decl.name);
                    decl.params.iter().for_each(|param| self.param(param));
                    self.param(&decl.output);
                }
            }
            DomainStmt::Constructor(decl) => {
                if self.add(decl.span) {
                    self.ident(&decl.name);
                    decl.params.iter().for_each(|param| self.param(param));
                    decl.output.iter().for_each(|output| self.param(output));
                }
            }
        }
    }

    fn param(&mut self, param: &Param) {
        if self.add(param.span) {
            self.ident(&param.ty);
            param.name.iter().for_each(|name| self.ident(name));
        }
    }

    fn substance_statement(&mut self, kind: &SubstanceStmtKind) {
        match kind {
            SubstanceStmtKind::Decl { ty, names } => {
                self.ident(ty);
                names.iter().for_each(|name| self.ident(name));
            }
            SubstanceStmtKind::DeclBind { ty, name, expr } => {
                self.ident(ty);
                self.ident(name);
                self.sub_expr(expr);
            }
            SubstanceStmtKind::Let { name, expr } | SubstanceStmtKind::Bind { name, expr } => {
                self.ident(name);
                self.sub_expr(expr);
            }
            SubstanceStmtKind::Predicate(application) => self.application(application),
            SubstanceStmtKind::Label { name, label } => {
                self.ident(name);
                self.add(label.span);
            }
            SubstanceStmtKind::NoLabel { names }
            | SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::Names { names },
            } => names.iter().for_each(|name| self.ident(name)),
            SubstanceStmtKind::AutoLabel {
                target: AutoLabelTarget::All { span },
            } => {
                self.add(*span);
            }
        }
    }

    fn sub_expr(&mut self, expr: &SubExpr) {
        match expr {
            SubExpr::Call(application) => self.application(application),
            SubExpr::Arg(arg) => self.sub_arg(arg),
        }
    }

    fn application(&mut self, application: &Application) {
        if self.add(application.span) {
            self.ident(&application.name);
            application.args.iter().for_each(|arg| self.sub_arg(arg));
        }
    }

    fn sub_arg(&mut self, arg: &SubArg) {
        match arg {
            SubArg::Ident(ident) => self.ident(ident),
            SubArg::String(string) => {
                self.add(string.span);
            }
            SubArg::Number(number) => {
                self.add(number.span);
            }
        }
    }

    fn index_set(&mut self, index_set: &IndexSet) {
        if !self.add(index_set.span) {
            return;
        }
        for range in &index_set.ranges {
            if self.add(range.span) {
                self.ident(&range.variable);
                self.add(range.low.span);
                self.add(range.high.span);
            }
        }
        if let Some(condition) = &index_set.condition {
            self.bool_expr(condition);
        }
    }

    fn bool_expr(&mut self, expr: &BoolExpr) {
        match expr {
            BoolExpr::Binary { lhs, rhs, span, .. } => {
                if self.add(*span) {
                    self.bool_expr(lhs);
                    self.bool_expr(rhs);
                }
            }
            BoolExpr::Not { operand, span } => {
                if self.add(*span) {
                    self.bool_expr(operand);
                }
            }
            BoolExpr::Constant { span, .. } => {
                self.add(*span);
            }
            BoolExpr::Compare { lhs, rhs, span, .. } => {
                if self.add(*span) {
                    self.num_expr(lhs);
                    self.num_expr(rhs);
                }
            }
        }
    }

    fn num_expr(&mut self, expr: &NumExpr) {
        match expr {
            NumExpr::Binary { lhs, rhs, span, .. } => {
                if self.add(*span) {
                    self.num_expr(lhs);
                    self.num_expr(rhs);
                }
            }
            NumExpr::Negate { operand, span } => {
                if self.add(*span) {
                    self.num_expr(operand);
                }
            }
            NumExpr::Number(number) => {
                self.add(number.span);
            }
            NumExpr::Variable(ident) => self.ident(ident),
        }
    }

    fn style_item(&mut self, item: &StyleItem) {
        match item {
            StyleItem::Block {
                header,
                block,
                span,
            } => {
                if !self.add(*span) {
                    return;
                }
                self.header(header);
                if self.add(block.span) {
                    block
                        .statements
                        .iter()
                        .for_each(|stmt| self.statement(stmt));
                }
            }
            StyleItem::Layout { stages, span } => {
                if self.add(*span) {
                    stages.iter().for_each(|stage| self.ident(stage));
                }
            }
        }
    }

    fn header(&mut self, header: &Header) {
        match header {
            Header::Selector(selector) => {
                if self.add(selector.span) {
                    let patterns = selector.head.iter().chain(&selector.with);
                    patterns.for_each(|pattern| self.pattern(pattern));
                    selector
                        .where_
                        .iter()
                        .for_each(|relation| self.relation(relation));
                }
            }
            Header::Collector(collector) => {
                if self.add(collector.span) {
                    self.pattern(&collector.head);
                    self.binding(&collector.into);
                    let patterns = collector.with.iter().chain(&collector.foreach);
                    patterns.for_each(|pattern| self.pattern(pattern));
                    collector
                        .where_
                        .iter()
                        .for_each(|relation| self.relation(relation));
                }
            }
            Header::Namespace(name) => self.ident(name),
        }
    }

    fn pattern(&mut self, pattern: &DeclPattern) {
        if self.add(pattern.span) {
            self.ident(&pattern.ty);
            self.binding(&pattern.binding);
        }
    }

    fn binding(&mut self, binding: &Binding) {
        if self.add(binding.span) {
            self.ident(&binding.name);
        }
    }

    fn relation(&mut self, relation: &Relation) {
        match relation {
            Relation::Bind {
                binding,
                expr,
                span,
            } => {
                if self.add(*span) {
                    self.binding(binding);
                    match expr {
                        SelectorExpr::Call { name, args, span } => {
                            if self.add(*span) {
                                self.ident(name);
                                args.iter().for_each(|arg| self.selector_arg(arg));
                            }
                        }
                        SelectorExpr::Arg(arg) => self.selector_arg(arg),
                    }
                }
            }
            Relation::Predicate {
                name,
                args,
                alias,
                span,
            } => {
                if self.add(*span) {
                    self.ident(name);
                    args.iter().for_each(|arg| self.selector_arg(arg));
                    alias.iter().for_each(|alias| self.ident(alias));
                }
            }
            Relation::Field {
                binding,
                field,
                span,
                ..
            } => {
                if self.add(*span) {
                    self.binding(binding);
                    self.ident(field);
                }
            }
        }
    }

    fn selector_arg(&mut self, arg: &SelectorArg) {
        match arg {
            SelectorArg::Binding(binding) => self.binding(binding),
            SelectorArg::Number(number) => {
                self.add(number.span);
            }
            SelectorArg::String(string) => {
                self.add(string.span);
            }
        }
    }

    fn statement(&mut self, statement: &Stmt) {
        match statement {
            Stmt::Delete { path, span } => {
                if self.add(*span) {
                    self.path(path);
                }
            }
            Stmt::Override { path, value, span } => {
                if self.add(*span) {
                    self.path(path);
                    self.expr(value);
                }
            }
            Stmt::Assign {
                annotation,
                path,
                value,
                span,
            } => {
                if self.add(*span) {
                    if let Some(annotation) = annotation
                        && self.add(annotation.span)
                    {
                        self.ident(&annotation.name);
                    }
                    self.path(path);
                    self.expr(value);
                }
            }
            Stmt::Anonymous { value, span } => {
                if self.add(*span) {
                    self.expr(value);
                }
            }
        }
    }

    fn path(&mut self, path: &Path) {
        if self.add(path.span) {
            self.binding(&path.root);
            path.members.iter().for_each(|member| self.ident(member));
            path.indices.iter().for_each(|index| self.expr(index));
        }
    }

    fn expr(&mut self, expr: &Expr) {
        if !self.add(expr.span) {
            return;
        }
        match &expr.kind {
            ExprKind::Number { .. }
            | ExprKind::String { .. }
            | ExprKind::Bool { .. }
            | ExprKind::Color { .. } => {}
            ExprKind::Vary { init, stages } => {
                init.iter().for_each(|init| {
                    self.add(init.span);
                });
                stages.iter().for_each(|stages| self.stages(stages));
            }
            ExprKind::Path(path)
            | ExprKind::NumberOf { collection: path }
            | ExprKind::NameOf { path } => self.path(path),
            ExprKind::ListOf { field, collection } => {
                self.ident(field);
                self.path(collection);
            }
            ExprKind::Call { name, args } => {
                self.ident(name);
                args.iter().for_each(|arg| self.expr(arg));
            }
            ExprKind::List { elements } | ExprKind::Vector { elements } => {
                elements.iter().for_each(|element| self.expr(element));
            }
            ExprKind::Tuple { first, second } => {
                self.expr(first);
                self.expr(second);
            }
            ExprKind::Binary { lhs, rhs, .. } => {
                self.expr(lhs);
                self.expr(rhs);
            }
            ExprKind::Unary { operand, .. } => self.expr(operand),
            ExprKind::Shape { shape, properties } => {
                self.ident(shape);
                for property in properties {
                    if self.add(property.span) {
                        self.ident(&property.name);
                        self.expr(&property.value);
                    }
                }
            }
            ExprKind::Layering { left, right, .. } => {
                self.path(left);
                right.iter().for_each(|target| self.expr(target));
            }
            ExprKind::Constraint { body, stages } | ExprKind::Objective { body, stages } => {
                match body {
                    FunctionBody::Call { name, args, span } => {
                        if self.add(*span) {
                            self.ident(name);
                            args.iter().for_each(|arg| self.expr(arg));
                        }
                    }
                    FunctionBody::Comparison { lhs, rhs, span, .. } => {
                        if self.add(*span) {
                            self.expr(lhs);
                            self.expr(rhs);
                        }
                    }
                }
                stages.iter().for_each(|stages| self.stages(stages));
            }
        }
    }

    fn stages(&mut self, stages: &StageSpec) {
        if self.add(stages.span) {
            stages.stages.iter().for_each(|stage| self.ident(stage));
        }
    }
}
