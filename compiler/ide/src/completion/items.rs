//! Completion items for the names a trio can use: Domain declarations,
//! Substance objects, and the shape and function library.

use super::{CompletionItem, CompletionKind};
use crate::signature_help::domain_signature_label;
use kite_check::{DomainEnv, SubstanceEnv, Ty};
use kite_library::{FunctionKind, FunctionSpec, PropertyDefault, PropertySpec, ShapeKind};

/// An item that inserts its label.
pub(super) fn item(label: &str, kind: CompletionKind, detail: Option<String>) -> CompletionItem {
    CompletionItem {
        label: label.to_string(),
        kind,
        detail,
        documentation: None,
        insert_text: label.to_string(),
        is_snippet: false,
        sort_text: String::new(),
    }
}

/// An item that inserts a snippet (`$1`-style placeholders).
fn snippet(
    label: &str,
    kind: CompletionKind,
    detail: Option<String>,
    insert_text: String,
) -> CompletionItem {
    CompletionItem {
        insert_text,
        is_snippet: true,
        ..item(label, kind, detail)
    }
}

pub(super) fn keywords(words: &[&str]) -> Vec<CompletionItem> {
    words
        .iter()
        .map(|word| item(word, CompletionKind::Keyword, None))
        .collect()
}

/// The Domain's types; the literal types `String` and `Number` only when
/// `literals` (they cannot declare Substance objects).
pub(super) fn types(domain: &DomainEnv, literals: bool) -> Vec<CompletionItem> {
    let declared = domain.types.iter().filter(|(_, span)| span.is_some());
    let built_in = domain
        .types
        .iter()
        .filter(|(_, span)| literals && span.is_none());
    declared
        .chain(built_in)
        .map(|(name, declared)| {
            let supertypes = domain.supertypes.get(name).filter(|list| !list.is_empty());
            let detail = match (declared, supertypes) {
                (None, _) => "built-in type".to_string(),
                (Some(_), None) => format!("type {name}"),
                (Some(_), Some(list)) => format!("type {name} <: {}", list.join(", ")),
            };
            item(name, CompletionKind::Type, Some(detail))
        })
        .collect()
}

pub(super) fn predicates(domain: &DomainEnv) -> Vec<CompletionItem> {
    domain
        .predicates
        .values()
        .map(|signature| {
            let keyword = if signature.symmetric {
                "symmetric predicate"
            } else {
                "predicate"
            };
            domain_call(signature, keyword, CompletionKind::Predicate)
        })
        .collect()
}

/// The Domain's constructors and then its functions: what `x := …` calls.
pub(super) fn callees(domain: &DomainEnv, functions: bool) -> Vec<CompletionItem> {
    let constructors = domain
        .constructors
        .values()
        .map(|signature| domain_call(signature, "constructor", CompletionKind::Constructor));
    let functions = domain
        .functions
        .values()
        .filter(|_| functions)
        .map(|signature| domain_call(signature, "function", CompletionKind::Function));
    constructors.chain(functions).collect()
}

/// A call of a Domain declaration, with a placeholder per parameter.
fn domain_call(
    signature: &kite_check::DomainSignature,
    keyword: &str,
    kind: CompletionKind,
) -> CompletionItem {
    let placeholders: Vec<String> = signature
        .params
        .iter()
        .enumerate()
        .map(|(index, param)| {
            let hint = param.name.clone().unwrap_or_else(|| param.ty.to_string());
            format!("${{{}:{}}}", index + 1, escape(&hint))
        })
        .collect();
    let insert = format!("{}({})", signature.name, placeholders.join(", "));
    let detail = domain_signature_label(keyword, signature).text;
    snippet(&signature.name, kind, Some(detail), insert)
}

/// The declared Substance objects. With an `expected` type, the objects
/// of that type (or a subtype) come first.
pub(super) fn objects(
    substance: &SubstanceEnv,
    domain: &DomainEnv,
    expected: Option<&Ty>,
) -> Vec<CompletionItem> {
    let fits = |ty: &Ty| expected.is_none_or(|expected| domain.is_subtype(ty, expected));
    let (mut fitting, others): (Vec<_>, Vec<_>) = substance
        .objects
        .iter()
        .map(|(name, object)| {
            let fit = fits(&object.ty);
            (
                fit,
                item(name, CompletionKind::Object, Some(object.ty.to_string())),
            )
        })
        .partition(|(fit, _)| *fit);
    fitting.extend(others);
    fitting.into_iter().map(|(_, item)| item).collect()
}

/// The library functions of one kind, as calls with a placeholder per
/// required parameter.
pub(super) fn library(kind: FunctionKind) -> Vec<CompletionItem> {
    let item_kind = match kind {
        FunctionKind::Computation => CompletionKind::Computation,
        FunctionKind::Constraint => CompletionKind::Constraint,
        FunctionKind::Objective => CompletionKind::Objective,
    };
    kite_library::functions(kind)
        .map(|spec| library_call(spec, item_kind))
        .collect()
}

