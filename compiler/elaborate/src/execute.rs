//! Pass 1: every block runs once per match and records its assignments.

use crate::budget::Budget;
use crate::fields::{
    Assigned, Field, FieldKey, Namespace, ShapeField, Translation, not_a_shape, quoted,
};
use crate::scope::{Bound, Run, Scope, field_and_property};
use kite_check::SubstanceEnv;
use kite_diagnostics::{Code, Diagnostic, FileId, Span, deduplicate};
use kite_limits::Limits;
use kite_matching::{BlockMatches, identity};
use kite_syntax::ast::{
    BindingKind, Block, Expr, ExprKind, Header, Path, Stmt, StyleItem, StyleProgram,
};

/// One Style file of a trio, with the matches of its blocks (one entry per
/// block, as `style_matches` gives them).
pub struct StyleInput<'p> {
    pub file: FileId,
    pub program: &'p StyleProgram,
    pub matches: &'p [BlockMatches],
}

/// Runs the blocks of the trio's Styles, as one program in order, over
/// their matches.
///
/// A block whose runs would take the diagram past the `shapes`, `terms` or
/// `inputs` limit stops translation there: the result is then `Err` with
/// that error alone, since what was translated is incomplete.
pub fn translate<'p>(
    styles: &[StyleInput<'p>],
    substance: &SubstanceEnv,
    limits: &Limits,
) -> Result<(Translation<'p>, Vec<Diagnostic>), Box<Diagnostic>> {
    let mut executor = Executor {
        file: FileId(0),
        substance,
        translation: Translation::default(),
        diagnostics: Vec::new(),
        budget: Budget::new(limits),
    };
    for (object, label) in &substance.labels {
        executor.translation.fields.insert(
            FieldKey {
                scope: Scope::Object(object.clone()),
                field: "label".to_string(),
            },
            Field::Label(label.text.clone()),
        );
    }
    let mut index = 0;
    for style in styles {
        executor.file = style.file;
        let blocks = style.program.items.iter().filter_map(|item| match item {
            StyleItem::Block { header, block, .. } => Some((header, block)),
            StyleItem::Layout { .. } => None,
        });
        for ((header, block), matches) in blocks.zip(style.matches) {
            executor.budget.admit(style.file, block, matches.runs())?;
            executor.block(index, header, block, matches);
            index += 1;
        }
    }
    let mut diagnostics = executor.diagnostics;
    deduplicate(&mut diagnostics, 0);
    Ok((executor.translation, diagnostics))
}

struct Executor<'p, 's> {
    /// The Style file of the block being run.
    file: FileId,
    substance: &'s SubstanceEnv,
    translation: Translation<'p>,
    diagnostics: Vec<Diagnostic>,
    budget: Budget<'s>,
}

/// Where a statement writes.
struct Target {
    key: FieldKey,
    property: Option<String>,
}

