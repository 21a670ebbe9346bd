//! Hovers over names from the shape and function library: shape types
//! with their property tables, single properties, library functions.

use crate::resolve::LibraryKind;
use kite_library::{
    PropertyDefault, PropertySpec, SVG_PASSTHROUGH_ATTRIBUTES, ShapeKind, function, shape,
};

pub(super) fn shape_type(name: &str) -> String {
    let Some(kind) = shape(name) else {
        return format!("`{name}` is not a shape type");
    };
    let spec = kind.spec();
    let mut markdown = format!("```style\n{} {{ … }}\n```\nshape type\n\n", spec.name);
    markdown.push_str("| property | type | default |\n|---|---|---|\n");
    for property in spec.all_properties() {
        markdown.push_str(&format!(
            "| `{}` | {} | {} |\n",
            property.name(),
            property.ty.describe(),
            describe_default(property.default)
        ));
    }
    markdown
}

/// A property of a known shape type, or of a shape whose type is not
/// known (`None`): then every shape type that has it.
pub(super) fn shape_property(shape_name: Option<&str>, property: &str) -> String {
    let Some(shape_name) = shape_name else {
        let owners: Vec<(&str, &PropertySpec)> = ShapeKind::ALL
            .iter()
            .filter_map(|kind| Some((kind.name(), kind.spec().property_named(property)?)))
            .collect();
        if owners.is_empty() {
            return format!("`{property}`: no shape type has this property");
        }
        let mut markdown = format!("shape property `{property}` (the shape type is not known)\n\n");
        markdown.push_str("| shape | type | default |\n|---|---|---|\n");
        for (shape_name, spec) in owners {
            markdown.push_str(&format!(
                "| `{shape_name}` | {} | {} |\n",
                spec.ty.describe(),
                describe_default(spec.default)
            ));
        }
        return markdown;
    };
    let Some(kind) = shape(shape_name) else {
        return format!("`{shape_name}` is not a shape type");
    };
    match kind.spec().property_named(property) {
        Some(spec) => format!(
            "```style\n{shape_name}.{property}\n```\n{} (default: {})",
            spec.ty.describe(),
            describe_default(spec.default)
        ),
        None if SVG_PASSTHROUGH_ATTRIBUTES.contains(&property) => format!(
            "`{property}`: an SVG attribute, passed through to the `{shape_name}`'s element"
        ),
        None => format!("`{shape_name}` has no property `{property}`"),
    }
}

pub(super) fn library_function(kind: LibraryKind, name: &str) -> String {
    let noun = kind.function_kind().noun();
    match function(kind.function_kind(), name) {
        Some(spec) => format!(
            "```style\n{} -> {:?}\n```\nlibrary {noun}: {}",
            spec.signature(),
            spec.returns,
            spec.doc
        ),
        None => format!("`{name}` is not a library {noun}"),
    }
}

fn describe_default(default: PropertyDefault) -> String {
    match default {
        PropertyDefault::Number(value) => format!("`{value}`"),
        PropertyDefault::String(value) => format!("`\"{value}\"`"),
        PropertyDefault::Bool(value) => format!("`{value}`"),
        PropertyDefault::Color([r, g, b, a]) => format!("`rgba({r}, {g}, {b}, {a})`"),
        PropertyDefault::NoPaint => "`none`".to_string(),
        PropertyDefault::Points(points) => {
            let points: Vec<String> = points.iter().map(|[x, y]| format!("[{x}, {y}]")).collect();
            format!("`[{}]`", points.join(", "))
        }
        PropertyDefault::EmptyPath => "empty path".to_string(),
        PropertyDefault::NoShapes => "no shapes".to_string(),
        PropertyDefault::NoClip => "no clipping".to_string(),
        PropertyDefault::SampledPoint => "sampled on the canvas, optimised".to_string(),
        PropertyDefault::SampledWidth => "sampled in [3, width / 6), optimised".to_string(),
        PropertyDefault::SampledHeight => "sampled in [3, height / 6), optimised".to_string(),
        PropertyDefault::SampledColor => "a random colour, alpha 0.5".to_string(),
        PropertyDefault::Measured => "measured from the text".to_string(),
        PropertyDefault::ShapePath => "the shape's path".to_string(),
    }
}
