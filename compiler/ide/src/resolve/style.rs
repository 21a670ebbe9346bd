//! The names of a trio's Style files, indexed together: the Styles run
//! as one program, so a namespace declared in one is visible in the next,
//! and a field's shape type may be set in another file.
//!
//! The first name of a path resolves as Penrose resolves it (§5.3 of the
//! spec): a variable of the block's header, else a namespace declared
//! earlier in the program, else a field of the block's own scope. The
//! following names are a field, then a property of the shape the field
//! holds, whose type is looked up among the shapes assigned to related
//! fields once every file is indexed.

use super::fields::owners_related;
use super::{FieldOwner, LibraryKind, Occurrence, Symbol};
use kite_check::{DomainEnv, SubstanceEnv};
use kite_diagnostics::{FileId, Span};
use kite_syntax::ast::{
    Binding, BindingKind, Block, Collector, DeclPattern, Expr, ExprKind, FunctionBody, Header,
    Ident, Path, Relation, SelectorArg, SelectorExpr, StageSpec, Stmt, StyleItem, StyleProgram,
    StyleVisitor, walk_expr,
};
use std::collections::HashMap;

/// Indexes the Style files of a trio, given in program order.
pub(super) fn index(
    styles: &[(FileId, &StyleProgram)],
    domain: &DomainEnv,
    substance: &SubstanceEnv,
) -> Vec<(FileId, Vec<Occurrence>)> {
    let namespaces = namespace_declarations(styles);
    let mut shapes = Vec::new();
    let mut indexed = Vec::new();
    for (position, (file, program)) in styles.iter().enumerate() {
        let mut indexer = StyleIndexer {
            file: *file,
            position,
            domain,
            namespaces: &namespaces,
            scope: Scope::default(),
            occurrences: Vec::new(),
            properties: Vec::new(),
            shapes: &mut shapes,
        };
        indexer.program(program);
        indexed.push((*file, indexer.occurrences, indexer.properties));
    }
    indexed
        .into_iter()
        .map(|(file, mut occurrences, properties)| {
            for property in properties {
                let shape = shapes.iter().find(|assignment| {
                    assignment.field == property.field
                        && owners_related(&assignment.owner, &property.owner, domain, substance)
                });
                if let (Some(shape), Some(occurrence)) =
                    (shape, occurrences.get_mut(property.occurrence))
                    && let Symbol::ShapeProperty { shape: slot, .. } = &mut occurrence.symbol
                {
                    *slot = Some(shape.shape.clone());
                }
            }
            (file, occurrences)
        })
        .collect()
}

/// A namespace block: where it is in the program and its name.
struct NamespaceDeclaration<'p> {
    position: usize,
    item: usize,
    name: &'p str,
}

fn namespace_declarations<'p>(
    styles: &[(FileId, &'p StyleProgram)],
) -> Vec<NamespaceDeclaration<'p>> {
    let mut declarations = Vec::new();
    for (position, (_, program)) in styles.iter().enumerate() {
        for (item, style_item) in program.items.iter().enumerate() {
            if let StyleItem::Block {
                header: Header::Namespace(name),
                ..
            } = style_item
            {
                declarations.push(NamespaceDeclaration {
                    position,
                    item,
                    name: &name.name,
                });
            }
        }
    }
    declarations
}

/// `owner.field = Shape { … }` somewhere in the program.
struct ShapeAssignment {
    owner: FieldOwner,
    field: String,
    shape: String,
}

/// A property occurrence whose shape type is looked up at the end.
struct PendingProperty {
    occurrence: usize,
    owner: FieldOwner,
    field: String,
}

/// The block being indexed.
#[derive(Default)]
struct Scope {
    item: usize,
    block: usize,
    /// The scope of names that are neither variables nor namespaces.
    own: Option<FieldOwner>,
    variables: HashMap<String, Variable>,
}

/// A header variable: whose fields `x.f` reaches, and for a collection
/// (`collect … into xs`), whose fields `listof f from xs` reaches.
#[derive(Clone)]
struct Variable {
    owner: Option<FieldOwner>,
    element: Option<FieldOwner>,
}