impl<'p> Executor<'p, '_> {
    fn block(&mut self, index: usize, header: &Header, block: &'p Block, matches: &BlockMatches) {
        let runs: Vec<Vec<(String, Bound)>> = match matches {
            BlockMatches::Namespace => {
                let Header::Namespace(name) = header else {
                    return;
                };
                if let Some(first) = self.translation.namespaces.get(&name.name) {
                    self.diagnostics.push(
                        Diagnostic::error(
                            Code::NamespaceRedeclared,
                            self.file,
                            name.span,
                            format!("namespace `{}` is declared twice", name.name),
                        )
                        .with_label("declared again here")
                        .with_secondary(
                            first.file,
                            first.span,
                            "first declared here",
                        ),
                    );
                    return;
                }
                let namespace = Namespace {
                    block: index,
                    file: self.file,
                    span: name.span,
                };
                self.translation
                    .namespaces
                    .insert(name.name.clone(), namespace);
                self.run(
                    index,
                    0,
                    1,
                    Vec::new(),
                    Scope::Namespace(name.name.clone()),
                    block,
                );
                return;
            }
            BlockMatches::Refused { .. } => return,
            BlockMatches::Selector(substitutions) => substitutions
                .iter()
                .map(|substitution| {
                    substitution
                        .bindings
                        .iter()
                        .map(|(key, value)| (key.clone(), Bound::Value(value.clone())))
                        .collect()
                })
                .collect(),
            BlockMatches::Collector(groups) => groups
                .iter()
                .map(|group| {
                    let mut bindings = vec![(
                        group.collection.0.clone(),
                        Bound::Collection(group.collection.1.clone()),
                    )];
                    bindings.extend(
                        group
                            .foreach
                            .iter()
                            .map(|(key, value)| (key.clone(), Bound::Value(value.clone()))),
                    );
                    bindings
                })
                .collect(),
        };
        let total = runs.len();
        for (run, bindings) in runs.into_iter().enumerate() {
            let scope = Scope::Local { block: index, run };
            self.run(index, run, total, bindings, scope, block);
        }
    }

    fn run(
        &mut self,
        block: usize,
        run: usize,
        total: usize,
        bindings: Vec<(String, Bound)>,
        own_scope: Scope,
        body: &'p Block,
    ) {
        let run_index = self.translation.runs.len();
        self.translation.runs.push(Run {
            file: self.file,
            block,
            run,
            bindings,
            own_scope: own_scope.clone(),
        });
        for (name, count) in [("match_id", run + 1), ("match_total", total)] {
            self.translation.fields.insert(
                FieldKey {
                    scope: own_scope.clone(),
                    field: name.to_string(),
                },
                Field::Count(count),
            );
        }
        for (position, statement) in body.statements.iter().enumerate() {
            self.statement(run_index, position, statement);
        }
    }

    fn statement(&mut self, run: usize, position: usize, statement: &'p Stmt) {
        match statement {
            Stmt::Assign {
                path, value, span, ..
            } => self.assign(run, path, value, *span, false),
            Stmt::Override { path, value, span } => self.assign(run, path, value, *span, true),
            Stmt::Delete { path, span } => self.delete(run, path, *span),
            Stmt::Anonymous { value, span } => {
                // Numbered after the two injected `match_*` statements.
                let key = FieldKey {
                    scope: self.translation.runs[run].own_scope.clone(),
                    field: format!("$ANON_{}", position + 2),
                };
                let field = self.value(run, value, *span);
                self.translation.fields.insert(key, field);
            }
        }
    }

    fn value(&self, run: usize, value: &'p Expr, statement: Span) -> Field<'p> {
        match &value.kind {
            ExprKind::Shape { shape, properties } => Field::Shape(ShapeField {
                shape,
                properties: properties
                    .iter()
                    .map(|property| {
                        let assigned = Assigned {
                            expr: &property.value,
                            run,
                            statement: property.span,
                        };
                        (property.name.name.clone(), assigned)
                    })
                    .collect(),
                run,
                statement,
            }),
            _ => Field::Value(Assigned {
                expr: value,
                run,
                statement,
            }),
        }
    }

    fn assign(&mut self, run: usize, path: &Path, value: &'p Expr, span: Span, is_override: bool) {
        let Some(target) = self.target(run, path, "assign") else {
            return;
        };
        match target.property {
            None => {
                let field = self.value(run, value, span);
                if is_override {
                    self.translation.fields.shift_remove(&target.key);
                } else if let Some(previous) = self.translation.fields.get(&target.key) {
                    self.implicit_override(
                        &target.key.to_string(),
                        path.span,
                        previous.statement(),
                    );
                }
                self.translation.fields.insert(target.key, field);
            }
            Some(property) => {
                if matches!(value.kind, ExprKind::Shape { .. }) {
                    self.error(
                        Code::NestedShape,
                        value.span,
                        format!("a shape cannot be the value of the property `{property}`"),
                        "shapes cannot nest",
                    );
                    return;
                }
                let shown = format!("{}.{property}", target.key);
                let Some(shape) = self.shape_mut(&target.key, path.span, &property) else {
                    return;
                };
                let previous = if is_override {
                    shape.properties.shift_remove(&property);
                    None
                } else {
                    shape
                        .properties
                        .get(&property)
                        .map(|assigned| assigned.statement)
                };
                shape.properties.insert(
                    property,
                    Assigned {
                        expr: value,
                        run,
                        statement: span,
                    },
                );
                if let Some(previous) = previous {
                    self.implicit_override(&shown, path.span, Some(previous));
                }
            }
        }
    }

    fn delete(&mut self, run: usize, path: &Path, span: Span) {
        let Some(target) = self.target(run, path, "delete") else {
            return;
        };
        let removed = match &target.property {
            None => self.translation.fields.shift_remove(&target.key).is_some(),
            Some(property) => match self.translation.fields.get_mut(&target.key) {
                Some(Field::Shape(shape)) => shape.properties.shift_remove(property).is_some(),
                Some(_) => {
                    let error = not_a_shape(self.file, path.span, &target.key, property);
                    self.diagnostics.push(error);
                    return;
                }
                None => false,
            },
        };
        if !removed {
            let shown = match &target.property {
                Some(property) => format!("{}.{property}", target.key),
                None => target.key.to_string(),
            };
            self.diagnostics.push(
                Diagnostic::warning(
                    Code::NoopDelete,
                    self.file,
                    span,
                    format!(
                        "{} has no value here, so deleting it does nothing",
                        quoted(&shown)
                    ),
                )
                .with_label("nothing to delete"),
            );
        }
    }

    /// The shape stored in `key`, to set `property` on.
    fn shape_mut(
        &mut self,
        key: &FieldKey,
        span: Span,
        property: &str,
    ) -> Option<&mut ShapeField<'p>> {
        match self.translation.fields.get(key) {
            Some(Field::Shape(_)) => {}
            Some(_) => {
                self.diagnostics
                    .push(not_a_shape(self.file, span, key, property));
                return None;
            }
            None => {
                self.error(
                    Code::MissingShape,
                    span,
                    format!("{} holds no shape to set `{property}` on", quoted(key)),
                    "assign a shape to the field first",
                );
                return None;
            }
        }
        match self.translation.fields.get_mut(key) {
            Some(Field::Shape(shape)) => Some(shape),
            _ => None,
        }
    }

    /// Resolves the path a statement writes: the scope its first name
    /// leads to, the field, and an optional shape property.
    fn target(&mut self, run: usize, path: &Path, verb: &str) -> Option<Target> {
        if !path.indices.is_empty() {
            self.error(
                Code::AssignIntoAccess,
                path.span,
                format!("cannot {verb} an element of a list or vector"),
                &format!("{verb} the whole field instead"),
            );
            return None;
        }
        let root = &path.root;
        let members: Vec<&str> = path
            .members
            .iter()
            .map(|member| member.name.as_str())
            .collect();
        let current = &self.translation.runs[run];
        let (scope, names): (Scope, Vec<&str>) = match current.bound(root) {
            Some(Bound::Value(value)) => {
                if members.is_empty() {
                    // Assigning a selector variable itself is a static error.
                    return None;
                }
                (Scope::Object(identity(value)), members)
            }
            Some(Bound::Collection(_)) => {
                if !members.is_empty() {
                    self.error(
                        Code::CollectionMemberAccess,
                        path.span,
                        format!("`{}` is a collection and has no fields", root.name.name),
                        "a collection has no fields",
                    );
                }
                return None;
            }
            None if root.kind == BindingKind::Substance => {
                if self.substance.objects.contains_key(&root.name.name) {
                    self.error(
                        Code::UndeclaredSubstanceVariable,
                        root.span,
                        format!("`{}` is not bound by this block's header", root.name.name),
                        "bind it in the header, as in ``forall T `A` ``",
                    );
                }
                return None;
            }
            None => match self.translation.namespaces.get(&root.name.name) {
                Some(_) if members.is_empty() => {
                    let code = if verb == "delete" {
                        Code::DeleteGlobal
                    } else {
                        Code::AssignToGlobal
                    };
                    self.error(
                        code,
                        path.span,
                        format!("cannot {verb} the namespace `{}` itself", root.name.name),
                        &format!("{verb} one of its fields"),
                    );
                    return None;
                }
                Some(_) => (Scope::Namespace(root.name.name.clone()), members),
                None => {
                    let mut names = vec![root.name.name.as_str()];
                    names.extend(members);
                    (current.own_scope.clone(), names)
                }
            },
        };
        let (field, property) =
            field_and_property(&names, self.file, path.span, &mut self.diagnostics)?;
        Some(Target {
            key: FieldKey {
                scope,
                field: field.to_string(),
            },
            property: property.map(str::to_string),
        })
    }

    fn implicit_override(&mut self, shown: &str, span: Span, previous: Option<Span>) {
        let mut diagnostic = Diagnostic::warning(
            Code::ImplicitOverride,
            self.file,
            span,
            format!("{} is assigned again", quoted(&shown)),
        )
        .with_label("this value replaces the earlier one")
        .with_hint("write `override` to say this is intended");
        if let Some(previous) = previous {
            diagnostic = diagnostic.with_secondary(self.file, previous, "earlier assignment");
        }
        self.diagnostics.push(diagnostic);
    }

    fn error(&mut self, code: Code, span: Span, message: String, label: &str) {
        self.diagnostics
            .push(Diagnostic::error(code, self.file, span, message).with_label(label));
    }
}
