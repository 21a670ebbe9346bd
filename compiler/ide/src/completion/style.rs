//! Completion in Style programs, by where the cursor is (see
//! [`style_context`](super::style_context)).

use super::cursor::Cursor;
use super::style_context::{BlockPosition, HeaderPosition, StyleContext, Variable, style_context};
use super::style_fields::{Field, fields_of_namespace, fields_of_type, namespaces};
use super::{CompletionItem, CompletionKind, items};
use kite_check::DomainEnv;
use kite_db::{Database, SourceFile, Trio, domain_check};
use kite_library::FunctionKind;

const BLOCK_KEYWORDS: &[&str] = &["ensure", "encourage", "override", "delete", "layer"];
/// Type annotations of assignments (parsed and ignored, as in Penrose).
const ANNOTATIONS: &[&str] = &["scalar", "vec2", "color", "string", "shape", "bool"];
const EXPRESSION_KEYWORDS: &[&str] = &["listof", "numberof", "nameof"];

pub(super) fn completions(
    db: &Database,
    trio: Trio,
    file: SourceFile,
    cursor: &Cursor<'_>,
) -> Vec<CompletionItem> {
    let domain = &domain_check(db, trio.domain(db)).value;
    let namespace_items = || {
        namespaces(db, trio, file)
            .iter()
            .map(|name| items::item(name, CompletionKind::Namespace, None))
            .collect::<Vec<_>>()
    };
    match style_context(cursor) {
        StyleContext::ItemStart => {
            let mut candidates = items::keywords(&["forall", "collect", "layout"]);
            candidates.extend(namespace_items());
            candidates.push(items::item("canvas", CompletionKind::Namespace, None));
            candidates
        }
        StyleContext::Header {
            variables,
            position,
        } => header(domain, &variables, position),
        StyleContext::Block {
            variables,
            position,
        } => {
            let mut names = variable_items(&variables);
            names.extend(namespace_items());
            match position {
                BlockPosition::StatementStart => {
                    names.extend(items::keywords(BLOCK_KEYWORDS));
                    names.extend(items::shape_types());
                    names.extend(items::keywords(ANNOTATIONS));
                    names
                }
                BlockPosition::AfterAnnotation | BlockPosition::Path => names,
                BlockPosition::Value { shapes } => {
                    let mut candidates = if shapes {
                        items::shape_types()
                    } else {
                        Vec::new()
                    };
                    candidates.extend(names);
                    candidates.extend(items::keywords(EXPRESSION_KEYWORDS));
                    candidates.extend(items::library(FunctionKind::Computation));
                    candidates
                }
                BlockPosition::Constraint => items::library(FunctionKind::Constraint),
                BlockPosition::Objective => items::library(FunctionKind::Objective),
                BlockPosition::Member { root, members } => {
                    let variable = variables.iter().find(|variable| variable.name == root);
                    match variable {
                        Some(Variable { ty: Some(ty), .. }) => {
                            let fields = fields_of_type(db, trio, file, domain, ty);
                            members_of(&fields, &members, true)
                        }
                        // A collection or an alias has no fields.
                        Some(Variable { ty: None, .. }) => Vec::new(),
                        None => {
                            let fields = fields_of_namespace(db, trio, file, root);
                            members_of(&fields, &members, false)
                        }
                    }
                }
                BlockPosition::Property { shape, written } => kite_library::shape(shape)
                    .map(|kind| items::properties(kind, &written))
                    .unwrap_or_default(),
                BlockPosition::Nothing => Vec::new(),
            }
        }
    }
}

fn header(
    domain: &DomainEnv,
    variables: &[Variable<'_>],
    position: HeaderPosition,
) -> Vec<CompletionItem> {
    match position {
        HeaderPosition::Type { after_quantifier } => {
            let mut candidates = if after_quantifier {
                items::keywords(&["repeatable"])
            } else {
                Vec::new()
            };
            candidates.extend(items::types(domain, true));
            candidates
        }
        HeaderPosition::ClauseKeyword { collector: false } => items::keywords(&["where", "with"]),
        HeaderPosition::ClauseKeyword { collector: true } => {
            items::keywords(&["into", "where", "with", "foreach"])
        }
        HeaderPosition::Relation => {
            let mut candidates = items::predicates(domain);
            candidates.extend(variable_items(variables));
            candidates
        }
        HeaderPosition::RelationArgument => variable_items(variables),
        HeaderPosition::Callee => items::callees(domain, true),
        HeaderPosition::AfterRelation { collector: false } => items::keywords(&["with", "as"]),
        HeaderPosition::AfterRelation { collector: true } => {
            items::keywords(&["with", "foreach", "as"])
        }
        HeaderPosition::Nothing => Vec::new(),
    }
}

fn variable_items(variables: &[Variable<'_>]) -> Vec<CompletionItem> {
    variables
        .iter()
        .map(|variable| {
            let detail = variable.ty.map(str::to_string);
            items::item(variable.name, CompletionKind::Variable, detail)
        })
        .collect()
}

/// After `root.` (no `members`): the fields, and `label` for a Substance
/// object. After `root.field.`: the properties of the shape in `field`.
fn members_of(fields: &[Field], members: &[&str], is_object: bool) -> Vec<CompletionItem> {
    match members {
        [] => {
            let mut candidates: Vec<CompletionItem> = fields
                .iter()
                .map(|field| {
                    let detail = field.shape.map(|kind| kind.name().to_string());
                    items::item(&field.name, CompletionKind::Field, detail)
                })
                .collect();
            if is_object {
                let detail = Some("the object's label".to_string());
                candidates.push(items::item("label", CompletionKind::Field, detail));
            }
            candidates
        }
        [member] => fields
            .iter()
            .find(|field| field.name == *member)
            .and_then(|field| field.shape)
            .map(items::property_names)
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