struct StyleIndexer<'a, 'p> {
    file: FileId,
    position: usize,
    domain: &'a DomainEnv,
    namespaces: &'a [NamespaceDeclaration<'p>],
    scope: Scope,
    occurrences: Vec<Occurrence>,
    properties: Vec<PendingProperty>,
    shapes: &'a mut Vec<ShapeAssignment>,
}

impl StyleIndexer<'_, '_> {
    fn program(&mut self, program: &StyleProgram) {
        let mut block = 0;
        for (item, style_item) in program.items.iter().enumerate() {
            match style_item {
                StyleItem::Block {
                    header,
                    block: body,
                    ..
                } => {
                    self.scope = Scope {
                        item,
                        block,
                        own: None,
                        variables: HashMap::new(),
                    };
                    self.header(header, style_item_span(style_item));
                    self.block(body);
                    block += 1;
                }
                StyleItem::Layout { stages, span } => {
                    for stage in stages {
                        self.push(Symbol::Stage(stage.name.clone()), stage, Some(*span));
                    }
                }
            }
        }
    }

    fn header(&mut self, header: &Header, item_span: Span) {
        match header {
            Header::Namespace(name) => {
                self.push(Symbol::Namespace(name.name.clone()), name, Some(item_span));
                self.scope.own = Some(FieldOwner::Namespace(name.name.clone()));
            }
            Header::Selector(selector) => {
                self.scope.own = Some(self.local_scope());
                for pattern in selector.head.iter().chain(&selector.with) {
                    self.pattern(pattern);
                }
                for relation in &selector.where_ {
                    self.relation(relation);
                }
            }
            Header::Collector(collector) => {
                self.scope.own = Some(self.local_scope());
                self.collector(collector);
            }
        }
    }

    fn local_scope(&self) -> FieldOwner {
        FieldOwner::Local {
            file: self.file,
            block: self.scope.block,
        }
    }

    fn collector(&mut self, collector: &Collector) {
        self.pattern(&collector.head);
        for pattern in collector.with.iter().chain(&collector.foreach) {
            self.pattern(pattern);
        }
        let element = (collector.head.binding.kind == BindingKind::Style)
            .then(|| FieldOwner::Type(collector.head.ty.name.clone()));
        let into = &collector.into;
        match into.kind {
            BindingKind::Style => {
                let variable = Variable {
                    owner: None,
                    element,
                };
                self.declare(&into.name, variable, into.span);
            }
            BindingKind::Substance => self.object(&into.name),
        }
        for relation in &collector.where_ {
            self.relation(relation);
        }
    }

    fn pattern(&mut self, pattern: &DeclPattern) {
        self.push(
            Symbol::DomainType(pattern.ty.name.clone()),
            &pattern.ty,
            None,
        );
        let binding = &pattern.binding;
        match binding.kind {
            BindingKind::Style => {
                let variable = Variable {
                    owner: Some(FieldOwner::Type(pattern.ty.name.clone())),
                    element: None,
                };
                self.declare(&binding.name, variable, pattern.span);
            }
            BindingKind::Substance => self.object(&binding.name),
        }
    }

    /// Declares a header variable; a second declaration of the same name
    /// (an error) counts as a use of the first.
    fn declare(&mut self, name: &Ident, variable: Variable, full_span: Span) {
        let defines = !self.scope.variables.contains_key(&name.name);
        if defines {
            self.scope.variables.insert(name.name.clone(), variable);
        }
        let symbol = self.variable_symbol(&name.name);
        self.push(symbol, name, defines.then_some(full_span));
    }

    fn variable_symbol(&self, name: &str) -> Symbol {
        Symbol::StyleVariable {
            file: self.file,
            block: self.scope.block,
            name: name.to_string(),
        }
    }