fn library_call(spec: &FunctionSpec, kind: CompletionKind) -> CompletionItem {
    let placeholders: Vec<String> = spec.params[..spec.required_params()]
        .iter()
        .enumerate()
        .map(|(index, param)| format!("${{{}:{}}}", index + 1, param.name))
        .collect();
    let insert = format!("{}({})", spec.name, placeholders.join(", "));
    CompletionItem {
        documentation: Some(spec.doc.to_string()),
        ..snippet(spec.name, kind, Some(spec.signature()), insert)
    }
}

/// Every shape type, inserting an empty shape to fill in.
pub(super) fn shape_types() -> Vec<CompletionItem> {
    ShapeKind::ALL
        .iter()
        .map(|kind| {
            let insert = format!("{} {{\n\t$0\n}}", kind.name());
            snippet(
                kind.name(),
                CompletionKind::ShapeType,
                Some("shape".to_string()),
                insert,
            )
        })
        .collect()
}

/// The properties of a shape type not in `written`, each as `name: value`
/// with the default as the placeholder.
pub(super) fn properties(kind: ShapeKind, written: &[&str]) -> Vec<CompletionItem> {
    kind.spec()
        .all_properties()
        .filter(|property| !written.contains(&property.name()))
        .map(|property| {
            let detail = format!("{}, {}", property.ty.describe(), describe_default(property));
            let insert = format!(
                "{}: {}",
                property.name(),
                default_placeholder(property.default)
            );
            snippet(
                property.name(),
                CompletionKind::Property,
                Some(detail),
                insert,
            )
        })
        .collect()
}

/// The properties of a shape type, inserting just their names (after a
/// path to a shape, `x.icon.`).
pub(super) fn property_names(kind: ShapeKind) -> Vec<CompletionItem> {
    kind.spec()
        .all_properties()
        .map(|property| {
            let detail = format!("{}, {}", property.ty.describe(), describe_default(property));
            item(property.name(), CompletionKind::Property, Some(detail))
        })
        .collect()
}

fn describe_default(property: &PropertySpec) -> String {
    match property.default {
        PropertyDefault::SampledPoint => "sampled on the canvas".to_string(),
        PropertyDefault::SampledWidth | PropertyDefault::SampledHeight => {
            "sampled from the canvas size".to_string()
        }
        PropertyDefault::SampledColor => "sampled".to_string(),
        PropertyDefault::Measured => "measured from the text".to_string(),
        PropertyDefault::ShapePath => "the shape's path".to_string(),
        PropertyDefault::NoPaint => "default none()".to_string(),
        PropertyDefault::NoShapes => "default no shapes".to_string(),
        PropertyDefault::NoClip => "default noClip()".to_string(),
        PropertyDefault::EmptyPath => "default empty".to_string(),
        other => format!("default {}", default_value(other).unwrap_or_default()),
    }
}

/// The snippet text for a property's value: its default as a placeholder
/// where it has one that can be written, else an empty placeholder.
fn default_placeholder(default: PropertyDefault) -> String {
    match default {
        PropertyDefault::String("") | PropertyDefault::ShapePath => "\"$1\"".to_string(),
        PropertyDefault::String(text) => format!("\"${{1:{}}}\"", escape(text)),
        other => match default_value(other) {
            Some(value) => format!("${{1:{}}}", escape(&value)),
            None => "$1".to_string(),
        },
    }
}

/// A default written as Style source, where it can be.
fn default_value(default: PropertyDefault) -> Option<String> {
    let number = |value: f64| value.to_string();
    Some(match default {
        PropertyDefault::Number(value) => number(value),
        PropertyDefault::String(text) => format!("\"{text}\""),
        PropertyDefault::Bool(value) => value.to_string(),
        PropertyDefault::Color(channels) => {
            let channels: Vec<String> = channels.iter().copied().map(number).collect();
            format!("rgba({})", channels.join(", "))
        }
        PropertyDefault::NoPaint => "none()".to_string(),
        PropertyDefault::Points(points) => {
            let points: Vec<String> = points
                .iter()
                .map(|[x, y]| format!("({}, {})", number(*x), number(*y)))
                .collect();
            format!("[{}]", points.join(", "))
        }
        PropertyDefault::NoShapes => "[]".to_string(),
        PropertyDefault::NoClip => "noClip()".to_string(),
        PropertyDefault::SampledPoint => "(?, ?)".to_string(),
        PropertyDefault::SampledWidth | PropertyDefault::SampledHeight => "?".to_string(),
        PropertyDefault::SampledColor => "sampleColor(0.5, \"rgb\")".to_string(),
        PropertyDefault::EmptyPath | PropertyDefault::Measured | PropertyDefault::ShapePath => {
            return None;
        }
    })
}

/// `text` with the characters that mean something in a snippet escaped.
fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for character in text.chars() {
        if matches!(character, '$' | '}' | '\\') {
            escaped.push('\\');
        }
        escaped.push(character);
    }
    escaped
}