    fn relation(&mut self, relation: &Relation) {
        match relation {
            Relation::Predicate {
                name, args, alias, ..
            } => {
                self.push(Symbol::Predicate(name.name.clone()), name, None);
                self.selector_args(args);
                if let Some(alias) = alias {
                    let variable = Variable {
                        owner: Some(FieldOwner::Alias(name.name.clone())),
                        element: None,
                    };
                    self.declare(alias, variable, alias.span);
                }
            }
            Relation::Bind { binding, expr, .. } => {
                self.binding(binding);
                match expr {
                    SelectorExpr::Call { name, args, .. } => {
                        let symbol = if self.domain.functions.contains_key(&name.name)
                            && !self.domain.constructors.contains_key(&name.name)
                        {
                            Symbol::Function(name.name.clone())
                        } else {
                            Symbol::Constructor(name.name.clone())
                        };
                        self.push(symbol, name, None);
                        self.selector_args(args);
                    }
                    SelectorExpr::Arg(arg) => self.selector_args(std::slice::from_ref(arg)),
                }
            }
            Relation::Field { binding, field, .. } => {
                if let Some(owner) = self.binding(binding) {
                    let symbol = Symbol::Field {
                        owner,
                        name: field.name.clone(),
                    };
                    self.push(symbol, field, None);
                }
            }
        }
    }

    fn selector_args(&mut self, args: &[SelectorArg]) {
        for arg in args {
            if let SelectorArg::Binding(binding) = arg {
                self.binding(binding);
            }
        }
    }

    /// A binding used in a relation, and whose fields it reaches. A Style
    /// variable no pattern declares is declared by its first use (the
    /// checker declares those used where a literal type is expected).
    fn binding(&mut self, binding: &Binding) -> Option<FieldOwner> {
        let name = &binding.name;
        match binding.kind {
            BindingKind::Substance => {
                self.object(name);
                Some(FieldOwner::Object(name.name.clone()))
            }
            BindingKind::Style => match self.scope.variables.get(&name.name) {
                Some(variable) => {
                    let owner = variable.owner.clone();
                    self.push(self.variable_symbol(&name.name), name, None);
                    owner
                }
                None => {
                    let variable = Variable {
                        owner: None,
                        element: None,
                    };
                    self.declare(name, variable, binding.span);
                    None
                }
            },
        }
    }

    fn object(&mut self, name: &Ident) {
        self.push(Symbol::SubstanceObject(name.name.clone()), name, None);
    }

    fn block(&mut self, block: &Block) {
        for statement in &block.statements {
            match statement {
                Stmt::Assign {
                    path, value, span, ..
                }
                | Stmt::Override {
                    path, value, span, ..
                } => {
                    let assigned = self.path(path, Some(*span));
                    if let (Some((owner, field)), ExprKind::Shape { shape, .. }) =
                        (assigned, &value.kind)
                    {
                        self.shapes.push(ShapeAssignment {
                            owner,
                            field,
                            shape: shape.name.clone(),
                        });
                    }
                    self.indices(path);
                    walk_expr(value, self);
                }
                Stmt::Delete { path, .. } => {
                    self.path(path, None);
                    self.indices(path);
                }
                Stmt::Anonymous { value, .. } => walk_expr(value, self),
            }
        }
    }

    fn indices(&mut self, path: &Path) {
        for index in &path.indices {
            walk_expr(index, self);
        }
    }

    /// Indexes the names of a path; `assignment` is the statement's span
    /// when the path is what a statement assigns. Returns the field the
    /// path names when it names exactly one (`x.icon`, or `icon` in a
    /// namespace block).
    fn path(&mut self, path: &Path, assignment: Option<Span>) -> Option<(FieldOwner, String)> {
        let root = &path.root;
        let mut chain: Vec<&Ident> = Vec::new();
        let owner = match root.kind {
            BindingKind::Substance => {
                self.object(&root.name);
                Some(FieldOwner::Object(root.name.name.clone()))
            }
            BindingKind::Style => {
                let name = &root.name.name;
                if let Some(variable) = self.scope.variables.get(name) {
                    let owner = variable.owner.clone();
                    self.push(self.variable_symbol(name), &root.name, None);
                    owner
                } else if self.namespace_visible(name) {
                    self.push(Symbol::Namespace(name.clone()), &root.name, None);
                    Some(FieldOwner::Namespace(name.clone()))
                } else {
                    chain.push(&root.name);
                    self.scope.own.clone()
                }
            }
        };
        chain.extend(&path.members);
        let owner = owner?;
        let field = chain.first()?;
        let assigns_field = chain.len() == 1 && assignment.is_some();
        let symbol = Symbol::Field {
            owner: owner.clone(),
            name: field.name.clone(),
        };
        self.push(symbol, field, assignment.filter(|_| assigns_field));
        if let Some(property) = chain.get(1) {
            self.properties.push(PendingProperty {
                occurrence: self.occurrences.len(),
                owner: owner.clone(),
                field: field.name.clone(),
            });
            let symbol = Symbol::ShapeProperty {
                shape: None,
                property: property.name.clone(),
            };
            self.push(symbol, property, None);
        }
        assigns_field.then(|| (owner, field.name.clone()))
    }

    /// Whether a namespace of this name is declared before the current
    /// block, in this file or an earlier one.
    fn namespace_visible(&self, name: &str) -> bool {
        self.namespaces.iter().any(|namespace| {
            namespace.name == name
                && (namespace.position, namespace.item) < (self.position, self.scope.item)
        })
    }

    fn stages(&mut self, spec: &StageSpec) {
        for stage in &spec.stages {
            self.push(Symbol::Stage(stage.name.clone()), stage, None);
        }
    }

    fn library(&mut self, kind: LibraryKind, name: &Ident) {
        let symbol = Symbol::LibraryFunction {
            kind,
            name: name.name.clone(),
        };
        self.push(symbol, name, None);
    }

    /// Records an occurrence of `name`; a definition when `definition`
    /// gives the span of what declares it.
    fn push(&mut self, symbol: Symbol, name: &Ident, definition: Option<Span>) {
        self.occurrences.push(Occurrence {
            symbol,
            file: self.file,
            span: name.span,
            full_span: definition.unwrap_or(name.span),
            is_definition: definition.is_some(),
        });
    }
}

impl<'e> StyleVisitor<'e> for StyleIndexer<'_, '_> {
    fn expr(&mut self, expr: &'e Expr) {
        match &expr.kind {
            ExprKind::Call { name, .. } => self.library(LibraryKind::Computation, name),
            ExprKind::Shape { shape, properties } => {
                self.push(Symbol::ShapeType(shape.name.clone()), shape, None);
                for property in properties {
                    let symbol = Symbol::ShapeProperty {
                        shape: Some(shape.name.clone()),
                        property: property.name.name.clone(),
                    };
                    self.push(symbol, &property.name, None);
                }
            }
            ExprKind::ListOf { field, collection } => {
                let element = (collection.root.kind == BindingKind::Style)
                    .then(|| self.scope.variables.get(&collection.root.name.name))
                    .flatten()
                    .and_then(|variable| variable.element.clone());
                if let Some(owner) = element {
                    let symbol = Symbol::Field {
                        owner,
                        name: field.name.clone(),
                    };
                    self.push(symbol, field, None);
                }
            }
            ExprKind::Vary {
                stages: Some(stages),
                ..
            } => self.stages(stages),
            ExprKind::Constraint { body, stages } | ExprKind::Objective { body, stages } => {
                let kind = if matches!(expr.kind, ExprKind::Constraint { .. }) {
                    LibraryKind::Constraint
                } else {
                    LibraryKind::Objective
                };
                if let FunctionBody::Call { name, .. } = body {
                    self.library(kind, name);
                }
                if let Some(stages) = stages {
                    self.stages(stages);
                }
            }
            _ => {}
        }
    }

    fn path(&mut self, path: &'e Path) {
        StyleIndexer::path(self, path, None);
    }
}

fn style_item_span(item: &StyleItem) -> Span {
    match item {
        StyleItem::Block { span, .. } | StyleItem::Layout { span, .. } => *span,
    }
}
